"""Cases: classification, creation with a case number and two tracks, the document checklist."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.cases import age_on, check_case, format_case_number, tracks_for
from talentdesk.domain.category import SocialWage, check_override, suggest_category
from talentdesk.domain.checklist import (
    ChecklistConfig,
    ChecklistItem,
    can_accept,
    check_authentication,
    check_document_age,
    check_passport_validity,
    default_checklist_config,
    generate_checklist,
)
from talentdesk.domain.enums import BusinessType, Category, ChecklistStatus, Track
from talentdesk.domain.jiangsu import check_jiangsu_city, jiangsu_city
from talentdesk.domain.permissions import Action
from talentdesk.domain.permit_records import (
    Case,
    CaseDraft,
    CaseEvent,
    CaseTrack,
    CategoryEvaluation,
    CategoryRequest,
    ChecklistEntry,
    SocialWageEntry,
)
from talentdesk.domain.points import points_table_in_force, score
from talentdesk.domain.problems import Problem
from talentdesk.domain.time_limits import time_limits_in_force
from talentdesk.domain.tracks import TrackState, derive_case_state
from talentdesk.errors import ConflictError, ValidationError
from talentdesk.services.common import Clock, audit, local_today, require, utc_now
from talentdesk.services.permit_support import changes, check_version, found, new_stamp, touch
from talentdesk.storage.database import Database
from talentdesk.storage.repos import permits as repo
from talentdesk.storage.repos.bulk import insert_rows
from talentdesk.storage.tables import CaseRow, ChecklistItemRow, TrackEventRow, TrackRow

ENTITY = "case"
# The checklist item whose validity is the passport's, checked against the contract period.
PASSPORT_ITEM = "passport"
S = ChecklistStatus
_PRESENTED = frozenset({S.RECEIVED, S.VERIFIED})
# Published average wages start well after this; a social wage year outside is a typing error.
WAGE_YEARS = (1990, 2100)
# Route facts the points inputs also hold.
_SHARED_FACTS = ("age", "annual_salary_rmb", "degree", "work_experience_years")
# Fields a case keeps for life: changing them is a new case.
_FIXED = ("applicant_id", "employer_id", "business_type")


class CaseService:
    """Permit cases from intake to a complete checklist (transitions live elsewhere)."""

    def __init__(
        self,
        db: Database,
        clock: Clock = utc_now,
        checklist_config: Callable[[], ChecklistConfig] = default_checklist_config,
    ) -> None:
        self._db = db
        self._clock = clock
        self._checklist_config = checklist_config

    # --- classification -----------------------------------------------------------------------

    def evaluate_category(
        self, actor: Actor, request: CategoryRequest, on: date
    ) -> CategoryEvaluation:
        """Every route with its reasons, the points per item and the suggested category.

        ``on`` is the application date: it picks the points table in force (unless the request
        names one) and the social wage of the previous year (or the latest configured before).
        """
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            return _evaluate(session, request, on)

    def set_social_wage(
        self, actor: Actor, city: str, year: int, annual_amount: Decimal, source: str
    ) -> SocialWageEntry:
        """Configure a city's average social wage for a year (replacing an earlier figure)."""
        require(actor, Action.EDIT_CONFIGURATION)
        known = jiangsu_city(city)
        problems = check_jiangsu_city(city, "city")
        if not WAGE_YEARS[0] <= year <= WAGE_YEARS[1]:
            problems.append(
                Problem("year_invalid", "year", {"min": WAGE_YEARS[0], "max": WAGE_YEARS[1]})
            )
        if annual_amount <= 0:
            problems.append(Problem("amount_not_positive", "annual_amount"))
        if problems or known is None:
            raise ValidationError(problems)
        code = known.code
        entry = SocialWageEntry(code, year, annual_amount, source.strip())
        now = self._clock()
        with self._db.write() as session:
            old = repo.put_social_wage(session, entry)
            audit(
                session,
                actor,
                now,
                "set",
                "social_wage",
                f"{code}/{year}",
                changes(old or {}, entry),
            )
        return entry

    def list_social_wages(self, actor: Actor, city: str = "") -> list[SocialWageEntry]:
        """Configured wages by city, newest year first."""
        require(actor, Action.READ_PERMITS)
        known = jiangsu_city(city) if city else None
        with self._db.read() as session:
            return repo.list_social_wages(session, known.code if known else city or None)

    # --- cases --------------------------------------------------------------------------------

    def create_case(self, actor: Actor, draft: CaseDraft, today: date) -> Case:
        """Receive a case: number, classification, tracks in draft, checklist, time limits.

        The age in the classification is computed from the stored birth date and the salary
        is the case's, whatever the request said, so the stored evaluation matches the case.

        Raises:
            NotFoundError: the applicant or employer does not exist.
            ValidationError: also ``applicant_without_passport`` and
                ``category_override_reason_missing``.
        """
        require(actor, Action.EDIT_PERMITS)
        problems = check_case(draft)
        now = self._clock()
        with self._db.write() as session:
            applicant = found(
                repo.get_applicant_row(session, draft.applicant_id), "applicant", draft.applicant_id
            )
            found(repo.get_employer_row(session, draft.employer_id), "employer", draft.employer_id)
            passports = repo.passport_rows(session, [applicant.id]).get(applicant.id, [])
            passport = next((p for p in passports if p.is_current), None)
            if passport is None:
                problems.append(Problem("applicant_without_passport", "applicant_id"))
            request = _with_case_facts(
                draft, applicant.birth_date, today, points_table_in_force(today)
            )
            evaluation = _evaluate(session, request, today) if request else None
            problems += _override_problems(draft, evaluation)
            if problems:
                raise ValidationError(problems)
            # Taken only once the case is valid, so a refused save never holds the counter.
            number = format_case_number(today.year, repo.next_case_sequence(session, today.year))
            row = CaseRow(
                case_number=number,
                applicant_id=draft.applicant_id,
                employer_id=draft.employer_id,
                passport_id=passport.id if passport else None,
                business_type=str(draft.business_type),
                received_on=today,
                **_detail_columns(draft),
                **repo.category_columns(
                    draft.category, request, evaluation, draft.override_reason.strip()
                ),
                time_limits_version=time_limits_in_force(today).version,
                window=actor.workstation,
                # The clerk who receives a case handles it until a supervisor reassigns it.
                assigned_to=actor.username,
                missing_accepted=False,
                **new_stamp(actor, now),
            )
            session.add(row)
            session.flush()
            tracks = tracks_for(draft.business_type)
            # Plain inserts, not ORM objects: _load reads the rows back, and each add and
            # flush of the unit of work costs more than the insert itself.
            insert_rows(
                session,
                TrackRow.__table__,
                [
                    {
                        "case_id": row.id,
                        "track": str(track),
                        "state": str(TrackState.DRAFT),
                        "due_provisional": False,
                        "refusal_reasons": [],
                        **new_stamp(actor, now),
                    }
                    for track in tracks
                ],
            )
            checklist = generate_checklist(
                draft.business_type, draft.category, self._checklist_config()
            )
            insert_rows(
                session,
                ChecklistItemRow.__table__,
                [
                    {
                        "case_id": row.id,
                        "code": item.code,
                        "mandatory": item.mandatory,
                        "tracks": sorted(item.tracks),
                        "status": str(ChecklistStatus.PENDING),
                        "reason": "",
                        "document_date": None,
                        "authenticated": False,
                        "foreign_issued": True,
                        "version": 1,
                    }
                    for item in checklist.items
                ],
            )
            insert_rows(
                session,
                TrackEventRow.__table__,
                [
                    {
                        "case_id": row.id,
                        "track": "",
                        "at": now,
                        "on_date": today,
                        "username": actor.username,
                        "action": "create",
                        "from_state": "",
                        "to_state": str(TrackState.DRAFT),
                        "comment": "",
                        "details": {"case_number": number},
                    }
                ],
            )
            audit(
                session,
                actor,
                now,
                "create",
                ENTITY,
                row.id,
                {
                    "case_number": number,
                    "tracks": [str(t) for t in tracks],
                    "checklist": f"{checklist.config_id} {checklist.config_version}",
                    **changes({}, _audited(draft, request)),
                },
            )
            _audit_override(session, actor, now, row.id, draft, evaluation)
            return self._load(session, row.id, today)

    def update_case(
        self, actor: Actor, case_id: int, draft: CaseDraft, expected_version: int, today: date
    ) -> Case:
        """Change a case's details or category; applicant, employer and type stay fixed.

        A re-classification keeps the case's points table and the wage year of its receiving
        date; a changed category updates which checklist items are mandatory.
        """
        require(actor, Action.EDIT_PERMITS)
        problems = check_case(draft)
        now = self._clock()
        with self._db.write() as session:
            row = found(repo.get_case_row(session, case_id), ENTITY, case_id)
            check_version(row, expected_version, ENTITY, case_id)
            before = _case_draft(row)
            problems += [
                Problem("cannot_change", name)
                for name in _FIXED
                if getattr(draft, name) != getattr(before, name)
            ]
            applicant = found(
                repo.get_applicant_row(session, row.applicant_id), "applicant", row.applicant_id
            )
            # An old case keeps the points table it was scored with.
            request = _with_case_facts(
                draft,
                applicant.birth_date,
                row.received_on,
                row.points_table or points_table_in_force(row.received_on),
            )
            evaluation = _evaluate(session, request, row.received_on) if request else None
            problems += _override_problems(draft, evaluation)
            if problems:
                raise ValidationError(problems)
            diff = changes(_audited(before, before.category_request), _audited(draft, request))
            if not diff:
                return self._load(session, case_id, today)
            columns = {
                **_detail_columns(draft),
                **repo.category_columns(
                    draft.category, request, evaluation, draft.override_reason.strip()
                ),
            }
            for name, value in columns.items():
                setattr(row, name, value)
            if draft.category != before.category:
                self._reapply_mandatory(session, row)
            touch(row, actor, now)
            session.flush()
            audit(session, actor, now, "update", ENTITY, row.id, diff)
            if draft.category != before.category or draft.override_reason != before.override_reason:
                _audit_override(session, actor, now, row.id, draft, evaluation)
            return self._load(session, row.id, today)

    def update_checklist_item(
        self,
        actor: Actor,
        case_id: int,
        code: str,
        status: ChecklistStatus,
        reason: str,
        document_date: date | None,
        authenticated: bool,
        expected_version: int,
        today: date,
        *,
        foreign_issued: bool = True,
    ) -> Case:
        """Record where one document stands.

        A document may be *received* with findings (too old, no apostille, passport expiring
        before the contract ends), which stay visible on the entry; it cannot be *verified*
        with any. ``cannot_provide`` needs a written reason. Document ages are counted to the
        earliest submission of the case, or ``today`` before it is submitted.

        Raises:
            ValidationError: ``cannot_provide_reason_missing`` or the findings.
            ConflictError: the item changed since ``expected_version`` was read.
        """
        require(actor, Action.EDIT_PERMITS)
        status = ChecklistStatus(status)
        now = self._clock()
        with self._db.write() as session:
            case = found(repo.get_case_row(session, case_id), ENTITY, case_id)
            row = found(repo.checklist_row(session, case_id, code), "checklist_item", code)
            if row.version != expected_version:
                raise ConflictError("checklist_item", code, "stale")
            context = self._context(session, case, repo.track_rows(session, case_id), today)
            before = _DocumentFacts.of(row)
            after = _DocumentFacts(
                status, reason.strip(), document_date, authenticated, foreign_issued
            )
            problems = list(context.entry(row, after).findings) if status is S.VERIFIED else []
            if status is S.CANNOT_PROVIDE and not after.reason:
                problems.insert(
                    0, Problem("cannot_provide_reason_missing", "reason", {"item": code})
                )
            if problems:
                raise ValidationError(problems)
            diff = changes(before, after)
            if diff:
                row.status, row.reason = str(after.status), after.reason
                row.document_date, row.authenticated = document_date, authenticated
                row.foreign_issued = foreign_issued
                session.flush()
                audit(
                    session,
                    actor,
                    now,
                    "update_checklist_item",
                    ENTITY,
                    case_id,
                    {"item": code, "changes": diff},
                )
            return self._load(session, case_id, today)

    def get_case(self, actor: Actor, case_id: int) -> Case:
        """The case with its tracks, checklist (with findings), 容缺 list, timeline and parties."""
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            return self._load(session, case_id, local_today(self._clock()))

    # --- helpers ------------------------------------------------------------------------------

    def _reapply_mandatory(self, session: Session, row: CaseRow) -> None:
        checklist = generate_checklist(
            BusinessType(row.business_type), Category(row.category), self._checklist_config()
        )
        mandatory = {item.code: item.mandatory for item in checklist.items}
        for item in repo.checklist_rows(session, row.id):
            item.mandatory = mandatory.get(item.code, item.mandatory)

    def _context(
        self, session: Session, case: CaseRow, tracks: list[TrackRow], today: date
    ) -> _ChecklistContext:
        submitted = [t.submitted_on for t in tracks if t.submitted_on is not None]
        passport = repo.passport_row(session, case.passport_id)
        return _ChecklistContext(
            self._checklist_config(),
            min(submitted, default=today),
            passport.expiry_date if passport else None,
            case.contract_end,
        )

    def _load(self, session: Session, case_id: int, today: date) -> Case:
        row = found(repo.get_case_row(session, case_id), ENTITY, case_id)
        track_rows = repo.track_rows(session, case_id)
        context = self._context(session, row, track_rows, today)
        tracks = tuple(_track(t) for t in track_rows)
        checklist = tuple(context.entry(r) for r in repo.checklist_rows(session, case_id))
        states = {t.track: t.state for t in tracks}
        applicant = found(
            repo.get_applicant_row(session, row.applicant_id), "applicant", row.applicant_id
        )
        employer = found(
            repo.get_employer_row(session, row.employer_id), "employer", row.employer_id
        )
        return Case(
            id=row.id,
            case_number=row.case_number,
            details=_case_draft(row),
            received_on=row.received_on,
            passport_id=row.passport_id,
            category=repo.case_category(row),
            time_limits_version=row.time_limits_version,
            window=row.window,
            assigned_to=row.assigned_to,
            missing_accepted=row.missing_accepted,
            state=derive_case_state(
                states.get(Track.WORK_PERMIT, TrackState.DRAFT), states.get(Track.RESIDENCE_PERMIT)
            ),
            tracks=tracks,
            checklist=checklist,
            acceptance=can_accept([e.item for e in checklist], Category(row.category)),
            events=tuple(_event(e) for e in repo.event_rows(session, case_id)),
            applicant=repo.load_applicants(session, [applicant])[0],
            employer=repo.load_employers(session, [employer])[0],
            stamp=repo.stamp_of(row),
        )


@dataclasses.dataclass(frozen=True)
class _DocumentFacts:
    """What the counter records about one document: the editable part of a checklist item."""

    status: ChecklistStatus
    reason: str
    document_date: date | None
    authenticated: bool
    foreign_issued: bool

    @classmethod
    def of(cls, row: ChecklistItemRow) -> _DocumentFacts:
        return cls(
            ChecklistStatus(row.status),
            row.reason,
            row.document_date,
            row.authenticated,
            row.foreign_issued,
        )


@dataclasses.dataclass(frozen=True)
class _ChecklistContext:
    """What a checklist entry's findings depend on besides the entry itself."""

    config: ChecklistConfig
    submission_date: date
    passport_expiry: date | None
    period_end: date | None

    def entry(self, row: ChecklistItemRow, facts: _DocumentFacts | None = None) -> ChecklistEntry:
        """The stored item as a record, or as it would be with other ``facts``."""
        facts = facts or _DocumentFacts.of(row)
        spec = self.config.items.get(row.code)
        item = ChecklistItem(
            code=row.code,
            # An item the configuration no longer lists keeps its code as its label.
            label_zh=spec.label_zh if spec else row.code,
            label_en=spec.label_en if spec else row.code,
            mandatory=row.mandatory,
            tracks=frozenset(Track(t) for t in row.tracks),
            needs_apostille=spec.needs_apostille if spec else False,
            max_age_months=spec.max_age_months if spec else None,
            status=facts.status,
            note=facts.reason,
        )
        entry = ChecklistEntry(
            item=item,
            document_date=facts.document_date,
            authenticated=facts.authenticated,
            foreign_issued=facts.foreign_issued,
            version=row.version,
            findings=(),
        )
        return dataclasses.replace(entry, findings=self._findings(entry))

    def _findings(self, entry: ChecklistEntry) -> tuple[Problem, ...]:
        item = entry.item
        if item.status not in _PRESENTED:
            return ()
        problems: list[Problem] = []
        if item.max_age_months is not None and entry.document_date is None:
            problems.append(Problem("document_date_required", item.code, {"item": item.code}))
        if entry.document_date is not None:
            problems += check_document_age(item, entry.document_date, self.submission_date)
        problems += check_authentication(item, entry.foreign_issued, entry.authenticated)
        if item.code == PASSPORT_ITEM and self.passport_expiry and self.period_end:
            problems += check_passport_validity(self.passport_expiry, self.period_end)
        return tuple(problems)


def _evaluate(session: Session, request: CategoryRequest, on: date) -> CategoryEvaluation:
    city = jiangsu_city(request.city)
    # 本地区上年度社会平均工资: last year's figure, or the latest published before it.
    entry = repo.latest_social_wage(session, city.code, on.year - 1) if city else None
    wage = SocialWage(entry.city, entry.year, int(entry.annual_amount)) if entry else None
    points, facts = None, request.facts
    if request.points_inputs is not None:
        table = request.points_table or points_table_in_force(on) or ""
        points = score(request.points_inputs, table)
        # Facts the points inputs already hold need not be keyed twice.
        facts = dataclasses.replace(
            facts,
            **{
                name: getattr(request.points_inputs, name)
                for name in _SHARED_FACTS
                if getattr(facts, name) is None
            },
        )
    facts = dataclasses.replace(facts, social_wage=wage, points=points)
    return CategoryEvaluation(suggest_category(facts), points, wage)


def _with_case_facts(
    draft: CaseDraft, birth_date: date, on: date, points_table: str | None
) -> CategoryRequest | None:
    """The draft's request with the stored age, the case's salary and city, and a table.

    ``points_table`` applies unless the request names one.
    """
    request = draft.category_request
    if request is None:
        return None
    age, salary = age_on(birth_date, on), int(draft.annual_salary)
    points_inputs = request.points_inputs
    if points_inputs is not None:
        points_inputs = dataclasses.replace(points_inputs, age=age, annual_salary_rmb=salary)
    city = jiangsu_city(draft.work_city)
    return CategoryRequest(
        city=city.code if city else request.city,
        facts=dataclasses.replace(request.facts, age=age, annual_salary_rmb=salary),
        points_inputs=points_inputs,
        points_table=request.points_table or points_table,
    )


def _override_problems(draft: CaseDraft, evaluation: CategoryEvaluation | None) -> list[Problem]:
    if evaluation is None:
        return []
    return check_override(evaluation.suggestion, draft.category, draft.override_reason)


def _audit_override(
    session: Session,
    actor: Actor,
    now: datetime,
    case_id: int,
    draft: CaseDraft,
    evaluation: CategoryEvaluation | None,
) -> None:
    """A category other than the suggested one is an event of its own in the audit."""
    if evaluation is None or evaluation.suggestion.category == draft.category:
        return
    audit(
        session,
        actor,
        now,
        "override_category",
        ENTITY,
        case_id,
        {
            "suggested": str(evaluation.suggestion.category or ""),
            "chosen": str(draft.category),
            "reason": draft.override_reason.strip(),
        },
    )


def _detail_columns(draft: CaseDraft) -> dict[str, object]:
    city = jiangsu_city(draft.work_city)
    return {
        "position": draft.position.strip(),
        "annual_salary": draft.annual_salary,
        "contract_start": draft.contract_start,
        "contract_end": draft.contract_end,
        "work_city": city.code if city else draft.work_city.strip(),
        "work_location": draft.work_location.strip(),
        "notes": draft.notes.strip(),
    }


def _audited(draft: CaseDraft, request: CategoryRequest | None) -> dict[str, object]:
    """The draft's fields as stored: normal forms, and the request as classified."""
    values = {f.name: getattr(draft, f.name) for f in dataclasses.fields(draft)}
    values.update(_detail_columns(draft))
    values["annual_salary"] = str(draft.annual_salary.quantize(Decimal("0.01")))
    values["override_reason"] = draft.override_reason.strip()
    values["category_request"] = repo.json_value(request)
    return values


def _case_draft(row: CaseRow) -> CaseDraft:
    return repo.from_row(
        CaseDraft,
        row,
        business_type=BusinessType(row.business_type),
        category=Category(row.category),
        category_request=repo.category_request(row),
    )


def _track(row: TrackRow) -> CaseTrack:
    return repo.from_row(CaseTrack, row, track=Track(row.track), state=TrackState(row.state))


def _event(row: TrackEventRow) -> CaseEvent:
    return repo.from_row(CaseEvent, row)
