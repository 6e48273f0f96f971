"""The working-day calendar's override table and the years declared complete."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from talentdesk.domain.workcalendar import CalendarOverrides, DayKind, DayOverride
from talentdesk.domain.workflow_records import CalendarDay, CompleteYear
from talentdesk.storage.tables import CalendarDayRow, CalendarYearRow


def load_overrides(session: Session) -> CalendarOverrides:
    """The whole table: a few dozen rows a year, read in full for every calendar built."""
    days = {
        row.day: DayOverride(DayKind(row.kind), row.notice)
        for row in session.scalars(select(CalendarDayRow))
    }
    years = frozenset(session.scalars(select(CalendarYearRow.year)))
    return CalendarOverrides(days, years)


def to_day(row: CalendarDayRow) -> CalendarDay:
    return CalendarDay(row.day, DayKind(row.kind), row.notice, row.updated_at, row.updated_by,
                       row.version)


def to_year(row: CalendarYearRow) -> CompleteYear:
    return CompleteYear(row.year, row.notice, row.updated_at, row.updated_by, row.version)


def days_of_year(session: Session, year: int) -> list[CalendarDay]:
    query = (
        select(CalendarDayRow)
        .where(CalendarDayRow.day >= date(year, 1, 1), CalendarDayRow.day <= date(year, 12, 31))
        .order_by(CalendarDayRow.day)
    )
    return [to_day(row) for row in session.scalars(query)]


def overridden_years(session: Session) -> set[int]:
    years = {row.year for row in session.scalars(select(CalendarYearRow))}
    return years | {day.year for day in session.scalars(select(CalendarDayRow.day))}


def get_day_row(session: Session, day: date) -> CalendarDayRow | None:
    return session.get(CalendarDayRow, day)


def get_year_row(session: Session, year: int) -> CalendarYearRow | None:
    return session.get(CalendarYearRow, year)
