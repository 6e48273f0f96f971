"""Schema upgrades at start-up: refuse newer databases, back up SQLite, restore on failure."""

from __future__ import annotations

import logging
import shutil
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import text

from talentdesk.domain.backups import BackupReason
from talentdesk.errors import StorageUnavailableError
from talentdesk.storage.backup import take_backup
from talentdesk.storage.database import Database

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic costs about 0.2 s to import, so start-up reads the revision with plain SQL and loads
# alembic only when there is something to upgrade.

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(script_location: Path = MIGRATIONS_DIR) -> Config:
    """Alembic configuration built in code, so no alembic.ini is needed at run time."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    return cfg


def _script(script_location: Path = MIGRATIONS_DIR) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(script_location))


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def numbered_head() -> str:
    """The head by file name: revisions are numbered ``NNNN`` and linear (docs/architecture.md).

    Cheap (no alembic import); ``tests/storage/test_migrate.py`` checks it equals
    ``head_revision()``.
    """
    return max(p.name[:4] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def is_known_revision(revision: str) -> bool:
    """True for a revision this build can upgrade from (or is at)."""
    return _is_known(_script(), revision)


def current_revision(db: Database) -> str | None:
    """The database's revision; None for a database alembic never touched."""
    with db.engine.connect() as conn:
        if not db.engine.dialect.has_table(conn, "alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_to_head(db: Database, backup_dir: Path, script_location: Path = MIGRATIONS_DIR) -> bool:
    """Bring ``db`` to this build's schema. Returns True when anything was applied.

    Raises:
        StorageUnavailableError: ``newer_database`` when the schema comes from a newer
            talentdesk; ``migration_failed`` when an upgrade step fails (SQLite is restored).
    """
    current = _checked_revision(db)
    if script_location == MIGRATIONS_DIR and current == numbered_head():
        return False
    script = _script(script_location)
    if current is not None and not _is_known(script, current):
        raise StorageUnavailableError("newer_database", current)
    if current == script.get_current_head():
        return False
    backup = _backup_sqlite(db, backup_dir, current)
    try:
        migrate(db, "head", script_location)
    except Exception as exc:
        log.exception("migration from %s failed", current)
        if backup is not None:
            _restore_sqlite(db, backup)
        raise StorageUnavailableError("migration_failed", str(exc)) from exc
    log.info("database migrated from %s to %s", current, script.get_current_head())
    return True


def migrate(db: Database, target: str, script_location: Path = MIGRATIONS_DIR) -> None:
    """Upgrade (or downgrade, for a revision below the current one) in one transaction."""
    from alembic import command
    from alembic.script import ScriptDirectory

    cfg = alembic_config(script_location)
    current = current_revision(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        script = ScriptDirectory.from_config(cfg)
        if current is not None and target != "head" and _is_below(script, target, current):
            command.downgrade(cfg, target)
        else:
            command.upgrade(cfg, target)


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    from alembic.util import CommandError

    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def _is_below(script: ScriptDirectory, target: str, current: str) -> bool:
    if target == "base":
        return True
    return any(rev.revision == target for rev in script.iterate_revisions(current, "base"))


def _checked_revision(db: Database) -> str | None:
    """The current revision, turning an unreadable file into a clear error."""
    try:
        return current_revision(db)
    except Exception as exc:
        text = str(exc).lower()
        reason = "corrupt" if ("not a database" in text or "malformed" in text) else "unreachable"
        raise StorageUnavailableError(reason, str(exc)) from exc


def _backup_sqlite(db: Database, backup_dir: Path, revision: str | None) -> Path | None:
    """Back the SQLite file up (a new, empty database has nothing worth keeping)."""
    source = db.sqlite_path
    if source is None or revision is None or not source.exists():
        return None
    target = take_backup(source, backup_dir, BackupReason.BEFORE_MIGRATION, datetime.now())
    log.info("backed up revision %s before migrating", revision)
    return target


def _restore_sqlite(db: Database, backup: Path) -> None:
    source = db.sqlite_path
    assert source is not None
    db.dispose()
    for suffix in ("-wal", "-shm"):
        Path(f"{source}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(backup, source)
    log.warning("restored %s from %s after a failed migration", source, backup)
