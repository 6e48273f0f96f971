"""Applicants: intake with the duplicate check, edits, passport renewals, MRZ previews, search."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.applicants import (
    check_applicant,
    check_passport,
    mrz_applicant,
    mrz_diff,
    normalize_applicant,
    normalize_passport,
    same_identity,
    search_text,
)
from talentdesk.domain.identifiers import normalize_identifier
from talentdesk.domain.mrz import parse_td3
from talentdesk.domain.permissions import Action
from talentdesk.domain.permit_records import (
    Applicant,
    ApplicantDraft,
    DuplicateCandidate,
    MrzPreview,
    Page,
    Passport,
    PassportDraft,
)
from talentdesk.domain.problems import Problem
from talentdesk.errors import DuplicateError, ValidationError
from talentdesk.services.common import Clock, audit, require, utc_now
from talentdesk.services.permit_support import changes, check_version, found, new_stamp, touch
from talentdesk.storage.database import Database
from talentdesk.storage.repos import permits as repo
from talentdesk.storage.tables import ApplicantRow, PassportRow

ENTITY = "applicant"
PAGE_SIZE = 50


class ApplicantService:
    """Foreign nationals and their passports."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def create(
        self,
        actor: Actor,
        draft: ApplicantDraft,
        passport: PassportDraft,
        today: date,
        *,
        allow_duplicate: bool = False,
    ) -> Applicant:
        """Register an applicant with the passport they show.

        Raises:
            ValidationError: a rule is broken (each Problem names its field).
            DuplicateError: ``matches`` are ``DuplicateCandidate``s: the same passport number
                and nationality, or the same names, birth date and nationality. Pass
                ``allow_duplicate=True`` once the clerk confirmed it is another person.
        """
        require(actor, Action.EDIT_PERMITS)
        _validate(check_applicant(draft, today) + check_passport(passport, today))
        person, document = normalize_applicant(draft), normalize_passport(passport)
        now = self._clock()
        with self._db.write() as session:
            confirmed = _check_duplicates(session, person, [document.number], None, allow_duplicate)
            _refuse_recorded_passport(session, document)
            row = ApplicantRow(
                **dataclasses.asdict(person),
                search_text=search_text(person, [document.number]),
                **new_stamp(actor, now),
            )
            session.add(row)
            session.flush()
            session.add(_passport_row(row.id, document, actor, now))
            details = changes({}, {**dataclasses.asdict(person), **_passport_values(document)})
            if confirmed:
                details["confirmed_not_duplicate_of"] = [None, confirmed]
            audit(session, actor, now, "create", ENTITY, row.id, details)
            return _load(session, row.id)

    def update(
        self,
        actor: Actor,
        applicant_id: int,
        draft: ApplicantDraft,
        expected_version: int,
        today: date,
        *,
        allow_duplicate: bool = False,
    ) -> Applicant:
        """Change a person's details; the audit records each changed field, old and new.

        Raises:
            ConflictError: someone saved the applicant since ``expected_version`` was read.
            DuplicateError: the changed names, birth date or nationality now match another
                applicant (see ``create``).
        """
        require(actor, Action.EDIT_PERMITS)
        _validate(check_applicant(draft, today))
        person = normalize_applicant(draft)
        now = self._clock()
        with self._db.write() as session:
            row = found(repo.get_applicant_row(session, applicant_id), ENTITY, applicant_id)
            check_version(row, expected_version, ENTITY, applicant_id)
            before = repo.applicant_details(row)
            diff = changes(before, person)
            if not diff:
                return _load(session, applicant_id)
            # Only a change of identity can create a duplicate; re-asking about one the clerk
            # already confirmed at intake would nag on every phone-number edit.
            numbers = [p.number for p in repo.passport_rows(session, [row.id]).get(row.id, [])]
            if not same_identity(before, person):
                confirmed = _check_duplicates(session, person, numbers, row.id, allow_duplicate)
                if confirmed:
                    diff["confirmed_not_duplicate_of"] = [None, confirmed]
            for name, value in dataclasses.asdict(person).items():
                setattr(row, name, value)
            row.search_text = search_text(person, numbers)
            touch(row, actor, now)
            session.flush()
            audit(session, actor, now, "update", ENTITY, row.id, diff)
            return _load(session, row.id)

    def add_passport(
        self,
        actor: Actor,
        applicant_id: int,
        passport: PassportDraft,
        expected_version: int,
        today: date,
    ) -> Applicant:
        """Record a (new) passport; it becomes current and earlier ones stay as history.

        Raises:
            ValidationError: also ``passport_already_recorded`` (applicant_id) when this
                number and issuing state are already on file.
            ConflictError: the applicant changed since ``expected_version`` was read.
        """
        require(actor, Action.EDIT_PERMITS)
        _validate(check_passport(passport, today))
        document = normalize_passport(passport)
        now = self._clock()
        with self._db.write() as session:
            row = found(repo.get_applicant_row(session, applicant_id), ENTITY, applicant_id)
            check_version(row, expected_version, ENTITY, applicant_id)
            _refuse_recorded_passport(session, document)
            history = repo.passport_rows(session, [row.id]).get(row.id, [])
            current = next((p for p in history if p.is_current), None)
            for old in history:
                old.is_current = False
            session.add(_passport_row(row.id, document, actor, now))
            row.search_text = search_text(
                repo.applicant_details(row), [document.number, *(p.number for p in history)]
            )
            touch(row, actor, now)
            session.flush()
            before = _passport_values(repo.to_passport(current)) if current else {}
            audit(
                session,
                actor,
                now,
                "renew_passport" if current else "add_passport",
                ENTITY,
                row.id,
                changes(before, _passport_values(document)),
            )
            return _load(session, row.id)

    def get(self, actor: Actor, applicant_id: int) -> Applicant:
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            return _load(session, applicant_id)

    def search(
        self, actor: Actor, text: str, offset: int = 0, limit: int = PAGE_SIZE
    ) -> Page[Applicant]:
        """Applicants whose names, Chinese name or any passport number contain every word."""
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            items, total = repo.search_applicants(session, text, offset, limit)
            return Page(tuple(items), total)

    def find_duplicates(
        self, actor: Actor, draft: ApplicantDraft, passport_number: str = ""
    ) -> tuple[DuplicateCandidate, ...]:
        """Existing applicants the keyed person may be, to offer before saving."""
        require(actor, Action.READ_PERMITS)
        person = normalize_applicant(draft)
        with self._db.read() as session:
            return _candidates(session, person, [normalize_identifier(passport_number)], None)

    def preview_mrz(
        self, actor: Actor, lines: str | Sequence[str], applicant_id: int | None, today: date
    ) -> MrzPreview:
        """Read an MRZ and show what it would change, saving nothing.

        For an existing applicant, ``diff`` compares every MRZ field with what is stored; for
        a new one, ``duplicates`` lists existing applicants the MRZ data match.
        """
        require(actor, Action.READ_PERMITS)
        mrz, problems = parse_td3(lines, today=today)
        if mrz is None:
            return MrzPreview(None, tuple(problems))
        with self._db.read() as session:
            if applicant_id is not None:
                applicant = _load(session, applicant_id)
                diff = mrz_diff(applicant.details, applicant.passport, mrz)
                return MrzPreview(mrz, tuple(problems), diff=diff)
            read = mrz_applicant(mrz)
            if read is None:
                return MrzPreview(mrz, tuple(problems))
            person, document = normalize_applicant(read[0]), normalize_passport(read[1])
            duplicates = _candidates(session, person, [document.number], None)
            return MrzPreview(mrz, tuple(problems), duplicates=duplicates)


def _validate(problems: list[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def _load(session: Session, applicant_id: int) -> Applicant:
    row = found(repo.get_applicant_row(session, applicant_id), ENTITY, applicant_id)
    return repo.load_applicants(session, [row])[0]


def _passport_values(passport: PassportDraft | Passport) -> dict[str, object]:
    """A passport as the audit names its fields (the form's field names)."""
    return {
        "passport_number": passport.number,
        "issuing_state": passport.issuing_state,
        "passport_expiry": passport.expiry_date,
    }


def _passport_row(
    applicant_id: int, document: PassportDraft, actor: Actor, now: datetime
) -> PassportRow:
    return PassportRow(
        applicant_id=applicant_id,
        number=document.number,
        issuing_state=document.issuing_state,
        expiry_date=document.expiry_date,
        is_current=True,
        recorded_at=now,
        recorded_by=actor.username,
    )


def _refuse_recorded_passport(session: Session, document: PassportDraft) -> None:
    """One passport belongs to one person: the same number and state cannot be added twice."""
    existing = repo.passport_by_number(session, document.number, document.issuing_state)
    if existing is not None:
        params = {"applicant_id": existing.applicant_id}
        raise ValidationError([Problem("passport_already_recorded", "passport_number", params)])


def _candidates(
    session: Session, person: ApplicantDraft, numbers: list[str], exclude_id: int | None
) -> tuple[DuplicateCandidate, ...]:
    matches = repo.find_duplicates(session, person, numbers, exclude_id)
    if not matches:
        return ()
    rows = [found(repo.get_applicant_row(session, i), ENTITY, i) for i in sorted(matches)]
    return tuple(
        DuplicateCandidate(applicant, tuple(matches[applicant.id]))
        for applicant in repo.load_applicants(session, rows)
    )


def _check_duplicates(
    session: Session,
    person: ApplicantDraft,
    numbers: list[str],
    exclude_id: int | None,
    allow_duplicate: bool,
) -> list[int]:
    """Raise DuplicateError unless confirmed; returns the confirmed-away ids for the audit."""
    candidates = _candidates(session, person, numbers, exclude_id)
    if candidates and not allow_duplicate:
        raise DuplicateError(ENTITY, candidates)
    return [c.applicant.id for c in candidates]
