"""Look-ups an import makes for a whole file at once: stored records by their match keys."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Table, delete, select, tuple_
from sqlalchemy.orm import Session

from talentdesk.domain.applicants import name_key
from talentdesk.storage.tables import (
    ApplicantRow,
    EmployerRow,
    HandlerRow,
    PassportRow,
    ResearcherRow,
)

# Keys per IN (...): well inside SQLite's and PostgreSQL's limits on bound parameters.
CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


def applicants_by_passport(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], tuple[ApplicantRow, PassportRow]]:
    """(passport number, nationality) -> the applicant and that passport; any passport ever
    recorded counts, as in the duplicate check of the intake form.
    """
    wanted = set(keys)
    found: dict[tuple[str, str], tuple[ApplicantRow, PassportRow]] = {}
    numbers = sorted({number for number, _ in wanted})
    for chunk in _chunks(numbers):
        query = (
            select(ApplicantRow, PassportRow)
            .join(PassportRow, PassportRow.applicant_id == ApplicantRow.id)
            .where(PassportRow.number.in_(chunk))
            .order_by(PassportRow.is_current.desc(), PassportRow.id.desc())
        )
        for applicant, passport in session.execute(query):
            key = (passport.number, applicant.nationality)
            if key in wanted:
                found.setdefault(key, (applicant, passport))
    return found


def recorded_passports(session: Session, numbers: Iterable[str]) -> dict[tuple[str, str], int]:
    """(number, issuing state) -> applicant id of the passports with these numbers."""
    found: dict[tuple[str, str], int] = {}
    for chunk in _chunks(sorted(set(numbers))):
        query = select(PassportRow.number, PassportRow.issuing_state, PassportRow.applicant_id)
        for number, state, applicant_id in session.execute(
            query.where(PassportRow.number.in_(chunk))
        ):
            found[(number, state)] = applicant_id
    return found


def applicants_by_identity(
    session: Session, people: Iterable[tuple[str, date]]
) -> dict[tuple[str, date, str, str], int]:
    """(nationality, birth date, surname key, given-names key) -> applicant id, for these
    (nationality, birth date) pairs: the intake form's identity duplicate check, for a file.
    """
    found: dict[tuple[str, date, str, str], int] = {}
    pair = tuple_(ApplicantRow.nationality, ApplicantRow.birth_date)
    for chunk in _chunks(sorted(set(people))):
        query = select(
            ApplicantRow.id,
            ApplicantRow.nationality,
            ApplicantRow.birth_date,
            ApplicantRow.surname,
            ApplicantRow.given_names,
        ).where(pair.in_(chunk))
        for applicant_id, nationality, born, surname, given in session.execute(query):
            found.setdefault((nationality, born, name_key(surname), name_key(given)), applicant_id)
    return found


def employers_by_uscc(session: Session, codes: Iterable[str]) -> dict[str, EmployerRow]:
    found: dict[str, EmployerRow] = {}
    for chunk in _chunks(sorted(set(codes))):
        for row in session.scalars(select(EmployerRow).where(EmployerRow.uscc.in_(chunk))):
            found[row.uscc] = row
    return found


def researchers_by_identity(
    session: Session, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], ResearcherRow]:
    """(ID type, ID number) -> the researcher."""
    found: dict[tuple[str, str], ResearcherRow] = {}
    columns = tuple_(ResearcherRow.id_type, ResearcherRow.id_number)
    for chunk in _chunks(sorted(set(keys))):
        for row in session.scalars(select(ResearcherRow).where(columns.in_(chunk))):
            found[(row.id_type, row.id_number)] = row
    return found


def lock_versions(session: Session, table: Table, ids: Iterable[int]) -> dict[int, int]:
    """id -> version of these rows, locked until the transaction ends (PostgreSQL; a SQLite
    writer holds the whole database already).
    """
    found: dict[int, int] = {}
    for chunk in _chunks(sorted(set(ids))):
        query = select(table.c.id, table.c.version).where(table.c.id.in_(chunk)).with_for_update()
        found.update((row_id, version) for row_id, version in session.execute(query))
    return found


def delete_handlers(session: Session, employer_ids: Sequence[int]) -> None:
    """Remove the handlers of these employers (an import stores their new list as given)."""
    for chunk in _chunks(employer_ids):
        session.execute(delete(HandlerRow).where(HandlerRow.employer_id.in_(chunk)))
