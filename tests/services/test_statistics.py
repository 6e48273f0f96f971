"""Permit statistics against figures counted by hand (statistics_fixtures.py), on both backends."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.enums import Track
from talentdesk.domain.statistics import OTHERS, Period, VolumeRow, month_period
from talentdesk.domain.time_limits import LimitKey, LimitUnit
from talentdesk.domain.workcalendar import CalendarOverrides, DayKind, DayOverride, WorkCalendar
from talentdesk.errors import PermissionDeniedError
from talentdesk.services.statistics import StatisticsService
from talentdesk.services.working_days import rebuild_working_days
from talentdesk.storage.database import Database
from talentdesk.storage.repos import statistics as repo
from talentdesk.storage.tables import WorkingDayRow
from tests.services.statistics_fixtures import OCTOBER, fill_permit_office, fill_researcher_office

CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")


@pytest.fixture
def service(database: Database) -> StatisticsService:
    fill_permit_office(database)
    return StatisticsService(database, clock=lambda: datetime(2026, 11, 27, 9, 0))


@pytest.fixture
def october(service: StatisticsService):
    return service.permit_statistics(CLERK, OCTOBER, top_nationalities=2)


def _rows(rows: tuple[VolumeRow, ...]) -> list[tuple[str, int, int, int, int]]:
    return [(r.key, r.received, r.accepted, r.approved, r.refused) for r in rows]


def test_volumes_by_business_type_and_category(october):
    # received: cases 2, 3, 4, 5, 6, 9 (1 and 7 came in September, 8 in November)
    # accepted: tracks of 2 (two), 3, 4, 5 (two), 6 work permit
    # decided: 1 WP + RP, 2 WP (approved) and RP (refused), 3 WP, 4 WP (refused), 5 WP, 7 WP
    assert _rows(october.by_business_type) == [
        ("notice_from_abroad", 1, 1, 1, 0),
        ("new_in_china", 2, 3, 4, 1),
        ("short_term", 1, 1, 0, 1),
        ("extension", 1, 2, 1, 0),
        ("change", 1, 0, 0, 0),
    ]
    assert _rows(october.by_category) == [
        ("A", 1, 1, 1, 0),
        ("B", 4, 4, 4, 1),
        ("C", 1, 2, 1, 1),
    ]
    total = october.total
    assert (total.received, total.accepted, total.decided, total.approved, total.refused) == (
        6, 7, 8, 6, 2,
    )
    assert total.approval_rate == 0.75 and total.refusal_rate == 0.25


def test_withdrawn_tracks_are_accepted_but_never_decided(october):
    # case 5's residence permit was withdrawn on 22 October after being accepted on the 20th
    extension = next(r for r in october.by_business_type if r.key == "extension")
    assert (extension.accepted, extension.decided) == (2, 1)


def test_nationalities_fold_below_the_top_n_into_others(october):
    # USA received 2; DEU, JPN, KOR and FRA 1 each. DEU and KOR accepted 2 each, DEU decided 2
    # against KOR's 1, so DEU is second; the rest fold into 其他.
    assert _rows(october.by_nationality) == [
        ("USA", 2, 1, 4, 0),
        ("DEU", 1, 2, 1, 1),
        (OTHERS, 3, 4, 1, 1),
    ]


def test_districts_are_city_and_district_busiest_first(october):
    # each received 2; then by accepted: 苏州 4, 鼓楼 2, 玄武 1
    assert _rows(october.by_district) == [
        ("苏州市工业园区", 2, 4, 2, 1),
        ("南京市鼓楼区", 2, 2, 0, 1),
        ("南京市玄武区", 2, 1, 4, 0),
    ]


def test_refusal_reasons_count_tracks_of_the_period(october):
    # case 2's residence permit gave two reasons, case 4's work permit one; case 7's
    # September refusal is outside the period
    assert [(r.code, r.tracks, r.share) for r in october.refusal_reasons] == [
        ("criminal_record", 2, 1.0),
        ("qualification_not_met", 1, 0.5),
    ]


def test_processing_time_in_working_days_against_each_limit(october):
    rows = {(r.track, r.limit_key): r for r in october.processing}
    assert list(rows) == [
        (Track.WORK_PERMIT, LimitKey.DECISION_SHORT_TERM),
        (Track.WORK_PERMIT, LimitKey.REVIEW_A),
        (Track.WORK_PERMIT, LimitKey.REVIEW_OTHER),
        (Track.RESIDENCE_PERMIT, LimitKey.RESIDENCE_DECISION),
    ]
    # B/C work permits, 10 working days: case 1 29 Sep (2) → 9 Oct (5) = 3; case 2 8 Oct (4) →
    # 23 Oct (16) = 12 less the pause 12 Oct (7) → 15 Oct (10) = 9; case 5 20 Oct (13) →
    # 30 Oct (21) = 8; case 7 14 Sep (-9) → 8 Oct (4) = 13. Sorted 3, 8, 9, 13.
    other = rows[Track.WORK_PERMIT, LimitKey.REVIEW_OTHER]
    assert (other.limit_amount, other.limit_unit) == (10, LimitUnit.WORKING_DAYS)
    assert other.decided == 4 and other.mean_days == 8.25
    assert other.median_days == 8.5  # halfway between the 2nd and 3rd
    assert other.p90_days == pytest.approx(11.8)  # 9 + 0.7 × (13 - 9)
    assert other.on_time == 3 and other.on_time_rate == 0.75
    # A, 5 working days: case 3 9 Oct (5) → 14 Oct (9) = 4
    a = rows[Track.WORK_PERMIT, LimitKey.REVIEW_A]
    assert (a.decided, a.median_days, a.p90_days, a.on_time, a.limit_amount) == (1, 4, 4, 1, 5)
    # short term, 5 working days: case 4 12 Oct (7) → 21 Oct (14) = 7, refused while awaiting
    # the corrections asked for on 19 Oct (12): 2 days paused, 5 counted, on time
    short = rows[Track.WORK_PERMIT, LimitKey.DECISION_SHORT_TERM]
    assert (short.decided, short.mean_days, short.on_time) == (1, 5, 1)
    # residence, 15 calendar days: case 1 29 Sep → 20 Oct is 11 working days less a 2-day pause
    # = 9, and 21 calendar days less 2 = 19 (late); case 2 8 → 16 Oct is 7 working days and
    # 8 calendar days (on time)
    residence = rows[Track.RESIDENCE_PERMIT, LimitKey.RESIDENCE_DECISION]
    assert (residence.limit_amount, residence.limit_unit) == (15, LimitUnit.DAYS)
    assert (residence.decided, residence.mean_days, residence.median_days) == (2, 8, 8)
    assert residence.p90_days == pytest.approx(8.8)  # 7 + 0.9 × (9 - 7)
    assert residence.on_time == 1
    # 3 + 1 + 1 + 1 on time of 8 measured
    assert october.on_time_rate == 0.75


def test_expiries_per_month_for_the_twelve_months_after_the_period(october):
    counts = {e.month.first: (e.work_permits, e.residence_permits) for e in october.expiries}
    assert list(counts) == [date(2026 + (10 + i) // 12, (10 + i) % 12 + 1, 1) for i in range(12)]
    assert counts.pop(date(2026, 11, 1)) == (1, 1)
    assert counts.pop(date(2027, 3, 1)) == (0, 1)
    assert counts.pop(date(2027, 10, 1)) == (1, 0)
    # permit 6 (January) was renewed; permit 3 ends in the period, permit 5 after it
    assert set(counts.values()) == {(0, 0)}


def test_an_empty_period_gives_zero_rows_and_no_rates(service):
    empty = service.permit_statistics(CLERK, month_period(2020, 2))
    assert empty.by_business_type == () and empty.processing == ()
    assert empty.total.approval_rate is None and empty.on_time_rate is None


def test_quantiles_match_postgresql_percentile_cont(database, october):
    if database.dialect != "postgresql":
        pytest.skip("percentile_cont is PostgreSQL's")
    with database.read() as session:
        rows = session.execute(text(
            "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v),"
            " percentile_cont(0.9) WITHIN GROUP (ORDER BY v) FROM (VALUES (3), (8), (9), (13)) t(v)"
        )).one()
    other = next(r for r in october.processing if r.limit_key is LimitKey.REVIEW_OTHER)
    assert (other.median_days, other.p90_days) == pytest.approx(tuple(rows))


def test_working_days_are_filled_on_first_use_and_rebuilt_with_new_holidays(database, service):
    service.permit_statistics(CLERK, OCTOBER)
    with database.read() as session:
        span = repo.working_days_span(session)
        ordinals = dict(session.execute(select(WorkingDayRow.day, WorkingDayRow.ordinal)).all())
    # the oldest case came in on 10 September 2026; the clock says 27 November 2026
    assert span == (date(2026, 1, 1), date(2026, 12, 31))
    assert ordinals[date(2026, 10, 9)] - ordinals[date(2026, 9, 29)] == 3
    assert ordinals[date(2026, 10, 7)] == ordinals[date(2026, 9, 30)]  # National Day
    with database.write() as session:
        assert rebuild_working_days(session, WorkCalendar()) == 365  # same years
        count = session.scalar(select(func.count()).select_from(WorkingDayRow))
    assert count == 365


def test_a_new_holiday_counts_once_the_table_is_rebuilt(database, service):
    service.permit_statistics(CLERK, OCTOBER)  # fills the table
    holiday = {date(2026, 10, 9): DayOverride(DayKind.HOLIDAY, "国办发明电〔2026〕99号")}
    with database.write() as session:
        rebuild_working_days(session, WorkCalendar(CalendarOverrides(holiday)))
    other = next(
        r for r in service.permit_statistics(CLERK, OCTOBER).processing
        if r.limit_key is LimitKey.REVIEW_OTHER
    )
    # 9 October no longer counts: case 1 (29 Sep → 9 Oct) 3 → 2, case 2 (8 → 23 Oct) 9 → 8;
    # cases 5 and 7 lie wholly after and before it: 8 and 13. Sorted 2, 8, 8, 13.
    assert (other.mean_days, other.median_days) == (7.75, 8)


def test_statistics_need_the_read_permission(service):
    nobody = Actor(9, "x", "X", "nobody", "w")  # type: ignore[arg-type]
    with pytest.raises(PermissionDeniedError):
        service.permit_statistics(nobody, OCTOBER)


def test_a_period_must_not_end_before_it_starts():
    with pytest.raises(ValueError):
        Period(date(2026, 10, 2), date(2026, 10, 1))


# --- young researchers (fixture: statistics_fixtures.fill_researcher_office) --------------------


@pytest.fixture
def researchers(database: Database):
    fill_researcher_office(database)
    service = StatisticsService(database, clock=lambda: datetime(2026, 11, 27, 9, 0))
    return service.researcher_statistics(CLERK, OCTOBER)


def test_enrolled_per_program_on_the_last_day_and_started_in_the_period(researchers):
    # P1: 1, 2, 5, 6, 8 in force, 2 and 6 started; P2: 3, 4 (ends on the 31st), 9 (starts on
    # the 31st) in force, 7 terminated and 11 ended the day before; P3: 12 started and ended
    assert [(r.key, r.enrolled, r.started) for r in researchers.by_program] == [
        ("江苏省青年科技人才托举工程", 5, 2),
        ("国家自然科学基金青年科学基金项目", 3, 1),
        ("江苏省双创博士", 0, 1),
    ]
    # people, not enrollments: researcher 8 is in both P1 and P2 and counts once
    assert researchers.enrolled == 7


def test_enrolled_per_evaluation_category(researchers):
    assert [(r.key, r.enrolled, r.started) for r in researchers.by_category] == [
        ("basic_research", 4, 1),
        ("applied_technology", 2, 2),
        ("technology_transfer", 1, 0),
        ("public_interest", 1, 1),
    ]


def test_age_bands_count_each_enrolled_person_once_by_age_on_the_last_day(researchers):
    # <30: 1 (28); 30–34: 2 (30 that day), 3 (34), 8 (31, two programs); 35–39: 4; 40–44: 5;
    # 45+: 6 (46, born on 29 February)
    assert [(b.floor, b.ceiling, b.researchers) for b in researchers.age_bands] == [
        (0, 30, 1), (30, 35, 3), (35, 40, 1), (40, 45, 1), (45, None, 1),
    ]


def test_grades_per_checkpoint_kind_decided_in_the_period(researchers):
    assert [(g.kind, g.grade, g.checkpoints) for g in researchers.grades] == [
        ("annual", "excellent", 2),
        ("annual", "good", 1),
        ("mid_term", "pass", 1),
        ("final", "excellent", 1),
        ("final", "fail", 1),
    ]


def test_overdue_reports_on_the_last_day(researchers):
    assert [(o.program, o.reports) for o in researchers.overdue] == [
        ("江苏省青年科技人才托举工程", 2),
        ("国家自然科学基金青年科学基金项目", 1),
    ]
    assert researchers.overdue_reports == 3


def test_extensions_started_in_the_period_and_running_at_its_end(researchers):
    # maternity: 1 starts 5 Oct and runs on; illness: 8 starts and ends in October, 5's ends
    # on the 31st; 3's starts in November and 4's ended in June
    assert [(e.reason, e.started, e.in_effect) for e in researchers.extensions] == [
        ("maternity", 1, 1),
        ("illness", 1, 1),
    ]
