"""The applicant, employer and case lists: their columns, filters, rows, and deadline marks."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from enum import StrEnum

from talentdesk.domain.deadlines import AT_RISK_WORKING_DAYS, ClockStatus, working_days_left
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.listing import ColumnSpec, ListSpec
from talentdesk.domain.tracks import TrackState
from talentdesk.domain.workcalendar import Deadline, WorkCalendar


class DeadlineFilter(StrEnum):
    """The deadline filter of the case list (and queue)."""

    OVERDUE = "overdue"
    DUE_THIS_WEEK = "due_this_week"  # from today to Sunday


def due_range(kind: DeadlineFilter, today: date) -> tuple[date | None, date | None]:
    """The due dates (first, last; None for open-ended) the filter ``kind`` keeps on ``today``."""
    if kind is DeadlineFilter.OVERDUE:
        return None, today - timedelta(days=1)
    return today, today + timedelta(days=6 - today.weekday())


_S = ColumnSpec

APPLICANT_LIST = ListSpec(
    columns=(
        _S("name", sortable=True),
        _S("chinese_name", sortable=True),
        _S("nationality", sortable=True),
        _S("birth_date"),
        _S("sex"),
        _S("passport_number"),
    ),
    filters={"nationality": str},
    default_sort="name",
)

EMPLOYER_LIST = ListSpec(
    columns=(
        _S("name", sortable=True),
        _S("uscc", sortable=True),
        _S("city", sortable=True),
        _S("district"),
        _S("case_count"),
    ),
    filters={"city": str},
    default_sort="name",
)

CASE_LIST = ListSpec(
    columns=(
        _S("case_number", sortable=True),
        _S("received_on", sortable=True),
        _S("applicant", sortable=True),
        _S("chinese_name"),
        _S("nationality"),
        _S("employer", sortable=True),
        _S("business_type"),
        _S("category"),
        _S("work_state"),
        _S("residence_state"),
        _S("due_on", sortable=True),
        _S("working_days_left"),
    ),
    filters={
        "state": TrackState,  # of the track chosen by "track", or of either track
        "track": Track,
        "business_type": BusinessType,
        "category": Category,
        "nationality": str,
        "employer_id": int,
        "applicant_id": int,  # one person's cases (the applicant window)
        "received_from": date,
        "received_to": date,
        "deadline": DeadlineFilter,  # of the track chosen by "track", or of either track
        "assigned_to": str,  # "my cases"
        "window": str,  # "my window"
    },
    default_sort="received_on",
    default_descending=True,
)


@dataclasses.dataclass(frozen=True)
class ApplicantListRow:
    id: int
    surname: str
    given_names: str
    chinese_name: str
    nationality: str
    birth_date: date
    sex: str
    passport_number: str  # of the current passport; "" when none is recorded


@dataclasses.dataclass(frozen=True)
class EmployerListRow:
    id: int
    name: str
    uscc: str
    city: str
    district: str
    case_count: int


@dataclasses.dataclass(frozen=True)
class DueStatus:
    """Where a case's nearest deadline stands on the day the list was read."""

    due: date
    working_days_left: int  # 0 on the due day, negative once it has passed
    status: ClockStatus
    provisional: bool


@dataclasses.dataclass(frozen=True)
class CaseListRow:
    """One line of the case list; ``deadline`` is filled in for the page shown, not stored."""

    id: int
    case_number: str
    received_on: date
    applicant_id: int
    surname: str
    given_names: str
    chinese_name: str
    nationality: str
    employer_id: int
    employer_name: str
    business_type: str
    category: str
    assigned_to: str
    work_state: TrackState | None
    work_due: date | None
    residence_state: TrackState | None  # None: the case has no residence-permit track
    residence_due: date | None
    deadline: DueStatus | None = None


TrackDue = tuple[TrackState | None, date | None, bool]  # state, due date, provisional


def nearest_deadline(work: TrackDue, residence: TrackDue) -> tuple[date, bool, bool] | None:
    """The earlier due date of the two tracks, whether that track's clock is paused for the
    applicant's corrections, and whether the date is provisional; None without due dates."""
    dues = [(due, state, guess) for state, due, guess in (work, residence) if due is not None]
    if not dues:
        return None
    due, state, provisional = min(dues, key=lambda d: d[0])
    return due, state is TrackState.CORRECTION_REQUESTED, provisional


def due_status(
    due: date, today: date, calendar: WorkCalendar, *, paused: bool, provisional: bool
) -> DueStatus:
    """Working days left to ``due`` on ``today`` and what that means for the row's mark.

    Args:
        provisional: ``due`` itself rests on days no holiday schedule covers yet.
    """
    left = working_days_left(Deadline(due, provisional), today, calendar)
    if paused:
        status = ClockStatus.PAUSED
    elif today > due:
        status = ClockStatus.OVERDUE
    elif left.days <= AT_RISK_WORKING_DAYS:
        status = ClockStatus.AT_RISK
    else:
        status = ClockStatus.ON_TRACK
    return DueStatus(due, left.days, status, left.provisional)
