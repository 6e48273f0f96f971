"""The bundle of services the composition root builds and hands to the GUI.

The services every start needs are built at once; the rest (and the modules behind them, some
of which load openpyxl) are built on first use, which keeps start-up short.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from talentdesk.services.accounts import AccountService
from talentdesk.services.backups import BackupService
from talentdesk.services.radar import RadarService
from talentdesk.storage.database import Database

if TYPE_CHECKING:
    from talentdesk.services.applicants import ApplicantService
    from talentdesk.services.audit_service import AuditService
    from talentdesk.services.calendar_admin import CalendarAdminService
    from talentdesk.services.cases import CaseService
    from talentdesk.services.documents import DocumentService
    from talentdesk.services.employers import EmployerService
    from talentdesk.services.exports import ExportService
    from talentdesk.services.imports import ImportService
    from talentdesk.services.lists import ListService
    from talentdesk.services.researcher_services import ResearcherServices
    from talentdesk.services.statistics import StatisticsService
    from talentdesk.services.workflow import WorkflowService


@dataclass(frozen=True)
class Services:
    db: Database
    templates: Path  # the document templates shipped with the app
    accounts: AccountService
    database_label: str
    backups: BackupService
    radar: RadarService

    @classmethod
    def build(cls, db: Database, backups: Path, templates: Path) -> Services:
        return cls(
            db=db,
            templates=templates,
            accounts=AccountService(db),
            database_label=db.display_name(),
            backups=BackupService(db, backups),
            radar=RadarService(db),
        )

    # cached_property writes the instance's __dict__ directly, which a frozen dataclass allows.

    @functools.cached_property
    def lists(self) -> ListService:
        from talentdesk.services.lists import ListService

        return ListService(self.db)

    @functools.cached_property
    def workflow(self) -> WorkflowService:
        from talentdesk.services.workflow import WorkflowService

        return WorkflowService(self.db)

    @functools.cached_property
    def cases(self) -> CaseService:
        from talentdesk.services.cases import CaseService

        return CaseService(self.db)

    @functools.cached_property
    def employers(self) -> EmployerService:
        from talentdesk.services.employers import EmployerService

        return EmployerService(self.db)

    @functools.cached_property
    def applicants(self) -> ApplicantService:
        from talentdesk.services.applicants import ApplicantService

        return ApplicantService(self.db)

    @functools.cached_property
    def researchers(self) -> ResearcherServices:
        from talentdesk.services.researcher_services import ResearcherServices

        return ResearcherServices.build(self.db)

    @functools.cached_property
    def audit(self) -> AuditService:
        from talentdesk.services.audit_service import AuditService

        return AuditService(self.db)

    @functools.cached_property
    def calendar(self) -> CalendarAdminService:
        from talentdesk.services.calendar_admin import CalendarAdminService

        return CalendarAdminService(self.db)

    @functools.cached_property
    def documents(self) -> DocumentService:
        from talentdesk.services.documents import DocumentService

        return DocumentService(self.db, self.cases, self.workflow, self.templates)

    @functools.cached_property
    def statistics(self) -> StatisticsService:
        from talentdesk.services.statistics import StatisticsService

        return StatisticsService(self.db)

    @functools.cached_property
    def exports(self) -> ExportService:
        from talentdesk.services.exports import ExportService

        return ExportService(self.db)

    @functools.cached_property
    def imports(self) -> ImportService:
        from talentdesk.services.imports import ImportService

        return ImportService(self.db, self.backups)
