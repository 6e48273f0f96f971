"""Dashboard alerts: candidates selected by date windows in SQL, rules from the domain."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from talentdesk.domain.researchers.alerts import AlertKind
from talentdesk.domain.researchers.programs import Sex
from talentdesk.domain.researchers.schedule import Termination, TerminationReason
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from talentdesk.storage.repos.researchers import AlertWindows, alert_subjects
from tests.services.researcher_fixtures import (
    CLERK,
    HR,
    enroll,
    person,
    score_all,
    services,
)

__all__ = ["services"]  # fixtures used by name

TODAY = date(2025, 6, 5)


def _received(services: ResearcherServices, enrollment, *keys: str) -> None:
    for checkpoint in enrollment.checkpoints:
        if checkpoint.key in keys:
            services.assessments.record_report(HR, checkpoint.id, checkpoint.version,
                                               checkpoint.due)


@pytest.fixture
def office(services: ResearcherServices) -> dict[str, int]:
    """One enrollment per alert rule, and some that must raise nothing."""
    def new(name: str, seed: int, **changes) -> object:
        return services.researchers.create(HR, person(name, seed=seed, **changes))

    ids = {}
    # 托举 from 2024-07-01: annual_1 due 2025-06-30, 25 days ahead.
    ids["upcoming"] = enroll(services, new("甲", 1), "jiangsu_young_sponsorship").id
    # NSFC youth from 2024-01-01: annual_1 was due 2024-12-31 and no report came.
    ids["overdue"] = enroll(services, new("乙", 2), "nsfc_young_scientists",
                            date(2024, 1, 1)).id
    submitted = enroll(services, new("丙", 3), "nsfc_young_scientists", date(2024, 1, 1))
    _received(services, submitted, "annual_1")
    ids["submitted"] = submitted.id
    # 托举 from 2023-09-01 ends 2025-08-31, 87 days ahead.
    ending = enroll(services, new("丁", 4), "jiangsu_young_sponsorship", date(2023, 9, 1), 2023)
    _received(services, ending, "annual_1")
    ids["ending"] = ending.id
    # ≤35 on the reference date: a man born 1990-03-01 is out on 2026-03-01, before the end.
    ids["age_out"] = enroll(services, new("戊", 5, sex=Sex.MALE, birth=date(1990, 3, 1)),
                            "jiangsu_young_sponsorship", date(2025, 1, 1)).id
    later = enroll(services, new("己", 6), "jiangsu_young_sponsorship", date(2025, 5, 1), 2025)
    ids["later"] = later.id
    ended = enroll(services, new("庚", 7), "nsfc_young_scientists", date(2024, 1, 1))
    services.enrollments.terminate(HR, ended.id, ended.version, Termination(
        date(2024, 10, 1), TerminationReason.OWN_REQUEST, "人事处"))
    ids["terminated"] = ended.id
    return ids


def test_every_rule_reaches_the_panel(services: ResearcherServices, office):
    found = services.alerts.dashboard_alerts(CLERK, TODAY)
    by_kind = {(a.alert.kind, a.enrollment_id): a for a in found}
    assert set(by_kind) == {
        (AlertKind.CHECKPOINT_UPCOMING, office["upcoming"]),
        (AlertKind.REPORT_OVERDUE, office["overdue"]),
        (AlertKind.CYCLE_ENDING, office["ending"]),
        (AlertKind.AGE_OUT_BEFORE_CYCLE_END, office["age_out"]),
    }
    upcoming = by_kind[(AlertKind.CHECKPOINT_UPCOMING, office["upcoming"])]
    assert (upcoming.researcher_name, upcoming.program_name) == ("甲", "江苏省青年科技人才托举工程")
    assert dict(upcoming.alert.params) == {
        "program": "jiangsu_young_sponsorship", "checkpoint": "annual_1",
        "checkpoint_kind": "annual", "days_left": 25, "lead_days": 30}
    assert by_kind[(AlertKind.REPORT_OVERDUE, office["overdue"])].alert.params[
        "days_overdue"] == 156
    assert by_kind[(AlertKind.AGE_OUT_BEFORE_CYCLE_END, office["age_out"])].alert.on == date(
        2026, 3, 1)
    assert [a.alert.on for a in found] == sorted(a.alert.on for a in found)


def test_subjects_come_from_date_windows_only(database: Database, office):
    with database.read() as session:
        subjects = alert_subjects(session, AlertWindows(
            due_from=TODAY - timedelta(days=365), due_to=TODAY + timedelta(days=30),
            ends_from=TODAY, ends_to=TODAY + timedelta(days=90), ages_out_from=TODAY,
            ages_out_to=TODAY + timedelta(days=365)))
    assert {int(s.facts.key) for s in subjects} == {
        office[k] for k in ("upcoming", "overdue", "ending", "age_out")}
    # Only the open checkpoints inside the window are read, as stored.
    overdue = next(s for s in subjects if int(s.facts.key) == office["overdue"])
    assert [(c.key, c.due) for c in overdue.facts.schedule.checkpoints] == [
        ("annual_1", date(2024, 12, 31))]
    assert overdue.facts.schedule.end == date(2026, 12, 31)


def test_overdue_reports_older_than_the_lookback_are_history(services: ResearcherServices,
                                                            office):
    found = services.alerts.dashboard_alerts(HR, TODAY, lookback_days=100)
    assert AlertKind.REPORT_OVERDUE not in {a.alert.kind for a in found}


def test_a_round_over_its_top_grade_quota_is_flagged(services: ResearcherServices):
    """NSFC 杰青 allows at most 1/5 优秀: one 优秀 in a round of two is one too many."""
    cohort = None
    for index, score in enumerate(["95", "90"]):
        researcher = services.researchers.create(
            HR, person(f"研究员{index}", seed=30 + index, sex=Sex.MALE, birth=date(1985, 1, 1)))
        enrollment = enroll(services, researcher, "nsfc_distinguished_young", date(2022, 1, 1),
                            2022)
        mid_term = enrollment.checkpoints[0]
        _received(services, enrollment, "mid_term")
        score_all(services, mid_term.id, [score])
        cohort = mid_term.cohort
    today = date(2025, 2, 1)
    quota = [a for a in services.alerts.dashboard_alerts(HR, today)
             if a.alert.kind is AlertKind.TOP_GRADE_QUOTA_EXCEEDED]
    assert [(a.alert.subject, dict(a.alert.params)) for a in quota] == [
        (cohort, {"top_grade": "excellent", "count": 2, "limit": 0, "cohort_size": 2,
                  "top_quota": "1/5"})]
    assert quota[0].program_name == "国家杰出青年科学基金项目"
    services.assessments.apply_top_quota(HR, cohort)
    assert not [a for a in services.alerts.dashboard_alerts(HR, today)
                if a.alert.kind is AlertKind.TOP_GRADE_QUOTA_EXCEEDED]
