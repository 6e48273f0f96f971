"""Deadlines: submission day not counted, correction pauses, year ends, days left and risk."""

from __future__ import annotations

from datetime import date

import pytest

from talentdesk.domain.deadlines import (
    ClockStatus,
    Pause,
    StageClock,
    add_period,
    due_date,
    stage_clock,
    working_days_left,
)
from talentdesk.domain.time_limits import (
    LimitKey,
    LimitUnit,
    TimeLimit,
    load_time_limits,
    time_limits_in_force,
)
from talentdesk.domain.workcalendar import DayCount, Deadline, WorkCalendar
from talentdesk.errors import NotFoundError

CAL = WorkCalendar()
LIMITS = load_time_limits("2017-guide")
K = LimitKey


def test_every_limit_has_a_source_and_the_reference_values():
    values = {key: (lim.amount, lim.unit, lim.extension) for key, lim in LIMITS.limits.items()}
    wd, days, months = LimitUnit.WORKING_DAYS, LimitUnit.DAYS, LimitUnit.MONTHS
    assert values == {
        K.PRE_REVIEW: (5, wd, 0),
        K.REVIEW_A: (5, wd, 0),
        K.REVIEW_OTHER: (10, wd, 0),
        K.DECISION_STATUTORY: (20, wd, 10),
        K.DECISION_SHORT_TERM: (5, wd, 0),
        K.DECISION_JOINT: (45, wd, 15),
        K.RESIDENCE_DECISION: (15, days, 0),
        K.CERTIFICATE_AFTER_DECISION: (10, wd, 0),
        K.EXTENSION_OPENS: (90, days, 0),
        K.EXTENSION_CLOSES: (30, days, 0),
        K.CHANGE_FILING: (10, days, 0),
        K.CANCELLATION_FILING: (10, days, 0),
        K.NOTICE_VALIDITY: (6, months, 0),
        K.CARD_AFTER_ENTRY: (15, days, 0),
        K.RESIDENCE_AFTER_ENTRY: (30, days, 0),
        K.RESIDENCE_VALIDITY_MIN: (90, days, 0),
        K.RESIDENCE_VALIDITY_MAX: (60, months, 0),
    }
    assert all(limit.source for limit in LIMITS.limits.values())


def test_versions_are_found_by_id_and_by_date():
    assert time_limits_in_force(date(2026, 1, 1)) == LIMITS
    with pytest.raises(NotFoundError):
        load_time_limits("no-such-version")
    with pytest.raises(NotFoundError):
        time_limits_in_force(date(2016, 12, 31))


@pytest.mark.parametrize(
    ("key", "start", "due"),
    [
        # Pre-review: submitted Monday, day of submission not counted.
        (K.PRE_REVIEW, date(2025, 3, 3), date(2025, 3, 10)),
        # Submitted Friday before the Spring Festival: Sunday 26 Jan make-up day, 27 Jan, 5-7 Feb.
        (K.PRE_REVIEW, date(2025, 1, 24), date(2025, 2, 7)),
        (K.REVIEW_A, date(2025, 9, 29), date(2025, 10, 13)),  # 30 Sep, 9-11 Oct (Sat), 13 Oct
        (K.REVIEW_OTHER, date(2025, 3, 3), date(2025, 3, 17)),
        # Year end: 16-31 Dec is 12 days, Sunday 4 Jan 2026 is a make-up day, then 5-13 Jan.
        (K.DECISION_STATUTORY, date(2025, 12, 15), date(2026, 1, 13)),
        (K.DECISION_SHORT_TERM, date(2026, 2, 12), date(2026, 2, 26)),
        (K.RESIDENCE_DECISION, date(2025, 9, 26), date(2025, 10, 11)),  # calendar days
        (K.CARD_AFTER_ENTRY, date(2025, 12, 20), date(2026, 1, 4)),
        (K.RESIDENCE_AFTER_ENTRY, date(2025, 12, 20), date(2026, 1, 19)),
        (K.NOTICE_VALIDITY, date(2025, 8, 31), date(2026, 2, 28)),  # no 31 Feb: month end
        (K.NOTICE_VALIDITY, date(2023, 8, 31), date(2024, 2, 29)),
    ],
)
def test_due_date(key: LimitKey, start: date, due: date):
    assert due_date(start, LIMITS[key], CAL) == Deadline(due, False)


def test_extension_adds_the_extra_working_days():
    limit = LIMITS[K.DECISION_STATUTORY]
    # 14-16 Jan, 19-23 Jan, 26-27 Jan: ten more working days after 13 Jan 2026.
    assert due_date(date(2025, 12, 15), limit, CAL, extended=True).due == date(2026, 1, 27)


REVIEW = LIMITS[K.REVIEW_OTHER]
ACCEPTED = date(2025, 3, 3)  # Monday; without pauses due Monday 17 Mar


def _march(requested: int, resumed: int) -> Pause:
    return Pause(date(2025, 3, requested), date(2025, 3, resumed))


@pytest.mark.parametrize(
    ("pauses", "due"),
    [
        ((), date(2025, 3, 17)),
        # 4-5 Mar used (2), paused 6-10 Mar, 8 left from 11 Mar.
        ((_march(5, 10),), date(2025, 3, 20)),
        # Paused and resumed the same day: nothing lost.
        ((_march(5, 5),), date(2025, 3, 17)),
        # Two pauses of 3 working days each (6-10 Mar, 13-17 Mar), given out of order.
        ((_march(12, 17), _march(5, 10)), date(2025, 3, 25)),
        # Overlapping pauses count once.
        ((_march(5, 10), _march(7, 10)), date(2025, 3, 20)),
        # A pause that began before acceptance only delays the start.
        ((Pause(date(2025, 2, 28), date(2025, 3, 4)),), date(2025, 3, 18)),
        # Entirely before acceptance, or after the due date: no effect.
        ((Pause(date(2025, 2, 20), date(2025, 2, 27)),), date(2025, 3, 17)),
        ((_march(17, 31),), date(2025, 3, 17)),
    ],
)
def test_pauses_do_not_count(pauses: tuple[Pause, ...], due: date):
    assert due_date(ACCEPTED, REVIEW, CAL, pauses).due == due


def test_pause_across_the_year_end_and_the_new_year_holiday():
    # Accepted Mon 22 Dec 2025: 23-24 Dec used (2), paused until Mon 5 Jan 2026, 8 left:
    # 6-9 Jan, 12-15 Jan.
    pause = Pause(date(2025, 12, 24), date(2026, 1, 5))
    assert due_date(date(2025, 12, 22), REVIEW, CAL, [pause]).due == date(2026, 1, 15)


def test_calendar_day_limits_pause_too():
    pause = Pause(date(2025, 9, 30), date(2025, 10, 5))  # 5 calendar days stopped
    assert due_date(date(2025, 9, 26), LIMITS[K.RESIDENCE_DECISION], CAL, [pause]).due == date(
        2025, 10, 16
    )


def test_month_limits_cannot_pause():
    pause = Pause(date(2025, 9, 1), date(2025, 9, 2))
    with pytest.raises(ValueError, match="months"):
        due_date(date(2025, 8, 1), LIMITS[K.NOTICE_VALIDITY], CAL, [pause])


def test_pause_cannot_end_before_it_starts():
    with pytest.raises(ValueError, match="before"):
        Pause(date(2025, 3, 5), date(2025, 3, 4))


def test_a_deadline_past_the_covered_years_is_provisional():
    deadline = due_date(date(2026, 12, 15), LIMITS[K.DECISION_STATUTORY], CAL)
    assert deadline.provisional
    assert not due_date(date(2026, 12, 1), LIMITS[K.PRE_REVIEW], CAL).provisional


@pytest.mark.parametrize(
    ("start", "amount", "unit", "end"),
    [
        (date(2025, 1, 31), 1, LimitUnit.MONTHS, date(2025, 2, 28)),
        (date(2025, 3, 31), -1, LimitUnit.MONTHS, date(2025, 2, 28)),
        (date(2025, 11, 30), 3, LimitUnit.MONTHS, date(2026, 2, 28)),
        (date(2025, 3, 1), 60, LimitUnit.MONTHS, date(2030, 3, 1)),
        (date(2025, 3, 1), -90, LimitUnit.DAYS, date(2024, 12, 1)),
    ],
)
def test_add_period(start: date, amount: int, unit: LimitUnit, end: date):
    assert add_period(start, amount, unit) == end


def test_add_period_needs_a_calendar_for_working_days():
    with pytest.raises(ValueError, match="WorkCalendar"):
        add_period(date(2025, 3, 3), 5, LimitUnit.WORKING_DAYS)


@pytest.mark.parametrize(
    ("today", "left"),
    [
        (date(2025, 3, 10), 5),
        (date(2025, 3, 17), 0),  # the due day itself
        (date(2025, 3, 18), -1),
        (date(2025, 3, 22), -5),  # the Saturday after: 17-21 Mar have passed
    ],
)
def test_working_days_left(today: date, left: int):
    deadline = Deadline(date(2025, 3, 17), provisional=False)
    assert working_days_left(deadline, today, CAL) == DayCount(left, False)


@pytest.mark.parametrize(
    ("today", "at_risk_days", "expected"),
    [
        (date(2025, 3, 3), 2, StageClock(date(2025, 3, 17), 10, ClockStatus.ON_TRACK, False)),
        (date(2025, 3, 12), 2, StageClock(date(2025, 3, 17), 3, ClockStatus.ON_TRACK, False)),
        (date(2025, 3, 12), 3, StageClock(date(2025, 3, 17), 3, ClockStatus.AT_RISK, False)),
        (date(2025, 3, 13), 2, StageClock(date(2025, 3, 17), 2, ClockStatus.AT_RISK, False)),
        (date(2025, 3, 17), 2, StageClock(date(2025, 3, 17), 0, ClockStatus.AT_RISK, False)),
        (date(2025, 3, 19), 2, StageClock(date(2025, 3, 17), -2, ClockStatus.OVERDUE, False)),
    ],
)
def test_stage_clock(today: date, at_risk_days: int, expected: StageClock):
    assert stage_clock(ACCEPTED, REVIEW, CAL, today, at_risk_days=at_risk_days) == expected


def test_stage_clock_while_paused_keeps_the_days_left():
    # 4-5 Mar used, corrections awaited since 5 Mar: 8 working days stay left however long it takes.
    for today in (date(2025, 3, 7), date(2025, 3, 20), date(2025, 4, 30)):
        clock = stage_clock(ACCEPTED, REVIEW, CAL, today, paused_since=date(2025, 3, 5))
        assert (clock.status, clock.working_days_left) == (ClockStatus.PAUSED, 8)
    resumed = stage_clock(ACCEPTED, REVIEW, CAL, date(2025, 3, 11), pauses=[_march(5, 10)])
    assert resumed == StageClock(date(2025, 3, 20), 7, ClockStatus.ON_TRACK, False)


def test_stage_clock_is_provisional_past_the_covered_years():
    limit = TimeLimit(amount=5, unit=LimitUnit.WORKING_DAYS, source="test")
    clock = stage_clock(date(2026, 12, 28), limit, CAL, date(2026, 12, 28))
    assert clock.provisional
