"""The working-day calendar as a table, so statistics count working days in SQL with two joins."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Integer
from sqlalchemy.orm import Mapped, mapped_column

from talentdesk.storage.tables.base import Base


class WorkingDayRow(Base):
    """One calendar day, filled from the domain ``WorkCalendar`` by ``rebuild_working_days``.

    Working days after ``a`` up to ``b`` included = ``ordinal(b) - ordinal(a)``, as
    ``WorkCalendar.working_days_between`` counts them; calendar days = ``day_number(b) -
    day_number(a)`` (no portable date subtraction exists between SQLite and PostgreSQL).
    """

    __tablename__ = "working_days"
    # Looked up by date only: SQLite keeps it as one clustered B-tree instead of index + table.
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012 - SQLAlchemy's own protocol

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working: Mapped[bool] = mapped_column(Boolean)
    ordinal: Mapped[int] = mapped_column(Integer)  # working days from the first row up to here
    day_number: Mapped[int] = mapped_column(Integer)  # date.toordinal()
