"""Alerts for a given day: upcoming and overdue reports, age-out, cycle end, top-grade quota."""

from __future__ import annotations

import dataclasses
from datetime import date
from fractions import Fraction

import pytest

from talentdesk.domain.researchers.alerts import (
    AlertKind,
    LeadTimes,
    TrackedEnrollment,
    enrollment_alerts,
    quota_alert,
)
from talentdesk.domain.researchers.eligibility import Person
from talentdesk.domain.researchers.programs import (
    EvaluationCategory,
    GradeScaleKind,
    Sex,
    load_grade_scales,
    load_program_presets,
)
from talentdesk.domain.researchers.schedule import (
    Enrollment,
    Termination,
    TerminationReason,
)

PRESETS = load_program_presets()


def sponsorship(birth: date = date(1992, 5, 1), **changes) -> Enrollment:
    """Jiangsu 托举 from 2024-07-01: annual_1 due 2025-06-30, final and end 2026-06-30."""
    return Enrollment("e1", Person(birth, Sex.FEMALE), PRESETS["jiangsu_young_sponsorship"],
                      EvaluationCategory.BASIC_RESEARCH, date(2024, 7, 1), **changes)


def kinds(today: date, enrollment: Enrollment,
          submitted: frozenset[str] = frozenset()) -> list[tuple[AlertKind, dict]]:
    return [(a.kind, dict(a.params))
            for a in enrollment_alerts(today, [TrackedEnrollment(enrollment, submitted)])]


ABOUT = {"program": "jiangsu_young_sponsorship", "checkpoint": "annual_1",
         "checkpoint_kind": "annual"}


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 5, 30), []),  # 31 days ahead: outside the 30-day lead
        (date(2025, 5, 31), [(AlertKind.CHECKPOINT_UPCOMING,
                              {**ABOUT, "days_left": 30, "lead_days": 30})]),
        (date(2025, 6, 22), [(AlertKind.CHECKPOINT_UPCOMING,
                              {**ABOUT, "days_left": 8, "lead_days": 30})]),
        (date(2025, 6, 23), [(AlertKind.CHECKPOINT_UPCOMING,
                              {**ABOUT, "days_left": 7, "lead_days": 7})]),
        (date(2025, 6, 30), [(AlertKind.CHECKPOINT_UPCOMING,
                              {**ABOUT, "days_left": 0, "lead_days": 0})]),
        (date(2025, 7, 1), [(AlertKind.REPORT_OVERDUE, {**ABOUT, "days_overdue": 1})]),
    ],
)
def test_checkpoint_lead_times_and_overdue(today: date, expected: list) -> None:
    assert kinds(today, sponsorship()) == expected


def test_submitted_report_raises_nothing() -> None:
    assert kinds(date(2025, 7, 1), sponsorship(), frozenset({"annual_1"})) == []


@pytest.mark.parametrize(
    ("today", "lead"),
    [(date(2026, 4, 1), 90), (date(2026, 5, 31), 30), (date(2026, 3, 31), None)],
)
def test_cycle_ending(today: date, lead: int | None) -> None:
    found = [p for k, p in kinds(today, sponsorship(), frozenset({"annual_1", "final"}))
             if k is AlertKind.CYCLE_ENDING]
    assert [p["lead_days"] for p in found] == ([] if lead is None else [lead])


@pytest.mark.parametrize(
    ("birth", "today", "expected"),
    [
        # ≤35: born 1990-03-15 turns 36 on 2026-03-15, before the cycle ends on 2026-06-30.
        (date(1990, 3, 15), date(2025, 6, 1), (date(2026, 3, 15), 287, 365)),
        (date(1990, 3, 15), date(2025, 12, 20), (date(2026, 3, 15), 85, 90)),
        (date(1990, 3, 15), date(2025, 3, 1), None),  # more than a year ahead
        (date(1990, 3, 15), date(2026, 3, 16), None),  # already past
        (date(1990, 7, 1), date(2026, 5, 1), None),  # turns 36 after the cycle ends
    ],
)
def test_age_out_before_cycle_end(birth: date, today: date,
                                  expected: tuple[date, int, int] | None) -> None:
    alerts = [a for a in enrollment_alerts(today, [TrackedEnrollment(sponsorship(birth))])
              if a.kind is AlertKind.AGE_OUT_BEFORE_CYCLE_END]
    if expected is None:
        assert alerts == []
        return
    (alert,) = alerts
    assert (alert.on, alert.params["days_left"], alert.params["lead_days"]) == expected
    assert (alert.params["limit"], alert.params["cycle_end"]) == (35, date(2026, 6, 30))


def test_terminated_enrollment_only_keeps_owed_reports() -> None:
    enrollment = sponsorship(date(1990, 3, 15), termination=Termination(
        date(2025, 12, 31), TerminationReason.OWN_REQUEST, "人事处"))
    found = kinds(date(2026, 6, 1), enrollment)
    assert [k for k, _ in found] == [AlertKind.REPORT_OVERDUE]


def test_custom_lead_times_and_ordering() -> None:
    late = dataclasses.replace(sponsorship(), key="e0", start=date(2024, 9, 1))
    alerts = enrollment_alerts(date(2025, 6, 1),
                               [TrackedEnrollment(late), TrackedEnrollment(sponsorship())],
                               LeadTimes(checkpoint=(100,)))
    assert [(a.subject, a.on) for a in alerts] == [("e1", date(2025, 6, 30)),
                                                   ("e0", date(2025, 8, 31))]


JIEQING = load_grade_scales()[GradeScaleKind.THREE_LEVEL]


@pytest.mark.parametrize(
    ("quota", "excellent", "expected"),
    [(Fraction(1, 5), 3, {"count": 3, "limit": 2}), (Fraction(1, 5), 2, None),
     (None, 10, None)],
)
def test_quota_alert(quota: Fraction | None, excellent: int, expected: dict | None) -> None:
    grades = ["excellent"] * excellent + ["good"] * (10 - excellent)
    alert = quota_alert(date(2025, 12, 1), "2025 杰青期满",
                        dataclasses.replace(JIEQING, top_quota=quota), grades)
    if expected is None:
        assert alert is None
        return
    assert alert is not None
    assert alert.kind is AlertKind.TOP_GRADE_QUOTA_EXCEEDED
    assert dict(alert.params) == {**expected, "top_grade": "excellent", "cohort_size": 10,
                                  "top_quota": "1/5"}
