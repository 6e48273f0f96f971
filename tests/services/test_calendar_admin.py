"""Calendar administration: overrides with notices, complete years, deadlines that follow."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from talentdesk.domain.workcalendar import DayKind
from talentdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from talentdesk.services.calendar_admin import CalendarAdminService
from talentdesk.services.working_days import ensure_working_days
from talentdesk.storage.database import Database
from talentdesk.storage.tables import WorkingDayRow
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    HR_OFFICER,
    applicant,
    applicants,
    audit_entries,
    cases,
    clock,
    employer,
    employers,
)
from tests.services.workflow_fixtures import WP, Desk, calendar_admin, desk, to_review, workflow

__all__ = ["applicant", "applicants", "calendar_admin", "cases", "clock", "desk", "employer",
           "employers", "workflow"]  # fixtures used by name

NEW_YEAR_2027 = date(2027, 1, 1)
NOTICE = "国务院办公厅关于2027年部分节假日安排的通知"


def test_overrides_make_the_calendar(calendar_admin: CalendarAdminService):
    assert calendar_admin.calendar().is_working_day(NEW_YEAR_2027)  # a Friday, guessed
    calendar_admin.set_day(ADMINISTRATOR, NEW_YEAR_2027, DayKind.HOLIDAY, f" {NOTICE} ", None)
    calendar_admin.set_day(ADMINISTRATOR, date(2027, 2, 20), DayKind.MAKEUP_WORKDAY, NOTICE, None)
    calendar = calendar_admin.calendar()
    assert not calendar.is_working_day(NEW_YEAR_2027)
    assert calendar.is_working_day(date(2027, 2, 20))  # a Saturday worked (调休)
    year = calendar_admin.year(HR_OFFICER, 2027)  # everyone reads
    assert not year.base_covered and year.complete is None
    assert [(d.day, d.kind, d.notice, d.updated_by) for d in year.days] == [
        (NEW_YEAR_2027, DayKind.HOLIDAY, NOTICE, "admin"),
        (date(2027, 2, 20), DayKind.MAKEUP_WORKDAY, NOTICE, "admin"),
    ]
    assert calendar_admin.year(CLERK, 2026).base_covered
    assert calendar_admin.years_with_entries(CLERK) == [2027]


def test_only_the_administrator_edits(calendar_admin: CalendarAdminService):
    for call in (
        lambda a: calendar_admin.set_day(a, NEW_YEAR_2027, DayKind.HOLIDAY, NOTICE, None),
        lambda a: calendar_admin.declare_complete(a, 2027, NOTICE),
    ):
        with pytest.raises(PermissionDeniedError):
            call(CLERK)


@pytest.mark.parametrize(
    ("day", "kind", "notice", "code"),
    [
        (NEW_YEAR_2027, DayKind.HOLIDAY, "  ", "required"),
        (date(2027, 2, 19), DayKind.MAKEUP_WORKDAY, NOTICE, "makeup_day_not_weekend"),
    ],
)
def test_bad_overrides_are_refused(calendar_admin, day, kind, notice, code):
    with pytest.raises(ValidationError) as caught:
        calendar_admin.set_day(ADMINISTRATOR, day, kind, notice, None)
    assert [p.code for p in caught.value.problems] == [code]
    assert calendar_admin.year(ADMINISTRATOR, day.year).days == ()


def test_edits_need_the_version_read(calendar_admin: CalendarAdminService):
    calendar_admin.set_day(ADMINISTRATOR, NEW_YEAR_2027, DayKind.HOLIDAY, NOTICE, None)
    with pytest.raises(ConflictError):  # someone else added it meanwhile
        calendar_admin.set_day(ADMINISTRATOR, NEW_YEAR_2027, DayKind.HOLIDAY, "other", None)
    version = calendar_admin.year(ADMINISTRATOR, 2027).days[0].version
    calendar_admin.set_day(ADMINISTRATOR, NEW_YEAR_2027, DayKind.HOLIDAY, "corrected", version)
    with pytest.raises(ConflictError):
        calendar_admin.remove_day(ADMINISTRATOR, NEW_YEAR_2027, version)
    calendar_admin.remove_day(ADMINISTRATOR, NEW_YEAR_2027, version + 1)
    assert calendar_admin.year(ADMINISTRATOR, 2027).days == ()


def test_a_year_is_declared_complete_only_with_its_holidays(calendar_admin):
    with pytest.raises(ValidationError) as caught:
        calendar_admin.declare_complete(ADMINISTRATOR, 2027, NOTICE)
    assert [p.code for p in caught.value.problems] == ["calendar_year_has_no_holidays"]
    calendar_admin.declare_complete(ADMINISTRATOR, 2026, "chinesecalendar 1.11")  # covered
    with pytest.raises(ConflictError):
        calendar_admin.declare_complete(ADMINISTRATOR, 2026, "again")


def test_deadlines_across_the_year_end_follow_the_calendar(desk: Desk, calendar_admin,
                                                           database: Database):
    case = desk.open(date(2026, 12, 21))
    status = to_review(desk, case.id, WP, date(2026, 12, 21), date(2026, 12, 24)).workflow
    # Ten working days from Christmas Eve reach into 2027, which no schedule covers yet.
    assert (status.track(WP).due_on, status.track(WP).due_provisional) == (date(2027, 1, 7), True)
    change = calendar_admin.set_day(ADMINISTRATOR, NEW_YEAR_2027, DayKind.HOLIDAY, NOTICE, None)
    assert change.tracks_rescheduled == 1
    track = desk.now(case.id).track(WP)
    assert (track.due_on, track.due_provisional) == (date(2027, 1, 8), True)
    assert calendar_admin.declare_complete(ADMINISTRATOR, 2027, NOTICE).tracks_rescheduled == 1
    track = desk.now(case.id).track(WP)
    assert (track.due_on, track.due_provisional) == (date(2027, 1, 8), False)
    version = calendar_admin.year(ADMINISTRATOR, 2027).complete.version
    calendar_admin.withdraw_complete(ADMINISTRATOR, 2027, version)
    assert desk.now(case.id).track(WP).due_provisional
    assert [(e.action, e.entity, e.entity_id) for e in audit_entries(database)
            if e.entity.startswith("calendar")] == [
        ("create", "calendar_day", "2027-01-01"),
        ("create", "calendar_year", "2027"),
        ("delete", "calendar_year", "2027"),
    ]


def test_the_statistics_working_days_follow_an_edit(calendar_admin, database: Database):
    ensure_working_days(database, date(2026, 1, 1), date(2027, 12, 31))
    calendar_admin.set_day(ADMINISTRATOR, NEW_YEAR_2027, DayKind.HOLIDAY, NOTICE, None)
    with database.read() as session:
        working = session.scalar(select(WorkingDayRow.is_working)
                                 .where(WorkingDayRow.day == NEW_YEAR_2027))
    assert working is False
