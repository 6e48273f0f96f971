"""Which time limit a track's current stage runs against, and its deadline from the timeline."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from talentdesk.domain.deadlines import Pause, StageClock, due_date, stage_clock
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.time_limits import LimitKey, TimeLimits
from talentdesk.domain.tracks import TrackAction, TrackState
from talentdesk.domain.workcalendar import Deadline, WorkCalendar

_S = TrackState

# States in which the office owes the next step within a limit. Everything else waits for the
# applicant (draft, returned, corrections, collection), for an appointment (awaiting
# acceptance) or is finished, so no office deadline runs and none is stored.
CLOCK_RUNNING: frozenset[TrackState] = frozenset(
    {_S.SUBMITTED, _S.ACCEPTED, _S.UNDER_REVIEW, _S.APPROVED}
)
_REVIEW = frozenset({_S.ACCEPTED, _S.UNDER_REVIEW, _S.CORRECTION_REQUESTED})


@dataclasses.dataclass(frozen=True)
class Mark:
    """A timeline event as the clock sees it: what happened on which working day."""

    action: TrackAction
    on_date: date


@dataclasses.dataclass(frozen=True)
class TrackFacts:
    """What a track's deadline depends on.

    Attributes:
        submitted_on: the latest submission (a resubmission after a return restarts pre-review).
        marks: the track's transitions in timeline order.
    """

    track: Track
    state: TrackState
    business_type: BusinessType
    category: Category
    submitted_on: date | None
    accepted_on: date | None
    decided_on: date | None
    marks: tuple[Mark, ...] = ()


def review_limit(track: Track, business_type: BusinessType, category: Category) -> LimitKey:
    """The limit of the review stage: residence 15 days, work of 90 days or less 5, A 5, else 10."""
    if track is Track.RESIDENCE_PERMIT:
        return LimitKey.RESIDENCE_DECISION
    if business_type is BusinessType.SHORT_TERM:
        return LimitKey.DECISION_SHORT_TERM
    return LimitKey.REVIEW_A if category is Category.A else LimitKey.REVIEW_OTHER


def stage(facts: TrackFacts) -> tuple[LimitKey, date] | None:
    """The limit the current stage runs against and the day it started; None outside stages."""
    if facts.state is _S.SUBMITTED and facts.submitted_on is not None:
        return LimitKey.PRE_REVIEW, facts.submitted_on
    if facts.state in _REVIEW and facts.accepted_on is not None:
        key = review_limit(facts.track, facts.business_type, facts.category)
        return key, facts.accepted_on
    if facts.state is _S.APPROVED and facts.decided_on is not None:
        return LimitKey.CERTIFICATE_AFTER_DECISION, facts.decided_on
    return None


def correction_pauses(marks: Sequence[Mark], since: date) -> tuple[list[Pause], date | None]:
    """Closed correction pauses from ``since`` on, and the start of one still open (or None)."""
    pauses: list[Pause] = []
    open_since: date | None = None
    for mark in marks:
        if mark.on_date < since:
            continue
        if mark.action is TrackAction.REQUEST_CORRECTION:
            open_since = mark.on_date
        elif mark.action is TrackAction.RESUME and open_since is not None:
            pauses.append(Pause(open_since, mark.on_date))
            open_since = None
    return pauses, open_since


def track_deadline(
    facts: TrackFacts, limits: TimeLimits, calendar: WorkCalendar
) -> Deadline | None:
    """The due date to store for the track: None unless the office's clock is running."""
    current = stage(facts)
    if facts.state not in CLOCK_RUNNING or current is None:
        return None
    key, start = current
    pauses, _ = correction_pauses(facts.marks, start)
    return due_date(start, limits[key], calendar, pauses)


def decision_due(
    facts: TrackFacts, limits: TimeLimits, calendar: WorkCalendar, today: date
) -> Deadline | None:
    """The decision date promised at acceptance (on the receipt), moved by correction pauses.

    While corrections are awaited it is the date reached if they came back ``today``.
    """
    if facts.accepted_on is None:
        return None
    key = review_limit(facts.track, facts.business_type, facts.category)
    pauses, open_since = correction_pauses(facts.marks, facts.accepted_on)
    if open_since is not None:
        pauses.append(Pause(open_since, max(today, open_since)))
    return due_date(facts.accepted_on, limits[key], calendar, pauses)


def track_clock(
    facts: TrackFacts, limits: TimeLimits, calendar: WorkCalendar, today: date
) -> StageClock | None:
    """The current stage seen on ``today``, also while corrections are awaited (paused)."""
    current = stage(facts)
    if current is None:
        return None
    key, start = current
    pauses, open_since = correction_pauses(facts.marks, start)
    return stage_clock(
        start, limits[key], calendar, max(today, open_since or today),
        pauses=pauses, paused_since=open_since,
    )
