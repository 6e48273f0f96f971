"""Excel exports of every list: what is filtered is exported, streamed, masked, audited."""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Select
from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import AuditFilter
from talentdesk.domain.exports import (
    BATCH,
    EXPIRING_LIST,
    PERMIT_LIST,
    RESULT_LIST,
    ExportKind,
    ExportResult,
    described,
    export_problems,
)
from talentdesk.domain.listing import ListQuery, ListSpec
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.permit_lists import (
    APPLICANT_LIST,
    CASE_LIST,
    EMPLOYER_LIST,
    CaseListRow,
    DueStatus,
    due_status,
)
from talentdesk.domain.researchers.records import RESEARCHER_LIST
from talentdesk.domain.workflow_records import RadarKind
from talentdesk.errors import ValidationError
from talentdesk.services.common import Clock, audit, require, utc_now
from talentdesk.services.radar import group_selection
from talentdesk.services.track_dues import work_calendar
from talentdesk.storage.database import Database
from talentdesk.storage.repos import audit as audit_repo
from talentdesk.storage.repos import exports as repo
from talentdesk.storage.repos.listing import ListSource
from talentdesk.storage.repos.permit_lists import applicant_source, case_source, employer_source
from talentdesk.storage.repos.researchers import researcher_source

Record = Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class ExportOptions:
    """How to write an export.

    Attributes:
        language: of the title, headers and coded values ("zh_CN" or "en").
        unmasked: None writes passport and ID numbers as the user's role may see them; True
            asks for them unmasked (refused for a role that may not see them); False masks.
        unit: the 填报单位 line.
        total: called once with the number of rows about to be written.
        progress: called with the rows written so far.
        cancelled: polled while writing; True stops the export and leaves no file.
    """

    language: str = "zh_CN"
    unmasked: bool | None = None
    unit: str = ""
    total: Callable[[int], None] | None = None
    progress: Callable[[int], None] | None = None
    cancelled: Callable[[], bool] | None = None


@dataclasses.dataclass(frozen=True)
class _Plan:
    """One export kind: who may read it, its entity in the audit trail, how rows are read."""

    read: Action
    entity: str
    spec: ListSpec | None  # checks the ListQuery; None for the audit trail's filter


_PLANS: Mapping[ExportKind, _Plan] = {
    ExportKind.CASES: _Plan(Action.READ_PERMITS, "case", CASE_LIST),
    ExportKind.PERMITS: _Plan(Action.READ_PERMITS, "issued_permit", PERMIT_LIST),
    ExportKind.EXPIRING: _Plan(Action.READ_PERMITS, "issued_permit", EXPIRING_LIST),
    ExportKind.APPLICANTS: _Plan(Action.READ_PERMITS, "applicant", APPLICANT_LIST),
    ExportKind.EMPLOYERS: _Plan(Action.READ_PERMITS, "employer", EMPLOYER_LIST),
    ExportKind.RESEARCHERS: _Plan(Action.READ_RESEARCHERS, "researcher", RESEARCHER_LIST),
    ExportKind.RESULTS: _Plan(Action.READ_RESEARCHERS, "checkpoint", RESULT_LIST),
    ExportKind.AUDIT: _Plan(Action.VIEW_AUDIT, "audit_log", None),
}


def may_export(actor: Actor, kind: ExportKind) -> bool:
    """Whether ``actor`` may export ``kind`` at all (the GUI hides the action otherwise)."""
    plan = _PLANS[kind]
    return allowed(actor.role, plan.read) and allowed(actor.role, Action.EXPORT_PERSONAL_DATA)


class ExportService:
    """Writes a list's rows as a 花名册 workbook, in the order and with the filters of its view."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def export(
        self,
        actor: Actor,
        kind: ExportKind,
        query: ListQuery | AuditFilter,
        target: str | os.PathLike[str],
        options: ExportOptions = ExportOptions(),
    ) -> ExportResult:
        """Write every row ``query`` selects (all pages; its offset and limit are ignored).

        Raises:
            PermissionDeniedError: the role may not read the list, export personal data, or
                see the unmasked numbers asked for.
            ValidationError: a filter or sort the list does not offer.
            CancelledError: ``options.cancelled`` said stop; no file was written.
        """
        plan = _PLANS[kind]
        require(actor, plan.read)
        require(actor, Action.EXPORT_PERSONAL_DATA)
        if options.unmasked:
            require(actor, Action.VIEW_UNMASKED_IDS)
        reveal = allowed(actor.role, Action.VIEW_UNMASKED_IDS) and options.unmasked is not False
        if plan.spec is not None:
            if not isinstance(query, ListQuery):
                raise TypeError(f"{kind} exports take a ListQuery")
            problems = export_problems(plan.spec, query)
            if problems:
                raise ValidationError(problems)
        elif not isinstance(query, AuditFilter):
            raise TypeError(f"{kind} exports take an AuditFilter")
        # Imported here: openpyxl costs start-up time, and most sessions never export.
        from talentdesk.excel.export_columns import export_title
        from talentdesk.excel.writer import write_roster

        path = Path(target)
        now = self._clock()
        with self._db.read() as session:
            columns, total, records = self._rows(session, kind, query, now.date())
            if options.total is not None:
                options.total(total)
            written = write_roster(
                path,
                columns,
                records,
                title=export_title(kind, options.language),
                report_date=now.date(),
                unit=options.unit,
                language=options.language,
                reveal_sensitive=reveal,
                progress=options.progress,
                cancelled=options.cancelled,
            )
        # Masked only when the roster has numbers to mask.
        masked = not reveal and any(column.sensitive for column in columns)
        details = {
            "kind": str(kind),
            "filter": _described(query),
            "rows": written,
            "masked": masked,
            "file": path.name,
        }
        try:
            with self._db.write() as session:
                audit(session, actor, now, "export", plan.entity, "", details)
        except BaseException:
            # An export the trail does not know of must not exist.
            path.unlink(missing_ok=True)
            raise
        return ExportResult(kind, path, written, masked)

    # --- rows of each kind ----------------------------------------------------------------------

    def _rows(
        self, session: Session, kind: ExportKind, query: ListQuery | AuditFilter, today: date
    ) -> tuple[Sequence[Any], int, Iterable[Record]]:
        """The columns, the number of rows, and the rows (read lazily, in the list's order)."""
        from talentdesk.excel import export_columns as columns

        if isinstance(query, AuditFilter):
            total = audit_repo.count_entries(session, query)
            return columns.AUDIT, total, _audit_rows(session, query)
        if kind is ExportKind.PERMITS:
            cases = _listed(query, "cases", lambda: case_source(session, today))
            statement = repo.permit_list(PERMIT_LIST, query, cases)
            return columns.PERMITS, *_statement_rows(session, statement)
        if kind is ExportKind.EXPIRING:
            return columns.EXPIRING, *_expiring_rows(session, query, today)
        if kind is ExportKind.RESULTS:
            researchers = _listed(query, "researchers", lambda: researcher_source(session))
            statement = repo.result_list(RESULT_LIST, query, researchers)
            return columns.RESULTS, *_statement_rows(session, statement)
        if kind is ExportKind.CASES:
            source = case_source(session, today, _marker(session, today))
            rows = _list_rows(session, CASE_LIST, source, query,
                              lambda s, ids: _case_records(s, ids, source))  # fmt: skip
            return columns.CASES, *rows
        if kind is ExportKind.APPLICANTS:
            rows = _list_rows(session, APPLICANT_LIST, applicant_source(session), query,
                              repo.applicants_by_id)  # fmt: skip
            return columns.APPLICANT_ROSTER, *rows
        if kind is ExportKind.EMPLOYERS:
            rows = _list_rows(session, EMPLOYER_LIST, employer_source(session), query,
                              repo.employers_by_id)  # fmt: skip
            return columns.EMPLOYER_ROSTER, *rows
        rows = _list_rows(session, RESEARCHER_LIST, researcher_source(session), query,
                          repo.researchers_by_id)  # fmt: skip
        return columns.RESEARCHER_ROSTER, *rows


Loader = Callable[[Session, Sequence[int]], Mapping[int, Record]]


def _list_rows(
    session: Session,
    spec: ListSpec,
    source: ListSource[Any],
    query: ListQuery,
    load: Loader,
) -> tuple[int, Iterator[Record]]:
    """A list view's rows: its ids in its order, each batch's records loaded by ``load``."""
    statements = repo.list_ids(spec, source, query)
    total = sum(repo.count(session, s) for s in statements)

    def rows() -> Iterator[Record]:
        for ids in repo.stream_ids(session, statements, BATCH):
            found = load(session, ids)
            yield from (found[i] for i in ids if i in found)  # deleted meanwhile: left out

    return total, rows()


def _listed(
    query: ListQuery, key: str, source: Callable[[], ListSource[Any]]
) -> Select[Any] | None:
    """The ids the list query in filter ``key`` selects (see ``LISTED_BY``); None without one."""
    listed = query.filters.get(key)
    if not isinstance(listed, ListQuery):
        return None
    return source().ids(listed, frozenset(), None)


def _statement_rows(session: Session, statement: Select[Any]) -> tuple[int, Iterator[Record]]:
    return repo.count(session, statement), repo.stream_records(session, statement, BATCH)


def _expiring_rows(session: Session, query: ListQuery, today: date) -> tuple[int, Iterator[Record]]:
    """The radar's expiring permits, with the calendar days left as the radar counts them."""
    selection = group_selection(session, RadarKind.EXPIRING, today)
    kind = query.filters.get("kind")
    statement = repo.expiring_permits(selection, None if kind is None else str(kind))
    total, rows = _statement_rows(session, statement)
    return total, ({**row, "days_left": (row["valid_to"] - today).days} for row in rows)


def _marker(session: Session, today: date) -> Callable[[date, bool, bool], DueStatus]:
    calendar = work_calendar(session)

    # Rows share few due dates: each is counted out on the calendar once per export.
    @functools.lru_cache(maxsize=4096)
    def mark(due: date, paused: bool, provisional: bool) -> DueStatus:
        return due_status(due, today, calendar, paused=paused, provisional=provisional)

    return mark


def _case_records(
    session: Session, ids: Sequence[int], source: ListSource[CaseListRow]
) -> Mapping[int, Record]:
    """The case list's rows with the passport each case was filed with."""
    passports = repo.case_passports(session, ids)
    found = {}
    for case_id, row in source.load(session, ids).items():
        record = dict(vars(row))
        record["passport_number"] = passports.get(case_id)
        record["working_days_left"] = row.deadline.working_days_left if row.deadline else None
        found[case_id] = record
    return found


def _audit_rows(session: Session, filters: AuditFilter) -> Iterator[Record]:
    for record in audit_repo.stream_records(session, filters, BATCH):
        yield {"id": record.id, **vars(record.entry)}


def _described(query: ListQuery | AuditFilter) -> dict[str, object]:
    if isinstance(query, ListQuery):
        return described(query)
    return {name: str(value) for name, value in vars(query).items() if value is not None}
