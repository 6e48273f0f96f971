"""ORM tables; importing this package registers every table on ``Base.metadata``."""

from talentdesk.storage.tables.accounts import UserRow
from talentdesk.storage.tables.audit import AuditRow
from talentdesk.storage.tables.base import Base
from talentdesk.storage.tables.org_settings import OrgSettingRow

__all__ = ["AuditRow", "Base", "OrgSettingRow", "UserRow"]
