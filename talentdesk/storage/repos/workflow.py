"""Queries behind transitions, the timeline, deadlines and issued permits."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from talentdesk.domain.enums import Track
from talentdesk.domain.track_clock import CLOCK_RUNNING, Mark
from talentdesk.domain.tracks import TrackAction
from talentdesk.domain.workflow_records import IssuedPermit, TimelineEvent
from talentdesk.storage.tables import (
    CaseRow,
    IssuedPermitRow,
    TrackEventRow,
    TrackRow,
)

_TRACK_ACTIONS = [str(a) for a in TrackAction]


def track_row(session: Session, case_id: int, track: Track) -> TrackRow | None:
    return session.scalar(
        select(TrackRow).where(TrackRow.case_id == case_id, TrackRow.track == str(track))
    )


def marks(session: Session, case_id: int, track: Track) -> list[Mark]:
    """The track's transitions in timeline order (prints and notes left out)."""
    query = (
        select(TrackEventRow.action, TrackEventRow.on_date)
        .where(
            TrackEventRow.case_id == case_id,
            TrackEventRow.track == str(track),
            TrackEventRow.action.in_(_TRACK_ACTIONS),
        )
        .order_by(TrackEventRow.at, TrackEventRow.id)
    )
    return [Mark(TrackAction(action), on) for action, on in session.execute(query)]


def to_event(row: TrackEventRow) -> TimelineEvent:
    return TimelineEvent(
        row.id, row.at, row.on_date, row.username, Track(row.track) if row.track else None,
        row.action, row.from_state, row.to_state, row.comment, dict(row.details or {}),
    )


def timeline(session: Session, case_id: int) -> list[TimelineEvent]:
    query = (
        select(TrackEventRow)
        .where(TrackEventRow.case_id == case_id)
        .order_by(TrackEventRow.at, TrackEventRow.id)
    )
    return [to_event(row) for row in session.scalars(query)]


def count_events(session: Session, case_id: int, action: str, detail_kind: str) -> int:
    """How many ``action`` events of the case name ``detail_kind`` as their document kind."""
    query = select(TrackEventRow.details).where(
        TrackEventRow.case_id == case_id, TrackEventRow.action == action
    )
    kinds = ((details or {}).get("kind") for details in session.scalars(query))
    return sum(1 for kind in kinds if kind == detail_kind)


def running_tracks_due_from(session: Session, since: date) -> list[tuple[CaseRow, TrackRow]]:
    """Tracks whose running deadline falls on or after ``since``: a calendar edit may move them."""
    query = (
        select(CaseRow, TrackRow)
        .join(TrackRow, TrackRow.case_id == CaseRow.id)
        .where(TrackRow.due_on >= since, TrackRow.state.in_([str(s) for s in CLOCK_RUNNING]))
        .order_by(TrackRow.id)
    )
    return [(case, track) for case, track in session.execute(query)]


def to_permit(row: IssuedPermitRow) -> IssuedPermit:
    return IssuedPermit(
        row.id, row.case_id, row.applicant_id, Track(row.kind), row.number, row.valid_from,
        row.valid_to, row.issued_on, row.replaces_id, row.handled_on, row.handled_by,
    )


def latest_permit(session: Session, applicant_id: int, kind: Track) -> IssuedPermitRow | None:
    """The applicant's newest permit of ``kind``: the one a renewal follows in the history."""
    query = (
        select(IssuedPermitRow)
        .where(IssuedPermitRow.applicant_id == applicant_id, IssuedPermitRow.kind == str(kind))
        .order_by(IssuedPermitRow.valid_to.desc(), IssuedPermitRow.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def permit_history(session: Session, applicant_id: int) -> list[IssuedPermit]:
    query = (
        select(IssuedPermitRow)
        .where(IssuedPermitRow.applicant_id == applicant_id)
        .order_by(IssuedPermitRow.kind, IssuedPermitRow.valid_from, IssuedPermitRow.id)
    )
    return [to_permit(row) for row in session.scalars(query)]


def case_permits(session: Session, case_id: int) -> list[IssuedPermitRow]:
    query = (
        select(IssuedPermitRow)
        .where(IssuedPermitRow.case_id == case_id)
        .order_by(IssuedPermitRow.id)
    )
    return list(session.scalars(query))
