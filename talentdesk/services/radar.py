"""Expiry radar: permits near expiry, extensions to file now, overdue tracks; marking handled."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Row
from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.deadlines import add_period
from talentdesk.domain.enums import Track
from talentdesk.domain.listing import Page
from talentdesk.domain.permissions import Action
from talentdesk.domain.permits import (
    DEFAULT_EXPIRY_LEADS,
    FILE_NOW_DAYS,
    ExpiryBucket,
    expiry_bucket,
)
from talentdesk.domain.problems import Problem
from talentdesk.domain.time_limits import LimitKey, time_limits_in_force
from talentdesk.domain.track_clock import CLOCK_RUNNING
from talentdesk.domain.tracks import TrackState
from talentdesk.domain.workcalendar import DayCount, WorkCalendar
from talentdesk.domain.workflow_records import IssuedPermit, RadarItem, RadarKind, RadarSettings
from talentdesk.errors import ValidationError
from talentdesk.services.common import Clock, audit, local_today, require, utc_now
from talentdesk.services.permit_support import found
from talentdesk.services.track_dues import work_calendar
from talentdesk.storage.database import Database
from talentdesk.storage.repos import org_settings
from talentdesk.storage.repos import radar as repo
from talentdesk.storage.repos.radar import Selection
from talentdesk.storage.repos.workflow import to_permit
from talentdesk.storage.tables import TrackEventRow

SETTINGS_KEY = "radar.lead_times"
MAX_LEAD_DAYS = 366
PAGE_SIZE = 100


def file_now_range(today: date, file_now_days: int) -> tuple[date, date]:
    """Expiry dates whose extension must be filed now: the window closes within the lead.

    The window closes ``extension_closes`` before expiry (30 days, Exit-Entry Law art. 32; the
    national system rejects later filings), so ``today`` ≤ closing day ≤ today + lead.
    """
    closes = time_limits_in_force(today)[LimitKey.EXTENSION_CLOSES]
    return (
        add_period(today, closes.amount, closes.unit),
        add_period(today + timedelta(days=file_now_days), closes.amount, closes.unit),
    )


class RadarService:
    """What needs attention soon, selected in SQL with the expiry and due-date indexes."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    # --- configuration ------------------------------------------------------------------------

    def settings(self, actor: Actor) -> RadarSettings:
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            return _settings(session)

    def save_settings(self, actor: Actor, leads: Sequence[int], file_now_days: int,
                      expected_version: int | None) -> RadarSettings:
        """Store the office's lead times (largest first).

        Raises:
            ValidationError: ``radar_leads_invalid`` (max), ``radar_file_now_invalid`` (max).
            ConflictError: someone saved the settings since they were read.
        """
        require(actor, Action.EDIT_CONFIGURATION)
        cleaned = tuple(sorted(set(leads), reverse=True))
        problems = []
        if not cleaned or not all(1 <= lead <= MAX_LEAD_DAYS for lead in cleaned):
            problems.append(Problem("radar_leads_invalid", "leads", {"max": MAX_LEAD_DAYS}))
        if not 0 <= file_now_days <= MAX_LEAD_DAYS:
            problems.append(
                Problem("radar_file_now_invalid", "file_now_days", {"max": MAX_LEAD_DAYS})
            )
        if problems:
            raise ValidationError(problems)
        value = {"leads": list(cleaned), "file_now_days": file_now_days}
        now = self._clock()
        with self._db.write() as session:
            old = _settings(session)
            stored = org_settings.put_setting(session, SETTINGS_KEY, value, actor.username, now,
                                              expected_version)
            audit(session, actor, now, "update", "org_setting", SETTINGS_KEY, {
                "old": {"leads": list(old.leads), "file_now_days": old.file_now_days},
                "new": value,
            })
            return RadarSettings(cleaned, file_now_days, stored.version)

    # --- selections ---------------------------------------------------------------------------

    def counts(self, actor: Actor, today: date | None = None) -> Mapping[RadarKind, int]:
        """How many items each group holds: for the notice after login and the status bar."""
        require(actor, Action.READ_PERMITS)
        today = today or local_today(self._clock())
        with self._db.read() as session:
            config = _settings(session)
            return {kind: _selection(kind, today, config).count(session)
                    for kind in RadarKind}

    def items(self, actor: Actor, kind: RadarKind, *, offset: int = 0, limit: int = PAGE_SIZE,
              today: date | None = None) -> Page[RadarItem]:
        """One page of one group, soonest (or longest overdue) first."""
        require(actor, Action.READ_PERMITS)
        today = today or local_today(self._clock())
        with self._db.read() as session:
            config = _settings(session)
            selection = _selection(kind, today, config)
            rows = selection.page(session, offset, limit)
            if kind is RadarKind.OVERDUE:
                items = _overdue_items(rows, today, work_calendar(session))
            else:
                items = _permit_items(kind, rows, today, config.leads)
            return Page(tuple(items), selection.count(session), offset)

    def mark_handled(self, actor: Actor, permit_id: int, comment: str = "") -> IssuedPermit:
        """Take a permit off the radar: renewal under way, applicant left, employer told ...

        Recorded on the case timeline, so the next clerk sees who dealt with it.
        """
        require(actor, Action.EDIT_PERMITS)
        now = self._clock()
        with self._db.write() as session:
            row = found(repo.get_permit_row(session, permit_id), "issued_permit", permit_id)
            if row.handled_on is None:
                row.handled_on, row.handled_by = local_today(now), actor.username
                details = {"permit_id": row.id, "number": row.number,
                           "valid_to": row.valid_to.isoformat()}
                session.add(TrackEventRow(
                    case_id=row.case_id, track=row.kind, at=now, on_date=local_today(now),
                    username=actor.username, action="reminder_handled", from_state="",
                    to_state="", comment=comment.strip(), details=details,
                ))
                session.flush()
                audit(session, actor, now, "reminder_handled", "case", row.case_id, details)
            return to_permit(row)


def group_selection(session: Session, kind: RadarKind, today: date) -> Selection:
    """The rows of one radar group on ``today`` with the office's lead times (for exports)."""
    return _selection(kind, today, _settings(session))


def _selection(kind: RadarKind, today: date, config: RadarSettings) -> Selection:
    if kind is RadarKind.OVERDUE:
        return repo.tracks_overdue(today, CLOCK_RUNNING)
    if kind is RadarKind.FILE_EXTENSION:
        return repo.permits_expiring_between(*file_now_range(today, config.file_now_days))
    return repo.permits_expiring_between(today, today + timedelta(days=max(config.leads)))


def _permit_items(kind: RadarKind, rows: list[Row[Any]], today: date,
                  leads: Sequence[int]) -> list[RadarItem]:
    # Unpacked, not read by name: a page of rows is ~100 items and Row attribute access
    # costs as much as the rest of the item. A page shares few expiry days: bucketed once each.
    buckets: dict[date, ExpiryBucket] = {}
    items = []
    for (permit_id, case_id, track, number, valid_to,
         case_number, assigned_to, surname, given_names, chinese_name) in rows:
        bucket = buckets.get(valid_to)
        if bucket is None:
            bucket = buckets[valid_to] = expiry_bucket(valid_to, today, leads)
        items.append(RadarItem(
            kind, case_id, case_number, f"{surname} {given_names}", chinese_name, Track(track),
            valid_to, bucket.days_left, lead=bucket.lead, permit_id=permit_id,
            permit_number=number, assigned_to=assigned_to,
        ))
    return items


def _overdue_items(rows: list[Row[Any]], today: date, calendar: WorkCalendar) -> list[RadarItem]:
    lefts = _working_days_since(sorted({row[3] for row in rows}), today, calendar)
    items = []
    for (case_id, track, state, due_on, provisional,
         case_number, assigned_to, surname, given_names, chinese_name) in rows:
        left = lefts[due_on]
        items.append(RadarItem(
            RadarKind.OVERDUE, case_id, case_number, f"{surname} {given_names}", chinese_name,
            Track(track), due_on, left.days, left.provisional or provisional,
            state=TrackState(state), assigned_to=assigned_to,
        ))
    return items


def _working_days_since(dues: Sequence[date], today: date,
                        calendar: WorkCalendar) -> dict[date, DayCount]:
    """``working_days_left`` for each of the ascending past ``dues``, walking the calendar once.

    The first page holds the longest overdue tracks, due months or years ago: counting each
    due date back from today would walk those years once per date instead of once in all.
    """
    lefts: dict[date, DayCount] = {}
    later, days, provisional = today, 0, False
    for due in reversed(dues):
        step = calendar.working_days_between(later, due)
        later, days, provisional = due, days + step.days, provisional or step.provisional
        lefts[due] = DayCount(days, provisional)
    return lefts


def _settings(session: Session) -> RadarSettings:
    stored = org_settings.get_setting(session, SETTINGS_KEY)
    if stored is None:
        return RadarSettings(DEFAULT_EXPIRY_LEADS, FILE_NOW_DAYS)
    value = stored.value
    return RadarSettings(tuple(value["leads"]), int(value["file_now_days"]), stored.version)

