"""ORM tables; importing this package registers every table on ``Base.metadata``."""

from talentdesk.storage.tables.accounts import UserRow
from talentdesk.storage.tables.audit import AuditRow
from talentdesk.storage.tables.base import Base
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

__all__ = [
    "ApplicantRow",
    "AuditRow",
    "Base",
    "CaseCounterRow",
    "CaseRow",
    "ChecklistItemRow",
    "EmployerRow",
    "HandlerRow",
    "IssuedPermitRow",
    "OrgSettingRow",
    "PassportRow",
    "SocialWageRow",
    "TrackEventRow",
    "TrackRow",
    "UserRow",
]
