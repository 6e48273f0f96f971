"""Expiry radar: lead-time boundaries, the 30-day rule, overdue tracks, paging, marking handled."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from talentdesk.domain.deadlines import working_days_left
from talentdesk.domain.enums import Track
from talentdesk.domain.permits import ExtensionStatus, extension_status
from talentdesk.domain.time_limits import time_limits_in_force
from talentdesk.domain.workcalendar import Deadline
from talentdesk.domain.workflow_records import RadarKind
from talentdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from talentdesk.services.radar import RadarService
from talentdesk.services.track_dues import work_calendar
from talentdesk.storage.database import Database
from talentdesk.storage.tables import IssuedPermitRow
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    HR_OFFICER,
    TODAY,
    FakeClock,
    applicant,
    applicants,
    audit_entries,
    cases,
    clock,
    employer,
    employers,
)
from tests.services.workflow_fixtures import WP, A, Desk, desk, to_review, workflow

__all__ = ["applicant", "applicants", "cases", "clock", "desk", "employer", "employers",
           "workflow"]  # fixtures used by name

OFFSETS = (-1, 0, 7, 8, 29, 30, 31, 44, 45, 90, 91)


@pytest.fixture
def radar(database: Database, clock: FakeClock) -> RadarService:
    return RadarService(database, clock)


def add_permits(db: Database, case_id: int, applicant_id: int, offsets=OFFSETS) -> dict[int, int]:
    """One permit per offset, expiring that many days after TODAY; returns offset -> id."""
    ids = {}
    with db.write() as session:
        for offset in offsets:
            valid_to = TODAY + timedelta(days=offset)
            row = IssuedPermitRow(case_id=case_id, applicant_id=applicant_id,
                                  kind=str(Track.WORK_PERMIT), number=f"32010020261123{offset:04d}",
                                  valid_from=valid_to - timedelta(days=364), valid_to=valid_to,
                                  issued_on=valid_to - timedelta(days=364), handled_by="")
            session.add(row)
            session.flush()
            ids[offset] = row.id
    return ids


def offsets_of(items) -> list[int]:
    return [(item.due - TODAY).days for item in items]


def test_permits_within_the_lead_times(desk: Desk, radar: RadarService, database: Database):
    case = desk.open(date(2025, 11, 3))
    add_permits(database, case.id, desk.applicant.id)
    page = radar.items(CLERK, RadarKind.EXPIRING, today=TODAY)
    assert offsets_of(page.rows) == [0, 7, 8, 29, 30, 31, 44, 45, 90]  # expired / 91: not shown
    assert [(i.days_left, i.lead) for i in page.rows[:4]] == [(0, 7), (7, 7), (8, 30), (29, 30)]
    assert page.rows[-1].lead == 90 and page.total == 9
    first = page.rows[0]
    assert (first.case_number, first.applicant, first.chinese_name, first.track) == (
        case.case_number, "MÜLLER ANNA MARIA", "安娜", Track.WORK_PERMIT)


def test_extensions_to_file_now_match_the_domain_rule(desk: Desk, radar: RadarService,
                                                      database: Database):
    case = desk.open(date(2025, 11, 3))
    add_permits(database, case.id, desk.applicant.id, range(-2, 100))
    shown = offsets_of(radar.items(CLERK, RadarKind.FILE_EXTENSION, today=TODAY, limit=200).rows)
    limits = time_limits_in_force(TODAY)
    expected = [o for o in range(-2, 100)
                if extension_status(TODAY + timedelta(days=o), TODAY, limits)
                is ExtensionStatus.FILE_NOW]
    assert shown == expected == list(range(30, 45))


def test_overdue_tracks_with_working_days_past(desk: Desk, radar: RadarService):
    late = desk.open(date(2026, 11, 2))
    desk.act(late.id, WP, A.SUBMIT, date(2026, 11, 2))  # pre-review due 9 November
    due_today = desk.open(date(2026, 11, 20))
    desk.act(due_today.id, WP, A.SUBMIT, date(2026, 11, 20))  # due 27 November: not yet late
    paused = desk.open(date(2026, 11, 2))
    to_review(desk, paused.id, WP, date(2026, 11, 2), date(2026, 11, 3))
    desk.act(paused.id, WP, A.REQUEST_CORRECTION, date(2026, 11, 4))  # the clock waits
    page = radar.items(CLERK, RadarKind.OVERDUE, today=TODAY)
    assert [(i.case_id, i.due, i.days_left, i.state) for i in page.rows] == [
        (late.id, date(2026, 11, 9), -14, "submitted")]
    assert page.rows[0].permit_id is None



def test_overdue_days_left_for_a_page_of_many_due_dates(desk: Desk, radar: RadarService,
                                                        database: Database):
    # Counted back from today once for the page; each must match the count for its own date.
    for received in (date(2026, 9, 14), date(2026, 9, 28), date(2026, 10, 12),
                     date(2026, 11, 2)):
        case = desk.open(received)
        desk.act(case.id, WP, A.SUBMIT, received)
    page = radar.items(CLERK, RadarKind.OVERDUE, today=TODAY)
    with database.read() as session:
        calendar = work_calendar(session)
    expected = [working_days_left(Deadline(i.due, False), TODAY, calendar).days
                for i in page.rows]
    assert len({i.due for i in page.rows}) == 4 and page.total == 4
    assert [i.days_left for i in page.rows] == expected
    assert expected[-1] == -14 and expected == sorted(expected)  # 9 November, as above

def test_pages_and_counts(desk: Desk, radar: RadarService, database: Database):
    case = desk.open(date(2025, 11, 3))
    add_permits(database, case.id, desk.applicant.id)
    second = radar.items(CLERK, RadarKind.EXPIRING, offset=3, limit=2, today=TODAY)
    assert offsets_of(second.rows) == [29, 30] and (second.total, second.offset) == (9, 3)
    assert radar.counts(HR_OFFICER, TODAY) == {
        RadarKind.OVERDUE: 0, RadarKind.FILE_EXTENSION: 3, RadarKind.EXPIRING: 9}


def test_marking_handled_takes_a_permit_off_the_radar(desk: Desk, radar: RadarService,
                                                      database: Database, clock: FakeClock):
    case = desk.open(date(2025, 11, 3))
    ids = add_permits(database, case.id, desk.applicant.id, (7,))
    with pytest.raises(PermissionDeniedError):
        radar.mark_handled(HR_OFFICER, ids[7])
    handled = radar.mark_handled(CLERK, ids[7], "已通知用人单位办理延期")
    assert (handled.handled_on, handled.handled_by) == (clock.now.date(), "li")
    assert radar.mark_handled(CLERK, ids[7]).handled_on == handled.handled_on  # idempotent
    assert radar.items(CLERK, RadarKind.EXPIRING, today=TODAY).total == 0
    event = desk.workflow.timeline(CLERK, case.id)[-1]
    assert (event.action, event.comment, event.details["permit_id"]) == (
        "reminder_handled", "已通知用人单位办理延期", ids[7])
    assert [e.action for e in audit_entries(database, "case")].count("reminder_handled") == 1


def test_lead_times_are_office_configuration(desk: Desk, radar: RadarService,
                                             database: Database):
    case = desk.open(date(2025, 11, 3))
    add_permits(database, case.id, desk.applicant.id)
    assert radar.settings(CLERK).leads == (90, 30, 7)
    with pytest.raises(PermissionDeniedError):
        radar.save_settings(CLERK, (60, 14), 7, None)
    saved = radar.save_settings(ADMINISTRATOR, (14, 60, 60), 7, None)
    assert (saved.leads, saved.file_now_days) == ((60, 14), 7)
    page = radar.items(CLERK, RadarKind.EXPIRING, today=TODAY)
    assert offsets_of(page.rows) == [0, 7, 8, 29, 30, 31, 44, 45]
    assert [i.lead for i in page.rows] == [14, 14, 14, 60, 60, 60, 60, 60]
    assert offsets_of(radar.items(CLERK, RadarKind.FILE_EXTENSION, today=TODAY).rows) == [30, 31]
    with pytest.raises(ConflictError):
        radar.save_settings(ADMINISTRATOR, (30,), 7, None)
    with pytest.raises(ValidationError) as caught:
        radar.save_settings(ADMINISTRATOR, (0, 400), -1, saved.version)
    assert [p.code for p in caught.value.problems] == ["radar_leads_invalid",
                                                       "radar_file_now_invalid"]
