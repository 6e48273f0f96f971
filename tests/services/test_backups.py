"""Backups of a real SQLite file: create, rotate, restore, refuse bad files, recover at start."""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.audit_chain import AuditFilter
from talentdesk.domain.backups import BackupReason
from talentdesk.errors import PermissionDeniedError, StorageUnavailableError, ValidationError
from talentdesk.services.accounts import AccountService
from talentdesk.services.audit_service import AuditService
from talentdesk.services.backups import (
    BackupService,
    damaged_database_offer,
    missing_database_offer,
    restore_damaged,
)
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import current_revision, head_revision, migrate, upgrade_to_head
from talentdesk.texts import problem_text
from tests.conftest import PG_ENV


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 1, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


@pytest.fixture
def accounts(sqlite_database: Database, clock: Clock) -> AccountService:
    return AccountService(sqlite_database, clock, workstation="window-1")


@pytest.fixture
def admin(accounts: AccountService) -> Actor:
    return accounts.create_first_admin("admin", "王管理", "secret-2026")


@pytest.fixture
def backups(sqlite_database: Database, folder: Path, clock: Clock) -> BackupService:
    return BackupService(sqlite_database, folder, clock, keep=3)


def _usernames(path: Path) -> list[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return [row[0] for row in conn.execute("SELECT username FROM users ORDER BY username")]


def test_a_manual_backup_is_a_complete_database_and_is_recorded(
    backups, accounts, admin, sqlite_database
):
    accounts.create_user(admin, "li", "李娜", Role.CLERK, "clerk-2026")
    backup = backups.create(admin)
    assert backup.reason is BackupReason.MANUAL and backup.size > 0
    assert backup.path.name.startswith("talentdesk-manual-")
    assert _usernames(backup.path) == ["admin", "li"]
    assert not list(backup.path.parent.glob("*.partial"))
    assert [b.path for b in backups.list_backups(admin)] == [backup.path]
    (entry,) = (
        AuditService(sqlite_database).list_entries(admin, AuditFilter(action="backup")).records
    )
    assert entry.entry.details == {"file": backup.path.name}


def test_a_backup_folder_that_cannot_be_made_is_explained_in_words_and_nothing_is_recorded(
    sqlite_database, tmp_path, clock, admin
):
    (tmp_path / "U盘").write_text("a file where the folder should be")
    backups = BackupService(sqlite_database, tmp_path / "U盘" / "备份", clock, keep=3)
    with pytest.raises(ValidationError) as refused:
        backups.create(admin)
    (problem,) = refused.value.problems
    assert (problem.code, problem.field) == ("backup_failed", "backup_file")
    assert problem_text(problem) == (
        "The backup could not be written: a file of that name is in the way of a folder"
    )
    zh = {"The backup could not be written: {detail}": "无法写入备份：{detail}",
          "a file of that name is in the way of a folder": "路径中的文件夹名已被同名文件占用"}
    assert problem_text(problem, lambda text: zh.get(text, text)) == (
        "无法写入备份：路径中的文件夹名已被同名文件占用"
    )  # fmt: skip
    assert not AuditService(sqlite_database).list_entries(
        admin, AuditFilter(action="backup")
    ).records


def test_only_administrators_back_up_and_restore(backups, accounts, admin):
    accounts.create_user(admin, "zhou", "周", Role.SUPERVISOR, "super-2026")
    supervisor = accounts.authenticate("zhou", "super-2026")
    for call in (
        lambda: backups.create(supervisor),
        lambda: backups.list_backups(supervisor),
        lambda: backups.restore(supervisor, Path("x.sqlite3")),
    ):
        with pytest.raises(PermissionDeniedError):
            call()


def test_rotation_keeps_the_newest_automatic_ones_and_all_manual_ones(backups, admin, clock):
    manual = [backups.create(admin) for _ in range(2)]
    starts = []
    for _ in range(5):
        clock.advance(minutes=1)
        starts.append(backups.take(BackupReason.START))
    kept = {b.path for b in backups.list_backups(admin)}
    assert kept == {b.path for b in manual} | {b.path for b in starts[-3:]}


def test_start_takes_the_daily_backup_when_a_day_has_passed(backups, admin, clock):
    assert backups.automatic(at_start=True).reason is BackupReason.DAILY
    clock.advance(hours=2)
    assert backups.automatic(at_start=True).reason is BackupReason.START
    assert backups.automatic(at_start=False) is None, "the timer only takes the daily one"
    clock.advance(hours=22)
    assert backups.automatic(at_start=False).reason is BackupReason.DAILY


def test_restore_puts_back_the_old_content_and_keeps_the_current_one(
    backups, accounts, admin, sqlite_database, clock
):
    accounts.create_user(admin, "li", "李娜", Role.CLERK, "clerk-2026")
    backup = backups.create(admin)
    clock.advance(minutes=5)
    accounts.create_user(admin, "zhao", "赵", Role.CLERK, "clerk-2026")
    other_window = Database(sqlite_database.sqlite_path)  # another connection stays open
    with other_window.read() as session:
        assert session.execute(text("SELECT count(*) FROM users")).scalar() == 3
    saved = backups.restore(admin, backup.path)
    assert _usernames(sqlite_database.sqlite_path) == ["admin", "li"]
    assert _usernames(saved) == ["admin", "li", "zhao"], "the state before the restore is kept"
    assert saved.name.startswith("talentdesk-before-restore-")
    with other_window.read() as session:
        assert session.execute(text("SELECT count(*) FROM users")).scalar() == 2
    other_window.dispose()
    audit = AuditService(sqlite_database)
    assert audit.verify().intact
    (entry,) = audit.list_entries(admin, AuditFilter(action="restore")).records
    assert entry.entry.details == {"file": backup.path.name, "saved_as": saved.name}


def test_a_backup_from_an_older_version_is_upgraded_after_restoring(
    backups, admin, tmp_path, sqlite_database
):
    old = Database(tmp_path / "old.sqlite3")
    upgrade_to_head(old, tmp_path / "scratch")
    migrate(old, "0004")
    old.dispose()
    backups.restore(admin, tmp_path / "old.sqlite3")
    assert current_revision(sqlite_database) == head_revision()


def _not_talentdesk(path: Path) -> None:
    path.unlink()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE notes (text TEXT)")


def _from_the_future(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")


def _damaged(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2 : 4096 * 2 + 2000] = b"\x07" * 2000  # inside a b-tree page
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        (lambda p: p.write_bytes(b"PK\x03\x04 a spreadsheet" * 200), "backup_unreadable"),
        (_damaged, "backup_damaged"),
        (_not_talentdesk, "backup_not_talentdesk"),
        (_from_the_future, "backup_from_newer_version"),
        (lambda p: p.unlink(), "backup_missing"),
    ],
    ids=["garbage", "damaged", "foreign", "newer", "missing"],
)
def test_restore_refuses_a_bad_candidate_and_changes_nothing(
    backups, accounts, admin, sqlite_database, spoil, code
):
    accounts.create_user(admin, "li", "李娜", Role.CLERK, "clerk-2026")
    candidate = backups.create(admin).path
    spoil(candidate)
    before = sorted(p.name for p in backups.folder.iterdir())
    with pytest.raises(ValidationError) as caught:
        backups.restore(admin, candidate)
    assert [p.code for p in caught.value.problems] == [code]
    assert _usernames(sqlite_database.sqlite_path) == ["admin", "li"]
    assert sorted(p.name for p in backups.folder.iterdir()) == before, "no safety copy needed"


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set")
def test_postgresql_is_backed_up_with_pg_dump(pg_schema_url: str, tmp_path: Path):
    database = Database(pg_schema_url)
    upgrade_to_head(database, tmp_path / "backups")
    service = BackupService(database, tmp_path / "backups")
    admin = AccountService(database).create_first_admin("admin", "Admin", "secret-2026")
    assert not service.available and service.automatic(at_start=True) is None
    for call in (lambda: service.create(admin), lambda: service.list_backups(admin)):
        with pytest.raises(ValidationError) as caught:
            call()
        assert [p.code for p in caught.value.problems] == ["backup_use_pg_dump"]
    database.dispose()


# Start-up recovery: the decisions, without any dialog.


def _corrupt(path: Path) -> None:
    path.write_bytes(b"\x00" * 100 + path.read_bytes()[100:])  # the header is gone


def test_a_corrupt_file_is_offered_the_newest_good_backup(
    backups, admin, sqlite_database, folder, clock, tmp_path
):
    good = backups.create(admin)
    clock.advance(minutes=1)
    newer_but_damaged = backups.create(admin)
    _damaged(newer_but_damaged.path)
    live = sqlite_database.sqlite_path
    sqlite_database.dispose()
    _corrupt(live)
    with pytest.raises(StorageUnavailableError) as caught:
        upgrade_to_head(Database(live), tmp_path / "scratch")
    offer = damaged_database_offer(caught.value, live, folder)
    assert (offer.problem, offer.backup.path) == ("corrupt", good.path)
    aside = restore_damaged(offer)
    assert aside.name.startswith("talentdesk-damaged-") and aside.read_bytes()[:4] == b"\x00" * 4
    assert _usernames(live) == ["admin"]
    assert damaged_database_offer(caught.value, None, folder) is None, "PostgreSQL: no offer"


def test_a_corrupt_file_without_backups_gets_an_offer_without_a_backup(sqlite_database, folder):
    live = sqlite_database.sqlite_path
    sqlite_database.dispose()
    _corrupt(live)
    with pytest.raises(StorageUnavailableError) as caught:
        upgrade_to_head(Database(live), folder)
    offer = damaged_database_offer(caught.value, live, folder)
    assert offer.problem == "corrupt" and offer.backup is None


def test_a_vanished_database_with_backups_is_not_silently_recreated(
    backups, admin, sqlite_database, folder
):
    live = sqlite_database.sqlite_path
    assert missing_database_offer(live, folder) is None, "present: nothing to offer"
    backup = backups.create(admin)
    sqlite_database.dispose()
    live.write_bytes(b"")
    assert missing_database_offer(live, folder).backup.path == backup.path
    live.unlink()
    offer = missing_database_offer(live, folder)
    assert (offer.problem, offer.backup.path) == ("missing", backup.path)
    restore_damaged(offer)
    assert _usernames(live) == ["admin"]


def test_the_very_first_start_gets_no_offer(tmp_path: Path):
    assert missing_database_offer(tmp_path / "new.sqlite3", tmp_path / "backups") is None
    assert missing_database_offer(None, tmp_path / "backups") is None


def test_restoring_over_a_database_damaged_at_run_time(backups, admin, sqlite_database, folder):
    backup = backups.create(admin)
    live = sqlite_database.sqlite_path
    sqlite_database.dispose()
    _corrupt(live)
    saved = backups.restore(admin, backup.path)
    assert saved.name.startswith("talentdesk-damaged-")
    assert _usernames(live) == ["admin"]


def test_the_start_backup_runs_beside_the_window(backups, admin, sqlite_database):
    thread = backups.automatic_in_background(at_start=True)
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert [b.reason for b in backups.list_backups(admin)] == [BackupReason.DAILY]
