"""Backup names and rotation: which files count as backups of which database, which go first."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from talentdesk.domain.backups import (
    BackupInfo,
    BackupReason,
    backup_name,
    daily_due,
    parse_backup_name,
    to_rotate,
)

T = datetime(2026, 11, 27, 9, 30, 15)


def test_names_say_database_reason_and_time():
    assert backup_name("talentdesk", BackupReason.BEFORE_MIGRATION, T) == (
        "talentdesk-before-migration-20261127-093015.sqlite3"
    )
    assert backup_name("talentdesk", BackupReason.MANUAL, T, 2).endswith("-093015-2.sqlite3")


@pytest.mark.parametrize("reason", list(BackupReason))
def test_every_name_parses_back(reason):
    for attempt in (0, 3):
        assert parse_backup_name("office-a", backup_name("office-a", reason, T, attempt)) == (
            reason,
            T,
        )


@pytest.mark.parametrize(
    "name",
    [
        "talentdesk.sqlite3",
        "talentdesk-damaged-20261127-093015.sqlite3",  # kept for support, never offered
        "talentdesk-manual-20261127-093015.sqlite3.partial",
        "talentdesk-manual-20261341-093015.sqlite3",  # no 41st of month 13
        "talentdesk-manual-start-20261127-093015.sqlite3",  # a database called talentdesk-manual
    ],
)
def test_other_files_are_not_backups_of_talentdesk(name):
    assert parse_backup_name("talentdesk", name) is None


def _backup(reason: BackupReason, hours: int) -> BackupInfo:
    taken = T + timedelta(hours=hours)
    return BackupInfo(Path(backup_name("db", reason, taken)), reason, taken, 1)


def test_rotation_keeps_the_newest_of_each_automatic_reason_and_every_manual_one():
    starts = [_backup(BackupReason.START, h) for h in range(5)]
    manual = [_backup(BackupReason.MANUAL, h) for h in range(5)]
    migration = [_backup(BackupReason.BEFORE_MIGRATION, -100)]
    removed = to_rotate([*starts, *manual, *migration], keep=3)
    assert removed == [starts[1], starts[0]]


def test_daily_is_due_a_day_after_the_last_daily_one():
    backups = [_backup(BackupReason.DAILY, 0), _backup(BackupReason.START, 20)]
    assert daily_due([], T)
    assert not daily_due(backups, T + timedelta(hours=23, minutes=59))
    assert daily_due(backups, T + timedelta(hours=24))
