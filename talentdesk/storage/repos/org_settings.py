"""Office-wide settings: one JSON value per key, shared by every window."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from talentdesk.errors import ConflictError
from talentdesk.storage.tables import OrgSettingRow


@dataclasses.dataclass(frozen=True)
class StoredSetting:
    """A stored value and the version a later save must name."""

    value: Any
    version: int


def get_setting(session: Session, key: str) -> StoredSetting | None:
    # Two columns, not the ORM object: the radar reads its settings on every page.
    found = session.execute(
        select(OrgSettingRow.value, OrgSettingRow.version).where(OrgSettingRow.key == key)
    ).first()
    return StoredSetting(json.loads(found.value), found.version) if found else None


def put_setting(
    session: Session,
    key: str,
    value: Any,
    username: str,
    now: datetime,
    expected_version: int | None,
) -> StoredSetting:
    """Insert or replace ``key``.

    Args:
        expected_version: the version the editor read; None when it read no stored value.

    Raises:
        ConflictError: another window saved (or removed) the value since it was read.
    """
    row = session.get(OrgSettingRow, key)
    stored_version = row.version if row else None
    if stored_version != expected_version:
        raise ConflictError("org_setting", key, "stale")
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        row = OrgSettingRow(
            key=key, value=text, created_at=now, created_by=username, updated_at=now,
            updated_by=username,
        )
        session.add(row)
    else:
        row.value, row.updated_at, row.updated_by = text, now, username
    session.flush()
    return StoredSetting(value, row.version)


def delete_setting(session: Session, key: str, expected_version: int) -> None:
    """Remove ``key`` so the shipped default applies again.

    Raises:
        ConflictError: the value changed or went away since it was read.
    """
    row = session.get(OrgSettingRow, key)
    if row is None or row.version != expected_version:
        raise ConflictError("org_setting", key, "stale")
    session.delete(row)
    session.flush()
