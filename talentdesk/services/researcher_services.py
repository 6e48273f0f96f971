"""The young-researcher services, bundled for the composition root and the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from talentdesk.services.common import Clock, utc_now
from talentdesk.services.researcher_alerts import ResearcherAlertService
from talentdesk.services.researcher_assessment import AssessmentService
from talentdesk.services.researcher_support import SupportService
from talentdesk.services.researchers import EnrollmentService, ProgramService, ResearcherService
from talentdesk.storage.database import Database


@dataclass(frozen=True)
class ResearcherServices:
    researchers: ResearcherService
    programs: ProgramService
    enrollments: EnrollmentService
    assessments: AssessmentService
    support: SupportService
    alerts: ResearcherAlertService

    @classmethod
    def build(cls, db: Database, clock: Clock = utc_now) -> ResearcherServices:
        return cls(ResearcherService(db, clock), ProgramService(db, clock),
                   EnrollmentService(db, clock), AssessmentService(db, clock),
                   SupportService(db, clock), ResearcherAlertService(db))
