"""Deadline arithmetic for track stages: due dates with correction pauses, days left, risk."""

from __future__ import annotations

import calendar as _months  # `calendar` names the WorkCalendar parameters below
import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from enum import StrEnum

from talentdesk.domain.time_limits import LimitUnit, TimeLimit
from talentdesk.domain.workcalendar import DayCount, Deadline, WorkCalendar

AT_RISK_WORKING_DAYS = 2


class ClockStatus(StrEnum):
    """Where a stage stands against its limit."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OVERDUE = "overdue"
    PAUSED = "paused"  # waiting for the applicant's corrections


@dataclasses.dataclass(frozen=True)
class Pause:
    """A correction pause: requested on ``start``, materials back on ``end``.

    The request day still counts and the return day does not, like the day of submission;
    so the days after ``start`` up to and including ``end`` are not counted.
    """

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"pause ends {self.end} before it starts {self.start}")


@dataclasses.dataclass(frozen=True)
class StageClock:
    """A stage's limit seen on one day.

    Attributes:
        due: the last day of the limit.
        working_days_left: 0 on the due day, negative once it has passed.
        status: on track, at risk, overdue or paused.
        provisional: the due date or the count rests on days no schedule covers yet.
    """

    due: date
    working_days_left: int
    status: ClockStatus
    provisional: bool


def add_period(start: date, amount: int, unit: LimitUnit) -> date:
    """``start`` moved by calendar days or months (negative moves back); no calendar needed.

    A month period ends on the same day of the month, or the month's last day when there is
    none (Civil Code art. 202: 31 Aug + 6 months = 28/29 Feb).

    Raises:
        ValueError: ``unit`` is working days, which need a ``WorkCalendar``.
    """
    if unit is LimitUnit.DAYS:
        return start + timedelta(days=amount)
    if unit is LimitUnit.MONTHS:
        year, month0 = divmod(start.year * 12 + start.month - 1 + amount, 12)
        day = min(start.day, _months.monthrange(year, month0 + 1)[1])
        return date(year, month0 + 1, day)
    raise ValueError("working days need a WorkCalendar: use due_date()")


def due_date(
    start: date,
    limit: TimeLimit,
    calendar: WorkCalendar,
    pauses: Sequence[Pause] = (),
    *,
    extended: bool = False,
) -> Deadline:
    """The last day of ``limit`` counted from ``start`` (not counted itself), skipping pauses.

    Args:
        start: the day the stage began (submission, acceptance, entry ...).
        limit: the limit from the case's time-limit version.
        calendar: the working-day calendar.
        pauses: closed correction pauses; ones before ``start`` are ignored, overlaps merge.
        extended: add the limit's extension (e.g. 20 + 10 working days).

    Raises:
        ValueError: pauses were given for a limit in months (a validity, not a stage).
    """
    total = limit.amount + (limit.extension if extended else 0)
    if limit.unit is LimitUnit.MONTHS:
        if pauses:
            raise ValueError("a limit in months cannot be paused")
        return Deadline(add_period(start, total, limit.unit), provisional=False)
    if limit.unit is LimitUnit.WORKING_DAYS:
        return _count_past_pauses(
            start, total, pauses, calendar.working_days_between, calendar.add_working_days
        )
    return _count_past_pauses(
        start,
        total,
        pauses,
        lambda a, b: DayCount((b - a).days, provisional=False),
        lambda a, n: Deadline(a + timedelta(days=n), provisional=False),
    )


def _count_past_pauses(
    start: date,
    total: int,
    pauses: Sequence[Pause],
    between: Callable[[date, date], DayCount],
    advance: Callable[[date, int], Deadline],
) -> Deadline:
    cursor, remaining, provisional = start, total, False
    for pause in sorted(pauses, key=lambda p: p.start):
        if pause.end <= cursor:
            continue
        used = between(cursor, max(pause.start, cursor))
        provisional = provisional or used.provisional
        if used.days >= remaining:
            break  # the limit runs out before this pause begins
        remaining -= used.days
        cursor = pause.end
    deadline = advance(cursor, remaining)
    return Deadline(deadline.due, provisional or deadline.provisional)


def working_days_left(deadline: Deadline, today: date, calendar: WorkCalendar) -> DayCount:
    """Working days from ``today`` to the deadline: 0 on the due day, negative when overdue."""
    left = calendar.working_days_between(today, deadline.due)
    return DayCount(left.days, left.provisional or deadline.provisional)


def stage_clock(
    start: date,
    limit: TimeLimit,
    calendar: WorkCalendar,
    today: date,
    *,
    pauses: Sequence[Pause] = (),
    paused_since: date | None = None,
    extended: bool = False,
    at_risk_days: int = AT_RISK_WORKING_DAYS,
) -> StageClock:
    """Due date, working days left and status of a stage on ``today``.

    Args:
        paused_since: the day corrections were requested, while they are still awaited. The
            due date is then the one reached if they came back today, and days left stay put.
        at_risk_days: at most this many working days left counts as at risk.
        start, limit, calendar, pauses, extended: as for ``due_date``.
    """
    closed = [*pauses] if paused_since is None else [*pauses, Pause(paused_since, today)]
    deadline = due_date(start, limit, calendar, closed, extended=extended)
    left = working_days_left(deadline, today, calendar)
    if paused_since is not None:
        status = ClockStatus.PAUSED
    elif today > deadline.due:
        status = ClockStatus.OVERDUE
    elif left.days <= at_risk_days:
        status = ClockStatus.AT_RISK
    else:
        status = ClockStatus.ON_TRACK
    return StageClock(deadline.due, left.days, status, left.provisional)
