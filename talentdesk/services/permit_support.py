"""What the permit-side services share: who-and-when stamps, version checks, audit values."""

from __future__ import annotations

from datetime import datetime
from typing import Any, TypeVar

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import field_changes
from talentdesk.errors import ConflictError, NotFoundError
from talentdesk.storage.repos.permits import json_value
from talentdesk.storage.tables.base import Editable

T = TypeVar("T")


def new_stamp(actor: Actor, now: datetime) -> dict[str, Any]:
    """The Editable columns of a row created now by ``actor``."""
    return {
        "created_at": now,
        "created_by": actor.username,
        "updated_at": now,
        "updated_by": actor.username,
    }


def touch(row: Editable, actor: Actor, now: datetime) -> None:
    """Record who changed ``row`` and when; the flush also raises its version."""
    row.updated_at = now
    row.updated_by = actor.username


def check_version(row: Editable, expected_version: int, kind: str, key: object) -> None:
    """Refuse a save based on an older read than what is stored now.

    The ORM's version column only guards the gap between this transaction's read and its
    write; the form's read happened long before, so its version is compared here.
    """
    if row.version != expected_version:
        raise ConflictError(kind, key, "stale")


def found(value: T | None, kind: str, key: object) -> T:
    if value is None:
        raise NotFoundError(kind, key)
    return value


def changes(old: Any, new: Any) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` between two records, in the audit's JSON form."""
    return field_changes(json_value(old), json_value(new))
