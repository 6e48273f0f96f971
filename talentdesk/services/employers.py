"""Employers: registration with USCC and handlers, edits, look-up by USCC, search."""

from __future__ import annotations

import dataclasses
from datetime import date

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.employers import check_employer, normalize_employer
from talentdesk.domain.identifiers import normalize_identifier
from talentdesk.domain.jiangsu import jiangsu_city
from talentdesk.domain.permissions import Action
from talentdesk.domain.permit_records import Employer, EmployerDraft, Page
from talentdesk.errors import ConflictError, ValidationError
from talentdesk.services.common import Clock, audit, require, utc_now
from talentdesk.services.permit_support import changes, check_version, found, new_stamp, touch
from talentdesk.storage.database import Database
from talentdesk.storage.repos import permits as repo
from talentdesk.storage.tables import EmployerRow, HandlerRow

ENTITY = "employer"
PAGE_SIZE = 50


class EmployerService:
    """Employers and the people they authorised to deal with the window."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def create(self, actor: Actor, draft: EmployerDraft, today: date) -> Employer:
        """Register an employer.

        Raises:
            ValidationError: a rule is broken; a wrong USCC check character names the expected
                one (``uscc_check_character`` with ``expected``).
            ConflictError: ``uscc_taken``: an employer with this USCC is already registered.
        """
        require(actor, Action.EDIT_PERMITS)
        employer = self._valid(draft, today)
        now = self._clock()
        with self._db.write() as session:
            _refuse_taken_uscc(session, employer.uscc, None)
            row = EmployerRow(**_columns(employer), **new_stamp(actor, now))
            session.add(row)
            session.flush()
            _replace_handlers(session, row.id, employer)
            audit(session, actor, now, "create", ENTITY, row.id, changes({}, employer))
            return _load(session, row.id)

    def update(
        self,
        actor: Actor,
        employer_id: int,
        draft: EmployerDraft,
        expected_version: int,
        today: date,
    ) -> Employer:
        """Change an employer; the audit records each changed field, handlers included.

        Raises:
            ConflictError: ``stale`` when someone saved it since ``expected_version`` was
                read; ``uscc_taken`` when the new USCC belongs to another employer.
        """
        require(actor, Action.EDIT_PERMITS)
        employer = self._valid(draft, today)
        now = self._clock()
        with self._db.write() as session:
            row = found(repo.get_employer_row(session, employer_id), ENTITY, employer_id)
            check_version(row, expected_version, ENTITY, employer_id)
            before = _load(session, employer_id).details
            diff = changes(before, employer)
            if not diff:
                return _load(session, employer_id)
            _refuse_taken_uscc(session, employer.uscc, employer_id)
            for name, value in _columns(employer).items():
                setattr(row, name, value)
            touch(row, actor, now)
            session.flush()
            if before.handlers != employer.handlers:
                _replace_handlers(session, row.id, employer)
            audit(session, actor, now, "update", ENTITY, row.id, diff)
            return _load(session, row.id)

    def get(self, actor: Actor, employer_id: int) -> Employer:
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            return _load(session, employer_id)

    def find_by_uscc(self, actor: Actor, uscc: str) -> Employer | None:
        """The employer with this USCC (in any spacing or width), None if not registered."""
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            row = repo.employer_by_uscc(session, normalize_identifier(uscc))
            return repo.load_employers(session, [row])[0] if row else None

    def search(
        self, actor: Actor, text: str = "", city: str = "", offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[Employer]:
        """Employers whose name contains ``text`` or whose USCC starts with it, by name."""
        require(actor, Action.READ_PERMITS)
        known = jiangsu_city(city) if city else None
        code = known.code if known else city
        with self._db.read() as session:
            items, total = repo.search_employers(session, text, code or None, offset, limit)
            return Page(tuple(items), total)

    def _valid(self, draft: EmployerDraft, today: date) -> EmployerDraft:
        problems = check_employer(draft, today)
        if problems:
            raise ValidationError(problems)
        return normalize_employer(draft)


def _columns(employer: EmployerDraft) -> dict[str, object]:
    values = {
        f.name: getattr(employer, f.name)
        for f in dataclasses.fields(employer)
        if f.name != "handlers"
    }
    values["studio_level"] = str(employer.studio_level or "")
    return values


def _load(session: Session, employer_id: int) -> Employer:
    row = found(repo.get_employer_row(session, employer_id), ENTITY, employer_id)
    return repo.load_employers(session, [row])[0]


def _refuse_taken_uscc(session: Session, uscc: str, own_id: int | None) -> None:
    existing = repo.employer_by_uscc(session, uscc)
    if existing is not None and existing.id != own_id:
        raise ConflictError(ENTITY, uscc, "uscc_taken")


def _replace_handlers(session: Session, employer_id: int, employer: EmployerDraft) -> None:
    """Handlers have no identity of their own: the employer's list is stored as given."""
    for old in repo.handler_rows(session, [employer_id]).get(employer_id, []):
        session.delete(old)
    session.add_all(
        HandlerRow(employer_id=employer_id, name=h.name, phone=h.phone, email=h.email)
        for h in employer.handlers
    )
    session.flush()
