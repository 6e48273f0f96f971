"""Alerts computed for a given day: due and overdue reports, age-outs, cycle ends, quotas."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from datetime import date
from enum import StrEnum
from typing import Any

from talentdesk.domain.researchers.eligibility import ages_out_on
from talentdesk.domain.researchers.evaluation import top_grade_limit
from talentdesk.domain.researchers.programs import GradeScale
from talentdesk.domain.researchers.schedule import Enrollment, Schedule, build_schedule


class AlertKind(StrEnum):
    CHECKPOINT_UPCOMING = "checkpoint_upcoming"
    REPORT_OVERDUE = "report_overdue"
    AGE_OUT_BEFORE_CYCLE_END = "age_out_before_cycle_end"
    CYCLE_ENDING = "cycle_ending"
    TOP_GRADE_QUOTA_EXCEEDED = "top_grade_quota_exceeded"


@dataclasses.dataclass(frozen=True)
class Alert:
    """One alert: ``subject`` is the enrollment (or cohort) key, ``on`` the date it is about."""

    kind: AlertKind
    subject: str
    on: date
    params: Mapping[str, Any]


@dataclasses.dataclass(frozen=True)
class LeadTimes:
    """Days ahead at which reminders fire (§2.4 design defaults; 12 months is taken as 365 days).

    An alert carries ``lead_days``, the smallest lead still ahead of the date, so a caller can
    send each step of the ladder (30, 7, on the day) once.
    """

    checkpoint: tuple[int, ...] = (30, 7, 0)
    cycle_end: tuple[int, ...] = (90, 30)
    age_out: tuple[int, ...] = (365, 90)


@dataclasses.dataclass(frozen=True)
class TrackedEnrollment:
    """An enrollment and the checkpoint keys whose report has been submitted."""

    enrollment: Enrollment
    submitted: frozenset[str] = frozenset()


@dataclasses.dataclass(frozen=True)
class AlertFacts:
    """One enrollment as the alert rules read it: built by ``build_schedule`` or as stored.

    Attributes:
        schedule: checkpoints and cycle end; a store may give only the checkpoints inside the
            alert windows, since the others raise nothing.
        age_out: the first day the person no longer meets the program's age rule, and the
            limit; None when the program has no age rule.
    """

    key: str
    program: str
    schedule: Schedule
    submitted: frozenset[str] = frozenset()
    terminated: bool = False
    age_out: tuple[date, int] | None = None


def alert_facts(item: TrackedEnrollment) -> AlertFacts:
    enrollment = item.enrollment
    rule = enrollment.program.age_rule
    age_out = None if rule is None else (ages_out_on(enrollment.person, rule),
                                         rule.limit_for(enrollment.person.sex))
    return AlertFacts(enrollment.key, enrollment.program.code, build_schedule(enrollment),
                      item.submitted, enrollment.termination is not None, age_out)


def enrollment_alerts(today: date, tracked: Sequence[TrackedEnrollment],
                      leads: LeadTimes = LeadTimes()) -> list[Alert]:
    """Alerts for every enrollment on ``today``, sorted by date, enrollment and kind."""
    return schedule_alerts(today, [alert_facts(item) for item in tracked], leads)


def schedule_alerts(today: date, enrollments: Sequence[AlertFacts],
                    leads: LeadTimes = LeadTimes()) -> list[Alert]:
    """Alerts for every enrollment on ``today``, sorted by date, enrollment and kind.

    Cancelled checkpoints (after an early termination) raise nothing; a terminated enrollment
    raises no cycle-end or age-out alert.

    Params: checkpoint_upcoming: program, checkpoint, checkpoint_kind, days_left, lead_days.
    report_overdue: program, checkpoint, checkpoint_kind, days_overdue. cycle_ending: program,
    days_left, lead_days. age_out_before_cycle_end: program, limit, cycle_end, days_left,
    lead_days.
    """
    alerts: list[Alert] = []
    for item in enrollments:
        schedule = item.schedule
        program = item.program
        for checkpoint in schedule.checkpoints:
            if checkpoint.cancelled or checkpoint.key in item.submitted:
                continue
            about = {"program": program, "checkpoint": checkpoint.key,
                     "checkpoint_kind": str(checkpoint.kind)}
            days_left = (checkpoint.due - today).days
            if days_left < 0:
                alerts.append(Alert(AlertKind.REPORT_OVERDUE, item.key, checkpoint.due,
                                    {**about, "days_overdue": -days_left}))
            elif (lead := _lead(days_left, leads.checkpoint)) is not None:
                alerts.append(Alert(AlertKind.CHECKPOINT_UPCOMING, item.key, checkpoint.due,
                                    {**about, "days_left": days_left, "lead_days": lead}))
        if item.terminated:
            continue
        days_left = (schedule.end - today).days
        if (lead := _lead(days_left, leads.cycle_end)) is not None:
            alerts.append(Alert(AlertKind.CYCLE_ENDING, item.key, schedule.end,
                                {"program": program, "days_left": days_left, "lead_days": lead}))
        if item.age_out is None:
            continue
        # The person stops meeting the program's age rule while still enrolled: renewal
        # (滚动支持) and follow-on calls of the same program will refuse them.
        out_on, limit = item.age_out
        days_left = (out_on - today).days
        lead = _lead(days_left, leads.age_out)
        if schedule.start < out_on <= schedule.end and lead is not None:
            alerts.append(Alert(AlertKind.AGE_OUT_BEFORE_CYCLE_END, item.key, out_on,
                                {"program": program, "limit": limit,
                                 "cycle_end": schedule.end, "days_left": days_left,
                                 "lead_days": lead}))
    return sorted(alerts, key=lambda a: (a.on, a.subject, a.kind))


def quota_alert(today: date, cohort: str, scale: GradeScale,
                grades: Sequence[str]) -> Alert | None:
    """An alert when more of ``grades`` (one per cohort member) are top grade than the quota allows.

    Params: top_grade, count, limit, cohort_size, top_quota.
    """
    limit = top_grade_limit(scale, len(grades))
    top = scale.bands[0].grade
    count = sum(1 for grade in grades if grade == top)
    if limit is None or count <= limit:
        return None
    return Alert(AlertKind.TOP_GRADE_QUOTA_EXCEEDED, cohort, today,
                 {"top_grade": top, "count": count, "limit": limit, "cohort_size": len(grades),
                  "top_quota": str(scale.top_quota)})


@functools.cache
def _lead(days_left: int, leads: tuple[int, ...]) -> int | None:
    # Cached: the dashboard asks for each of ~30k dates, which fall on a few hundred days.
    return min((lead for lead in leads if lead >= days_left >= 0), default=None)
