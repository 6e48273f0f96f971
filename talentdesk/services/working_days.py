"""The ``working_days`` table: rebuilt from a WorkCalendar whenever the calendar changes.

Whoever changes the calendar (the overrides administration) calls ``rebuild_working_days`` in
the same transaction as the change, so statistics never count with an outdated calendar.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.orm import Session

from talentdesk.domain.workcalendar import WorkCalendar
from talentdesk.services.track_dues import work_calendar
from talentdesk.storage.database import Database
from talentdesk.storage.repos import statistics as repo


def rebuild_working_days(
    session: Session,
    calendar: WorkCalendar,
    first_year: int | None = None,
    last_year: int | None = None,
) -> int:
    """Rewrite the table for whole years ``first_year``–``last_year``, in the caller's transaction.

    Every row is rewritten, not only the changed days: the ordinals are cumulative, so one
    holiday moved in March shifts every ordinal after it.

    Args:
        calendar: the calendar with the current overrides.
        first_year, last_year: the years to cover; None keeps the years the table covers now
            (the call after an override was edited).

    Returns:
        The number of days written (0 when the table was empty and no years were given).
    """
    span = repo.working_days_span(session)
    if first_year is None or last_year is None:
        if span is None:
            return 0
        first_year = span[0].year if first_year is None else first_year
        last_year = span[1].year if last_year is None else last_year
    if last_year < first_year:
        raise ValueError(f"years {first_year}–{last_year} are in the wrong order")
    rows = []
    ordinal = 0
    day, last = date(first_year, 1, 1), date(last_year, 12, 31)
    while day <= last:
        working = calendar.is_working_day(day)
        ordinal += working
        rows.append(
            {"day": day, "is_working": working, "ordinal": ordinal, "day_number": day.toordinal()}
        )
        day += timedelta(days=1)
    repo.replace_working_days(session, rows)
    return len(rows)


def ensure_working_days(db: Database, first: date, last: date) -> bool:
    """Extend the table, from the calendar as configured, when it does not cover ``first``–``last``.

    Returns:
        True when it was rebuilt.
    """
    with db.read() as session:
        span = repo.working_days_span(session)
    if span is not None and span[0] <= first and last <= span[1]:
        return False
    with db.write() as session:
        span = repo.working_days_span(session)  # another window may have done it meanwhile
        if span is not None and span[0] <= first and last <= span[1]:
            return False
        first_year = min(first.year, span[0].year) if span else first.year
        last_year = max(last.year, span[1].year) if span else last.year
        rebuild_working_days(session, work_calendar(session), first_year, last_year)
    return True
