"""List service: who may read, bad queries, masked passports, and each case's deadline mark."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import insert, update

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.deadlines import ClockStatus
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permissions import MATRIX, Action
from talentdesk.domain.permit_lists import DueStatus
from talentdesk.errors import PermissionDeniedError, ValidationError
from talentdesk.services.lists import ListService
from talentdesk.storage.database import Database
from talentdesk.storage.tables import CalendarDayRow, TrackRow
from tests.factories import NOW, STAMP, Factory

CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")
ADMINISTRATOR = Actor(1, "admin", "管理员", Role.ADMINISTRATOR, "server")
HR_OFFICER = Actor(4, "sun", "孙丽", Role.HR_OFFICER, "hr-1")
TODAY = date(2026, 11, 27)  # Friday


@pytest.fixture
def lists(database: Database) -> ListService:
    return ListService(database, clock=lambda: datetime(2026, 11, 27, 9, 30))


@pytest.fixture
def desk(database: Database) -> dict[str, int]:
    make = Factory(database)
    employer = make.employer("南京华芯科技有限公司")
    person = make.applicant("KOWALSKI", "INGRID", nationality="POL", passports=("EA9876543",))
    ids = {"employer": employer, "person": person}
    for number, work, residence in [
        ("2026-000001", ("under_review", date(2026, 11, 26)), None),  # yesterday
        ("2026-000002", ("under_review", date(2026, 12, 3)), ("accepted", date(2026, 11, 27))),
        ("2026-000003", ("submitted", date(2026, 11, 30)), None),  # next Monday
        ("2026-000004", ("submitted", date(2026, 12, 1)), None),
        ("2026-000005", ("submitted", date(2026, 12, 3)), None),
        ("2026-000006", ("correction_requested", date(2026, 11, 20)), None),
        ("2026-000007", ("collected", None), ("collected", None)),
    ]:
        ids[number] = make.case(person, employer, number=number, work=work, residence=residence)
    return ids


def _marks(lists: ListService) -> dict[str, DueStatus | None]:
    page = lists.list_cases(CLERK, ListQuery(sort_key="case_number"))
    return {row.case_number: row.deadline for row in page.rows}


def test_each_case_is_marked_with_the_working_days_left_to_its_nearest_deadline(lists, desk):
    marks = _marks(lists)
    assert marks["2026-000001"] == DueStatus(date(2026, 11, 26), -1, ClockStatus.OVERDUE, False)
    # The residence track is due first: today, so at risk with 0 days left.
    assert marks["2026-000002"] == DueStatus(date(2026, 11, 27), 0, ClockStatus.AT_RISK, False)
    assert marks["2026-000003"].working_days_left == 1  # the weekend does not count
    assert marks["2026-000004"].status is ClockStatus.AT_RISK  # 2 working days
    assert marks["2026-000005"] == DueStatus(date(2026, 12, 3), 4, ClockStatus.ON_TRACK, False)
    # Waiting for the applicant's corrections stops the clock: not overdue.
    assert marks["2026-000006"].status is ClockStatus.PAUSED
    assert marks["2026-000007"] is None


def test_a_due_date_resting_on_unpublished_holidays_is_marked_provisional(lists, desk, database):
    with database.write() as session:
        session.execute(
            update(TrackRow)
            .where(TrackRow.case_id == desk["2026-000005"])
            .values(due_provisional=True)
        )
    marks = _marks(lists)
    assert marks["2026-000005"].provisional and not marks["2026-000004"].provisional


def test_the_office_calendar_counts_the_days(lists, desk, database: Database):
    with database.write() as session:
        session.execute(
            insert(CalendarDayRow).values(
                day=date(2026, 11, 30), kind="holiday", notice="测试通知", version=1, **STAMP
            )
        )
    marks = _marks(lists)
    assert marks["2026-000003"].working_days_left == 0  # Monday is now a holiday
    assert marks["2026-000004"].working_days_left == 1


def test_every_role_with_read_permits_reads_and_others_are_refused(lists, desk, monkeypatch):
    for actor in (CLERK, ADMINISTRATOR, HR_OFFICER):
        assert lists.list_cases(actor, ListQuery()).total == 7
    monkeypatch.setitem(MATRIX, Action.READ_PERMITS, frozenset({Role.CLERK}))
    for read in (lists.list_cases, lists.list_applicants, lists.list_employers):
        with pytest.raises(PermissionDeniedError):
            read(HR_OFFICER, ListQuery())
        assert read(CLERK, ListQuery()).total > 0


def test_passports_are_masked_for_roles_that_may_not_see_them(lists, desk):
    def passport(actor: Actor) -> str:
        return lists.list_applicants(actor, ListQuery()).rows[0].passport_number

    assert passport(CLERK) == "EA9876543"
    assert passport(ADMINISTRATOR) == "EA****543"
    # Searching by the full number still works for everyone.
    assert lists.list_applicants(ADMINISTRATOR, ListQuery(search="EA9876543")).total == 1


def test_employers_list_counts_cases(lists, desk):
    page = lists.list_employers(CLERK, ListQuery(search="华芯科技"))
    assert [(r.name, r.case_count) for r in page.rows] == [("南京华芯科技有限公司", 7)]


def test_cases_of_one_applicant_or_one_employer(lists, desk, database: Database):
    make = Factory(database)
    other_employer = make.employer("苏州星海材料有限公司", uscc="913205000000000099")
    other_person = make.applicant("NOVAK", "JAN", nationality="CZE", passports=("P1234567",))
    make.case(other_person, other_employer, number="2026-000008")
    make.case(desk["person"], other_employer, number="2026-000009")

    def numbers(**filters: int) -> list[str]:
        query = ListQuery(filters=filters, sort_key="case_number")
        return [row.case_number for row in lists.list_cases(CLERK, query).rows]

    assert numbers(applicant_id=other_person) == ["2026-000008"]
    assert numbers(employer_id=other_employer) == ["2026-000008", "2026-000009"]
    assert len(numbers(applicant_id=desk["person"])) == 8
    assert numbers(applicant_id=desk["person"], employer_id=other_employer) == ["2026-000009"]


BAD_QUERIES = [
    (ListQuery(sort_key="working_days_left"), "sort_not_supported"),  # shown, not sortable
    (ListQuery(sort_key="position"), "sort_not_supported"),
    (ListQuery(filters={"colour": "red"}), "filter_not_supported"),
    (ListQuery(filters={"state": "lost"}), "filter_value_invalid"),
    (ListQuery(filters={"received_from": "2026-11-01"}), "filter_value_invalid"),
    (ListQuery(filters={"received_from": NOW}), "filter_value_invalid"),  # a datetime
    (ListQuery(filters={"employer_id": True}), "filter_value_invalid"),
    (ListQuery(limit=0), "page_out_of_range"),
    (ListQuery(offset=-1), "page_out_of_range"),
]


def test_a_query_the_list_cannot_run_is_refused_with_a_problem(lists):
    for query, code in BAD_QUERIES:
        with pytest.raises(ValidationError) as caught:
            lists.list_cases(CLERK, query)
        assert [p.code for p in caught.value.problems] == [code], query
