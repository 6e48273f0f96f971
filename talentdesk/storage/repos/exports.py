"""Rows of a whole filtered list for an export, streamed from SQL one batch at a time.

A list's ids come from one statement in the list's own order (the same filters, search and
sort as its pages, see ``listing.read_page``), read batch by batch from a server-side cursor;
the exported columns are loaded for each batch of ids. Lists only exports read (issued permits,
assessment results) stream their joined rows directly.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Mapping, Sequence
from enum import Enum
from typing import Any

from sqlalchemy import ColumnElement, Select, bindparam, func, or_, select
from sqlalchemy.orm import Session, aliased

from talentdesk.domain.listing import ListQuery, ListSpec, search_terms
from talentdesk.domain.researchers.records import EnrollmentStatus
from talentdesk.storage.repos.listing import ListSource
from talentdesk.storage.repos.radar import Selection
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseRow,
    CheckpointRow,
    EmployerRow,
    EnrollmentRow,
    IssuedPermitRow,
    PassportRow,
    ProgramRow,
    ResearcherRow,
)

Record = dict[str, Any]


def count(session: Session, statement: Select[Any]) -> int:
    """How many rows ``statement`` returns."""
    return (
        session.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0
    )


def _batches(session: Session, statement: Select[Any], batch: int) -> Iterator[list[Any]]:
    # yield_per: a server-side cursor on PostgreSQL, SQLite steps its cursor anyway.
    result = session.execute(statement.execution_options(yield_per=batch))
    for part in result.partitions(batch):
        yield list(part)


def list_ids(spec: ListSpec, source: ListSource[Any], query: ListQuery) -> list[Select[Any]]:
    """The statements whose ids, one after the other, are the list's rows in its order."""
    key, descending = spec.sort_of(query)
    statements = []
    while key is not None:
        order = source.sorts[key]
        keys = [c.desc() if descending else c.asc() for c in (*order.columns, source.id_column)]
        statements.append(source.ids(query, frozenset(), key).order_by(*keys))
        # Rows without a value for the key follow in the list's default direction.
        key, descending = order.then, spec.default_descending
    return statements


def stream_ids(
    session: Session, statements: Sequence[Select[Any]], batch: int
) -> Iterator[list[int]]:
    for statement in statements:
        for rows in _batches(session, statement, batch):
            yield [row[0] for row in rows]


# --- full records by id -------------------------------------------------------------------------


def applicants_by_id(session: Session, ids: Sequence[int]) -> Mapping[int, Record]:
    """Applicants with their current passport (the newest, should there be two)."""
    a, p = ApplicantRow, PassportRow
    statement = (
        select(
            a.id, a.surname, a.given_names, a.chinese_name, a.sex, a.birth_date, a.nationality,
            a.phone, a.email, a.education, a.visa_status,
            p.number.label("passport_number"), p.issuing_state,
            p.expiry_date.label("passport_expiry"),
        )
        .outerjoin(p, (p.applicant_id == a.id) & p.is_current)
        .where(a.id.in_(ids))
        .order_by(p.id)
    )  # fmt: skip
    return {row.id: row._asdict() for row in session.execute(statement)}


def employers_by_id(session: Session, ids: Sequence[int]) -> Mapping[int, Record]:
    e = EmployerRow
    statement = select(
        e.id, e.name, e.uscc, e.city, e.district, e.address, e.phone, e.email,
        e.fortune_global_500, e.studio_level, e.studio_year, e.credit_notes,
    ).where(e.id.in_(ids))  # fmt: skip
    return {row.id: row._asdict() for row in session.execute(statement)}


def researchers_by_id(session: Session, ids: Sequence[int]) -> Mapping[int, Record]:
    """Researchers with the program and call year of their active enrollment, if any."""
    r, e = ResearcherRow, EnrollmentRow
    statement = (
        select(
            r.id, r.name, r.sex, r.birth_date, r.id_type, r.id_number, r.unit, r.department,
            r.title, r.degree, r.discipline_code, r.mentor_name, r.phone, r.email,
            ProgramRow.name.label("program"), e.call_year.label("program_year"),
        )
        .outerjoin(e, (e.researcher_id == r.id) & (e.status == str(EnrollmentStatus.ACTIVE)))
        .outerjoin(ProgramRow, ProgramRow.id == e.program_id)
        .where(r.id.in_(ids))
        .order_by(e.start_on.desc())
    )  # fmt: skip
    found: dict[int, Record] = {}
    for row in session.execute(statement):
        found.setdefault(row.id, row._asdict())  # the latest enrollment of several
    return found


def _case_passports() -> Select[Any]:
    filed, current = aliased(PassportRow), aliased(PassportRow)
    return (
        select(CaseRow.id, func.coalesce(filed.number, current.number))
        .outerjoin(filed, filed.id == CaseRow.passport_id)
        .outerjoin(current, (current.applicant_id == CaseRow.applicant_id) & current.is_current)
        .where(CaseRow.id.in_(bindparam("ids", expanding=True)))
    )


# Built once: an export runs it for every batch, and building it cost as much as running it.
_CASE_PASSPORTS = _case_passports()


def case_passports(session: Session, case_ids: Sequence[int]) -> Mapping[int, str]:
    """The passport number each case was filed with, else the applicant's current one."""
    rows = session.connection().execute(_CASE_PASSPORTS, {"ids": case_ids})
    return {case_id: number for case_id, number in rows}


# --- issued permits -----------------------------------------------------------------------------

_PERMIT_COLUMNS = (
    IssuedPermitRow.id,
    CaseRow.case_number,
    ApplicantRow.surname,
    ApplicantRow.given_names,
    ApplicantRow.chinese_name,
    ApplicantRow.nationality,
    PassportRow.number.label("passport_number"),
    EmployerRow.name.label("employer_name"),
    IssuedPermitRow.kind.label("track"),
    IssuedPermitRow.number,
    IssuedPermitRow.issued_on,
    IssuedPermitRow.valid_from,
    IssuedPermitRow.valid_to,
    IssuedPermitRow.handled_on,
    CaseRow.assigned_to,
)
_PERMIT_SORTS = {
    "issued_on": (IssuedPermitRow.issued_on,),
    "valid_to": (IssuedPermitRow.valid_to,),
    "number": (IssuedPermitRow.number,),
}


def permits(conditions: Sequence[ColumnElement[bool]], order: Sequence[Any]) -> Select[Any]:
    """Issued permits with their case, holder and employer, in ``order``."""
    return (
        select(*_PERMIT_COLUMNS)
        .join(CaseRow, CaseRow.id == IssuedPermitRow.case_id)
        .join(ApplicantRow, ApplicantRow.id == IssuedPermitRow.applicant_id)
        .join(EmployerRow, EmployerRow.id == CaseRow.employer_id)
        .outerjoin(PassportRow, PassportRow.id == CaseRow.passport_id)
        .where(*conditions)
        .order_by(*order)
    )


def expiring_permits(selection: Selection, kind: str | None) -> Select[Any]:
    """The radar's expiring permits (``selection``), of one kind when ``kind`` is given."""
    conditions = list(selection.where)
    if kind is not None:
        conditions.append(IssuedPermitRow.kind == kind)
    return permits(conditions, selection.order_by)


def permit_list(
    spec: ListSpec, query: ListQuery, case_ids: Select[Any] | None = None
) -> Select[Any]:
    """Issued permits as the ``PERMIT_LIST`` query filters, searches and sorts them.

    Args:
        case_ids: ``select(case id)`` of the cases whose permits are wanted (the ``cases``
            filter, a case list's query, as the list's source selects it); None for every case.
    """
    filters = query.filters
    permit = IssuedPermitRow
    conditions: list[ColumnElement[bool]] = []
    if case_ids is not None:
        conditions.append(permit.case_id.in_(case_ids))
    if "kind" in filters:
        conditions.append(permit.kind == _plain(filters["kind"]))
    for key, column, compare in (
        ("issued_from", permit.issued_on, operator.ge),
        ("issued_to", permit.issued_on, operator.le),
        ("expires_from", permit.valid_to, operator.ge),
        ("expires_to", permit.valid_to, operator.le),
    ):
        if key in filters:
            conditions.append(compare(column, filters[key]))
    for term in search_terms(query.search):
        conditions.append(or_(
            permit.number.contains(term, autoescape=True),
            CaseRow.case_number.contains(term, autoescape=True),
            ApplicantRow.search_text.contains(term.upper(), autoescape=True),
            ApplicantRow.chinese_name.contains(term, autoescape=True),
        ))  # fmt: skip
    key, descending = spec.sort_of(query)
    columns = (*_PERMIT_SORTS[key], permit.id)
    return permits(conditions, [c.desc() if descending else c.asc() for c in columns])


# --- assessment results -------------------------------------------------------------------------


def result_list(
    spec: ListSpec, query: ListQuery, researcher_ids: Select[Any] | None = None
) -> Select[Any]:
    """Checkpoints that are not cancelled, with the researcher and the program.

    Args:
        researcher_ids: ``select(researcher id)`` of the researchers whose results are wanted
            (the ``researchers`` filter, as the researcher list selects it); None for all.
    """
    c, r = CheckpointRow, ResearcherRow
    filters = query.filters
    conditions: list[ColumnElement[bool]] = [c.cancelled.is_(False)]
    if researcher_ids is not None:
        conditions.append(r.id.in_(researcher_ids))
    if "program_id" in filters:
        conditions.append(EnrollmentRow.program_id == filters["program_id"])
    if "kind" in filters:
        conditions.append(c.kind == _plain(filters["kind"]))
    if "grade" in filters:
        conditions.append(c.grade == filters["grade"])
    if "due_from" in filters:
        conditions.append(c.due_on >= filters["due_from"])
    if "due_to" in filters:
        conditions.append(c.due_on <= filters["due_to"])
    for term in search_terms(query.search):
        conditions.append(or_(
            r.name.contains(term, autoescape=True),
            r.unit.contains(term, autoescape=True),
            r.id_number.startswith(term.upper(), autoescape=True),
        ))  # fmt: skip
    key, descending = spec.sort_of(query)
    sort = {"due_on": (c.due_on,), "name": (r.name,)}[key]
    order = [col.desc() if descending else col.asc() for col in (*sort, c.id)]
    return (
        select(
            c.id, r.name, r.id_number, r.unit, ProgramRow.name.label("program"),
            EnrollmentRow.call_year.label("program_year"), c.kind, c.due_on,
            c.report_received_on, c.score, c.grade, c.decided_on,
        )
        .join(EnrollmentRow, EnrollmentRow.id == c.enrollment_id)
        .join(r, r.id == EnrollmentRow.researcher_id)
        .join(ProgramRow, ProgramRow.id == EnrollmentRow.program_id)
        .where(*conditions)
        .order_by(*order)
    )  # fmt: skip


def stream_records(session: Session, statement: Select[Any], batch: int) -> Iterator[Record]:
    """Each row of ``statement`` as a dict, read ``batch`` rows at a time."""
    for rows in _batches(session, statement, batch):
        for row in rows:
            yield row._asdict()


def _plain(value: object) -> object:
    return value.value if isinstance(value, Enum) else value
