"""Working-day calendar administration: holidays and make-up days by notice, complete years."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action
from talentdesk.domain.problems import Problem
from talentdesk.domain.workcalendar import DayKind, WorkCalendar
from talentdesk.domain.workflow_records import CalendarChange, CalendarYear
from talentdesk.errors import ConflictError, NotFoundError, ValidationError
from talentdesk.services.common import Clock, audit, require, utc_now
from talentdesk.services.track_dues import reschedule_from, work_calendar
from talentdesk.services.working_days import rebuild_working_days
from talentdesk.storage.database import Database
from talentdesk.storage.repos import calendar as repo
from talentdesk.storage.tables import CalendarDayRow, CalendarYearRow
from talentdesk.storage.tables.base import Editable

_BASE_ONLY = WorkCalendar()


def base_covers(year: int) -> bool:
    """Whether chinesecalendar carries the official schedule of ``year``."""
    return not _BASE_ONLY.is_provisional(date(year, 7, 1))


def _check_notice(notice: str) -> str:
    # Every override must be traceable to the State Council notice that set it.
    if not notice.strip():
        raise ValidationError([Problem("required", "notice")])
    return notice.strip()


def _check_version(row: Editable | None, expected_version: int | None, kind: str,
                   key: object) -> None:
    if (row.version if row else None) != expected_version:
        raise ConflictError(kind, key, "stale")


class CalendarAdminService:
    """Administrators edit the override table; everyone reads the calendar built from it."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def calendar(self) -> WorkCalendar:
        """The working-day calendar as configured now (reading needs no permission)."""
        with self._db.read() as session:
            return work_calendar(session)

    def year(self, actor: Actor, year: int) -> CalendarYear:
        require(actor, Action.READ_PERMITS)  # every role has it
        with self._db.read() as session:
            row = repo.get_year_row(session, year)
            return CalendarYear(
                year, base_covers(year), tuple(repo.days_of_year(session, year)),
                repo.to_year(row) if row else None,
            )

    def years_with_entries(self, actor: Actor) -> list[int]:
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            return sorted(repo.overridden_years(session))

    def set_day(self, actor: Actor, day: date, kind: DayKind, notice: str,
                expected_version: int | None) -> CalendarChange:
        """Add or change the override of ``day``.

        Args:
            expected_version: the version read, None when adding.

        Raises:
            ValidationError: ``required`` notice; ``makeup_day_not_weekend``.
            ConflictError: someone else changed the day since it was read.
        """
        require(actor, Action.EDIT_CONFIGURATION)
        kind = DayKind(kind)
        notice = _check_notice(notice)
        if kind is DayKind.MAKEUP_WORKDAY and day.weekday() < 5:
            # 调休 moves work onto a weekend; a weekday is a working day already.
            raise ValidationError([Problem("makeup_day_not_weekend", "day", {"day": day})])
        now = self._clock()
        with self._db.write() as session:
            row = repo.get_day_row(session, day)
            _check_version(row, expected_version, "calendar_day", day)
            old = {"kind": row.kind, "notice": row.notice} if row else None
            if row is None:
                row = CalendarDayRow(day=day, created_at=now, created_by=actor.username)
                session.add(row)
            row.kind, row.notice = str(kind), notice
            row.updated_at, row.updated_by = now, actor.username
            details: dict[str, Any] = {"kind": str(kind), "notice": notice, "old": old}
            return self._after_edit(session, actor, now, "create" if old is None else "update",
                                    "calendar_day", day, day, details)

    def remove_day(self, actor: Actor, day: date, expected_version: int) -> CalendarChange:
        """Delete the override of ``day``: the base library decides the day again."""
        return self._delete(actor, CalendarDayRow, day, day, expected_version)

    def declare_complete(self, actor: Actor, year: int, notice: str) -> CalendarChange:
        """Declare every holiday and make-up day of ``year`` entered: its deadlines are final.

        Raises:
            ValidationError: ``required`` notice; ``calendar_year_has_no_holidays`` when the
                base library does not cover the year and no holiday has been entered.
            ConflictError: the year is declared already.
        """
        require(actor, Action.EDIT_CONFIGURATION)
        notice = _check_notice(notice)
        now = self._clock()
        with self._db.write() as session:
            if repo.get_year_row(session, year) is not None:
                raise ConflictError("calendar_year", year, "exists")
            holidays = [d for d in repo.days_of_year(session, year) if d.kind is DayKind.HOLIDAY]
            if not base_covers(year) and not holidays:
                # Without its holidays a year would count Spring Festival as working days.
                raise ValidationError(
                    [Problem("calendar_year_has_no_holidays", "year", {"year": year})]
                )
            session.add(CalendarYearRow(year=year, notice=notice, created_at=now,
                                        created_by=actor.username, updated_at=now,
                                        updated_by=actor.username))
            return self._after_edit(session, actor, now, "create", "calendar_year", year,
                                    date(year, 1, 1), {"notice": notice})

    def withdraw_complete(self, actor: Actor, year: int, expected_version: int) -> CalendarChange:
        """The year's deadlines become provisional again where the base library lacks it."""
        return self._delete(actor, CalendarYearRow, year, date(year, 1, 1), expected_version)

    def _delete(self, actor: Actor, table: type[CalendarDayRow] | type[CalendarYearRow],
                key: date | int, since: date, expected_version: int) -> CalendarChange:
        require(actor, Action.EDIT_CONFIGURATION)
        entity = "calendar_day" if table is CalendarDayRow else "calendar_year"
        now = self._clock()
        with self._db.write() as session:
            row = session.get(table, key)
            if row is None:
                raise NotFoundError(entity, key)
            _check_version(row, expected_version, entity, key)
            details = {"notice": row.notice}
            if isinstance(row, CalendarDayRow):
                details["kind"] = row.kind
            session.delete(row)
            return self._after_edit(session, actor, now, "delete", entity, key, since, details)

    def _after_edit(self, session: Session, actor: Actor, now: datetime, action: str,
                    entity: str, key: object, since: date,
                    details: dict[str, Any]) -> CalendarChange:
        """Flush, move the deadlines the edit affects, and audit both in the same transaction.

        The statistics' working-day table is rebuilt too, so no figure counts with an outdated
        calendar.
        """
        session.flush()
        calendar = work_calendar(session)
        moved = reschedule_from(session, calendar, since)
        rebuild_working_days(session, calendar)
        audit(session, actor, now, action, entity, key, {**details, "tracks_rescheduled": moved})
        return CalendarChange(moved)
