"""State machine of a permit track (work or residence permit); the case state derived from both."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Callable, Mapping
from enum import StrEnum
from importlib import resources
from types import MappingProxyType

from talentdesk.domain.enums import Category
from talentdesk.domain.problems import Problem
from talentdesk.errors import ValidationError


class TrackState(StrEnum):
    """Where one permit's application stands (reference §3.1, §9)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"  # in pre-review
    RETURNED = "returned"  # pre-review failed: one-time notice of all deficiencies
    AWAITING_ACCEPTANCE = "awaiting_acceptance"  # pre-review passed
    ACCEPTED = "accepted"
    UNDER_REVIEW = "under_review"
    CORRECTION_REQUESTED = "correction_requested"  # review clock paused
    APPROVED = "approved"
    REFUSED = "refused"
    ISSUED = "issued"
    COLLECTED = "collected"
    WITHDRAWN = "withdrawn"  # the applicant withdrew
    CANCELLED = "cancelled"  # the desk closed a case that never reached review


class TrackAction(StrEnum):
    """What a clerk (or the authority's answer) does to a track."""

    SUBMIT = "submit"
    RETURN = "return"
    PASS_PRE_REVIEW = "pass_pre_review"
    ACCEPT = "accept"
    START_REVIEW = "start_review"
    REQUEST_CORRECTION = "request_correction"
    RESUME = "resume"
    APPROVE = "approve"
    REFUSE = "refuse"
    ISSUE = "issue"
    COLLECT = "collect"
    WITHDRAW = "withdraw"
    CANCEL = "cancel"


class CaseState(StrEnum):
    """A case's overall state, always derived from its tracks and never stored."""

    DRAFT = "draft"
    IN_PROGRESS = "in_progress"
    AWAITING_APPLICANT = "awaiting_applicant"
    READY_FOR_COLLECTION = "ready_for_collection"
    COMPLETED = "completed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"
    CANCELLED = "cancelled"


@dataclasses.dataclass(frozen=True)
class Transition:
    """An action, the states it may be taken from, and the state it leads to."""

    action: TrackAction
    sources: frozenset[TrackState]
    target: TrackState


_S = TrackState
_BEFORE_ACCEPTANCE = frozenset({_S.SUBMITTED, _S.RETURNED, _S.AWAITING_ACCEPTANCE})
_IN_REVIEW = frozenset({_S.UNDER_REVIEW, _S.CORRECTION_REQUESTED})

TRANSITIONS: tuple[Transition, ...] = (
    Transition(TrackAction.SUBMIT, frozenset({_S.DRAFT, _S.RETURNED}), _S.SUBMITTED),
    Transition(TrackAction.RETURN, frozenset({_S.SUBMITTED}), _S.RETURNED),
    Transition(TrackAction.PASS_PRE_REVIEW, frozenset({_S.SUBMITTED}), _S.AWAITING_ACCEPTANCE),
    Transition(TrackAction.ACCEPT, frozenset({_S.AWAITING_ACCEPTANCE}), _S.ACCEPTED),
    Transition(TrackAction.START_REVIEW, frozenset({_S.ACCEPTED}), _S.UNDER_REVIEW),
    Transition(
        TrackAction.REQUEST_CORRECTION, frozenset({_S.UNDER_REVIEW}), _S.CORRECTION_REQUESTED
    ),
    Transition(TrackAction.RESUME, frozenset({_S.CORRECTION_REQUESTED}), _S.UNDER_REVIEW),
    Transition(TrackAction.APPROVE, frozenset({_S.UNDER_REVIEW}), _S.APPROVED),
    # Corrections never supplied end in refusal, so refusing does not wait for them.
    Transition(TrackAction.REFUSE, _IN_REVIEW, _S.REFUSED),
    Transition(TrackAction.ISSUE, frozenset({_S.APPROVED}), _S.ISSUED),
    Transition(TrackAction.COLLECT, frozenset({_S.ISSUED}), _S.COLLECTED),
    Transition(TrackAction.WITHDRAW, _BEFORE_ACCEPTANCE | {_S.ACCEPTED} | _IN_REVIEW, _S.WITHDRAWN),
    # Once accepted, only a decision or the applicant's withdrawal may end an application.
    Transition(TrackAction.CANCEL, _BEFORE_ACCEPTANCE | {_S.DRAFT}, _S.CANCELLED),
)
_BY_ACTION: Mapping[TrackAction, Transition] = {t.action: t for t in TRANSITIONS}

TERMINAL_STATES: frozenset[TrackState] = frozenset(TrackState) - {
    source for t in TRANSITIONS for source in t.sources
}


@dataclasses.dataclass(frozen=True)
class TransitionContext:
    """What the guards need to know about the case.

    Attributes:
        category: the case's category; A may be accepted with items missing (容缺受理).
        missing_mandatory: mandatory checklist items not yet received.
        deficiencies: everything the pre-review found wrong, notified at once when returning.
        reason_codes: refusal reason codes (see ``refusal_reasons()``).
    """

    category: Category | None = None
    missing_mandatory: tuple[str, ...] = ()
    deficiencies: tuple[str, ...] = ()
    reason_codes: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class RefusalReason:
    """A structured refusal reason with its labels and legal basis."""

    code: str
    zh: str
    en: str
    source: str


@functools.cache
def refusal_reasons() -> Mapping[str, RefusalReason]:
    """Refusal reasons by code, from ``data/refusal_reasons.json``."""
    path = resources.files("talentdesk.domain").joinpath("data", "refusal_reasons.json")
    raw = json.loads(path.read_text("utf-8"))["reasons"]
    return MappingProxyType({r["code"]: RefusalReason(**r) for r in raw})


def _all_deficiencies_notified(context: TransitionContext) -> list[Problem]:
    # The one-time notice must list every deficiency; a return that lists none helps nobody.
    if context.deficiencies:
        return []
    return [Problem("deficiencies_required", "deficiencies")]


def _checklist_complete(context: TransitionContext) -> list[Problem]:
    if not context.missing_mandatory or context.category is Category.A:
        return []
    return [
        Problem(
            "mandatory_items_missing",
            "checklist",
            {"items": list(context.missing_mandatory), "category": context.category},
        )
    ]


def _reasons_given(context: TransitionContext) -> list[Problem]:
    if not context.reason_codes:
        return [Problem("refusal_reason_required", "reason_codes")]
    known = refusal_reasons()
    return [
        Problem("refusal_reason_unknown", "reason_codes", {"code": code})
        for code in context.reason_codes
        if code not in known
    ]


_GUARDS: Mapping[TrackAction, Callable[[TransitionContext], list[Problem]]] = {
    TrackAction.RETURN: _all_deficiencies_notified,
    TrackAction.ACCEPT: _checklist_complete,
    TrackAction.REFUSE: _reasons_given,
}


def check_transition(
    state: TrackState, action: TrackAction, context: TransitionContext | None = None
) -> list[Problem]:
    """Why ``action`` may not be taken from ``state``; empty when it may."""
    if state in TERMINAL_STATES:
        return [Problem("track_closed", "", {"state": state, "action": action})]
    transition = _BY_ACTION[action]
    if state not in transition.sources:
        params = {"state": state, "action": action, "allowed_from": sorted(transition.sources)}
        return [Problem("transition_not_allowed", "", params)]
    guard = _GUARDS.get(action)
    return guard(context or TransitionContext()) if guard else []


# Regulation on Entry and Exit of Foreigners art. 16: the work-type residence permit is granted
# on the strength of the work permit. The window reviews both in parallel (一窗受理), but the
# residence permit may be approved only once the work permit is, and handed out only with or
# after it (同时取证): the work-permit card is issued first in the same sitting.
_WORK_PERMIT_APPROVED = frozenset({_S.APPROVED, _S.ISSUED, _S.COLLECTED})
_WORK_PERMIT_ISSUED = frozenset({_S.ISSUED, _S.COLLECTED})


def residence_order_problems(
    action: TrackAction, work_permit_state: TrackState | None
) -> list[Problem]:
    """Why the residence-permit track may not take ``action`` yet, given the work-permit track.

    ``work_permit_state`` is None when the case has no work-permit track (the work permit was
    granted in an earlier case), so nothing here waits for it.
    """
    if work_permit_state is None:
        return []
    params = {"state": work_permit_state}
    if action is TrackAction.APPROVE and work_permit_state not in _WORK_PERMIT_APPROVED:
        return [Problem("residence_approval_before_work_permit", "", params)]
    if action is TrackAction.ISSUE and work_permit_state not in _WORK_PERMIT_ISSUED:
        return [Problem("residence_issue_before_work_permit", "", params)]
    return []


def apply_transition(
    state: TrackState, action: TrackAction, context: TransitionContext | None = None
) -> TrackState:
    """The state ``action`` leads to from ``state``.

    Raises:
        ValidationError: ``check_transition`` found problems.
    """
    problems = check_transition(state, action, context)
    if problems:
        raise ValidationError(problems)
    return _BY_ACTION[action].target


def derive_case_state(work_state: TrackState, residence_state: TrackState | None) -> CaseState:
    """The case's overall state from its tracks.

    Args:
        work_state: the work-permit track.
        residence_state: the residence-permit track; None for cases without one (work of 90
            days or less).
    """
    states = {work_state} if residence_state is None else {work_state, residence_state}
    # Working needs both permits, so one track ending badly ends the whole case.
    for closed, case_state in (
        (_S.REFUSED, CaseState.REFUSED),
        (_S.WITHDRAWN, CaseState.WITHDRAWN),
        (_S.CANCELLED, CaseState.CANCELLED),
    ):
        if closed in states:
            return case_state
    if states == {_S.COLLECTED}:
        return CaseState.COMPLETED
    if states & {_S.RETURNED, _S.CORRECTION_REQUESTED}:
        return CaseState.AWAITING_APPLICANT
    # Both documents are handed over together (一窗受理、同时取证).
    if states <= {_S.ISSUED, _S.COLLECTED}:
        return CaseState.READY_FOR_COLLECTION
    if states == {_S.DRAFT}:
        return CaseState.DRAFT
    return CaseState.IN_PROGRESS
