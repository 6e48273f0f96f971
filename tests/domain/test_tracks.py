"""Track state machine: every transition allowed and refused, guards, derived case state."""

from __future__ import annotations

import itertools

import pytest

from talentdesk.domain.enums import Category
from talentdesk.domain.problems import Problem
from talentdesk.domain.tracks import (
    TERMINAL_STATES,
    TRANSITIONS,
    CaseState,
    TrackAction,
    TrackState,
    TransitionContext,
    apply_transition,
    check_transition,
    derive_case_state,
    refusal_reasons,
    residence_order_problems,
)
from talentdesk.errors import ValidationError

S, A = TrackState, TrackAction

# Satisfies every guard, so only the table decides.
COMPLETE = TransitionContext(
    category=Category.B, deficiencies=("photo",), reason_codes=("criminal_record",)
)
ALLOWED = {(source, t.action): t.target for t in TRANSITIONS for source in t.sources}


def test_the_table_is_the_flow_of_the_reference():
    withdrawable = (
        S.SUBMITTED,
        S.RETURNED,
        S.AWAITING_ACCEPTANCE,
        S.ACCEPTED,
        S.UNDER_REVIEW,
        S.CORRECTION_REQUESTED,
    )
    cancellable = (S.DRAFT, S.SUBMITTED, S.RETURNED, S.AWAITING_ACCEPTANCE)
    expected = {
        (S.DRAFT, A.SUBMIT): S.SUBMITTED,
        (S.RETURNED, A.SUBMIT): S.SUBMITTED,
        (S.SUBMITTED, A.RETURN): S.RETURNED,
        (S.SUBMITTED, A.PASS_PRE_REVIEW): S.AWAITING_ACCEPTANCE,
        (S.AWAITING_ACCEPTANCE, A.ACCEPT): S.ACCEPTED,
        (S.ACCEPTED, A.START_REVIEW): S.UNDER_REVIEW,
        (S.UNDER_REVIEW, A.REQUEST_CORRECTION): S.CORRECTION_REQUESTED,
        (S.CORRECTION_REQUESTED, A.RESUME): S.UNDER_REVIEW,
        (S.UNDER_REVIEW, A.APPROVE): S.APPROVED,
        (S.UNDER_REVIEW, A.REFUSE): S.REFUSED,
        (S.CORRECTION_REQUESTED, A.REFUSE): S.REFUSED,
        (S.APPROVED, A.ISSUE): S.ISSUED,
        (S.ISSUED, A.COLLECT): S.COLLECTED,
        **{(state, A.WITHDRAW): S.WITHDRAWN for state in withdrawable},
        **{(state, A.CANCEL): S.CANCELLED for state in cancellable},
    }
    assert expected == ALLOWED
    terminal = {S.REFUSED, S.COLLECTED, S.WITHDRAWN, S.CANCELLED}
    assert terminal == TERMINAL_STATES


@pytest.mark.parametrize(("state", "action"), sorted(ALLOWED))
def test_allowed_transitions(state: TrackState, action: TrackAction):
    assert check_transition(state, action, COMPLETE) == []
    assert apply_transition(state, action, COMPLETE) is ALLOWED[state, action]


REFUSED_PAIRS = [pair for pair in itertools.product(TrackState, TrackAction) if pair not in ALLOWED]


@pytest.mark.parametrize(("state", "action"), REFUSED_PAIRS)
def test_every_other_transition_is_refused(state: TrackState, action: TrackAction):
    [problem] = check_transition(state, action, COMPLETE)
    if state in TERMINAL_STATES:
        assert problem == Problem("track_closed", "", {"state": state, "action": action})
    else:
        assert problem.code == "transition_not_allowed"
        assert state not in problem.params["allowed_from"]
    with pytest.raises(ValidationError):
        apply_transition(state, action, COMPLETE)


def test_no_issue_without_an_approval_decision():
    for state in (S.UNDER_REVIEW, S.CORRECTION_REQUESTED, S.ACCEPTED):
        [problem] = check_transition(state, A.ISSUE)
        assert problem.params["allowed_from"] == [S.APPROVED]


MISSING = ("health_certificate", "non_criminal_record")


def _missing(items: tuple[str, ...], category: Category | None) -> list[Problem]:
    params = {"items": list(items), "category": category}
    return [Problem("mandatory_items_missing", "checklist", params)]


@pytest.mark.parametrize(
    ("context", "problems"),
    [
        (TransitionContext(category=Category.B), []),
        (TransitionContext(category=Category.A, missing_mandatory=MISSING), []),  # 容缺受理
        (TransitionContext(category=Category.B, missing_mandatory=MISSING), _missing(MISSING, "B")),
        (
            TransitionContext(category=Category.C, missing_mandatory=MISSING[:1]),
            _missing(MISSING[:1], Category.C),
        ),
        # Category not decided yet: no waiver.
        (TransitionContext(missing_mandatory=MISSING[:1]), _missing(MISSING[:1], None)),
    ],
)
def test_acceptance_needs_a_complete_checklist_except_for_a(
    context: TransitionContext, problems: list[Problem]
):
    assert check_transition(S.AWAITING_ACCEPTANCE, A.ACCEPT, context) == problems


@pytest.mark.parametrize(
    ("codes", "problems"),
    [
        (("criminal_record",), []),
        (("quota_exhausted", "other"), []),
        ((), [Problem("refusal_reason_required", "reason_codes")]),
        (
            ("criminal_record", "bad_hair_day"),
            [Problem("refusal_reason_unknown", "reason_codes", {"code": "bad_hair_day"})],
        ),
    ],
)
def test_refusal_needs_known_reason_codes(codes: tuple[str, ...], problems: list[Problem]):
    context = TransitionContext(reason_codes=codes)
    for state in (S.UNDER_REVIEW, S.CORRECTION_REQUESTED):
        assert check_transition(state, A.REFUSE, context) == problems


def test_return_must_list_the_deficiencies():
    assert check_transition(S.SUBMITTED, A.RETURN) == [
        Problem("deficiencies_required", "deficiencies")
    ]
    assert check_transition(S.SUBMITTED, A.RETURN, TransitionContext(deficiencies=("photo",))) == []


def test_apply_transition_reports_the_guard_problems():
    with pytest.raises(ValidationError) as caught:
        apply_transition(S.UNDER_REVIEW, A.REFUSE)
    assert caught.value.problems == [Problem("refusal_reason_required", "reason_codes")]


_APPROVAL_WAITS = "residence_approval_before_work_permit"
_ISSUE_WAITS = "residence_issue_before_work_permit"


@pytest.mark.parametrize(
    ("action", "work", "expected"),
    [
        *[(A.APPROVE, state, [_APPROVAL_WAITS]) for state in (
            S.DRAFT, S.SUBMITTED, S.ACCEPTED, S.UNDER_REVIEW, S.CORRECTION_REQUESTED, S.REFUSED,
            S.WITHDRAWN)],
        *[(A.APPROVE, state, []) for state in (S.APPROVED, S.ISSUED, S.COLLECTED)],
        (A.ISSUE, S.APPROVED, [_ISSUE_WAITS]),
        (A.ISSUE, S.UNDER_REVIEW, [_ISSUE_WAITS]),
        (A.ISSUE, S.ISSUED, []),
        (A.ISSUE, S.COLLECTED, []),
        # Reviews run in parallel (一窗受理): nothing else waits for the work permit.
        *[(action, S.SUBMITTED, []) for action in (
            A.SUBMIT, A.PASS_PRE_REVIEW, A.ACCEPT, A.START_REVIEW, A.REFUSE, A.COLLECT)],
        # No work-permit track in this case: the permit was granted in an earlier one.
        (A.APPROVE, None, []),
        (A.ISSUE, None, []),
    ],
)
def test_the_residence_permit_waits_for_the_work_permit(
    action: TrackAction, work: TrackState | None, expected: list[str]
):
    assert [p.code for p in residence_order_problems(action, work)] == expected


def test_refusal_reasons_have_both_labels_and_a_source():
    reasons = refusal_reasons()
    assert "criminal_record" in reasons
    for code, reason in reasons.items():
        assert reason.code == code
        assert reason.zh and reason.en and reason.source


@pytest.mark.parametrize(
    ("work", "residence", "case"),
    [
        (S.DRAFT, S.DRAFT, CaseState.DRAFT),
        (S.DRAFT, None, CaseState.DRAFT),
        (S.SUBMITTED, S.DRAFT, CaseState.IN_PROGRESS),
        (S.UNDER_REVIEW, S.ACCEPTED, CaseState.IN_PROGRESS),
        (S.APPROVED, S.UNDER_REVIEW, CaseState.IN_PROGRESS),
        (S.ISSUED, S.DRAFT, CaseState.IN_PROGRESS),  # Notice issued abroad, residence after entry
        (S.RETURNED, S.DRAFT, CaseState.AWAITING_APPLICANT),
        (S.UNDER_REVIEW, S.CORRECTION_REQUESTED, CaseState.AWAITING_APPLICANT),
        (S.ISSUED, S.APPROVED, CaseState.IN_PROGRESS),  # both documents are handed over together
        (S.ISSUED, S.ISSUED, CaseState.READY_FOR_COLLECTION),
        (S.COLLECTED, S.ISSUED, CaseState.READY_FOR_COLLECTION),
        (S.ISSUED, None, CaseState.READY_FOR_COLLECTION),
        (S.COLLECTED, S.COLLECTED, CaseState.COMPLETED),
        (S.COLLECTED, None, CaseState.COMPLETED),
        (S.REFUSED, S.UNDER_REVIEW, CaseState.REFUSED),
        (S.ISSUED, S.REFUSED, CaseState.REFUSED),
        (S.REFUSED, S.WITHDRAWN, CaseState.REFUSED),
        (S.WITHDRAWN, S.CANCELLED, CaseState.WITHDRAWN),
        (S.UNDER_REVIEW, S.WITHDRAWN, CaseState.WITHDRAWN),
        (S.CANCELLED, S.DRAFT, CaseState.CANCELLED),
    ],
)
def test_derive_case_state(work: TrackState, residence: TrackState | None, case: CaseState):
    assert derive_case_state(work, residence) is case
