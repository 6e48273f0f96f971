"""Working-day calendar against the State Council's 2025 and 2026 schedules, and beyond them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from talentdesk.domain.workcalendar import (
    CalendarOverrides,
    DayCount,
    DayKind,
    DayOverride,
    Deadline,
    WorkCalendar,
)

CAL = WorkCalendar()


def _span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


# 国办发明电〔2024〕12号 (2025) and 国办发明电〔2025〕7号 (2026), as in chinesecalendar 1.11.0.
HOLIDAYS = [
    date(2025, 1, 1),
    *_span(date(2025, 1, 28), date(2025, 2, 4)),  # Spring Festival
    *_span(date(2025, 4, 4), date(2025, 4, 6)),  # Qingming
    *_span(date(2025, 5, 1), date(2025, 5, 5)),  # Labour Day
    *_span(date(2025, 5, 31), date(2025, 6, 2)),  # Dragon Boat
    *_span(date(2025, 10, 1), date(2025, 10, 8)),  # National Day + Mid-Autumn
    *_span(date(2026, 1, 1), date(2026, 1, 3)),
    *_span(date(2026, 2, 15), date(2026, 2, 23)),
    *_span(date(2026, 4, 4), date(2026, 4, 6)),
    *_span(date(2026, 5, 1), date(2026, 5, 5)),
    *_span(date(2026, 6, 19), date(2026, 6, 21)),
    *_span(date(2026, 9, 25), date(2026, 9, 27)),
    *_span(date(2026, 10, 1), date(2026, 10, 7)),
]
MAKEUP_WORKDAYS = [
    date(2025, 1, 26),
    date(2025, 2, 8),
    date(2025, 4, 27),
    date(2025, 9, 28),
    date(2025, 10, 11),
    date(2026, 1, 4),
    date(2026, 2, 14),
    date(2026, 2, 28),
    date(2026, 5, 9),
    date(2026, 9, 20),
    date(2026, 10, 10),
]
ORDINARY = [
    (date(2025, 3, 3), True),  # Monday
    (date(2025, 3, 8), False),  # Saturday
    (date(2025, 10, 9), True),  # first day back after National Day
    (date(2026, 2, 13), True),  # Friday before the Spring Festival make-up Saturday
    (date(2026, 10, 8), True),
]


@pytest.mark.parametrize("day", HOLIDAYS, ids=str)
def test_holidays_are_not_working_days(day: date):
    assert not CAL.is_working_day(day)
    assert not CAL.is_provisional(day)


@pytest.mark.parametrize("day", MAKEUP_WORKDAYS, ids=str)
def test_makeup_weekend_days_are_working_days(day: date):
    assert day.weekday() >= 5
    assert CAL.is_working_day(day)


@pytest.mark.parametrize(("day", "working"), ORDINARY, ids=str)
def test_ordinary_days_follow_the_week(day: date, working: bool):
    assert CAL.is_working_day(day) is working


@pytest.mark.parametrize(
    ("start", "n", "count_start", "due"),
    [
        (date(2025, 3, 3), 5, False, date(2025, 3, 10)),  # Monday: start not counted
        (date(2025, 3, 3), 5, True, date(2025, 3, 7)),
        (date(2025, 3, 8), 1, True, date(2025, 3, 10)),  # a Saturday start counts for nothing
        (date(2025, 3, 3), 0, False, date(2025, 3, 3)),
        (date(2025, 1, 24), 1, False, date(2025, 1, 26)),  # Sunday make-up day counts
        (date(2025, 1, 27), 1, False, date(2025, 2, 5)),  # across the Spring Festival
        (date(2025, 9, 30), 1, False, date(2025, 10, 9)),  # across National Day
        (date(2025, 10, 9), 2, False, date(2025, 10, 11)),  # Saturday make-up day
        (date(2025, 12, 30), 3, False, date(2026, 1, 5)),  # year end: 31 Dec, 4 Jan, 5 Jan
        (date(2026, 9, 28), 5, False, date(2026, 10, 10)),  # reference §7, find_workday(5, ...)
        (date(2026, 2, 13), 2, False, date(2026, 2, 24)),  # 14 Feb make-up, then 9 days off
    ],
)
def test_add_working_days(start: date, n: int, count_start: bool, due: date):
    assert CAL.add_working_days(start, n, count_start=count_start) == Deadline(due, False)


def test_add_working_days_refuses_negative_counts():
    with pytest.raises(ValueError, match="-1"):
        CAL.add_working_days(date(2025, 3, 3), -1)


@pytest.mark.parametrize(
    ("a", "b", "days"),
    [
        (date(2025, 3, 3), date(2025, 3, 3), 0),
        (date(2025, 3, 3), date(2025, 3, 10), 5),
        (date(2025, 3, 10), date(2025, 3, 3), -5),
        (date(2025, 3, 7), date(2025, 3, 8), 0),  # Friday to Saturday
        (date(2025, 3, 8), date(2025, 3, 7), -1),  # a Friday deadline is overdue on Saturday
        (date(2025, 1, 27), date(2025, 2, 5), 1),
        (date(2025, 9, 27), date(2025, 10, 12), 6),  # 28-30 Sep, 9-11 Oct
        (date(2025, 12, 1), date(2026, 1, 31), 43),  # as chinese_calendar.get_workdays counts
    ],
)
def test_working_days_between(a: date, b: date, days: int):
    assert CAL.working_days_between(a, b) == DayCount(days, False)


def test_working_days_between_inverts_add_working_days():
    start = date(2025, 9, 26)
    for n in range(40):
        assert CAL.working_days_between(start, CAL.add_working_days(start, n).due).days == n


def test_uncovered_year_is_provisional():
    assert CAL.is_provisional(date(2027, 3, 1))
    assert CAL.is_working_day(date(2027, 3, 1))  # only a weekend-rule guess
    assert CAL.add_working_days(date(2026, 12, 28), 5).provisional
    assert CAL.working_days_between(date(2026, 12, 1), date(2027, 1, 4)).provisional
    assert not CAL.add_working_days(date(2026, 12, 28), 3).provisional  # stops on 31 Dec


def test_years_before_the_base_library_are_provisional():
    assert CAL.is_provisional(date(2003, 6, 2))


NOTICE_2027 = "国办发明电〔2026〕X号 (entered by the admin)"
OVERRIDES_2027 = {
    date(2027, 1, 1): DayOverride(DayKind.HOLIDAY, NOTICE_2027),
    date(2027, 2, 6): DayOverride(DayKind.MAKEUP_WORKDAY, NOTICE_2027),  # a Saturday
    date(2027, 2, 8): DayOverride(DayKind.HOLIDAY, NOTICE_2027),
}


def test_overrides_decide_their_day_even_in_an_uncovered_year():
    cal = WorkCalendar(CalendarOverrides(OVERRIDES_2027))
    assert not cal.is_working_day(date(2027, 1, 1))
    assert cal.is_working_day(date(2027, 2, 6))
    assert not cal.is_provisional(date(2027, 2, 8))
    assert cal.is_provisional(date(2027, 2, 9))  # the rest of the year is still a guess


def test_a_year_declared_complete_is_not_provisional():
    cal = WorkCalendar(CalendarOverrides(OVERRIDES_2027, complete_years=frozenset({2027})))
    # 31 Dec 2026, then 1 Jan holiday, 4 Jan Monday ... 8 Jan, then the make-up Saturday 6 Feb.
    assert cal.add_working_days(date(2026, 12, 30), 6) == Deadline(date(2027, 1, 8), False)
    assert cal.working_days_between(date(2027, 2, 5), date(2027, 2, 9)) == DayCount(2, False)


def test_overrides_win_over_the_base_library():
    # A later notice can change a published schedule; the admin's entry must take effect.
    cal = WorkCalendar(
        CalendarOverrides(
            {
                date(2025, 3, 3): DayOverride(DayKind.HOLIDAY, "local order"),
                date(2025, 10, 8): DayOverride(DayKind.MAKEUP_WORKDAY, "local order"),
            }
        )
    )
    assert not cal.is_working_day(date(2025, 3, 3))
    assert cal.is_working_day(date(2025, 10, 8))
