"""Frozen records the workflow, radar, calendar and document services return."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from talentdesk.domain.deadlines import StageClock
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.problems import Problem
from talentdesk.domain.tracks import CaseState, TrackAction, TrackState
from talentdesk.domain.workcalendar import DayKind, Deadline

# --- workflow ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class TimelineEvent:
    """One line of the case timeline.

    Attributes:
        on_date: the working day the event counts for (deadlines count from it).
        track: None for events about the whole case (a print, say).
        action: a ``TrackAction`` value, or "print".
        details: reason codes, deficiencies, 容缺 items, the new due date, the document printed.
    """

    id: int
    at: datetime
    on_date: date
    username: str
    track: Track | None
    action: str
    from_state: str
    to_state: str
    comment: str
    details: Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class TrackStatus:
    """One permit track as the actions widget needs it.

    Attributes:
        actions: what may be tried from ``state`` (guards may still refuse, with reasons).
        clock: the current stage's limit on the day asked; None when no stage runs.
        decision_due: the decision date promised at acceptance, moved by correction pauses.
        version: what the next transition must name as ``expected_version``.
    """

    track: Track
    state: TrackState
    submitted_on: date | None
    accepted_on: date | None
    decided_on: date | None
    due_on: date | None
    due_provisional: bool
    refusal_reasons: tuple[str, ...]
    actions: tuple[TrackAction, ...]
    clock: StageClock | None
    decision_due: Deadline | None
    version: int


@dataclasses.dataclass(frozen=True)
class CaseWorkflow:
    """A case's tracks and its overall state (derived, never stored).

    Attributes:
        missing_accepted: accepted with mandatory items missing (容缺受理, A only).
        missing_mandatory: mandatory checklist items not yet received, per track.
    """

    case_id: int
    case_number: str
    business_type: BusinessType
    category: Category
    time_limits_version: str
    missing_accepted: bool
    state: CaseState
    tracks: tuple[TrackStatus, ...]
    missing_mandatory: Mapping[Track, tuple[str, ...]]

    def track(self, track: Track) -> TrackStatus:
        return next(t for t in self.tracks if t.track is track)


@dataclasses.dataclass(frozen=True)
class TransitionOutcome:
    workflow: CaseWorkflow
    event: TimelineEvent


@dataclasses.dataclass(frozen=True)
class IssuedPermit:
    """A permit handed out; ``replaces_id`` links a renewal to the permit it follows."""

    id: int
    case_id: int
    applicant_id: int
    kind: Track
    number: str
    valid_from: date
    valid_to: date
    issued_on: date
    replaces_id: int | None
    handled_on: date | None
    handled_by: str


@dataclasses.dataclass(frozen=True)
class IssueOutcome:
    """The stored permit, the warnings the clerk accepted by issuing, and the case afterwards."""

    permit: IssuedPermit
    warnings: tuple[Problem, ...]
    workflow: CaseWorkflow


# --- expiry radar -----------------------------------------------------------------------------


class RadarKind(StrEnum):
    OVERDUE = "overdue"  # an open track past its due date
    FILE_EXTENSION = "file_extension"  # the 30-day rule closes the extension window soon
    EXPIRING = "expiring"  # a permit within the longest lead time of its expiry


@dataclasses.dataclass(frozen=True)
class RadarItem:
    """One line of the radar.

    Attributes:
        due: the track's due date (overdue) or the permit's last valid day.
        days_left: working days (overdue, negative) or calendar days to ``due``.
        lead: for expiring permits, the tightest lead time it falls within.
        permit_id: None for overdue tracks; these are handled by acting on the case.
        state: the track's state (overdue only).
    """

    kind: RadarKind
    case_id: int
    case_number: str
    applicant: str
    chinese_name: str
    track: Track
    due: date
    days_left: int
    provisional: bool = False
    lead: int | None = None
    permit_id: int | None = None
    permit_number: str = ""
    state: TrackState | None = None
    assigned_to: str = ""


@dataclasses.dataclass(frozen=True)
class RadarSettings:
    """The office's lead times.

    Attributes:
        leads: calendar days before expiry at which a permit shows, e.g. (90, 30, 7).
        file_now_days: an extension shows this many days before its filing window closes.
        version: of the stored configuration; None while the defaults apply.
    """

    leads: tuple[int, ...]
    file_now_days: int
    version: int | None = None


# --- calendar ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CalendarDay:
    day: date
    kind: DayKind
    notice: str
    updated_at: datetime
    updated_by: str
    version: int


@dataclasses.dataclass(frozen=True)
class CompleteYear:
    year: int
    notice: str
    updated_at: datetime
    updated_by: str
    version: int


@dataclasses.dataclass(frozen=True)
class CalendarYear:
    """One year as the administration page shows it.

    Attributes:
        base_covered: chinesecalendar has the official schedule of this year.
        complete: None unless the administrator declared the year's entries complete.
    """

    year: int
    base_covered: bool
    days: tuple[CalendarDay, ...]
    complete: CompleteYear | None


@dataclasses.dataclass(frozen=True)
class CalendarChange:
    """What an edit did: the open tracks whose stored due date was computed again."""

    tracks_rescheduled: int


# --- documents --------------------------------------------------------------------------------


class DocumentKind(StrEnum):
    ACCEPTANCE_RECEIPT = "acceptance_receipt"  # 受理回执
    DEFICIENCY_NOTICE = "deficiency_notice"  # 一次性告知书
    DECISION_SLIP = "decision_slip"  # 决定告知单


@dataclasses.dataclass(frozen=True)
class DocumentTemplate:
    """A template as the administrator edits it; ``version`` None while the default applies."""

    kind: DocumentKind
    html: str
    is_default: bool
    version: int | None


@dataclasses.dataclass(frozen=True)
class RenderedDocument:
    kind: DocumentKind
    case_id: int
    case_number: str
    html: str
