"""Migrations: empty to head, down and up again, newer databases refused, failed upgrades undone."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from talentdesk.errors import StorageUnavailableError
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import (
    MIGRATIONS_DIR,
    current_revision,
    head_revision,
    migrate,
    numbered_head,
    upgrade_to_head,
)
from talentdesk.storage.tables import Base
from talentdesk.storage.tables.search import include_name, is_search_object
from tests.conftest import REPO_ROOT


def _tables(db: Database) -> set[str]:
    names = set(inspect(db.engine).get_table_names()) - {"alembic_version"}
    return {name for name in names if not is_search_object(name)}


def test_empty_database_reaches_head_and_matches_the_models(empty_db_url: str, tmp_path: Path):
    db = Database(empty_db_url)
    assert upgrade_to_head(db, tmp_path / "backups") is True
    assert current_revision(db) == head_revision()
    assert _tables(db) == set(Base.metadata.tables)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], "models and migrations disagree; write a migration"
    assert upgrade_to_head(db, tmp_path / "backups") is False  # nothing left to do
    db.dispose()


def test_downgrade_to_base_and_upgrade_again(empty_db_url: str, tmp_path: Path):
    db = Database(empty_db_url)
    upgrade_to_head(db, tmp_path / "backups")
    migrate(db, "base")
    assert current_revision(db) is None
    assert _tables(db) == set()
    migrate(db, "head")
    assert current_revision(db) == head_revision()
    assert _tables(db) == set(Base.metadata.tables)
    db.dispose()


def test_database_from_a_newer_version_is_refused_and_left_alone(empty_db_url: str, tmp_path: Path):
    db = Database(empty_db_url)
    upgrade_to_head(db, tmp_path / "backups")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(StorageUnavailableError) as caught:
        upgrade_to_head(db, tmp_path / "backups")
    assert caught.value.reason == "newer_database"
    assert current_revision(db) == "9999_from_the_future"
    db.dispose()


FAILING_MIGRATION = '''"""A step that damages data and then fails, as a buggy upgrade would."""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = {head!r}
branch_labels = None
depends_on = None


def upgrade():
    op.execute("DELETE FROM users")
    op.drop_table("org_settings")
    raise RuntimeError("upgrade step failed")


def downgrade():
    pass
'''


def test_failed_sqlite_upgrade_restores_the_backup(tmp_path: Path, sqlite_template: Path):
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO users (username, display_name, role, password_hash, active,"
            " failed_logins, created_at, created_by, updated_at, updated_by, version)"
            " VALUES ('wang', 'Wang', 'clerk', 'x', 1, 0, '2026-01-01', 's', '2026-01-01', 's', 1)"
        )
    scripts = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    (scripts / "versions" / "9999_fails.py").write_text(
        FAILING_MIGRATION.format(head=head_revision()), encoding="utf-8"
    )
    db = Database(path)
    with pytest.raises(StorageUnavailableError) as caught:
        upgrade_to_head(db, tmp_path / "backups", scripts)
    assert caught.value.reason == "migration_failed"
    assert list((tmp_path / "backups").glob("office-before-*.sqlite3")), "no backup was taken"
    restored = Database(path)
    assert current_revision(restored) == head_revision()
    assert "org_settings" in _tables(restored)
    with restored.engine.connect() as conn:
        assert conn.execute(text("SELECT username FROM users")).scalars().all() == ["wang"]
    restored.dispose()


def test_a_file_that_is_not_a_database_gets_a_clear_error(tmp_path: Path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"this is not an SQLite file at all" * 100)
    db = Database(path)
    with pytest.raises(StorageUnavailableError) as caught:
        upgrade_to_head(db, tmp_path / "backups")
    assert caught.value.reason == "corrupt"
    assert path.read_bytes().startswith(b"this is not"), "the file must be left as it was"
    db.dispose()


def test_the_numbered_head_is_alembics_head():
    assert numbered_head() == head_revision()


def test_an_up_to_date_database_opens_without_importing_alembic(tmp_path: Path):
    """Start-up time: alembic is loaded only when there is something to upgrade."""
    path = tmp_path / "current.sqlite3"
    db = Database(str(path))
    upgrade_to_head(db, tmp_path / "backups")
    db.dispose()
    probe = (
        "import sys; from pathlib import Path\n"
        "from talentdesk.storage.database import Database\n"
        "from talentdesk.storage.migrate import upgrade_to_head\n"
        f"db = Database({str(path)!r})\n"
        f"assert upgrade_to_head(db, Path({str(tmp_path / 'backups')!r})) is False\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=REPO_ROOT)
    assert out.stdout.strip() == "False"
