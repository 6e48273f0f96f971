"""Working-day calendar: chinesecalendar's official schedules plus the admin's override table."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from enum import StrEnum

import chinese_calendar

_ONE_DAY = timedelta(days=1)


class DayKind(StrEnum):
    """What an override makes of a date."""

    HOLIDAY = "holiday"
    MAKEUP_WORKDAY = "makeup_workday"  # 调休上班: a weekend day worked in exchange for a holiday


@dataclasses.dataclass(frozen=True)
class DayOverride:
    """One row of the admin's table: the kind of day and the notice that made it so.

    Attributes:
        kind: holiday or make-up working day.
        notice: the notice that set it (e.g. "国办发明电〔2025〕7号"), so a disputed deadline
            can be traced to its source.
    """

    kind: DayKind
    notice: str


@dataclasses.dataclass(frozen=True)
class CalendarOverrides:
    """The admin-edited table that corrects or extends the base library.

    Attributes:
        days: date -> override; an override wins over the base library for that date.
        complete_years: years whose every holiday and make-up day has been entered, so the
            weekend rule may fill the remaining days without the result being provisional.
    """

    days: Mapping[date, DayOverride] = dataclasses.field(default_factory=dict)
    complete_years: frozenset[int] = frozenset()


@dataclasses.dataclass(frozen=True)
class Deadline:
    """A computed date; provisional when it rests on days no schedule covers yet."""

    due: date
    provisional: bool


@dataclasses.dataclass(frozen=True)
class DayCount:
    """A signed number of days; provisional when some of them were guessed."""

    days: int
    provisional: bool


@functools.lru_cache(maxsize=8192)
def _base_is_workday(day: date) -> bool | None:
    """chinesecalendar's answer, or None for a year it has no schedule for."""
    # chinese_calendar re-scans its whole table on every call (~40 µs); deadline walks ask a lot.
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return None


def _dates(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += _ONE_DAY


@dataclasses.dataclass(frozen=True)
class WorkCalendar:
    """Answers working-day questions the way administrative-licensing time limits count them.

    Working days exclude weekends and statutory holidays and include make-up weekend days
    (Administrative Licensing Law; reference §7).
    """

    overrides: CalendarOverrides = dataclasses.field(default_factory=CalendarOverrides)

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day; a weekend-rule guess when ``is_provisional(day)``."""
        override = self.overrides.days.get(day)
        if override is not None:
            return override.kind is DayKind.MAKEUP_WORKDAY
        base = _base_is_workday(day)
        return day.weekday() < 5 if base is None else base

    def is_provisional(self, day: date) -> bool:
        """Whether ``day`` is a guess: no base schedule, no override, year not declared complete."""
        return (
            day not in self.overrides.days
            and day.year not in self.overrides.complete_years
            and _base_is_workday(day) is None
        )

    def add_working_days(self, start: date, n: int, *, count_start: bool = False) -> Deadline:
        """The day on which the ``n``-th working day is reached.

        Args:
            start: the day the period starts (submission, acceptance, ...).
            n: working days to count, ``>= 0``; 0 gives ``start`` itself.
            count_start: count ``start`` itself when it is a working day. Statutory periods
                do not (the day of submission is not counted), hence the default.

        Raises:
            ValueError: ``n`` is negative.
        """
        if n < 0:
            raise ValueError(f"cannot add {n} working days")
        day = start
        counted = int(count_start and self.is_working_day(start))
        provisional = count_start and self.is_provisional(start)
        while counted < n:
            day += _ONE_DAY
            counted += self.is_working_day(day)
            provisional = provisional or self.is_provisional(day)
        return Deadline(day, provisional)

    def working_days_between(self, a: date, b: date) -> DayCount:
        """Working days stepped onto going from ``a`` to ``b``: after ``a``, up to ``b`` included.

        Negative when ``b`` is before ``a`` (then ``b`` counts and ``a`` does not), so
        ``working_days_between(s, add_working_days(s, n).due).days == n`` and a deadline that has
        passed gives a negative count from its first day on.
        """
        sign, first, last = (1, a + _ONE_DAY, b) if a <= b else (-1, b, a - _ONE_DAY)
        days = list(_dates(first, last))
        return DayCount(
            sign * sum(map(self.is_working_day, days)), any(map(self.is_provisional, days))
        )
