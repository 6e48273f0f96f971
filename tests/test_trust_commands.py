"""`talentdesk audit verify` and `talentdesk backup create|list|restore` on the command line."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from talentdesk.cli import parse_args
from talentdesk.domain.accounts import Role
from talentdesk.paths import AppPaths
from talentdesk.services.accounts import AccountService
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import upgrade_to_head
from talentdesk.trust_commands import EXIT_BROKEN, EXIT_UNUSABLE, run_audit, run_backup
from tests.commands import run_without_qt as _cli
from tests.conftest import PG_ENV


@pytest.fixture
def office(tmp_path: Path, sqlite_template: Path) -> Path:
    """A SQLite database with an administrator and a clerk: three audit entries."""
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    accounts = AccountService(db)
    admin = accounts.create_first_admin("admin", "Admin", "secret-2026")
    accounts.create_user(admin, "li", "Li", Role.CLERK, "clerk-2026")
    accounts.authenticate("li", "clerk-2026")
    db.dispose()
    return path


def _tamper(path: Path) -> None:
    db = Database(path)
    with db.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_delete"))
        conn.execute(text("DELETE FROM audit_log WHERE id = 2"))
    db.dispose()


def test_verify_exits_zero_when_intact_and_one_naming_the_broken_entry(office: Path, tmp_path):
    intact = _cli(tmp_path / "data", "audit", "verify", "--db", str(office))
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.startswith("The audit trail is intact: 3 entries checked.")
    _tamper(office)
    broken = _cli(tmp_path / "data", "--db", str(office), "audit", "verify")
    assert broken.returncode == EXIT_BROKEN
    assert "broken at entry no. 3: entries before it were deleted" in broken.stdout
    assert "last intact entry is no. 1" in broken.stdout


def test_verify_of_a_missing_file_creates_nothing(tmp_path: Path, capsys):
    missing = tmp_path / "nowhere.sqlite3"
    assert run_audit(str(missing)) == EXIT_UNUSABLE
    assert "no database at" in capsys.readouterr().err
    assert not missing.exists()


def _backup(argv: list[str], office: Path, paths: AppPaths) -> int:
    return run_backup(parse_args(["backup", *argv]), str(office), paths)


def test_backup_create_list_and_restore(office: Path, app_paths: AppPaths, capsys):
    assert _backup(["create"], office, app_paths) == 0
    created = Path(capsys.readouterr().out.strip())
    assert created.parent == app_paths.backups and created.name.startswith("office-manual-")
    assert _backup(["list"], office, app_paths) == 0
    listing = capsys.readouterr().out
    assert "manual" in listing and str(created) in listing
    assert _backup(["restore", str(created)], office, app_paths) == 0
    assert "the previous database was saved as" in capsys.readouterr().out
    db = Database(office)
    with db.read() as session:
        actions = session.execute(text("SELECT action, username FROM audit_log")).all()
    db.dispose()
    assert actions[-1][0] == "restore" and actions[-1][1].startswith("cli:")


def test_restore_refuses_a_file_that_is_no_backup(office: Path, app_paths: AppPaths):
    notes = app_paths.data / "notes.sqlite3"
    notes.write_text("not a database", encoding="utf-8")
    refused = _cli(app_paths.data, "backup", "restore", str(notes), "--db", str(office))
    assert refused.returncode == EXIT_BROKEN
    assert refused.stderr == "talentdesk backup: Backup file: this is not a database file.\n"


@pytest.mark.postgres
@pytest.mark.skipif(not os.environ.get(PG_ENV), reason=f"{PG_ENV} not set")
def test_postgresql_backups_point_to_pg_dump(pg_schema_url: str, app_paths: AppPaths, capsys):
    db = Database(pg_schema_url)
    upgrade_to_head(db, app_paths.backups)
    db.dispose()
    assert run_backup(parse_args(["backup", "create"]), pg_schema_url, app_paths) == EXIT_BROKEN
    assert "pg_dump" in capsys.readouterr().err
