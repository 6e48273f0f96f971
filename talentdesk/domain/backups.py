"""Backup files: how they are named, what they were taken for, and which ones rotation removes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
DAILY_INTERVAL = timedelta(days=1)


class BackupReason(StrEnum):
    """Part of the file name: never rename a value, older backups would no longer be listed."""

    START = "start"
    DAILY = "daily"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"
    MANUAL = "manual"


AUTOMATIC = frozenset(BackupReason) - {BackupReason.MANUAL}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: BackupReason
    taken: datetime  # local time, as in the file name: people read these names in a folder
    size: int  # bytes


def backup_name(stem: str, reason: BackupReason, taken: datetime, attempt: int = 0) -> str:
    """``talentdesk-manual-20261127-093015.sqlite3``; ``attempt`` separates two in one second."""
    extra = f"-{attempt}" if attempt else ""
    return f"{stem}-{reason}-{taken.strftime(_STAMP)}{extra}{SUFFIX}"


def parse_backup_name(stem: str, name: str) -> tuple[BackupReason, datetime] | None:
    """Reason and time of a backup of the database ``stem``; None for any other file."""
    reasons = "|".join(re.escape(r) for r in BackupReason)
    found = re.fullmatch(
        rf"{re.escape(stem)}-({reasons})-(\d{{8}}-\d{{6}})(?:-\d+)?{re.escape(SUFFIX)}", name
    )
    if found is None:
        return None
    try:
        taken = datetime.strptime(found[2], _STAMP)
    except ValueError:
        return None
    return BackupReason(found[1]), taken


def to_rotate(backups: Iterable[BackupInfo], keep: int) -> list[BackupInfo]:
    """Automatic backups beyond the newest ``keep`` of each reason; manual ones stay.

    Per reason, so that frequent starts never push out the daily or pre-migration backups.
    """
    by_reason: dict[BackupReason, list[BackupInfo]] = {}
    for backup in backups:
        if backup.reason in AUTOMATIC:
            by_reason.setdefault(backup.reason, []).append(backup)
    surplus = []
    for group in by_reason.values():
        group.sort(key=lambda b: b.taken, reverse=True)
        surplus.extend(group[max(keep, 1) :])
    return surplus


def daily_due(backups: Iterable[BackupInfo], now: datetime) -> bool:
    """True when no daily backup was taken in the last day (``now`` in local time)."""
    return all(
        b.reason is not BackupReason.DAILY or now - b.taken >= DAILY_INTERVAL for b in backups
    )
