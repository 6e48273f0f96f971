"""Queries on applicants, passports, employers, cases, checklists, case numbers, social wages."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from talentdesk.domain.applicants import name_key
from talentdesk.domain.category import RouteInputs
from talentdesk.domain.enums import Category, Degree, VocationalLevel
from talentdesk.domain.permit_records import (
    Applicant,
    ApplicantDraft,
    CaseCategory,
    CategoryEvaluation,
    CategoryRequest,
    DuplicateReason,
    Employer,
    EmployerDraft,
    Handler,
    Passport,
    SocialWageEntry,
    Stamp,
    StudioLevel,
)
from talentdesk.domain.points import ItemScore, PointsInputs, Reason
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseCounterRow,
    CaseRow,
    ChecklistItemRow,
    EmployerRow,
    HandlerRow,
    PassportRow,
    SocialWageRow,
    TrackEventRow,
    TrackRow,
)
from talentdesk.storage.tables.base import Editable

R = TypeVar("R")


def stamp_of(row: Editable) -> Stamp:
    return Stamp(row.created_at, row.created_by, row.updated_at, row.updated_by, row.version)


def _like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, with LIKE's own wildcards taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _page(session: Session, query: Select, offset: int, limit: int) -> tuple[list, int]:
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery()))
    return list(session.scalars(query.offset(offset).limit(limit))), total or 0


# --- applicants -------------------------------------------------------------------------------


def get_applicant_row(session: Session, applicant_id: int) -> ApplicantRow | None:
    return session.get(ApplicantRow, applicant_id)


# The statements a case window's every open runs, built once: building and keying a
# statement anew costs as much as SQLite's answer for one case.
_PASSPORTS = (
    select(PassportRow)
    .where(PassportRow.applicant_id.in_(bindparam("ids", expanding=True)))
    .order_by(PassportRow.is_current.desc(), PassportRow.recorded_at.desc(), PassportRow.id.desc())
)


def passport_rows(session: Session, applicant_ids: Iterable[int]) -> dict[int, list[PassportRow]]:
    """Every passport of these applicants, newest first (the current one first of all)."""
    by_applicant: dict[int, list[PassportRow]] = defaultdict(list)
    ids = list(applicant_ids)
    if not ids:
        return by_applicant
    for row in session.scalars(_PASSPORTS, {"ids": ids}):
        by_applicant[row.applicant_id].append(row)
    return by_applicant


def passport_by_number(session: Session, number: str, issuing_state: str) -> PassportRow | None:
    return session.scalar(
        select(PassportRow).where(
            PassportRow.number == number, PassportRow.issuing_state == issuing_state
        )
    )


def from_row(record: type[R], row: object, **overrides: object) -> R:
    """A record whose fields are the row's columns of the same names (``overrides`` aside)."""
    values = {
        f.name: getattr(row, f.name) for f in dataclasses.fields(record) if f.name not in overrides
    }
    return record(**values, **overrides)


def applicant_details(row: ApplicantRow) -> ApplicantDraft:
    return from_row(ApplicantDraft, row)


def to_passport(row: PassportRow) -> Passport:
    return from_row(Passport, row)


def to_applicant(row: ApplicantRow, passports: Sequence[PassportRow]) -> Applicant:
    records = tuple(to_passport(p) for p in passports)
    current = next((p for p in records if p.is_current), None)
    return Applicant(row.id, applicant_details(row), current, records, stamp_of(row))


def load_applicants(session: Session, rows: Sequence[ApplicantRow]) -> list[Applicant]:
    """Records for ``rows`` with their passports, in one extra query."""
    passports = passport_rows(session, (r.id for r in rows))
    return [to_applicant(r, passports.get(r.id, [])) for r in rows]


def find_duplicates(
    session: Session,
    person: ApplicantDraft,
    passport_numbers: Iterable[str],
    exclude_id: int | None = None,
) -> dict[int, list[DuplicateReason]]:
    """Applicants that may be ``person``: by passport number + nationality, or by identity.

    Any passport ever recorded counts, not only current ones: someone who renewed is still the
    same person. Names are compared by ``name_key`` in Python among the few people sharing a
    nationality and birth date (found through ``ix_applicants_identity``).
    """
    found: dict[int, list[DuplicateReason]] = defaultdict(list)
    numbers = [n for n in passport_numbers if n]
    if numbers:
        by_passport = (
            select(ApplicantRow.id)
            .join(PassportRow, PassportRow.applicant_id == ApplicantRow.id)
            .where(PassportRow.number.in_(numbers), ApplicantRow.nationality == person.nationality)
        )
        for applicant_id in dict.fromkeys(session.scalars(by_passport)):
            found[applicant_id].append(DuplicateReason.SAME_PASSPORT)
    surname, given = name_key(person.surname), name_key(person.given_names)
    same_birth = select(ApplicantRow.id, ApplicantRow.surname, ApplicantRow.given_names).where(
        ApplicantRow.nationality == person.nationality,
        ApplicantRow.birth_date == person.birth_date,
    )
    for applicant_id, other_surname, other_given in session.execute(same_birth):
        if name_key(other_surname) == surname and name_key(other_given) == given:
            found[applicant_id].append(DuplicateReason.SAME_IDENTITY)
    if exclude_id is not None:
        found.pop(exclude_id, None)
    return dict(found)


def search_applicants(
    session: Session, text: str, offset: int, limit: int
) -> tuple[list[Applicant], int]:
    """Applicants whose names, Chinese name or any passport number contain ``text``."""
    query = select(ApplicantRow)
    words = text.upper().split()
    for word in words:
        query = query.where(ApplicantRow.search_text.like(_like(word), escape="\\"))
    rows, total = _page(
        session,
        query.order_by(ApplicantRow.surname, ApplicantRow.given_names, ApplicantRow.id),
        offset,
        limit,
    )
    return load_applicants(session, rows), total


# --- employers --------------------------------------------------------------------------------


def get_employer_row(session: Session, employer_id: int) -> EmployerRow | None:
    return session.get(EmployerRow, employer_id)


def employer_by_uscc(session: Session, uscc: str) -> EmployerRow | None:
    return session.scalar(select(EmployerRow).where(EmployerRow.uscc == uscc))


_HANDLERS = (
    select(HandlerRow)
    .where(HandlerRow.employer_id.in_(bindparam("ids", expanding=True)))
    .order_by(HandlerRow.id)
)


def handler_rows(session: Session, employer_ids: Iterable[int]) -> dict[int, list[HandlerRow]]:
    by_employer: dict[int, list[HandlerRow]] = defaultdict(list)
    ids = list(employer_ids)
    if ids:
        for row in session.scalars(_HANDLERS, {"ids": ids}):
            by_employer[row.employer_id].append(row)
    return by_employer


def to_employer(row: EmployerRow, handlers: Sequence[HandlerRow]) -> Employer:
    details = from_row(
        EmployerDraft,
        row,
        handlers=tuple(Handler(h.name, h.phone, h.email) for h in handlers),
        studio_level=StudioLevel(row.studio_level) if row.studio_level else None,
    )
    return Employer(row.id, details, stamp_of(row))


def load_employers(session: Session, rows: Sequence[EmployerRow]) -> list[Employer]:
    handlers = handler_rows(session, (r.id for r in rows))
    return [to_employer(r, handlers.get(r.id, [])) for r in rows]


def search_employers(
    session: Session, text: str, city: str | None, offset: int, limit: int
) -> tuple[list[Employer], int]:
    """Employers whose name contains ``text`` or whose USCC starts with it, in ``city``."""
    query = select(EmployerRow)
    needle = text.strip()
    if needle:
        condition: ColumnElement[bool] = EmployerRow.name.like(_like(needle), escape="\\")
        query = query.where(
            condition | EmployerRow.uscc.startswith(needle.upper(), autoescape=True)
        )
    if city:
        query = query.where(EmployerRow.city == city)
    rows, total = _page(session, query.order_by(EmployerRow.name, EmployerRow.id), offset, limit)
    return load_employers(session, rows), total


# --- cases ------------------------------------------------------------------------------------


def next_case_sequence(session: Session, year: int) -> int:
    """Take the next number of ``year`` in the caller's transaction.

    One INSERT … ON CONFLICT DO UPDATE … RETURNING: on PostgreSQL the updated counter row stays
    locked until the transaction ends, so a second window waits and then reads the new value;
    SQLite writers are serialised by BEGIN IMMEDIATE. A rolled-back case gives its number back.
    """
    statement = _counter_statement(session.get_bind().dialect.name)
    return int(session.execute(statement, {"year": year}).scalar_one())


@functools.cache
def _counter_statement(dialect: str) -> Any:
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(CaseCounterRow).values(year=bindparam("year"), last_number=1)
    return statement.on_conflict_do_update(
        index_elements=[CaseCounterRow.year],
        set_={"last_number": CaseCounterRow.last_number + 1},
    ).returning(CaseCounterRow.last_number)


def get_case_row(session: Session, case_id: int) -> CaseRow | None:
    return session.get(CaseRow, case_id)


_CASE_ID = bindparam("case_id")
_TRACKS = select(TrackRow).where(TrackRow.case_id == _CASE_ID).order_by(TrackRow.id)
_CHECKLIST = (
    select(ChecklistItemRow)
    .where(ChecklistItemRow.case_id == _CASE_ID)
    .order_by(ChecklistItemRow.id)
)
_EVENTS = (
    select(TrackEventRow)
    .where(TrackEventRow.case_id == _CASE_ID)
    .order_by(TrackEventRow.at, TrackEventRow.id)
)


def track_rows(session: Session, case_id: int) -> list[TrackRow]:
    return list(session.scalars(_TRACKS, {"case_id": case_id}))


def checklist_rows(session: Session, case_id: int) -> list[ChecklistItemRow]:
    return list(session.scalars(_CHECKLIST, {"case_id": case_id}))


def checklist_row(session: Session, case_id: int, code: str) -> ChecklistItemRow | None:
    return session.scalar(
        select(ChecklistItemRow).where(
            ChecklistItemRow.case_id == case_id, ChecklistItemRow.code == code
        )
    )


def event_rows(session: Session, case_id: int) -> list[TrackEventRow]:
    return list(session.scalars(_EVENTS, {"case_id": case_id}))


def passport_row(session: Session, passport_id: int | None) -> PassportRow | None:
    return session.get(PassportRow, passport_id) if passport_id is not None else None


# --- social wages -----------------------------------------------------------------------------


def to_social_wage(row: SocialWageRow) -> SocialWageEntry:
    return SocialWageEntry(row.city, row.year, row.annual_amount, row.source)


def latest_social_wage(session: Session, city: str, up_to_year: int) -> SocialWageEntry | None:
    """The newest configured wage of ``city`` for ``up_to_year`` or before."""
    row = session.scalar(
        select(SocialWageRow)
        .where(SocialWageRow.city == city, SocialWageRow.year <= up_to_year)
        .order_by(SocialWageRow.year.desc())
        .limit(1)
    )
    return to_social_wage(row) if row else None


def put_social_wage(session: Session, entry: SocialWageEntry) -> SocialWageEntry | None:
    """Insert or replace one city's wage for one year; returns the replaced entry, if any."""
    row = session.get(SocialWageRow, (entry.city, entry.year))
    old = to_social_wage(row) if row else None
    if row is None:
        session.add(
            SocialWageRow(
                city=entry.city,
                year=entry.year,
                annual_amount=entry.annual_amount,
                source=entry.source,
            )
        )
    else:
        row.annual_amount, row.source = entry.annual_amount, entry.source
    session.flush()
    return old


def list_social_wages(session: Session, city: str | None = None) -> list[SocialWageEntry]:
    query = select(SocialWageRow).order_by(SocialWageRow.city, SocialWageRow.year.desc())
    if city:
        query = query.where(SocialWageRow.city == city)
    return [to_social_wage(r) for r in session.scalars(query)]


# --- the stored classification (cases.route_inputs and cases.points_detail) -------------------
#
# route_inputs: {"city", "facts": RouteInputs without wage and points, "points_inputs",
#                "points_table", "social_wage", "routes_met", "explanation"} — enough to show
#                the evaluation as it was, even after the wage table or the routes change.
# points_detail: {"items": [{"code", "points", "reason"}], "problems": [...]}.


def json_value(value: object) -> Any:
    """JSON-ready copy: dataclasses as dicts, enums as values, dates and decimals as text."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        value = dataclasses.asdict(value)
    if type(value) is dict and (flat := _flat_json(value)) is not None:
        return flat
    return json.loads(json.dumps(value, ensure_ascii=False, default=_json_default))


# A flat record's values JSON keeps as they are, and those it writes as their str().
_JSON_AS_IS = frozenset({str, int, bool, type(None)})
_JSON_AS_TEXT = frozenset({date, datetime, Decimal})


def _flat_json(record: dict[Any, Any]) -> dict[str, Any] | None:
    """``record`` as the JSON round trip would give it, when it is one level of plain values
    (an imported record, audited row by row); None for anything else.
    """
    found: dict[str, Any] = {}
    for key, item in record.items():
        kind = type(item)
        if type(key) is not str:
            return None
        if kind in _JSON_AS_IS:
            found[key] = item
        elif kind in _JSON_AS_TEXT:
            found[key] = str(item)
        else:
            return None
    return found


def _json_default(value: object) -> object:
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    return str(value)


def _reason(reason: Reason) -> dict[str, Any]:
    return {"code": reason.code, "params": json_value(reason.params)}


def category_columns(
    category: Category,
    request: CategoryRequest | None,
    evaluation: CategoryEvaluation | None,
    override_reason: str,
) -> dict[str, Any]:
    """CaseRow column values for a classification (``evaluation`` None: carried over)."""
    if request is None or evaluation is None:
        return {
            "category": str(category),
            "suggested_category": "",
            "category_route": "",
            "override_reason": override_reason,
            "points_table": "",
            "points_total": None,
            "points_detail": {},
            "route_inputs": {},
        }
    suggestion, points, wage = evaluation.suggestion, evaluation.points, evaluation.social_wage
    met = [r.route for r in suggestion.routes if r.met]
    chosen = [r.route for r in suggestion.routes if r.met and r.category is category]
    facts = {
        f.name: getattr(request.facts, f.name)
        for f in dataclasses.fields(RouteInputs)
        if f.name not in ("social_wage", "points")
    }
    facts["confirmed"] = sorted(request.facts.confirmed)
    return {
        "category": str(category),
        "suggested_category": str(suggestion.category or ""),
        "category_route": chosen[0] if chosen else "",
        "override_reason": override_reason,
        "points_table": points.table_id if points else "",
        "points_total": points.total if points else None,
        "points_detail": {
            "items": [
                {"code": i.code, "points": i.points, "reason": _reason(i.reason)}
                for i in points.items
            ]
            if points
            else [],
            "problems": [json_value(p) for p in points.problems] if points else [],
        },
        "route_inputs": json_value(
            {
                "city": request.city,
                "facts": facts,
                "points_inputs": json_value(request.points_inputs),
                "points_table": request.points_table,
                "social_wage": json_value(wage),
                "routes_met": met,
                "explanation": [_reason(r) for r in suggestion.explanation],
            }
        ),
    }


def _reason_from(data: dict[str, Any]) -> Reason:
    return Reason(data["code"], data.get("params", {}))


def category_request(row: CaseRow) -> CategoryRequest | None:
    """The request a case was classified with; None when its category was carried over."""
    stored = row.route_inputs or {}
    if "facts" not in stored:
        return None
    facts = dict(stored["facts"])
    facts["degree"] = Degree(facts["degree"]) if facts.get("degree") else None
    facts["confirmed"] = frozenset(facts.get("confirmed", ()))
    points = stored.get("points_inputs")
    if points is not None:
        points = dict(points)
        points["degree"] = Degree(points["degree"])
        level = points.get("vocational_level")
        points["vocational_level"] = VocationalLevel(level) if level else None
    return CategoryRequest(
        stored["city"],
        RouteInputs(**facts),
        PointsInputs(**points) if points is not None else None,
        stored.get("points_table"),
    )


def case_category(row: CaseRow) -> CaseCategory:
    stored, detail = row.route_inputs or {}, row.points_detail or {}
    return CaseCategory(
        category=Category(row.category),
        suggested=Category(row.suggested_category) if row.suggested_category else None,
        route=row.category_route,
        override_reason=row.override_reason,
        points_table=row.points_table,
        points_total=row.points_total,
        points_items=tuple(
            ItemScore(i["code"], i["points"], _reason_from(i["reason"]))
            for i in detail.get("items", ())
        ),
        routes_met=tuple(stored.get("routes_met", ())),
        explanation=tuple(_reason_from(r) for r in stored.get("explanation", ())),
    )
