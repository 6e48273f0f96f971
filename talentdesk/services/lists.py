"""The big lists (applicants, employers, cases): one page at a time, searched, filtered, sorted."""

from __future__ import annotations

import dataclasses
import functools
from datetime import date

from talentdesk.domain.accounts import Actor
from talentdesk.domain.documents import mask_passport
from talentdesk.domain.listing import ListQuery, ListSpec, Page
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.permit_lists import (
    APPLICANT_LIST,
    CASE_LIST,
    EMPLOYER_LIST,
    ApplicantListRow,
    CaseListRow,
    DueStatus,
    EmployerListRow,
    due_status,
)
from talentdesk.errors import ValidationError
from talentdesk.services.common import Clock, local_today, require, utc_now
from talentdesk.services.track_dues import work_calendar
from talentdesk.storage.database import Database
from talentdesk.storage.repos.listing import read_page
from talentdesk.storage.repos.permit_lists import applicant_source, case_source, employer_source


class ListService:
    """Pages of the permit-side lists for the list views (and the queue built on the cases)."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def list_applicants(self, actor: Actor, query: ListQuery) -> Page[ApplicantListRow]:
        """Applicants by name, Chinese name or any passport number; passports masked unless
        the role may see them."""
        _check(actor, APPLICANT_LIST, query)
        with self._db.read() as session:
            page = read_page(session, APPLICANT_LIST, applicant_source(session), query)
        if allowed(actor.role, Action.VIEW_UNMASKED_IDS):
            return page
        masked = (
            dataclasses.replace(r, passport_number=mask_passport(r.passport_number))
            for r in page.rows
        )
        return dataclasses.replace(page, rows=tuple(masked))

    def list_employers(self, actor: Actor, query: ListQuery) -> Page[EmployerListRow]:
        """Employers by name or USCC, with how many cases each has."""
        _check(actor, EMPLOYER_LIST, query)
        with self._db.read() as session:
            return read_page(session, EMPLOYER_LIST, employer_source(session), query)

    def list_cases(self, actor: Actor, query: ListQuery) -> Page[CaseListRow]:
        """Cases by number, applicant (names, passport) or employer (name, USCC).

        Each row's nearest deadline is marked with the working days left, counted for the
        rows of this page only, with the office's calendar.
        """
        _check(actor, CASE_LIST, query)
        today = local_today(self._clock())
        with self._db.read() as session:
            calendar = work_calendar(session)

            # Rows share few due dates: each is counted out on the calendar once per page.
            @functools.cache
            def mark(due: date, paused: bool, provisional: bool) -> DueStatus:
                return due_status(due, today, calendar, paused=paused, provisional=provisional)

            return read_page(session, CASE_LIST, case_source(session, today, mark), query)


def _check(actor: Actor, spec: ListSpec, query: ListQuery) -> None:
    require(actor, Action.READ_PERMITS)
    problems = spec.check(query)
    if problems:
        raise ValidationError(problems)
