"""The bundle of services the composition root builds and hands to the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from talentdesk.services.accounts import AccountService
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.audit_service import AuditService
from talentdesk.services.backups import BackupService
from talentdesk.services.calendar_admin import CalendarAdminService
from talentdesk.services.cases import CaseService
from talentdesk.services.documents import DocumentService
from talentdesk.services.employers import EmployerService
from talentdesk.services.lists import ListService
from talentdesk.services.radar import RadarService
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.services.statistics import StatisticsService
from talentdesk.services.workflow import WorkflowService


@dataclass(frozen=True)
class Services:
    accounts: AccountService
    database_label: str
    applicants: ApplicantService
    employers: EmployerService
    cases: CaseService
    researchers: ResearcherServices
    audit: AuditService
    backups: BackupService
    calendar: CalendarAdminService
    workflow: WorkflowService
    radar: RadarService
    documents: DocumentService
    lists: ListService
    statistics: StatisticsService
