"""The HR dashboard's alerts: candidates chosen in SQL by date windows, rules from the domain."""

from __future__ import annotations

from datetime import date, timedelta

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action
from talentdesk.domain.researchers.alerts import (
    LeadTimes,
    quota_alert,
    schedule_alerts,
)
from talentdesk.domain.researchers.programs import Program
from talentdesk.domain.researchers.records import DashboardAlert
from talentdesk.services.common import require
from talentdesk.storage.database import Database
from talentdesk.storage.repos import researchers as repo

# Overdue reports older than this, and rounds due before this year, are history.
LOOKBACK_DAYS = 365
DEFAULT_LEADS = LeadTimes()


class ResearcherAlertService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def dashboard_alerts(self, actor: Actor, today: date, leads: LeadTimes = DEFAULT_LEADS,
                         lookback_days: int = LOOKBACK_DAYS) -> list[DashboardAlert]:
        """Upcoming checkpoints, overdue reports, age-outs before the cycle end, cycles ending,
        and rounds with more top grades than the quota allows, by date.

        Only enrollments with a date inside one of the alert windows are read (index ranges),
        with their stored schedule, so the cost follows the number of alerts, not the number
        of researchers; overdue reports older than ``lookback_days`` are not read at all.
        """
        require(actor, Action.READ_RESEARCHERS)
        since = today - timedelta(days=lookback_days)
        windows = repo.AlertWindows(
            due_from=since, due_to=today + timedelta(days=max(leads.checkpoint)),
            ends_from=today, ends_to=today + timedelta(days=max(leads.cycle_end)),
            ages_out_from=today, ages_out_to=today + timedelta(days=max(leads.age_out)))
        with self._db.read() as session:
            subjects = {s.facts.key: s for s in repo.alert_subjects(session, windows)}
            names = repo.program_names(session, [s.program_id for s in subjects.values()])
            found = []
            for alert in schedule_alerts(today, [s.facts for s in subjects.values()], leads):
                subject = subjects[alert.subject]
                found.append(DashboardAlert(alert, subject.researcher_id,
                                            subject.researcher_name, int(alert.subject),
                                            names.get(subject.program_id, "")))
            programs: dict[str, Program | None] = {}
            for cohort, counts in repo.cohort_grade_counts(session, since.year, today.year).items():
                code = cohort.split(":", 1)[0]
                if code not in programs:
                    row = repo.program_by_code(session, code)
                    programs[code] = None if row is None else repo.to_program(row).program
                program = programs[code]
                if program is None:
                    continue
                grades = [grade for grade, count in counts.items() for _ in range(count)]
                alert = quota_alert(today, cohort, program.grade_scale, grades)
                if alert is not None:
                    found.append(DashboardAlert(alert, None, "", None, program.name))
        return sorted(found, key=lambda a: (a.alert.on, a.researcher_name, a.alert.kind))
