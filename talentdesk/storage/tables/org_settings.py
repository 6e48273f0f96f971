"""Office-wide settings shared by every window: one JSON value per key."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from talentdesk.storage.tables.base import Base, Editable


class OrgSettingRow(Editable, Base):
    __tablename__ = "org_settings"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
