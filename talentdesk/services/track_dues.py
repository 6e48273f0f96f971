"""Stored due dates of tracks, computed from the case's time-limit version and its timeline."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.time_limits import TimeLimits, load_time_limits, time_limits_in_force
from talentdesk.domain.track_clock import TrackFacts, track_deadline
from talentdesk.domain.tracks import TrackState
from talentdesk.domain.workcalendar import Deadline, WorkCalendar
from talentdesk.storage.repos import workflow as repo
from talentdesk.storage.repos.calendar import load_overrides
from talentdesk.storage.tables import CaseRow, TrackRow


def work_calendar(session: Session) -> WorkCalendar:
    """chinesecalendar plus the administrator's overrides, as stored now."""
    return WorkCalendar(load_overrides(session))


def limits_of(case: CaseRow) -> TimeLimits:
    """The limits the case started under; changing the limits applies to new cases only."""
    if case.time_limits_version:
        return load_time_limits(case.time_limits_version)
    # Rows written without a version (bulk demo data) follow the limits in force on receipt.
    return time_limits_in_force(case.received_on)


def facts_of(session: Session, case: CaseRow, track: TrackRow) -> TrackFacts:
    kind = Track(track.track)
    return TrackFacts(
        track=kind,
        state=TrackState(track.state),
        business_type=BusinessType(case.business_type),
        category=Category(case.category),
        submitted_on=track.submitted_on,
        accepted_on=track.accepted_on,
        decided_on=track.decided_on,
        marks=tuple(repo.marks(session, case.id, kind)),
    )


def reschedule(
    session: Session, case: CaseRow, track: TrackRow, calendar: WorkCalendar
) -> Deadline | None:
    """Compute the track's due date again and store it (None: no office deadline runs)."""
    deadline = track_deadline(facts_of(session, case, track), limits_of(case), calendar)
    track.due_on = deadline.due if deadline else None
    track.due_provisional = bool(deadline and deadline.provisional)
    return deadline


def reschedule_from(session: Session, calendar: WorkCalendar, since: date) -> int:
    """After a calendar edit on ``since`` (or later): recompute every deadline it may move.

    A deadline before ``since`` cannot move (its count ended before the changed day), so only
    running tracks due on or after it are read. Returns how many due dates changed.
    """
    changed = 0
    for case, track in repo.running_tracks_due_from(session, since):
        before = (track.due_on, track.due_provisional)
        reschedule(session, case, track, calendar)
        changed += (track.due_on, track.due_provisional) != before
    return changed
