"""Workflow: guarded transitions, the timeline, due dates with pauses, limits versions, permits."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from sqlalchemy import select

from talentdesk.domain import time_limits
from talentdesk.domain.accounts import Role
from talentdesk.domain.deadlines import ClockStatus
from talentdesk.domain.enums import BusinessType, Category, ChecklistStatus
from talentdesk.domain.time_limits import LimitKey, load_time_limits
from talentdesk.domain.tracks import TERMINAL_STATES, CaseState, TrackAction, TrackState
from talentdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from talentdesk.services.accounts import AccountService
from talentdesk.services.workflow import allowed_actions
from talentdesk.storage.database import Database
from talentdesk.storage.tables import IssuedPermitRow
from tests.services.permit_fixtures import (
    CLERK,
    HR_OFFICER,
    SUPERVISOR,
    applicant,
    applicants,
    audit_entries,
    cases,
    clock,
    employer,
    employers,
)
from tests.services.workflow_fixtures import (
    RP,
    WP,
    A,
    Desk,
    at_least,
    complete_checklist,
    desk,
    issue_work_permit,
    to_approved,
    to_review,
    workflow,
)

__all__ = ["applicant", "applicants", "cases", "clock", "desk", "employer", "employers",
           "workflow"]  # fixtures used by name

S = TrackState
NOV = {day: date(2026, 11, day) for day in range(1, 31)}


def codes(caught: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in caught.value.problems]


def test_a_work_permit_from_submission_to_collection(desk: Desk):
    case = desk.open(NOV[2])
    seen = []
    for action, day in [
        (A.SUBMIT, 2),
        (A.PASS_PRE_REVIEW, 4),
        (A.ACCEPT, 5),
        (A.START_REVIEW, 5),
        (A.REQUEST_CORRECTION, 10),
        (A.RESUME, 13),
        (A.APPROVE, 20),
        (A.ISSUE, 23),
        (A.COLLECT, 27),
    ]:
        if action is A.ISSUE:
            at_least(desk.clock, NOV[day])
            version = desk.now(case.id).track(WP).version
            outcome = desk.workflow.issue_permit(
                CLERK, case.id, WP, "320100202611230001", NOV[day], date(2027, 11, 22),
                expected_version=version, on_date=NOV[day],
            ).workflow
        else:
            outcome = desk.act(case.id, WP, action, NOV[day]).workflow
        seen.append((outcome.track(WP).state, outcome.track(WP).due_on, outcome.state))
    assert seen == [
        # pre-review: 5 working days, the submission day not counted
        (S.SUBMITTED, date(2026, 11, 9), CaseState.IN_PROGRESS),
        # waiting for the window appointment: no office clock
        (S.AWAITING_ACCEPTANCE, None, CaseState.IN_PROGRESS),
        # review of a B case: 10 working days
        (S.ACCEPTED, date(2026, 11, 19), CaseState.IN_PROGRESS),
        (S.UNDER_REVIEW, date(2026, 11, 19), CaseState.IN_PROGRESS),
        # paused while the applicant corrects
        (S.CORRECTION_REQUESTED, None, CaseState.AWAITING_APPLICANT),
        # 11th to 13th not counted: 3 working days later
        (S.UNDER_REVIEW, date(2026, 11, 24), CaseState.IN_PROGRESS),
        # the certificate within 10 working days of the decision
        (S.APPROVED, date(2026, 12, 4), CaseState.IN_PROGRESS),
        (S.ISSUED, None, CaseState.IN_PROGRESS),  # the residence permit is still a draft
        (S.COLLECTED, None, CaseState.IN_PROGRESS),
    ]
    final = desk.now(case.id).track(WP)
    assert (final.submitted_on, final.accepted_on, final.decided_on) == (NOV[2], NOV[5], NOV[20])
    assert final.decision_due.due == date(2026, 11, 24)  # the promised date moved by the pause


def test_the_clock_is_paused_while_corrections_are_awaited(desk: Desk):
    case = desk.open(NOV[2])
    to_review(desk, case.id, WP, NOV[2], NOV[5])
    desk.act(case.id, WP, A.REQUEST_CORRECTION, NOV[10])
    for today, due in ((NOV[12], date(2026, 11, 23)), (NOV[17], date(2026, 11, 26))):
        status = desk.workflow.workflow(CLERK, case.id, today).track(WP)
        assert status.due_on is None  # queues show no office deadline while it waits
        assert status.clock.status is ClockStatus.PAUSED
        assert status.clock.due == due and status.clock.working_days_left == 7
        assert status.decision_due.due == due


@pytest.mark.parametrize(
    ("business_type", "category", "track", "due"),
    [
        (BusinessType.NEW_IN_CHINA, Category.A, WP, date(2026, 11, 12)),  # A: 5 working days
        (BusinessType.NEW_IN_CHINA, Category.B, WP, date(2026, 11, 19)),  # others: 10
        (BusinessType.NEW_IN_CHINA, Category.B, RP, date(2026, 11, 20)),  # residence: 15 days
        (BusinessType.SHORT_TERM, Category.B, WP, date(2026, 11, 12)),  # 90 days or less: 5
    ],
)
def test_review_limit_by_track_category_and_business_type(desk: Desk, business_type, category,
                                                           track, due):
    extra = {}
    if business_type is BusinessType.SHORT_TERM:
        extra = {"contract_start": date(2027, 1, 4), "contract_end": date(2027, 3, 31)}
    case = desk.open(NOV[2], category, business_type=business_type, **extra)
    outcome = to_review(desk, case.id, track, NOV[2], NOV[5])
    assert outcome.workflow.track(track).due_on == due


def test_every_transition_is_recorded_on_the_timeline_and_audited(desk: Desk,
                                                                 database: Database):
    case = desk.open(NOV[2])
    desk.act(case.id, WP, A.SUBMIT, NOV[2], comment="材料齐全，网上提交")
    desk.act(case.id, WP, A.RETURN, NOV[3], deficiencies=["无犯罪记录证明超过6个月", " "])
    timeline = desk.workflow.timeline(CLERK, case.id)
    assert [(e.action, e.from_state, e.to_state) for e in timeline] == [
        ("create", "", "draft"), ("submit", "draft", "submitted"),
        ("return", "submitted", "returned"),
    ]
    submit, returned = timeline[1:]
    assert (submit.username, submit.on_date, submit.track, submit.comment) == (
        "li", NOV[2], WP, "材料齐全，网上提交")
    assert submit.details["due_on"] == "2026-11-09"
    assert submit.details["time_limits_version"] == "2017-guide"
    assert returned.details["deficiencies"] == ["无犯罪记录证明超过6个月"]
    transitions = [e for e in audit_entries(database, "case") if e.action == "transition"]
    assert [(e.entity_id, e.details["action"], e.details["to"]) for e in transitions] == [
        (str(case.id), "submit", "submitted"), (str(case.id), "return", "returned")]


def test_missing_mandatory_items_block_acceptance_except_for_a(desk: Desk, database: Database):
    b_case = desk.open(NOV[2], Category.B, complete=False)
    desk.run(b_case.id, WP, [(A.SUBMIT, NOV[2]), (A.PASS_PRE_REVIEW, NOV[3])])
    with pytest.raises(ValidationError) as caught:
        desk.act(b_case.id, WP, A.ACCEPT, NOV[4])
    assert codes(caught) == ["mandatory_items_missing"]
    assert "non_criminal_record" in caught.value.problems[0].params["items"]
    complete_checklist(database, b_case.id)
    assert desk.act(b_case.id, WP, A.ACCEPT, NOV[4]).workflow.track(WP).state is S.ACCEPTED

    a_case = desk.open(NOV[2], Category.A, complete=False)
    desk.run(a_case.id, WP, [(A.SUBMIT, NOV[2]), (A.PASS_PRE_REVIEW, NOV[3])])
    outcome = desk.act(a_case.id, WP, A.ACCEPT, NOV[4])  # 容缺受理
    assert outcome.workflow.missing_accepted
    assert "non_criminal_record" in outcome.event.details["rongque"]
    assert outcome.workflow.track(WP).state is S.ACCEPTED


def test_items_of_the_other_track_do_not_block(desk: Desk, database: Database, cases):
    case = desk.open(NOV[2], complete=False)
    complete_checklist(database, case.id)
    loaded = cases.get_case(CLERK, case.id)
    residence_only = next(e for e in loaded.checklist if e.item.tracks == {RP} and e.item.mandatory)
    cases.update_checklist_item(CLERK, case.id, residence_only.item.code, ChecklistStatus.PENDING,
                                "", None, False, residence_only.version, NOV[2])
    desk.run(case.id, WP, [(A.SUBMIT, NOV[2]), (A.PASS_PRE_REVIEW, NOV[3])])
    assert desk.act(case.id, WP, A.ACCEPT, NOV[4]).workflow.missing_mandatory[RP] == (
        residence_only.item.code,)


@pytest.mark.parametrize(
    ("steps", "action", "options", "expected"),
    [
        ([A.SUBMIT], A.RETURN, {}, ["deficiencies_required"]),
        ([A.SUBMIT], A.RETURN, {"deficiencies": ["  "]}, ["deficiencies_required"]),
        ([A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW], A.REFUSE, {},
         ["refusal_reason_required"]),
        ([A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW], A.REFUSE,
         {"reason_codes": ["no_such_reason"]}, ["refusal_reason_unknown"]),
        ([A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW], A.REFUSE,
         {"reason_codes": ["other"]}, ["comment_required"]),
        ([A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW], A.ISSUE, {},
         ["issue_needs_permit"]),
        ([], A.CANCEL, {}, ["comment_required"]),
        ([A.SUBMIT], A.WITHDRAW, {}, ["comment_required"]),
        ([A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT], A.CANCEL, {"comment": "x"},
         ["transition_not_allowed"]),  # once accepted, only a decision or withdrawal ends it
        ([A.SUBMIT, A.WITHDRAW], A.SUBMIT, {}, ["track_closed"]),
    ],
)
def test_guards_refuse_with_reasons(desk: Desk, steps, action, options, expected):
    case = desk.open(NOV[2])
    for step in steps:
        desk.act(case.id, WP, step, NOV[2], comment="申请人撤回")
    before = desk.now(case.id).track(WP)
    with pytest.raises(ValidationError) as caught:
        desk.act(case.id, WP, action, NOV[3], **options)
    assert codes(caught) == expected
    assert desk.now(case.id).track(WP) == before, "a refused transition changes nothing"


def test_refusal_with_reasons_is_stored(desk: Desk):
    case = desk.open(NOV[2])
    to_review(desk, case.id, RP, NOV[2], NOV[2])
    outcome = desk.act(case.id, RP, A.REFUSE, NOV[6],
                       reason_codes=["visa_type_not_eligible", "other", "other"],
                       comment="持旅游签证")
    status = outcome.workflow.track(RP)
    assert (status.state, status.refusal_reasons, status.decided_on) == (
        S.REFUSED, ("visa_type_not_eligible", "other"), NOV[6])
    assert outcome.event.details["reason_codes"] == ["visa_type_not_eligible", "other"]
    assert outcome.workflow.state is CaseState.REFUSED


_PATHS = {
    S.DRAFT: [],
    S.SUBMITTED: [A.SUBMIT],
    S.RETURNED: [A.SUBMIT, A.RETURN],
    S.AWAITING_ACCEPTANCE: [A.SUBMIT, A.PASS_PRE_REVIEW],
    S.ACCEPTED: [A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT],
    S.UNDER_REVIEW: [A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW],
    S.CORRECTION_REQUESTED: [A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW,
                             A.REQUEST_CORRECTION],
    S.APPROVED: [A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW, A.APPROVE],
    S.REFUSED: [A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW, A.REFUSE],
    S.WITHDRAWN: [A.SUBMIT, A.WITHDRAW],
    S.CANCELLED: [A.CANCEL],
}


@pytest.mark.parametrize("state", list(_PATHS))
def test_only_the_actions_offered_in_a_state_are_allowed(desk: Desk, state: TrackState):
    case = desk.open(NOV[2])
    options = {"comment": "测试", "deficiencies": ["护照复印件不清晰"],
               "reason_codes": ["criminal_record"]}
    for step in _PATHS[state]:
        desk.act(case.id, WP, step, NOV[2], **options)
    status = desk.now(case.id).track(WP)
    assert status.state is state and status.actions == allowed_actions(state)
    for action in set(TrackAction) - set(status.actions) - {A.ISSUE}:
        with pytest.raises(ValidationError) as caught:
            desk.act(case.id, WP, action, NOV[3], **options)
        assert codes(caught) == ["track_closed" if state in TERMINAL_STATES
                                 else "transition_not_allowed"], action
    for action in status.actions:
        if action is A.ISSUE:
            continue
        assert desk.act(case.id, WP, action, NOV[3], **options).event.action == action
        break  # one allowed action is taken; the rest are checked from their own states


def test_issue_without_an_approval_is_refused(desk: Desk):
    case = desk.open(NOV[2])
    version = to_review(desk, case.id, WP, NOV[2], NOV[2]).workflow.track(WP).version
    with pytest.raises(ValidationError) as caught:
        desk.workflow.issue_permit(CLERK, case.id, WP, "320100202611230001", NOV[9],
                                   date(2027, 11, 8), expected_version=version)
    assert codes(caught) == ["transition_not_allowed"]


def test_a_stale_version_is_a_conflict(desk: Desk):
    case = desk.open(NOV[2])
    version = desk.now(case.id).track(WP).version
    desk.act(case.id, WP, A.SUBMIT, NOV[2])
    with pytest.raises(ConflictError):
        desk.workflow.transition(CLERK, case.id, WP, A.RETURN, deficiencies=["x"],
                                 expected_version=version)


def test_event_dates_cannot_lie_in_the_future_or_run_backwards(desk: Desk):
    case = desk.open(NOV[2])
    desk.act(case.id, WP, A.SUBMIT, NOV[5])
    version = desk.now(case.id).track(WP).version
    for on, code in ((date(2099, 1, 1), "event_date_in_future"),
                     (NOV[4], "event_date_before_previous")):
        with pytest.raises(ValidationError) as caught:
            desk.workflow.transition(CLERK, case.id, WP, A.PASS_PRE_REVIEW, on_date=on,
                                     expected_version=version)
        assert codes(caught) == [code]
    other = desk.open(NOV[10])
    with pytest.raises(ValidationError) as caught:
        desk.act(other.id, WP, A.SUBMIT, NOV[9])
    assert codes(caught) == ["event_date_before_previous"]  # before the case was received


def test_only_counter_staff_move_tracks(desk: Desk):
    case = desk.open(NOV[2])
    with pytest.raises(PermissionDeniedError):
        desk.workflow.transition(HR_OFFICER, case.id, WP, A.SUBMIT, expected_version=1)
    assert desk.workflow.workflow(HR_OFFICER, case.id).state is CaseState.DRAFT


def test_changed_limits_apply_to_new_cases_only(desk: Desk, monkeypatch):
    old = load_time_limits("2017-guide")
    shorter = dataclasses.replace(
        old, version="2026-11-test", effective_from=NOV[15],
        limits={**old.limits,
                LimitKey.REVIEW_OTHER: dataclasses.replace(old[LimitKey.REVIEW_OTHER], amount=3)},
    )
    monkeypatch.setattr(time_limits, "_versions", lambda: (old, shorter))
    before = desk.open(NOV[2])
    after = desk.open(NOV[16])
    dues = [to_review(desk, c.id, WP, NOV[16], NOV[16]).workflow.track(WP).due_on
            for c in (before, after)]
    assert dues == [date(2026, 11, 30), date(2026, 11, 19)]
    assert desk.now(before.id).time_limits_version == "2017-guide"
    assert desk.now(after.id).time_limits_version == "2026-11-test"


def test_work_permit_number_of_other_length_warns_but_issues(desk: Desk):
    case = desk.open(NOV[2])
    version = to_approved(desk, case.id, WP, NOV[2], NOV[9]).workflow.track(WP).version
    outcome = desk.workflow.issue_permit(CLERK, case.id, WP, " 3201002026 ", NOV[10],
                                         date(2027, 11, 9), expected_version=version)
    assert [p.code for p in outcome.warnings] == ["work_permit_number_unusual"]
    assert outcome.permit.number == "3201002026"
    assert outcome.workflow.track(WP).state is S.ISSUED
    assert desk.workflow.timeline(CLERK, case.id)[-1].details["warnings"] == [
        "work_permit_number_unusual"]


@pytest.mark.parametrize(
    ("valid_from", "valid_to", "expected"),
    [
        (date(2026, 11, 10), date(2027, 2, 6), ["residence_validity_too_short"]),  # 89 days
        (date(2026, 11, 10), date(2027, 2, 7), []),  # 90 days, both ends included
        (date(2026, 11, 10), date(2031, 5, 1), []),  # up to the passport's last day
        (date(2026, 11, 10), date(2031, 5, 2), ["residence_validity_beyond_passport"]),
        (date(2026, 1, 10), date(2031, 1, 10), ["residence_validity_too_long"]),  # 5 y + 1 d
        (date(2026, 11, 10), date(2026, 11, 9), ["validity_ends_before_start"]),
        (None, None, ["required"]),
    ],
)
def test_residence_permit_validity(desk: Desk, valid_from, valid_to, expected):
    case = desk.open(NOV[2])
    issue_work_permit(desk, case.id, NOV[2], NOV[9])
    version = to_approved(desk, case.id, RP, NOV[2], NOV[9]).workflow.track(RP).version
    number = "" if valid_from is None else "E12345678"
    valid_from, valid_to = valid_from or NOV[10], valid_to or date(2027, 11, 9)
    check = desk.workflow.check_permit(CLERK, case.id, RP, number, valid_from, valid_to)
    assert [p.code for p in check.errors] == expected
    if expected:
        with pytest.raises(ValidationError) as caught:
            desk.workflow.issue_permit(CLERK, case.id, RP, number, valid_from, valid_to,
                                       expected_version=version)
        assert codes(caught) == expected
    else:
        outcome = desk.workflow.issue_permit(CLERK, case.id, RP, number, valid_from, valid_to,
                                             expected_version=version)
        assert outcome.workflow.track(RP).state is S.ISSUED


def test_the_residence_permit_waits_for_the_work_permit(desk: Desk):
    """Regulation art. 16: approved only after, and issued only with or after, the work permit."""
    case = desk.open(NOV[2])
    to_review(desk, case.id, RP, NOV[2], NOV[2])
    with pytest.raises(ValidationError) as caught:
        desk.act(case.id, RP, A.APPROVE, NOV[3])
    assert codes(caught) == ["residence_approval_before_work_permit"]
    work = to_approved(desk, case.id, WP, NOV[2], NOV[3]).workflow.track(WP)
    residence = desk.act(case.id, RP, A.APPROVE, NOV[3]).workflow.track(RP)
    with pytest.raises(ValidationError) as caught:
        desk.workflow.issue_permit(CLERK, case.id, RP, "E12345678", NOV[4], date(2027, 11, 3),
                                   expected_version=residence.version)
    assert codes(caught) == ["residence_issue_before_work_permit"]
    assert desk.now(case.id).track(RP).state is S.APPROVED
    desk.workflow.issue_permit(CLERK, case.id, WP, "320100202611230001", NOV[4],
                               date(2027, 11, 3), expected_version=work.version)
    outcome = desk.workflow.issue_permit(CLERK, case.id, RP, "E12345678", NOV[4],
                                         date(2027, 11, 3), expected_version=residence.version)
    assert outcome.workflow.track(RP).state is S.ISSUED


def test_a_renewal_is_linked_to_the_previous_permit(desk: Desk, database: Database):
    first = desk.open(NOV[2])
    version = to_approved(desk, first.id, WP, NOV[2], NOV[3]).workflow.track(WP).version
    old = desk.workflow.issue_permit(CLERK, first.id, WP, "320100202611230001", NOV[4],
                                     date(2026, 12, 31), expected_version=version).permit
    assert old.replaces_id is None
    renewal = desk.open(NOV[16], business_type=BusinessType.EXTENSION, category_request=None)
    version = to_approved(desk, renewal.id, WP, NOV[16], NOV[17]).workflow.track(WP).version
    new = desk.workflow.issue_permit(CLERK, renewal.id, WP, "320100202611230001", date(2027, 1, 1),
                                     date(2027, 12, 31), expected_version=version,
                                     on_date=NOV[18]).permit
    assert new.replaces_id == old.id
    history = desk.workflow.permit_history(CLERK, desk.applicant.id)
    assert [(p.id, p.replaces_id) for p in history] == [(old.id, None), (new.id, old.id)]
    with database.read() as session:
        handled = session.execute(select(IssuedPermitRow.handled_on, IssuedPermitRow.handled_by)
                                  .where(IssuedPermitRow.id == old.id)).one()
    # The renewal answers the old permit's expiry reminder.
    assert tuple(handled) == (NOV[18], "li")


def test_a_supervisor_hands_cases_to_a_clerk(desk: Desk, database: Database):
    accounts = AccountService(database)
    admin = accounts.create_first_admin("admin", "管理员", "secret-2026")
    accounts.create_user(admin, "wang", "王芳", Role.CLERK, "secret-2026")
    accounts.create_user(admin, "sun", "孙丽", Role.HR_OFFICER, "secret-2026")
    first, second = desk.open(NOV[2]), desk.open(NOV[3])
    assert [u.username for u in desk.workflow.assignees(SUPERVISOR)] == ["wang"]
    with pytest.raises(PermissionDeniedError):
        desk.workflow.assign(CLERK, [first.id], "wang")
    for assignee in ("sun", "nobody"):
        with pytest.raises(ValidationError) as caught:
            desk.workflow.assign(SUPERVISOR, [first.id], assignee)
        assert codes(caught) == ["assignee_unknown"]
    assert desk.workflow.assign(SUPERVISOR, [first.id, second.id, first.id], "wang") == 2
    assert desk.workflow.assign(SUPERVISOR, [first.id], "wang") == 0  # already theirs
    event = desk.workflow.timeline(CLERK, first.id)[-1]
    assert (event.action, event.username, event.details) == (
        "assign", "zhao", {"from": "li", "to": "wang"})
    assert [e.details for e in audit_entries(database, "case") if e.action == "assign"] == [
        {"from": "li", "to": "wang"}, {"from": "li", "to": "wang"}]
