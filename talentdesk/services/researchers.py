"""Researchers, programs and enrollments: validated, permission-checked, audited use cases."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import field_changes
from talentdesk.domain.documents import mask_passport
from talentdesk.domain.identifiers import (
    check_passport_number,
    check_permanent_residence_id,
    check_resident_id,
)
from talentdesk.domain.listing import ListQuery, Page
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.disciplines import check_discipline
from talentdesk.domain.researchers.eligibility import (
    Person,
    ReferenceContext,
    ages_out_on,
    check_eligibility,
)
from talentdesk.domain.researchers.program_codec import program_to_dict
from talentdesk.domain.researchers.programs import Program, Sex, validate_program
from talentdesk.domain.researchers.records import (
    RESEARCHER_LIST,
    EnrollmentPreview,
    EnrollmentRecord,
    EnrollmentRequest,
    EnrollmentStatus,
    IdType,
    ProgramRecord,
    ResearcherInput,
    ResearcherListRow,
    ResearcherRecord,
    checkpoint_cohort,
)
from talentdesk.domain.researchers.rewards import plan_tranches
from talentdesk.domain.researchers.schedule import (
    Enrollment,
    Extension,
    IndividualPlan,
    Schedule,
    Termination,
    build_schedule,
)
from talentdesk.errors import ConflictError, NotFoundError, ValidationError
from talentdesk.services.common import Clock, audit, local_today, require, utc_now
from talentdesk.storage.database import Database
from talentdesk.storage.repos import researchers as repo
from talentdesk.storage.repos.listing import read_page
from talentdesk.storage.tables import (
    CheckpointRow,
    EnrollmentRow,
    ExtensionRow,
    IndividualPlanRow,
    ProgramRow,
    ResearcherRow,
    TrancheRow,
)
from talentdesk.storage.tables.base import Editable

Row = TypeVar("Row")

_ID_CHECKS = {
    IdType.PERMANENT_RESIDENCE_ID: check_permanent_residence_id,
    IdType.PASSPORT: check_passport_number,
}
_MAX_NAME = 40


def found(row: Row | None, kind: str, key: object) -> Row:
    if row is None:
        raise NotFoundError(kind, key)
    return row


def check_version(row: Editable, expected: int, kind: str, key: object) -> None:
    """Refuse a save based on an older read (the ORM's version check covers the UPDATE only)."""
    if row.version != expected:
        raise ConflictError(kind, key, "stale")


def refuse(problems: Sequence[Problem]) -> None:
    if problems:
        raise ValidationError(problems)


def _columns(row: object, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}


# --- researchers ------------------------------------------------------------------------------


def researcher_problems(data: ResearcherInput, today: date) -> list[Problem]:
    """Input problems, each naming its field; the ID must agree with birth date and sex."""
    problems: list[Problem] = []
    name = data.name.strip()
    if not name:
        problems.append(Problem("required", "name"))
    elif len(name) > _MAX_NAME:
        problems.append(Problem("name_too_long", "name", {"max": _MAX_NAME}))
    if not data.unit.strip():
        problems.append(Problem("required", "unit"))
    if data.birth_date > today:
        problems.append(Problem("birth_date_in_future", "birth_date",
                                {"birth_date": data.birth_date}))
    if data.id_type is IdType.RESIDENT_ID:
        problems += check_resident_id(data.id_number, "id_number", birth_date=data.birth_date,
                                      sex="F" if data.sex is Sex.FEMALE else "M")
    else:
        problems += _ID_CHECKS[data.id_type](data.id_number, "id_number")
    problems += check_discipline(data.discipline_code.strip())
    if data.email.strip() and "@" not in data.email:
        problems.append(Problem("email_invalid", "email", {"email": data.email.strip()}))
    return problems


def refresh_age_outs(session: Session, researcher_id: int, person: Person) -> None:
    """A new birth date or sex moves the age-out date of every enrollment of the researcher."""
    for enrollment in repo.enrollment_rows_of(session, researcher_id):
        rule = repo.enrollment_program(session, enrollment).age_rule
        enrollment.ages_out_on = None if rule is None else ages_out_on(person, rule)


class ResearcherService:
    """Researchers: create and update with ID checks, one record, and the paged list."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def create(self, actor: Actor, data: ResearcherInput) -> ResearcherRecord:
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            self._validate(session, data, local_today(now), None)
            row = ResearcherRow(**repo.researcher_values(data))
            repo.stamp(row, now, actor.username, new=True)
            session.add(row)
            session.flush()
            audit(session, actor, now, "create", "researcher", row.id,
                  {"name": row.name, "id_type": row.id_type, "unit": row.unit})
            return repo.to_researcher(row)

    def update(self, actor: Actor, researcher_id: int, expected_version: int,
               data: ResearcherInput) -> ResearcherRecord:
        """Save changes; a new birth date or sex moves the age-out date of every enrollment."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            row = found(repo.get_researcher_row(session, researcher_id), "researcher",
                        researcher_id)
            check_version(row, expected_version, "researcher", researcher_id)
            self._validate(session, data, local_today(now), row.id)
            values = repo.researcher_values(data)
            changes = field_changes(_columns(row, list(values)), values)
            changes.pop("search_text", None)
            for name, value in values.items():
                setattr(row, name, value)
            repo.stamp(row, now, actor.username)
            if "birth_date" in changes or "sex" in changes:
                refresh_age_outs(session, row.id, repo.to_researcher(row).person)
            session.flush()
            audit(session, actor, now, "update", "researcher", row.id, {"changes": changes})
            return repo.to_researcher(row)

    def get(self, actor: Actor, researcher_id: int) -> ResearcherRecord:
        """One researcher; the ID number is masked for roles that may not see it."""
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            record = repo.to_researcher(found(repo.get_researcher_row(session, researcher_id),
                                              "researcher", researcher_id))
        if allowed(actor.role, Action.VIEW_UNMASKED_IDS):
            return record
        return dataclasses.replace(record, data=dataclasses.replace(
            record.data, id_number=mask_passport(record.data.id_number)))

    def page(self, actor: Actor, query: ListQuery) -> Page[ResearcherListRow]:
        """One page of the researcher list, searched, filtered and sorted in SQL; ID numbers
        masked for roles that may not see them."""
        require(actor, Action.READ_RESEARCHERS)
        refuse(RESEARCHER_LIST.check(query))
        with self._db.read() as session:
            page = read_page(session, RESEARCHER_LIST, repo.researcher_source(session), query)
        if allowed(actor.role, Action.VIEW_UNMASKED_IDS):
            return page
        return dataclasses.replace(page, rows=tuple(
            dataclasses.replace(r, id_number=mask_passport(r.id_number)) for r in page.rows))

    def _validate(self, session: Session, data: ResearcherInput, today: date,
                  own_id: int | None) -> None:
        problems = researcher_problems(data, today)
        if data.mentor_id is not None:
            if data.mentor_id == own_id:
                problems.append(Problem("mentor_is_self", "mentor_id"))
            elif repo.get_researcher_row(session, data.mentor_id) is None:
                problems.append(Problem("mentor_unknown", "mentor_id",
                                        {"mentor_id": data.mentor_id}))
        if not problems:
            other = repo.researcher_by_identity(session, data.id_type, data.id_number)
            if other is not None and other.id != own_id:
                problems.append(Problem("id_number_taken", "id_number",
                                        {"name": other.name, "researcher_id": other.id}))
        refuse(problems)


# --- programs ---------------------------------------------------------------------------------


class ProgramService:
    """Programs as configuration. The presets are installed the first time programs are read
    from a database that has none, so a new office starts with the §1.3 catalogue."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def list_programs(self, actor: Actor, *, include_inactive: bool = False
                      ) -> list[ProgramRecord]:
        require(actor, Action.READ_RESEARCHERS)
        self._ensure_presets(actor)
        with self._db.read() as session:
            rows = repo.program_rows(session, include_inactive=include_inactive)
            return [repo.to_program(r) for r in rows]

    def get(self, actor: Actor, program_id: int) -> ProgramRecord:
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            return repo.to_program(found(session.get(ProgramRow, program_id), "program",
                                         program_id))

    def create(self, actor: Actor, program: Program) -> ProgramRecord:
        require(actor, Action.EDIT_PROGRAMS)
        refuse(self._problems(program))
        now = self._clock()
        with self._db.write() as session:
            if repo.program_by_code(session, program.code) is not None:
                refuse([Problem("program_code_taken", "code", {"code": program.code})])
            row = ProgramRow(**repo.program_values(program), is_preset=False, active=True)
            repo.stamp(row, now, actor.username, new=True)
            session.add(row)
            session.flush()
            repo.add_program_version(session, row, now, actor.username)
            audit(session, actor, now, "create", "program", row.id,
                  {"code": program.code, "definition": row.definition})
            return repo.to_program(row)

    def update(self, actor: Actor, program_id: int, expected_version: int,
               program: Program) -> ProgramRecord:
        """Save a new version; existing enrollments keep the version they were made under."""
        require(actor, Action.EDIT_PROGRAMS)
        refuse(self._problems(program))
        now = self._clock()
        with self._db.write() as session:
            row = found(session.get(ProgramRow, program_id), "program", program_id)
            check_version(row, expected_version, "program", program_id)
            if program.code != row.code:
                # Cohorts and exports refer to programs by code.
                refuse([Problem("program_code_fixed", "code", {"code": row.code})])
            old = program_to_dict(repo.to_program(row).program)
            values = repo.program_values(program)
            for name, value in values.items():
                setattr(row, name, value)
            repo.stamp(row, now, actor.username)
            session.flush()
            repo.add_program_version(session, row, now, actor.username)
            audit(session, actor, now, "update", "program", row.id,
                  {"changes": field_changes(old, values["definition"])})
            return repo.to_program(row)

    def set_active(self, actor: Actor, program_id: int, expected_version: int,
                   active: bool) -> ProgramRecord:
        """Withdraw a program from new enrollments (or offer it again); nothing is deleted."""
        require(actor, Action.EDIT_PROGRAMS)
        now = self._clock()
        with self._db.write() as session:
            row = found(session.get(ProgramRow, program_id), "program", program_id)
            check_version(row, expected_version, "program", program_id)
            changes = field_changes({"active": row.active}, {"active": active})
            row.active = active
            repo.stamp(row, now, actor.username)
            session.flush()
            audit(session, actor, now, "update", "program", row.id, {"changes": changes})
            return repo.to_program(row)

    def _problems(self, program: Program) -> list[Problem]:
        problems = validate_program(program)
        if not program.code.strip():
            problems.append(Problem("required", "code"))
        if not program.name.strip():
            problems.append(Problem("required", "name"))
        if not program.categories:
            problems.append(Problem("required", "categories"))
        if program.cycle_years <= 0:
            problems.append(Problem("cycle_not_positive", "cycle_years",
                                    {"cycle_years": program.cycle_years}))
        return problems

    def _ensure_presets(self, actor: Actor) -> None:
        with self._db.read() as session:
            if repo.count_programs(session):
                return
        now = self._clock()
        with self._db.write() as session:
            if repo.count_programs(session):
                return  # another window installed them in between
            rows = repo.install_presets(session, now, actor.username)
            audit(session, actor, now, "install_presets", "program", "presets",
                  {"codes": [r.code for r in rows]})


# --- enrollments ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Loaded:
    """An enrollment row with the researcher row and the domain enrollment built from both."""

    row: EnrollmentRow
    researcher: ResearcherRow
    enrollment: Enrollment


class EnrollmentService:
    """Enrolling with an eligibility verdict, the stored schedule, extensions, plans, ending."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def preview(self, actor: Actor, request: EnrollmentRequest) -> EnrollmentPreview:
        """What enrolling would give: the eligibility verdict, the schedule, all refusals."""
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            return self._preview(session, request)

    def enroll(self, actor: Actor, request: EnrollmentRequest) -> EnrollmentRecord:
        """Enroll, refusing with the exact reasons; the generated checkpoints are stored."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            preview = self._preview(session, request)
            refuse(preview.problems)
            researcher = repo.to_researcher(found(repo.get_researcher_row(
                session, request.researcher_id), "researcher", request.researcher_id))
            program_row = found(session.get(ProgramRow, request.program_id), "program",
                                request.program_id)
            program = repo.to_program(program_row).program
            rule = program.age_rule
            schedule = preview.schedule
            row = EnrollmentRow(
                researcher_id=request.researcher_id, program_id=program_row.id,
                program_version=program_row.version,
                category=str(request.category), call_year=request.call_year,
                application_deadline=request.application_deadline, start_on=request.start,
                original_end_on=schedule.original_end, end_on=schedule.end,
                ages_out_on=None if rule is None else ages_out_on(researcher.person, rule),
                status=str(EnrollmentStatus.ACTIVE))
            repo.stamp(row, now, actor.username, new=True)
            session.add(row)
            session.flush()
            _sync_checkpoints(session, row, program.code, schedule, now, actor.username)
            if program.funding_total is not None:
                _replan_tranches(session, row, program, program.funding_total, now,
                                 actor.username)
            session.flush()
            audit(session, actor, now, "enroll", "enrollment", row.id,
                  {"researcher_id": row.researcher_id, "program": program.code,
                   "program_version": row.program_version, "category": row.category,
                   "start": row.start_on, "end": row.end_on,
                   "checkpoints": {c.key: c.due for c in schedule.checkpoints}})
            return repo.load_enrollments(session, [row])[0]

    def enrollments_of(self, actor: Actor, researcher_id: int) -> list[EnrollmentRecord]:
        """Every enrollment of one researcher, oldest first (the detail view's timeline)."""
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            return repo.load_enrollments(session, repo.enrollment_rows_of(session, researcher_id))

    def get(self, actor: Actor, enrollment_id: int) -> EnrollmentRecord:
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            row = found(repo.get_enrollment_row(session, enrollment_id), "enrollment",
                        enrollment_id)
            return repo.load_enrollments(session, [row])[0]

    def add_extension(self, actor: Actor, enrollment_id: int, expected_version: int,
                      extension: Extension) -> EnrollmentRecord:
        """Record an approved pause; every later checkpoint and the cycle end move by its length."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            loaded = self._load(session, enrollment_id, expected_version)
            _refuse_unless_active(loaded.row)
            enrollment = dataclasses.replace(
                loaded.enrollment, extensions=(*loaded.enrollment.extensions, extension))
            schedule = self._reschedule(session, loaded, enrollment, now, actor.username)
            session.add(ExtensionRow(
                enrollment_id=enrollment_id, reason=str(extension.reason),
                starts_on=extension.starts_on, ends_on=extension.ends_on,
                approved_by=extension.approved_by.strip(), note=extension.note.strip(),
                recorded_at=now, recorded_by=actor.username))
            session.flush()
            audit(session, actor, now, "extend", "enrollment", enrollment_id,
                  {"reason": str(extension.reason), "starts_on": extension.starts_on,
                   "ends_on": extension.ends_on, "approved_by": extension.approved_by,
                   "end": schedule.end})
            return repo.load_enrollments(session, [loaded.row])[0]

    def set_plan(self, actor: Actor, enrollment_id: int, expected_version: int,
                 plan: IndividualPlan) -> EnrollmentRecord:
        """Record or replace the 一人一策 plan; its checkpoint overrides reschedule the enrollment,
        its support total re-splits tranches as long as none has been paid."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            loaded = self._load(session, enrollment_id, expected_version)
            _refuse_unless_active(loaded.row)
            enrollment = dataclasses.replace(loaded.enrollment, plan=plan)
            self._reschedule(session, loaded, enrollment, now, actor.username)
            stored = repo.plan_row(session, enrollment_id)
            old = {} if stored is None else _plan_values(repo.to_plan(stored))
            values = _plan_values(plan)
            if stored is None:
                stored = IndividualPlanRow(enrollment_id=enrollment_id)
                repo.stamp(stored, now, actor.username, new=True)
                session.add(stored)
            else:
                repo.stamp(stored, now, actor.username)
            for name, value in values.items():
                setattr(stored, name, value)
            support = enrollment.support_total
            if support is not None and "support_total" in field_changes(old, values):
                _replan_tranches(session, loaded.row, enrollment.program, support, now,
                                 actor.username)
            session.flush()
            audit(session, actor, now, "plan", "enrollment", enrollment_id,
                  {"changes": field_changes(old, values)})
            return repo.load_enrollments(session, [loaded.row])[0]

    def terminate(self, actor: Actor, enrollment_id: int, expected_version: int,
                  termination: Termination) -> EnrollmentRecord:
        """End early with a reason; checkpoints after the day are cancelled, tranches blocked."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            loaded = self._load(session, enrollment_id, expected_version)
            _refuse_unless_active(loaded.row)
            terminate_enrollment(session, loaded.row, loaded.researcher, termination, now,
                                 actor.username)
            audit(session, actor, now, "terminate", "enrollment", enrollment_id,
                  {"on": termination.on, "reason": str(termination.reason),
                   "approved_by": termination.approved_by, "note": termination.note})
            return repo.load_enrollments(session, [loaded.row])[0]

    def _preview(self, session: Session, request: EnrollmentRequest) -> EnrollmentPreview:
        researcher = repo.to_researcher(found(repo.get_researcher_row(
            session, request.researcher_id), "researcher", request.researcher_id))
        program_row = found(session.get(ProgramRow, request.program_id), "program",
                            request.program_id)
        program = repo.to_program(program_row).program
        eligibility = check_eligibility(
            researcher.person, program,
            ReferenceContext(request.call_year, request.application_deadline))
        schedule = build_schedule(Enrollment("new", researcher.person, program,
                                             request.category, request.start))
        problems = [*eligibility.problems, *schedule.problems]
        if not program_row.active:
            problems.append(Problem("program_inactive", "program", {"program": program.name}))
        for other in repo.enrollment_rows_of(session, request.researcher_id):
            if (other.program_id == program_row.id
                    and other.status == str(EnrollmentStatus.ACTIVE)
                    and other.start_on <= schedule.end and request.start <= other.end_on):
                # Concurrent enrollments in different programs are normal; twice in one is not.
                problems.append(Problem("already_enrolled", "program",
                                        {"program": program.name, "start": other.start_on,
                                         "end": other.end_on}))
        return EnrollmentPreview(eligibility, schedule, tuple(problems))

    def _load(self, session: Session, enrollment_id: int, expected_version: int) -> _Loaded:
        row = found(repo.get_enrollment_row(session, enrollment_id), "enrollment", enrollment_id)
        check_version(row, expected_version, "enrollment", enrollment_id)
        return load_domain(session, row)

    def _reschedule(self, session: Session, loaded: _Loaded, enrollment: Enrollment,
                    now: datetime, by: str) -> Schedule:
        schedule = build_schedule(enrollment)
        refuse(schedule.problems)
        apply_schedule(session, loaded.row, enrollment.program.code, schedule, now, by)
        return schedule


def load_domain(session: Session, row: EnrollmentRow) -> _Loaded:
    researcher = found(repo.get_researcher_row(session, row.researcher_id), "researcher",
                       row.researcher_id)
    record = repo.load_enrollments(session, [row])[0]
    return _Loaded(row, researcher, record.domain(repo.to_researcher(researcher).person))


def terminate_enrollment(session: Session, row: EnrollmentRow, researcher: ResearcherRow,
                         termination: Termination, now: datetime, by: str) -> None:
    """Record the termination on ``row`` and cancel the checkpoints after its day."""
    record = repo.load_enrollments(session, [row])[0]
    enrollment = dataclasses.replace(record.domain(repo.to_researcher(researcher).person),
                                     termination=termination)
    schedule = build_schedule(enrollment)
    refuse(schedule.problems)
    row.terminated_on = termination.on
    row.termination_reason = str(termination.reason)
    row.termination_note = termination.note.strip()
    row.terminated_approved_by = termination.approved_by.strip()
    row.status = str(EnrollmentStatus.TERMINATED)
    apply_schedule(session, row, enrollment.program.code, schedule, now, by)


def apply_schedule(session: Session, row: EnrollmentRow, program_code: str, schedule: Schedule,
                   now: datetime, by: str) -> None:
    row.original_end_on = schedule.original_end
    row.end_on = schedule.end
    repo.stamp(row, now, by)
    _sync_checkpoints(session, row, program_code, schedule, now, by)
    session.flush()


def _sync_checkpoints(session: Session, row: EnrollmentRow, program_code: str,
                      schedule: Schedule, now: datetime, by: str) -> None:
    """Make the stored checkpoints match ``schedule``: moved, added, cancelled or dropped.

    A checkpoint the individual plan drops is deleted only while nothing was recorded on it.
    """
    existing = {c.key: c for c in repo.checkpoint_rows(session, row.id)}
    for planned in schedule.checkpoints:
        values = {"kind": str(planned.kind), "original_due_on": planned.original_due,
                  "due_on": planned.due, "cancelled": planned.cancelled,
                  "cohort": checkpoint_cohort(program_code, planned.key, planned.due)}
        stored = existing.pop(planned.key, None)
        if stored is not None and stored.decision:
            # The checkpoint whose decision ended the enrollment stays on record.
            values["cancelled"] = False
        if stored is None:
            stored = CheckpointRow(enrollment_id=row.id, key=planned.key, **values)
            repo.stamp(stored, now, by, new=True)
            session.add(stored)
        elif _columns(stored, list(values)) != values:
            for name, value in values.items():
                setattr(stored, name, value)
            repo.stamp(stored, now, by)
    recorded = [c.key for c in existing.values() if _has_records(session, c)]
    refuse([Problem("checkpoint_has_records", "checkpoints", {"checkpoint": key})
            for key in recorded])
    for dropped in existing.values():
        session.delete(dropped)


def _has_records(session: Session, row: CheckpointRow) -> bool:
    return (row.report_received_on is not None or row.score is not None or bool(row.decision)
            or bool(repo.work_rows(session, row.id)) or repo.has_scorecards(session, row.id))


def _replan_tranches(session: Session, row: EnrollmentRow, program: Program, total: Any,
                     now: datetime, by: str) -> None:
    """Split ``total`` by the program's shares; refused once any tranche has been paid."""
    stored = repo.tranche_rows(session, row.id)
    paid = [t.key for t in stored if t.paid_on is not None]
    refuse([Problem("tranche_already_paid", "support_total", {"tranche": key}) for key in paid])
    for tranche in stored:
        session.delete(tranche)
    session.flush()
    for position, tranche in enumerate(plan_tranches(program, total)):
        new = TrancheRow(enrollment_id=row.id, key=tranche.key, position=position,
                         amount=tranche.amount, release_checkpoint=tranche.release_checkpoint)
        repo.stamp(new, now, by, new=True)
        session.add(new)


def _plan_values(plan: IndividualPlan) -> dict[str, Any]:
    return {"goals": [g.strip() for g in plan.goals if g.strip()],
            "checkpoint_overrides": repo.overrides_to_json(plan.checkpoints),
            "support_total": plan.support_total, "approved_by": plan.approved_by.strip(),
            "approved_on": plan.approved_on}


def _refuse_unless_active(row: EnrollmentRow) -> None:
    if row.status != str(EnrollmentStatus.ACTIVE):
        refuse([Problem("enrollment_not_active", "status", {"status": row.status})])
