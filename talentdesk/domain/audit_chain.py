"""Audit entries and their hash chain: changing or removing any entry breaks every later hash."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

GENESIS_HASH = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    username: str
    workstation: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


def canonical_details(details: dict[str, Any]) -> str:
    """One JSON text per content, so the hash does not depend on key order."""
    return json.dumps(
        details, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str
    )


def entry_hash(entry: AuditEntry, prev_hash: str) -> str:
    payload = "\x1f".join(
        (
            entry.at.isoformat(timespec="microseconds"),
            entry.username,
            entry.workstation,
            entry.action,
            entry.entity,
            entry.entity_id,
            canonical_details(entry.details),
            prev_hash,
        )
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def field_changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """``{field: [old, new]}`` for every field whose value differs."""
    return {key: [old.get(key), new.get(key)] for key in new if old.get(key) != new.get(key)}
