"""Working-day calendar administration: day overrides with their notice, years declared complete."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talentdesk.storage.tables.base import Base, Editable


class CalendarDayRow(Editable, Base):
    """A holiday or make-up working day that corrects or extends chinesecalendar's schedule."""

    __tablename__ = "calendar_days"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # a domain.workcalendar.DayKind value
    notice: Mapped[str] = mapped_column(Text)  # e.g. 国办发明电〔2026〕12号


class CalendarYearRow(Editable, Base):
    """A year whose holidays and make-up days are all entered: its deadlines are final."""

    __tablename__ = "calendar_complete_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    notice: Mapped[str] = mapped_column(Text)
