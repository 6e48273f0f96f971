"""Queries on researchers, programs, enrollments, checkpoints, panels, tranches and rewards."""

from __future__ import annotations

import dataclasses
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    func,
    or_,
    select,
)
from sqlalchemy.orm import Session

from talentdesk.domain.identifiers import normalize_identifier
from talentdesk.domain.listing import ListQuery, search_terms
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.alerts import AlertFacts
from talentdesk.domain.researchers.evaluation import (
    CheckpointDecision,
    Decision,
    RepresentativeWork,
    Scorecard,
    WorkRole,
    WorkType,
)
from talentdesk.domain.researchers.program_codec import program_from_json, program_to_dict
from talentdesk.domain.researchers.programs import (
    CheckpointKind,
    EvaluationCategory,
    Program,
    Sex,
    load_program_presets,
)
from talentdesk.domain.researchers.records import (
    CheckpointRecord,
    EnrollmentRecord,
    EnrollmentStatus,
    IdType,
    ProgramRecord,
    ResearcherInput,
    ResearcherListRow,
    ResearcherRecord,
    ReviewerInput,
    ReviewerRecord,
    RewardRecord,
    ScorecardRecord,
    TrancheRecord,
)
from talentdesk.domain.researchers.rewards import (
    RewardClaim,
    RewardStatus,
    Tranche,
    tranche_states,
)
from talentdesk.domain.researchers.schedule import (
    CheckpointOverride,
    Extension,
    ExtensionReason,
    IndividualPlan,
    Schedule,
    ScheduledCheckpoint,
    Termination,
    TerminationReason,
)
from talentdesk.storage.repos.listing import (
    ListSource,
    SortOrder,
    maybe_unindexed,
    starts_with,
)
from talentdesk.storage.tables import (
    CheckpointRow,
    EnrollmentRow,
    ExtensionRow,
    IndividualPlanRow,
    ProgramRow,
    ProgramVersionRow,
    RepresentativeWorkRow,
    ResearcherRow,
    ReviewerRow,
    RewardClaimRow,
    ScorecardRow,
    TrancheRow,
)
from talentdesk.storage.tables.base import Editable

R = TypeVar("R", bound=Editable)



def stamp(row: Editable, at: datetime, by: str, *, new: bool = False) -> None:
    """Set who changed ``row`` and when (and who created it, for a new row)."""
    if new:
        row.created_at = at
        row.created_by = by
    row.updated_at = at
    row.updated_by = by


def stamp_values(at: datetime, by: str) -> dict[str, Any]:
    """The Editable columns of a row inserted with Core."""
    return {"created_at": at, "created_by": by, "updated_at": at, "updated_by": by, "version": 1}


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _by_ids(session: Session, query: Select, column: Any, ids: Sequence[int]) -> list:
    """Rows whose ``column`` is in ``ids``, in chunks PostgreSQL and SQLite both accept."""
    found = []
    for start in range(0, len(ids), 5000):
        found += session.scalars(query.where(column.in_(ids[start:start + 5000]))).all()
    return found


# --- researchers ------------------------------------------------------------------------------


def search_text(name: str) -> str:
    """The name as searched: NFKC and upper case, so "smith" finds "Smith" on both dialects."""
    return unicodedata.normalize("NFKC", name).upper()


def researcher_values(data: ResearcherInput) -> dict[str, Any]:
    number = normalize_identifier(data.id_number)
    return {
        "name": data.name.strip(),
        "sex": str(data.sex),
        "birth_date": data.birth_date,
        "id_type": str(data.id_type),
        "id_number": number,
        "applicant_id": data.applicant_id,
        "unit": data.unit.strip(),
        "department": data.department.strip(),
        "discipline_code": data.discipline_code.strip(),
        "title": data.title.strip(),
        "degree": data.degree.strip(),
        "mentor_name": data.mentor_name.strip(),
        "mentor_id": data.mentor_id,
        "phone": data.phone.strip(),
        "email": data.email.strip(),
        "search_text": search_text(data.name.strip()),
    }


def researcher_input(row: ResearcherRow) -> ResearcherInput:
    return ResearcherInput(
        name=row.name, sex=Sex(row.sex), birth_date=row.birth_date, id_type=IdType(row.id_type),
        id_number=row.id_number, unit=row.unit, department=row.department,
        discipline_code=row.discipline_code, title=row.title, degree=row.degree,
        mentor_name=row.mentor_name, mentor_id=row.mentor_id, phone=row.phone, email=row.email,
        applicant_id=row.applicant_id)


def to_researcher(row: ResearcherRow) -> ResearcherRecord:
    return ResearcherRecord(row.id, row.version, researcher_input(row), row.updated_at,
                            row.updated_by)


def get_researcher_row(session: Session, researcher_id: int) -> ResearcherRow | None:
    return session.get(ResearcherRow, researcher_id)


def researcher_by_identity(session: Session, id_type: IdType, number: str) -> ResearcherRow | None:
    return session.scalar(select(ResearcherRow).where(
        ResearcherRow.id_type == str(id_type),
        ResearcherRow.id_number == normalize_identifier(number)))


def _term_condition(term: str, hidden: frozenset[str], dialect: str) -> ColumnElement[bool]:
    """A term matches the start of the name, ID number, unit or department, each through an
    index: 王伟 finds 王伟 and 王伟东 (two-character names are common, and below any trigram
    index's minimum) but not 李王伟; 3201 finds ID numbers from Nanjing, 东南 finds 东南大学."""
    def start(column: Any, prefix: str) -> ColumnElement[bool]:
        return starts_with(maybe_unindexed(column, "search", hidden), prefix, dialect)

    needle = term.upper()
    if any(c.isdigit() for c in needle):  # names and units have none; ID numbers do
        return start(ResearcherRow.id_number, needle)
    return or_(start(ResearcherRow.search_text, needle), start(ResearcherRow.unit, term),
               start(ResearcherRow.department, term))


def researcher_source(session: Session) -> ListSource[ResearcherListRow]:
    """The researcher list for ``listing.read_page``: search, filters, sorts, rows."""
    dialect = session.get_bind().dialect.name

    def ids(query: ListQuery, hidden: frozenset[str], _sort: str | None) -> Select[Any]:
        conditions = [_term_condition(t, hidden, dialect) for t in search_terms(query.search)]
        filters = query.filters
        if "unit" in filters:
            unit = maybe_unindexed(ResearcherRow.unit, "unit", hidden)
            conditions.append(starts_with(unit, str(filters["unit"]), dialect))
        if "discipline_code" in filters:
            conditions.append(ResearcherRow.discipline_code == str(filters["discipline_code"]))
        if "sex" in filters:
            conditions.append(ResearcherRow.sex == str(filters["sex"]))
        if "program_id" in filters:
            conditions.append(ResearcherRow.id.in_(
                select(EnrollmentRow.researcher_id).where(
                    EnrollmentRow.program_id == filters["program_id"],
                    EnrollmentRow.status == str(EnrollmentStatus.ACTIVE))))
        return select(ResearcherRow.id).where(*conditions)

    return ListSource(
        id_column=ResearcherRow.id,
        sorts={"name": SortOrder((ResearcherRow.name,)),
               "id_number": SortOrder((ResearcherRow.id_number,)),
               "unit": SortOrder((ResearcherRow.unit, ResearcherRow.department),
                                 filters_in_index=frozenset({"unit"}))},
        ids=ids,
        load=_load_list_rows)


def _load_list_rows(session: Session, ids: Sequence[int]) -> Mapping[int, ResearcherListRow]:
    rows = session.execute(select(
        ResearcherRow.id, ResearcherRow.name, ResearcherRow.sex, ResearcherRow.birth_date,
        ResearcherRow.id_type, ResearcherRow.id_number, ResearcherRow.unit,
        ResearcherRow.department, ResearcherRow.discipline_code, ResearcherRow.title,
    ).where(ResearcherRow.id.in_(ids)))
    return {r.id: ResearcherListRow(r.id, r.name, Sex(r.sex), r.birth_date, IdType(r.id_type),
                                    r.id_number, r.unit, r.department, r.discipline_code,
                                    r.title) for r in rows}


# --- programs ---------------------------------------------------------------------------------


def program_values(program: Program) -> dict[str, Any]:
    return {"code": program.code, "name": program.name, "level": str(program.level),
            "cycle_years": program.cycle_years, "definition": program_to_dict(program)}


def program_versions(session: Session, pairs: Iterable[tuple[int, int]]
                     ) -> dict[tuple[int, int], Program]:
    """The definitions saved as (program id, version), parsed once each."""
    wanted = set(pairs)
    rows = _by_ids(session, select(ProgramVersionRow), ProgramVersionRow.program_id,
                   sorted({program_id for program_id, _ in wanted}))
    return {(r.program_id, r.version): program_from_json(r.definition) for r in rows
            if (r.program_id, r.version) in wanted}


def enrollment_program(session: Session, row: EnrollmentRow) -> Program:
    """The program definition an enrollment was made under."""
    key = (row.program_id, row.program_version)
    return program_versions(session, [key])[key]


def add_program_version(session: Session, row: ProgramRow, at: datetime, by: str) -> None:
    """Keep the definition ``row`` has now under its current version number."""
    session.add(ProgramVersionRow(program_id=row.id, version=row.version,
                                  definition=row.definition, saved_at=at, saved_by=by))


def to_program(row: ProgramRow) -> ProgramRecord:
    return ProgramRecord(row.id, row.version, program_from_json(row.definition), row.is_preset,
                         row.active)


def program_rows(session: Session, *, include_inactive: bool) -> list[ProgramRow]:
    query = select(ProgramRow).order_by(ProgramRow.is_preset.desc(), ProgramRow.code)
    if not include_inactive:
        query = query.where(ProgramRow.active.is_(True))
    return list(session.scalars(query))


def program_by_code(session: Session, code: str) -> ProgramRow | None:
    return session.scalar(select(ProgramRow).where(ProgramRow.code == code))


def count_programs(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(ProgramRow)) or 0


def install_presets(session: Session, at: datetime, by: str) -> list[ProgramRow]:
    """Add every shipped preset (to an empty table) with its first saved version."""
    rows = [ProgramRow(**program_values(p), is_preset=True, active=True, **stamp_values(at, by))
            for p in load_program_presets().values()]
    session.add_all(rows)
    session.flush()
    for row in rows:
        add_program_version(session, row, at, by)
    session.flush()
    return rows


# --- enrollments ------------------------------------------------------------------------------


def get_enrollment_row(session: Session, enrollment_id: int) -> EnrollmentRow | None:
    return session.get(EnrollmentRow, enrollment_id)


def enrollment_rows_of(session: Session, researcher_id: int) -> list[EnrollmentRow]:
    return list(session.scalars(select(EnrollmentRow).where(
        EnrollmentRow.researcher_id == researcher_id).order_by(EnrollmentRow.start_on,
                                                               EnrollmentRow.id)))


def extension_rows(session: Session, enrollment_id: int) -> list[ExtensionRow]:
    return list(session.scalars(select(ExtensionRow).where(
        ExtensionRow.enrollment_id == enrollment_id).order_by(ExtensionRow.starts_on)))


def plan_row(session: Session, enrollment_id: int) -> IndividualPlanRow | None:
    return session.scalar(select(IndividualPlanRow).where(
        IndividualPlanRow.enrollment_id == enrollment_id))


def checkpoint_rows(session: Session, enrollment_id: int) -> list[CheckpointRow]:
    return list(session.scalars(select(CheckpointRow).where(
        CheckpointRow.enrollment_id == enrollment_id).order_by(CheckpointRow.due_on,
                                                               CheckpointRow.key)))


def tranche_rows(session: Session, enrollment_id: int) -> list[TrancheRow]:
    return list(session.scalars(select(TrancheRow).where(
        TrancheRow.enrollment_id == enrollment_id).order_by(TrancheRow.position)))


def to_extension(row: ExtensionRow) -> Extension:
    return Extension(ExtensionReason(row.reason), row.starts_on, row.ends_on, row.approved_by,
                     row.note)


def overrides_to_json(overrides: Iterable[CheckpointOverride]) -> list[dict[str, Any]]:
    return [{"key": o.key, "offset_months": o.offset_months,
             "kind": None if o.kind is None else str(o.kind), "skip": o.skip} for o in overrides]


def to_plan(row: IndividualPlanRow) -> IndividualPlan:
    return IndividualPlan(
        approved_by=row.approved_by, approved_on=row.approved_on, goals=tuple(row.goals),
        checkpoints=tuple(CheckpointOverride(o["key"], o["offset_months"],
                                             CheckpointKind(o["kind"]) if o["kind"] else None,
                                             o["skip"]) for o in row.checkpoint_overrides),
        support_total=row.support_total)


def to_termination(row: EnrollmentRow) -> Termination | None:
    if row.terminated_on is None:
        return None
    return Termination(row.terminated_on, TerminationReason(row.termination_reason),
                       row.terminated_approved_by, row.termination_note)


def checkpoint_decision(row: CheckpointRow) -> CheckpointDecision | None:
    if not row.decision or row.decided_on is None:
        return None
    return CheckpointDecision(row.key, frozenset(Decision(d) for d in row.decision),
                              row.decided_on, row.decided_by)


def to_checkpoint(row: CheckpointRow) -> CheckpointRecord:
    return CheckpointRecord(
        id=row.id, version=row.version, enrollment_id=row.enrollment_id, key=row.key,
        kind=row.kind, original_due=row.original_due_on, due=row.due_on, cancelled=row.cancelled,
        cohort=row.cohort, report_received_on=row.report_received_on, score=row.score,
        grade=row.grade, quota_demoted=row.quota_demoted,
        decision=frozenset(Decision(d) for d in row.decision), decided_on=row.decided_on,
        decided_by=row.decided_by, decision_note=row.decision_note)


def to_tranches(rows: Sequence[TrancheRow], checkpoints: Sequence[CheckpointRow],
                terminated: bool) -> tuple[TrancheRecord, ...]:
    """Tranches with the status the domain derives from the checkpoint decisions."""
    decisions = [d for d in map(checkpoint_decision, checkpoints) if d is not None]
    paid = {r.key: r.paid_on for r in rows if r.paid_on is not None}
    states, _ = tranche_states(
        [Tranche(r.key, r.amount, r.release_checkpoint) for r in rows], decisions, paid,
        terminated=terminated)
    return tuple(TrancheRecord(r.id, r.version, r.key, r.amount, r.release_checkpoint,
                               s.status, s.released_on, r.paid_on, r.payment_reference)
                 for r, s in zip(rows, states, strict=True))


def load_enrollments(session: Session, rows: Sequence[EnrollmentRow]) -> list[EnrollmentRecord]:
    """Records for ``rows`` with their children, loaded in a few queries whatever the count."""
    ids = [r.id for r in rows]
    extensions: dict[int, list[ExtensionRow]] = defaultdict(list)
    for e in _by_ids(session, select(ExtensionRow).order_by(ExtensionRow.starts_on),
                     ExtensionRow.enrollment_id, ids):
        extensions[e.enrollment_id].append(e)
    plans = {p.enrollment_id: p for p in _by_ids(session, select(IndividualPlanRow),
                                                 IndividualPlanRow.enrollment_id, ids)}
    checkpoints: dict[int, list[CheckpointRow]] = defaultdict(list)
    for c in _by_ids(session, select(CheckpointRow).order_by(CheckpointRow.due_on,
                                                             CheckpointRow.key),
                     CheckpointRow.enrollment_id, ids):
        checkpoints[c.enrollment_id].append(c)
    tranches: dict[int, list[TrancheRow]] = defaultdict(list)
    for t in _by_ids(session, select(TrancheRow).order_by(TrancheRow.position),
                     TrancheRow.enrollment_id, ids):
        tranches[t.enrollment_id].append(t)
    # Enrollments of one program version share one parsed definition.
    programs = program_versions(session, {(r.program_id, r.program_version) for r in rows})
    records = []
    for row in rows:
        program = programs[(row.program_id, row.program_version)]
        plan = plans.get(row.id)
        status = EnrollmentStatus(row.status)
        records.append(EnrollmentRecord(
            id=row.id, version=row.version, researcher_id=row.researcher_id,
            program_id=row.program_id, program_version=row.program_version, program=program,
            category=EvaluationCategory(row.category), call_year=row.call_year,
            application_deadline=row.application_deadline, start=row.start_on,
            original_end=row.original_end_on, end=row.end_on, status=status,
            termination=to_termination(row),
            extensions=tuple(map(to_extension, extensions[row.id])),
            plan=None if plan is None else to_plan(plan),
            plan_version=None if plan is None else plan.version,
            checkpoints=tuple(map(to_checkpoint, checkpoints[row.id])),
            tranches=to_tranches(tranches[row.id], checkpoints[row.id],
                                 status is EnrollmentStatus.TERMINATED)))
    return records


def enrollment_rows_by_ids(session: Session, ids: Iterable[int]) -> list[EnrollmentRow]:
    return _by_ids(session, select(EnrollmentRow).order_by(EnrollmentRow.id), EnrollmentRow.id,
                   sorted(set(ids)))


def researcher_rows_by_ids(session: Session, ids: Iterable[int]) -> dict[int, ResearcherRow]:
    rows = _by_ids(session, select(ResearcherRow), ResearcherRow.id, sorted(set(ids)))
    return {r.id: r for r in rows}


def program_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    rows = session.execute(select(ProgramRow.id, ProgramRow.name).where(
        ProgramRow.id.in_(sorted(set(ids)))))
    return {program_id: name for program_id, name in rows}


# --- checkpoints, works and panels ------------------------------------------------------------


def get_checkpoint_row(session: Session, checkpoint_id: int) -> CheckpointRow | None:
    return session.get(CheckpointRow, checkpoint_id)


def cohort_rows(session: Session, cohort: str) -> list[CheckpointRow]:
    return list(session.scalars(select(CheckpointRow).where(
        CheckpointRow.cohort == cohort, CheckpointRow.cancelled.is_(False)).order_by(
            CheckpointRow.id)))


def work_rows(session: Session, checkpoint_id: int) -> list[RepresentativeWorkRow]:
    return list(session.scalars(select(RepresentativeWorkRow).where(
        RepresentativeWorkRow.checkpoint_id == checkpoint_id).order_by(
            RepresentativeWorkRow.position)))


def works_of_researcher(session: Session, researcher_id: int
                        ) -> dict[int, tuple[RepresentativeWork, ...]]:
    """Nominated works by checkpoint id over all of the researcher's enrollments."""
    found: dict[int, list[RepresentativeWork]] = defaultdict(list)
    for row in session.scalars(
            select(RepresentativeWorkRow)
            .join(CheckpointRow, CheckpointRow.id == RepresentativeWorkRow.checkpoint_id)
            .join(EnrollmentRow, EnrollmentRow.id == CheckpointRow.enrollment_id)
            .where(EnrollmentRow.researcher_id == researcher_id)
            .order_by(RepresentativeWorkRow.checkpoint_id, RepresentativeWorkRow.position)):
        found[row.checkpoint_id].append(to_work(row))
    return {checkpoint_id: tuple(works) for checkpoint_id, works in found.items()}


def to_work(row: RepresentativeWorkRow) -> RepresentativeWork:
    return RepresentativeWork(WorkType(row.type), row.title, row.published_on, WorkRole(row.role),
                              row.significance, row.domestic_journal)


def work_values(work: RepresentativeWork) -> dict[str, Any]:
    return {"type": str(work.type), "title": work.title.strip(), "published_on": work.date,
            "role": str(work.role), "significance": work.significance.strip(),
            "domestic_journal": work.domestic_journal}


def get_reviewer_row(session: Session, reviewer_id: int) -> ReviewerRow | None:
    return session.get(ReviewerRow, reviewer_id)


def reviewer_values(data: ReviewerInput) -> dict[str, Any]:
    return {"name": data.name.strip(), "unit": data.unit.strip(),
            "researcher_id": data.researcher_id, "expertise": data.expertise.strip(),
            "phone": data.phone.strip(), "email": data.email.strip()}


def to_reviewer(row: ReviewerRow) -> ReviewerRecord:
    return ReviewerRecord(row.id, row.version, ReviewerInput(
        row.name, row.unit, row.researcher_id, row.expertise, row.phone, row.email))


def search_reviewers(session: Session, text: str, limit: int) -> list[ReviewerRecord]:
    query = select(ReviewerRow).order_by(ReviewerRow.name, ReviewerRow.id).limit(limit)
    for term in search_terms(text):
        query = query.where(or_(ReviewerRow.name.like(_like(term), escape="\\"),
                                ReviewerRow.unit.like(_like(term), escape="\\")))
    return [to_reviewer(r) for r in session.scalars(query)]


def scorecard_rows(session: Session, checkpoint_id: int) -> list[ScorecardRow]:
    return list(session.scalars(select(ScorecardRow).where(
        ScorecardRow.checkpoint_id == checkpoint_id).order_by(ScorecardRow.id)))


def has_scorecards(session: Session, checkpoint_id: int) -> bool:
    return session.scalar(select(ScorecardRow.id).where(
        ScorecardRow.checkpoint_id == checkpoint_id).limit(1)) is not None


def scorecard_of(row: ScorecardRow) -> Scorecard:
    """The domain scorecard of a panel seat, named by the seat id."""
    return Scorecard(str(row.id), {k: Decimal(v) for k, v in row.scores.items()}, row.weight,
                     frozenset(row.failed_gates))


def to_scorecard(row: ScorecardRow, reviewer: ReviewerRow) -> ScorecardRecord:
    return ScorecardRecord(
        id=row.id, version=row.version, checkpoint_id=row.checkpoint_id,
        reviewer=to_reviewer(reviewer), weight=row.weight,
        scores={k: Decimal(v) for k, v in row.scores.items()},
        failed_gates=frozenset(row.failed_gates), total=row.total, comment=row.comment,
        recused=row.recused, recusal_reason=row.recusal_reason)


# --- rewards ----------------------------------------------------------------------------------


def reward_rows(session: Session, researcher_id: int) -> list[RewardClaimRow]:
    return list(session.scalars(select(RewardClaimRow).where(
        RewardClaimRow.researcher_id == researcher_id).order_by(RewardClaimRow.year,
                                                                RewardClaimRow.id)))


def to_reward(row: RewardClaimRow) -> RewardRecord:
    return RewardRecord(row.id, row.version, row.researcher_id,
                        RewardClaim(row.policy, row.year, row.claimed), row.granted,
                        RewardStatus(row.status),
                        tuple(Problem(p["code"], p["field"], p["params"]) for p in row.problems))


# --- alert candidates -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class AlertWindows:
    """Date ranges outside which an enrollment raises no alert (each is an index range)."""

    due_from: date
    due_to: date
    ends_from: date
    ends_to: date
    ages_out_from: date
    ages_out_to: date


@dataclasses.dataclass(frozen=True)
class AlertSubject:
    """What the alert rules need of one enrollment, and what the panel shows about it."""

    facts: AlertFacts
    researcher_id: int
    researcher_name: str
    program_id: int


_CHECKPOINT_KINDS = {str(kind): kind for kind in CheckpointKind}
_SEXES = {str(sex): sex for sex in Sex}


def alert_subjects(session: Session, windows: AlertWindows) -> list[AlertSubject]:
    """Active enrollments with an open checkpoint due, a cycle ending or an age-out date inside
    ``windows``, as stored: the schedule columns repeat the domain's result, so nothing is
    rebuilt, and only the checkpoints inside the window are read.

    Three index-range queries joined to their researcher; the cost follows the number of
    alerts, not the number of researchers.
    """
    active = EnrollmentRow.status == str(EnrollmentStatus.ACTIVE)
    base = select(
        EnrollmentRow.id, EnrollmentRow.researcher_id, EnrollmentRow.program_id,
        EnrollmentRow.program_version, EnrollmentRow.start_on, EnrollmentRow.original_end_on,
        EnrollmentRow.end_on, EnrollmentRow.ages_out_on, EnrollmentRow.terminated_on,
        ResearcherRow.name, ResearcherRow.sex,
    ).join(ResearcherRow, ResearcherRow.id == EnrollmentRow.researcher_id)
    enrollments: dict[int, Any] = {}
    checkpoints: dict[int, list[ScheduledCheckpoint]] = defaultdict(list)
    # Core rows on the session's connection, without the ORM's result handling, and enums
    # looked up in a dict rather than by calling the enum class: ~15k rows per dashboard.
    connection = session.connection()
    for row in connection.execute(
            base.add_columns(CheckpointRow.key, CheckpointRow.kind, CheckpointRow.original_due_on,
                             CheckpointRow.due_on)
            .join(CheckpointRow, CheckpointRow.enrollment_id == EnrollmentRow.id)
            .where(CheckpointRow.report_received_on.is_(None),
                   CheckpointRow.cancelled.is_(False),
                   CheckpointRow.due_on.between(windows.due_from, windows.due_to), active)
            .order_by(CheckpointRow.due_on, CheckpointRow.key)):
        enrollments[row.id] = row
        checkpoints[row.id].append(ScheduledCheckpoint(
            row.key, _CHECKPOINT_KINDS[row.kind], row.original_due_on, row.due_on))
    for row in connection.execute(base.where(
            active, EnrollmentRow.end_on.between(windows.ends_from, windows.ends_to))):
        enrollments.setdefault(row.id, row)
    for row in connection.execute(base.where(
            active, EnrollmentRow.ages_out_on.between(windows.ages_out_from, windows.ages_out_to),
            EnrollmentRow.ages_out_on <= EnrollmentRow.end_on)):
        enrollments.setdefault(row.id, row)
    programs = program_versions(session, {(e.program_id, e.program_version)
                                          for e in enrollments.values()})
    subjects = []
    for e in enrollments.values():
        program = programs[(e.program_id, e.program_version)]
        rule = program.age_rule
        age_out = None if rule is None or e.ages_out_on is None else (
            e.ages_out_on, rule.limit_for(_SEXES[e.sex]))
        schedule = Schedule(e.start_on, e.original_end_on, e.end_on,
                            tuple(checkpoints.get(e.id, ())))
        facts = AlertFacts(str(e.id), program.code, schedule,
                           terminated=e.terminated_on is not None, age_out=age_out)
        subjects.append(AlertSubject(facts, e.researcher_id, e.name, e.program_id))
    return subjects


def cohort_grade_counts(session: Session, first_year: int,
                        last_year: int) -> dict[str, dict[str, int]]:
    """Graded checkpoints per cohort and grade, for the rounds due in those years.

    A cohort's key ends with its year due, so whole rounds are counted.
    """
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for cohort, grade, count in session.execute(
            select(CheckpointRow.cohort, CheckpointRow.grade, func.count())
            .where(CheckpointRow.due_on.between(date(first_year, 1, 1), date(last_year, 12, 31)),
                   CheckpointRow.grade != "", CheckpointRow.cancelled.is_(False))
            .group_by(CheckpointRow.cohort, CheckpointRow.grade)):
        counts[cohort][grade] = count
    return dict(counts)
