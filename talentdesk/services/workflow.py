"""Track transitions with their guards, the case timeline, deadlines, and issuing permits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor, Role, User
from talentdesk.domain.checklist import ChecklistItem, can_accept
from talentdesk.domain.enums import BusinessType, Category, ChecklistStatus, Track
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.permits import Findings, check_residence_validity, check_work_permit_number
from talentdesk.domain.problems import Problem
from talentdesk.domain.track_clock import decision_due, track_clock
from talentdesk.domain.tracks import (
    TRANSITIONS,
    TrackAction,
    TrackState,
    TransitionContext,
    apply_transition,
    check_transition,
    derive_case_state,
    residence_order_problems,
)
from talentdesk.domain.workcalendar import WorkCalendar
from talentdesk.domain.workflow_records import (
    CaseWorkflow,
    IssuedPermit,
    IssueOutcome,
    TimelineEvent,
    TrackStatus,
    TransitionOutcome,
)
from talentdesk.errors import ValidationError
from talentdesk.services.common import Clock, audit, local_today, require, utc_now
from talentdesk.services.permit_support import check_version, found, touch
from talentdesk.services.track_dues import facts_of, limits_of, reschedule, work_calendar
from talentdesk.storage.database import Database
from talentdesk.storage.repos import accounts as account_repo
from talentdesk.storage.repos import permits as permit_repo
from talentdesk.storage.repos import workflow as repo
from talentdesk.storage.tables import (
    CaseRow,
    ChecklistItemRow,
    IssuedPermitRow,
    PassportRow,
    TrackEventRow,
    TrackRow,
)

ENTITY = "case"
# Ending an application or refusing for "other" reasons must say why on the timeline.
_NEEDS_COMMENT = frozenset({TrackAction.CANCEL, TrackAction.WITHDRAW})
_OTHER_REASON = "other"


def allowed_actions(state: TrackState) -> tuple[TrackAction, ...]:
    """Actions whose source states include ``state``, in the order of the flow."""
    return tuple(t.action for t in TRANSITIONS if state in t.sources)


def missing_mandatory(rows: Sequence[ChecklistItemRow], track: Track) -> tuple[str, ...]:
    """Mandatory items of ``track`` not yet received, verified or marked not applicable."""
    items = [
        ChecklistItem(
            code=r.code, label_zh="", label_en="", mandatory=r.mandatory,
            tracks=frozenset(Track(t) for t in r.tracks), needs_apostille=False,
            status=ChecklistStatus(r.status), note=r.reason,
        )
        for r in rows
        if str(track) in r.tracks
    ]
    # An A-category acceptance lists every missing mandatory item instead of refusing (容缺受理):
    # that list is exactly the one asked for, whatever the case's category.
    return can_accept(items, Category.A).rongque


class WorkflowService:
    """Moves permit tracks through their states and keeps their timeline and due dates."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    # --- reading ------------------------------------------------------------------------------

    def workflow(self, actor: Actor, case_id: int, today: date | None = None) -> CaseWorkflow:
        """The case's tracks, the actions open to each, and their clocks on ``today``."""
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            case = found(permit_repo.get_case_row(session, case_id), ENTITY, case_id)
            return self._workflow(session, case, today or local_today(self._clock()))

    def timeline(self, actor: Actor, case_id: int) -> list[TimelineEvent]:
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            found(permit_repo.get_case_row(session, case_id), ENTITY, case_id)
            return repo.timeline(session, case_id)

    def permit_history(self, actor: Actor, applicant_id: int) -> list[IssuedPermit]:
        """Every permit the applicant was issued, renewals pointing at what they replaced."""
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            return repo.permit_history(session, applicant_id)

    # --- transitions --------------------------------------------------------------------------

    def transition(
        self,
        actor: Actor,
        case_id: int,
        track: Track,
        action: TrackAction,
        *,
        comment: str = "",
        reason_codes: Sequence[str] = (),
        deficiencies: Sequence[str] = (),
        on_date: date | None = None,
        expected_version: int,
    ) -> TransitionOutcome:
        """Take ``action`` on one track of the case.

        Args:
            reason_codes: refusal reasons (``domain.tracks.refusal_reasons``), for REFUSE.
            deficiencies: every deficiency the one-time notice lists, for RETURN.
            on_date: the working day the event counts for; today when None. Deadlines count
                from it, so a decision received yesterday may be entered today.
            expected_version: the track's version as read.

        Raises:
            ValidationError: a guard refused (``transition_not_allowed``, ``track_closed``,
                ``mandatory_items_missing``, ``refusal_reason_required``,
                ``deficiencies_required``, ``comment_required``, ``issue_needs_permit``,
                ``event_date_in_future``, ``event_date_before_previous`` ...).
            ConflictError: the track changed since ``expected_version`` was read.
            NotFoundError: no such case or track.
        """
        require(actor, Action.EDIT_PERMITS)
        if action is TrackAction.ISSUE:
            # An issued track without its permit number and validity would feed no radar.
            raise ValidationError([Problem("issue_needs_permit", "action")])
        codes = tuple(dict.fromkeys(c.strip() for c in reason_codes if c.strip()))
        listed = tuple(d.strip() for d in deficiencies if d.strip())
        now = self._clock()
        with self._db.write() as session:
            case, row = self._locked_track(session, case_id, track, expected_version)
            on = self._event_date(session, case, track, on_date, local_today(now))
            missing = missing_mandatory(permit_repo.checklist_rows(session, case_id), track)
            context = TransitionContext(Category(case.category), missing, listed, codes)
            problems = check_transition(TrackState(row.state), action, context)
            problems += _track_order_problems(session, case_id, track, action)
            problems += _comment_problems(action, codes, comment)
            if problems:
                raise ValidationError(problems)
            after = apply_transition(TrackState(row.state), action, context)
            details: dict[str, Any] = {}
            if action is TrackAction.RETURN:
                details["deficiencies"] = list(listed)
            if action is TrackAction.REFUSE:
                details["reason_codes"] = list(codes)
                row.refusal_reasons = list(codes)
            if action is TrackAction.ACCEPT and missing:
                details["rongque"] = list(missing)
                case.missing_accepted = True
                touch(case, actor, now)
            _stamp_dates(row, action, on)
            event = self._move(session, actor, now, on, case, row, action, after, comment,
                               details)
            return TransitionOutcome(self._workflow(session, case, local_today(now)),
                                     repo.to_event(event))

    # --- assignment ---------------------------------------------------------------------------

    def assignees(self, actor: Actor) -> list[User]:
        """Active users who work cases: whom a case may be handed to."""
        require(actor, Action.ASSIGN_CASES)
        with self._db.read() as session:
            return [u for u in account_repo.list_users(session)
                    if u.active and allowed(u.role, Action.EDIT_PERMITS)]

    def assign(self, actor: Actor, case_ids: Sequence[int], assignee: str) -> int:
        """Hand the cases to ``assignee`` (the queue's bulk assign); returns how many moved.

        Each moved case gets an "assign" line on its timeline. The last assignment wins: a
        list row carries no version, and handing over twice does no harm.

        Raises:
            ValidationError: ``assignee_unknown`` when the user does not exist, is disabled
                or does not work cases.
            NotFoundError: a case does not exist (then none is moved).
        """
        require(actor, Action.ASSIGN_CASES)
        now = self._clock()
        with self._db.write() as session:
            user = account_repo.get_user_row(session, assignee)
            if user is None or not user.active or not allowed(Role(user.role),
                                                              Action.EDIT_PERMITS):
                raise ValidationError([Problem("assignee_unknown", "assignee",
                                               {"username": assignee})])
            moved = 0
            for case_id in dict.fromkeys(case_ids):
                case = found(permit_repo.get_case_row(session, case_id), ENTITY, case_id)
                if case.assigned_to == assignee:
                    continue
                details = {"from": case.assigned_to, "to": assignee}
                case.assigned_to = assignee
                touch(case, actor, now)
                session.add(TrackEventRow(
                    case_id=case.id, track="", at=now, on_date=local_today(now),
                    username=actor.username, action="assign", from_state="", to_state="",
                    comment="", details=details,
                ))
                audit(session, actor, now, "assign", ENTITY, case.id, details)
                moved += 1
            return moved

    # --- issued permits -----------------------------------------------------------------------

    def check_permit(
        self, actor: Actor, case_id: int, track: Track, number: str, valid_from: date,
        valid_to: date,
    ) -> Findings:
        """What issuing would say, without issuing: errors block, warnings ask for a look."""
        require(actor, Action.EDIT_PERMITS)
        with self._db.read() as session:
            case = found(permit_repo.get_case_row(session, case_id), ENTITY, case_id)
            return _permit_findings(session, case, track, number.strip().upper(), valid_from,
                                    valid_to)

    def issue_permit(
        self,
        actor: Actor,
        case_id: int,
        track: Track,
        number: str,
        valid_from: date,
        valid_to: date,
        *,
        expected_version: int,
        comment: str = "",
        on_date: date | None = None,
    ) -> IssueOutcome:
        """Record the permit handed out and move the track from approved to issued.

        A renewal is linked to the applicant's previous permit of the same kind
        (``replaces_id``), whose expiry reminder it answers (marked handled).

        Raises:
            ValidationError: the track is not approved (``transition_not_allowed``), the
                number is missing, the validity is impossible (``validity_ends_before_start``,
                ``residence_validity_too_short``/``_too_long``/``_beyond_passport``,
                ``passport_required``).
            ConflictError: the track changed since ``expected_version`` was read.
        """
        require(actor, Action.EDIT_PERMITS)
        number = number.strip().upper()
        now = self._clock()
        with self._db.write() as session:
            case, row = self._locked_track(session, case_id, track, expected_version)
            after = apply_transition(TrackState(row.state), TrackAction.ISSUE)
            if order := _track_order_problems(session, case_id, track, TrackAction.ISSUE):
                raise ValidationError(order)
            on = self._event_date(session, case, track, on_date, local_today(now))
            findings = _permit_findings(session, case, track, number, valid_from, valid_to)
            if findings.errors:
                raise ValidationError(findings.errors)
            previous = repo.latest_permit(session, case.applicant_id, track)
            permit = IssuedPermitRow(
                case_id=case.id, applicant_id=case.applicant_id, kind=str(track), number=number,
                valid_from=valid_from, valid_to=valid_to, issued_on=on,
                replaces_id=previous.id if previous else None, handled_by="",
            )
            session.add(permit)
            if previous is not None and previous.handled_on is None:
                previous.handled_on, previous.handled_by = on, actor.username
            session.flush()
            details = {
                "permit_id": permit.id, "number": number, "valid_from": valid_from.isoformat(),
                "valid_to": valid_to.isoformat(), "replaces_id": permit.replaces_id,
                "warnings": [p.code for p in findings.warnings],
            }
            self._move(session, actor, now, on, case, row, TrackAction.ISSUE, after, comment,
                       details)
            return IssueOutcome(repo.to_permit(permit), findings.warnings,
                                self._workflow(session, case, local_today(now)))

    # --- helpers ------------------------------------------------------------------------------

    def _locked_track(
        self, session: Session, case_id: int, track: Track, expected_version: int
    ) -> tuple[CaseRow, TrackRow]:
        case = found(permit_repo.get_case_row(session, case_id), ENTITY, case_id)
        row = found(repo.track_row(session, case_id, track), "case_track", (case_id, str(track)))
        check_version(row, expected_version, "case_track", row.id)
        return case, row

    def _event_date(
        self, session: Session, case: CaseRow, track: Track, on_date: date | None, today: date
    ) -> date:
        on = on_date or today
        previous = max((m.on_date for m in repo.marks(session, case.id, track)),
                       default=case.received_on)
        if on > today:
            raise ValidationError([Problem("event_date_in_future", "on_date", {"today": today})])
        if on < previous:
            # Deadlines count from these days, so the timeline must not run backwards.
            raise ValidationError(
                [Problem("event_date_before_previous", "on_date", {"previous": previous})]
            )
        return on

    def _move(
        self,
        session: Session,
        actor: Actor,
        now: datetime,
        on: date,
        case: CaseRow,
        row: TrackRow,
        action: TrackAction,
        after: TrackState,
        comment: str,
        details: dict[str, Any],
    ) -> TrackEventRow:
        """Move the track to ``after`` (guards passed), record it, reschedule and audit it."""
        before = TrackState(row.state)
        row.state = str(after)
        event = TrackEventRow(
            case_id=case.id, track=row.track, at=now, on_date=on, username=actor.username,
            action=str(action), from_state=str(before), to_state=str(after),
            comment=comment.strip(), details=details,
        )
        session.add(event)
        session.flush()
        deadline = reschedule(session, case, row, work_calendar(session))
        event.details = {
            **details,
            "due_on": deadline.due.isoformat() if deadline else None,
            "due_provisional": bool(deadline and deadline.provisional),
            "time_limits_version": limits_of(case).version,
        }
        touch(row, actor, now)
        session.flush()
        audit(session, actor, now, "transition", ENTITY, case.id, {
            "track": row.track, "action": str(action), "from": str(before), "to": str(after),
            "on_date": on.isoformat(), "comment": comment.strip(), **event.details,
        })
        return event

    def _workflow(self, session: Session, case: CaseRow, today: date) -> CaseWorkflow:
        calendar: WorkCalendar = work_calendar(session)
        limits = limits_of(case)
        checklist = permit_repo.checklist_rows(session, case.id)
        statuses = []
        for row in permit_repo.track_rows(session, case.id):
            state = TrackState(row.state)
            facts = facts_of(session, case, row)
            statuses.append(TrackStatus(
                Track(row.track), state, row.submitted_on, row.accepted_on, row.decided_on,
                row.due_on, row.due_provisional, tuple(row.refusal_reasons or ()),
                allowed_actions(state), track_clock(facts, limits, calendar, today),
                decision_due(facts, limits, calendar, today), row.version,
            ))
        states = {s.track: s.state for s in statuses}
        return CaseWorkflow(
            case.id, case.case_number, BusinessType(case.business_type), Category(case.category),
            limits.version, case.missing_accepted,
            derive_case_state(states.get(Track.WORK_PERMIT, TrackState.DRAFT),
                              states.get(Track.RESIDENCE_PERMIT)),
            tuple(statuses),
            {s.track: missing_mandatory(checklist, s.track) for s in statuses},
        )


def _track_order_problems(
    session: Session, case_id: int, track: Track, action: TrackAction
) -> list[Problem]:
    if track is not Track.RESIDENCE_PERMIT:
        return []
    work = repo.track_row(session, case_id, Track.WORK_PERMIT)
    return residence_order_problems(action, TrackState(work.state) if work else None)


def _comment_problems(action: TrackAction, codes: Sequence[str], comment: str) -> list[Problem]:
    if comment.strip():
        return []
    if action in _NEEDS_COMMENT or (action is TrackAction.REFUSE and _OTHER_REASON in codes):
        return [Problem("comment_required", "comment", {"action": str(action)})]
    return []


def _stamp_dates(row: TrackRow, action: TrackAction, on: date) -> None:
    if action is TrackAction.SUBMIT:
        row.submitted_on = on  # a resubmission after a return starts pre-review afresh
    elif action is TrackAction.ACCEPT:
        row.accepted_on = on
    elif action in (TrackAction.APPROVE, TrackAction.REFUSE):
        row.decided_on = on


def _case_passport(session: Session, case: CaseRow) -> PassportRow | None:
    """The passport the case was received with, else the applicant's current one."""
    row = permit_repo.passport_row(session, case.passport_id)
    if row is not None:
        return row
    passports = permit_repo.passport_rows(session, [case.applicant_id]).get(case.applicant_id, [])
    return next((p for p in passports if p.is_current), None)


def _permit_findings(
    session: Session, case: CaseRow, track: Track, number: str, valid_from: date, valid_to: date
) -> Findings:
    if not number:
        return Findings(errors=(Problem("required", "number"),))
    if track is Track.WORK_PERMIT:
        if valid_to < valid_from:
            params = {"valid_from": valid_from}
            return Findings(errors=(Problem("validity_ends_before_start", "valid_until", params),))
        return check_work_permit_number(number)
    passport = _case_passport(session, case)
    if passport is None:
        return Findings(errors=(Problem("passport_required", "passport"),))
    return check_residence_validity(valid_from, valid_to, passport.expiry_date, limits_of(case))
