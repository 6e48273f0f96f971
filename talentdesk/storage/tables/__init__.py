"""ORM tables; importing this package registers every table on ``Base.metadata``."""

from talentdesk.storage.tables.accounts import UserRow
from talentdesk.storage.tables.audit import AuditRow
from talentdesk.storage.tables.base import Base
from talentdesk.storage.tables.calendar import CalendarDayRow, CalendarYearRow
from talentdesk.storage.tables.org_settings import OrgSettingRow
from talentdesk.storage.tables.permits import (
    ApplicantRow,
    CaseCounterRow,
    CaseRow,
    ChecklistItemRow,
    EmployerRow,
    HandlerRow,
    IssuedPermitRow,
    PassportRow,
    SocialWageRow,
    TrackEventRow,
    TrackRow,
)
from talentdesk.storage.tables.researchers import (
    CheckpointRow,
    EnrollmentRow,
    ExtensionRow,
    IndividualPlanRow,
    ProgramRow,
    ProgramVersionRow,
    RepresentativeWorkRow,
    ResearcherRow,
    ReviewerRow,
    RewardClaimRow,
    ScorecardRow,
    TrancheRow,
)
from talentdesk.storage.tables.working_days import WorkingDayRow

__all__ = [
    "ApplicantRow",
    "AuditRow",
    "Base",
    "CalendarDayRow",
    "CalendarYearRow",
    "CaseCounterRow",
    "CaseRow",
    "ChecklistItemRow",
    "CheckpointRow",
    "EmployerRow",
    "EnrollmentRow",
    "ExtensionRow",
    "HandlerRow",
    "IndividualPlanRow",
    "IssuedPermitRow",
    "OrgSettingRow",
    "PassportRow",
    "ProgramRow",
    "ProgramVersionRow",
    "RepresentativeWorkRow",
    "ResearcherRow",
    "ReviewerRow",
    "RewardClaimRow",
    "ScorecardRow",
    "SocialWageRow",
    "TrackEventRow",
    "TrackRow",
    "TrancheRow",
    "UserRow",
    "WorkingDayRow",
]
