"""SQLite backup files: consistent online copies, checks of a candidate, and putting one back."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

from talentdesk.domain.backups import BackupInfo, BackupReason, backup_name, parse_backup_name
from talentdesk.domain.problems import Problem
from talentdesk.errors import StorageUnavailableError, ValidationError

log = logging.getLogger(__name__)

BACKUP_FIELD = "backup_file"
_PARTIAL = ".partial"


def _connect(path: Path, mode: str) -> sqlite3.Connection:
    # A URI with a mode never creates a missing file (a plain connect would, silently).
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True)


@contextmanager
def _sqlite_errors(code: str) -> Iterator[None]:
    """A damaged file becomes StorageUnavailableError("corrupt"); other failures a Problem."""
    try:
        yield
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text or "malformed" in text:
            raise StorageUnavailableError("corrupt", str(exc)) from exc
        raise ValidationError([Problem(code, BACKUP_FIELD, {"detail": str(exc)})]) from exc
    except OSError as exc:  # the messages put the usual causes in words by ``errno``
        detail = {"detail": exc.strerror or str(exc), "errno": exc.errno}
        raise ValidationError([Problem(code, BACKUP_FIELD, detail)]) from exc


def _copy_pages(source: Path, target: Path) -> None:
    """Copy with SQLite's backup API: consistent while others write, WAL content included."""
    with closing(_connect(source, "ro")) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        # One self-contained file that opens read-only anywhere, without -wal and -shm.
        dst.execute("PRAGMA journal_mode=DELETE")


def take_backup(source: Path, folder: Path, reason: BackupReason, taken: datetime) -> Path:
    """Back ``source`` up into ``folder``; the name says the reason and the (local) time.

    Written under a temporary name and renamed, so a half-written file is never a backup.

    Raises:
        StorageUnavailableError: ``corrupt`` when ``source`` cannot be read as a database.
        ValidationError: ``backup_failed`` (disk full, no permission …).
    """
    with _sqlite_errors("backup_failed"):
        folder.mkdir(parents=True, exist_ok=True)
        attempt = 0
        while (target := folder / backup_name(source.stem, reason, taken, attempt)).exists():
            attempt += 1
        partial = target.with_name(target.name + _PARTIAL)
        try:
            _copy_pages(source, partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    log.info("backed up %s to %s", source, target)
    return target


def list_backups(stem: str, folder: Path) -> list[BackupInfo]:
    """The backups of the database named ``stem`` in ``folder``, newest first."""
    found = []
    for path in folder.glob(f"{stem}-*"):
        parsed = parse_backup_name(stem, path.name)
        if parsed is not None and path.is_file():
            found.append(BackupInfo(path, parsed[0], parsed[1], path.stat().st_size))
    return sorted(found, key=lambda b: b.taken, reverse=True)


def remove_backups(backups: Iterable[BackupInfo]) -> None:
    for backup in backups:
        try:
            backup.path.unlink(missing_ok=True)
        except OSError as exc:  # in use by a virus scanner, say: try again next time
            log.warning("could not remove old backup %s: %s", backup.path, exc)
        else:
            log.info("removed old backup %s", backup.path)


def candidate_revision(path: Path) -> str:
    """The schema revision of a file that passes ``PRAGMA integrity_check``.

    Raises:
        ValidationError: ``backup_missing``, ``backup_unreadable``, ``backup_damaged`` or
            ``backup_not_talentdesk``.
    """
    if not path.is_file():
        raise ValidationError([Problem("backup_missing", BACKUP_FIELD)])
    try:
        with closing(_connect(path, "ro")) as conn:
            verdict = [row[0] for row in conn.execute("PRAGMA integrity_check")]
            if verdict != ["ok"]:
                log.warning("backup %s fails the integrity check: %s", path, verdict[:5])
                raise ValidationError([Problem("backup_damaged", BACKUP_FIELD)])
            try:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            except sqlite3.OperationalError:  # no such table
                row = None
    except sqlite3.DatabaseError as exc:
        code = "backup_damaged" if "malformed" in str(exc).lower() else "backup_unreadable"
        raise ValidationError([Problem(code, BACKUP_FIELD, {"detail": str(exc)})]) from exc
    if row is None:
        raise ValidationError([Problem("backup_not_talentdesk", BACKUP_FIELD)])
    return str(row[0])


def restore_into(live: Path, candidate: Path) -> None:
    """Write ``candidate`` over the live database through SQLite itself.

    Unlike replacing the file this keeps WAL and locking consistent: another connection
    waits while it runs and then reads the restored content.

    Raises:
        StorageUnavailableError: ``corrupt`` when the live file cannot be opened as a database.
        ValidationError: ``restore_failed``.
    """
    with (
        _sqlite_errors("restore_failed"),
        closing(_connect(candidate, "ro")) as src,
        closing(_connect(live, "rw")) as dst,
    ):
        src.backup(dst)
    log.warning("restored %s from %s", live, candidate)


def replace_damaged(live: Path, candidate: Path, aside: Path) -> None:
    """Put ``candidate`` in place of a live file SQLite cannot open (or that is gone).

    The damaged file and its -wal/-shm are moved to ``aside…`` for support, never deleted.

    Raises:
        ValidationError: ``restore_failed`` (no permission, file in use …).
    """
    with _sqlite_errors("restore_failed"):
        aside.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm"):
            damaged = Path(f"{live}{suffix}")
            if damaged.exists():
                shutil.move(damaged, f"{aside}{suffix}")
        partial = live.with_name(live.name + _PARTIAL)
        shutil.copyfile(candidate, partial)
        os.replace(partial, live)
    log.warning("replaced damaged %s by %s (damaged file kept as %s)", live, candidate, aside)
