"""Track clock: which limit runs in which state, from which day, with correction pauses."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from talentdesk.domain.deadlines import ClockStatus, Pause
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.time_limits import LimitKey, load_time_limits
from talentdesk.domain.track_clock import (
    CLOCK_RUNNING,
    Mark,
    TrackFacts,
    correction_pauses,
    decision_due,
    review_limit,
    stage,
    track_clock,
    track_deadline,
)
from talentdesk.domain.tracks import TrackAction, TrackState
from talentdesk.domain.workcalendar import WorkCalendar

CAL = WorkCalendar()
LIMITS = load_time_limits("2017-guide")
S, A, K = TrackState, TrackAction, LimitKey
SUBMITTED, ACCEPTED, DECIDED = date(2026, 11, 2), date(2026, 11, 5), date(2026, 11, 20)
BASE = TrackFacts(Track.WORK_PERMIT, S.DRAFT, BusinessType.NEW_IN_CHINA, Category.B,
                  SUBMITTED, ACCEPTED, DECIDED)


@pytest.mark.parametrize(
    ("track", "business_type", "category", "key"),
    [
        (Track.WORK_PERMIT, BusinessType.NEW_IN_CHINA, Category.A, K.REVIEW_A),
        (Track.WORK_PERMIT, BusinessType.NEW_IN_CHINA, Category.C, K.REVIEW_OTHER),
        (Track.WORK_PERMIT, BusinessType.SHORT_TERM, Category.A, K.DECISION_SHORT_TERM),
        (Track.RESIDENCE_PERMIT, BusinessType.EXTENSION, Category.A, K.RESIDENCE_DECISION),
    ],
)
def test_review_limit(track, business_type, category, key):
    assert review_limit(track, business_type, category) is key


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (S.DRAFT, None),
        (S.SUBMITTED, (K.PRE_REVIEW, SUBMITTED)),
        (S.RETURNED, None),
        (S.AWAITING_ACCEPTANCE, None),
        (S.ACCEPTED, (K.REVIEW_OTHER, ACCEPTED)),
        (S.UNDER_REVIEW, (K.REVIEW_OTHER, ACCEPTED)),
        (S.CORRECTION_REQUESTED, (K.REVIEW_OTHER, ACCEPTED)),
        (S.APPROVED, (K.CERTIFICATE_AFTER_DECISION, DECIDED)),
        (S.REFUSED, None),
        (S.ISSUED, None),
        (S.COLLECTED, None),
        (S.WITHDRAWN, None),
        (S.CANCELLED, None),
    ],
)
def test_stage_by_state(state: TrackState, expected):
    facts = dataclasses.replace(BASE, state=state)
    assert stage(facts) == expected
    deadline = track_deadline(facts, LIMITS, CAL)
    assert (deadline is not None) == (state in CLOCK_RUNNING)


def test_correction_pauses_pair_requests_with_resumptions():
    marks = (
        Mark(A.SUBMIT, date(2026, 10, 1)), Mark(A.REQUEST_CORRECTION, date(2026, 10, 2)),
        Mark(A.RESUME, date(2026, 10, 3)),  # before the stage: ignored
        Mark(A.ACCEPT, ACCEPTED), Mark(A.REQUEST_CORRECTION, date(2026, 11, 10)),
        Mark(A.RESUME, date(2026, 11, 13)), Mark(A.REQUEST_CORRECTION, date(2026, 11, 18)),
    )
    assert correction_pauses(marks, ACCEPTED) == (
        [Pause(date(2026, 11, 10), date(2026, 11, 13))], date(2026, 11, 18))


def test_deadline_and_clock_with_a_pause():
    marks = (Mark(A.ACCEPT, ACCEPTED), Mark(A.REQUEST_CORRECTION, date(2026, 11, 10)),
             Mark(A.RESUME, date(2026, 11, 13)))
    facts = dataclasses.replace(BASE, state=S.UNDER_REVIEW, marks=marks)
    assert track_deadline(facts, LIMITS, CAL).due == date(2026, 11, 24)
    clock = track_clock(facts, LIMITS, CAL, date(2026, 11, 23))
    assert (clock.due, clock.working_days_left, clock.status) == (
        date(2026, 11, 24), 1, ClockStatus.AT_RISK)


def test_waiting_for_corrections_stores_no_deadline_but_shows_a_paused_clock():
    marks = (Mark(A.ACCEPT, ACCEPTED), Mark(A.REQUEST_CORRECTION, date(2026, 11, 10)))
    facts = dataclasses.replace(BASE, state=S.CORRECTION_REQUESTED, marks=marks)
    assert track_deadline(facts, LIMITS, CAL) is None
    clock = track_clock(facts, LIMITS, CAL, date(2026, 11, 12))
    assert (clock.due, clock.status) == (date(2026, 11, 23), ClockStatus.PAUSED)
    assert decision_due(facts, LIMITS, CAL, date(2026, 11, 12)).due == date(2026, 11, 23)


def test_the_promised_decision_date_stays_after_the_decision():
    facts = dataclasses.replace(BASE, state=S.COLLECTED, marks=(Mark(A.ACCEPT, ACCEPTED),))
    assert decision_due(facts, LIMITS, CAL, date(2027, 3, 1)).due == date(2026, 11, 19)
    assert decision_due(dataclasses.replace(facts, accepted_on=None), LIMITS, CAL,
                        date(2027, 3, 1)) is None
