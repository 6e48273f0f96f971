"""What every service shares: the clock, the permission check, and the audit record."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import AuditEntry
from talentdesk.domain.permissions import Action, allowed
from talentdesk.errors import PermissionDeniedError
from talentdesk.storage.repos.audit import append_entry

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    """Naive UTC: the form every timestamp is stored in, on SQLite and PostgreSQL alike."""
    return datetime.now(UTC).replace(tzinfo=None)


def local_today(now_utc: datetime) -> date:
    """The office's calendar day at the naive-UTC moment ``now_utc``.

    Deadlines, receipts and "today" are the clerk's day: at 07:30 in Nanjing it is still
    yesterday in UTC, so the UTC date would stamp a receipt with the wrong day.
    """
    return now_utc.replace(tzinfo=UTC).astimezone().date()


def require(actor: Actor, action: Action) -> None:
    """Refuse in the service, whatever the GUI showed."""
    if not allowed(actor.role, action):
        raise PermissionDeniedError(str(action), str(actor.role))


def audit(
    session: Session,
    actor: Actor,
    at: datetime,
    action: str,
    entity: str,
    entity_id: object,
    details: dict[str, Any] | None = None,
) -> None:
    """Record one audited event in the caller's transaction."""
    append_entry(
        session,
        AuditEntry(
            at, actor.username, actor.workstation, action, entity, str(entity_id), details or {}
        ),
    )
