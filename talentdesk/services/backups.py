"""Backups of a SQLite database: automatic and manual, rotation, restore, and start-up recovery."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from talentdesk.domain.accounts import Actor
from talentdesk.domain.backups import (
    BackupInfo,
    BackupReason,
    daily_due,
    to_rotate,
)
from talentdesk.domain.permissions import Action
from talentdesk.domain.problems import Problem
from talentdesk.errors import StorageUnavailableError, TalentDeskError, ValidationError
from talentdesk.services.common import Clock, audit, require, utc_now
from talentdesk.storage import backup as files
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import is_known_revision, upgrade_to_head

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10  # automatic backups kept per reason; manual ones are never removed


def local_time(utc: datetime) -> datetime:
    """Naive local time for a naive UTC one: backup names are read by people."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


class BackupService:
    """Backups of the application's SQLite file; PostgreSQL is backed up with pg_dump."""

    def __init__(
        self, db: Database, folder: Path, clock: Clock = utc_now, keep: int = DEFAULT_KEEP
    ) -> None:
        self._db = db
        self.folder = folder
        self._clock = clock
        self.keep = keep

    @property
    def available(self) -> bool:
        return self._db.sqlite_path is not None

    def list_backups(self, actor: Actor) -> list[BackupInfo]:
        """The backups of this database, newest first."""
        require(actor, Action.BACKUP_RESTORE)
        return files.list_backups(self._live().stem, self.folder)

    def create(self, actor: Actor) -> BackupInfo:
        """A manual backup: kept until someone deletes it by hand."""
        require(actor, Action.BACKUP_RESTORE)
        backup = self._take(BackupReason.MANUAL)
        with self._db.write() as session:
            audit(
                session, actor, self._clock(), "backup", "database", "", {"file": backup.path.name}
            )
        return backup

    def take(self, reason: BackupReason) -> BackupInfo | None:
        """An automatic backup (before an import, say); None on PostgreSQL.

        No permission check: the service that asks for it has checked its own.
        """
        if not self.available:
            return None
        backup = self._take(reason)
        self._rotate()
        return backup

    def automatic(self, *, at_start: bool) -> BackupInfo | None:
        """At start one backup (the daily one when a day has passed); later the daily when due.

        Never raises: a failed automatic backup must not stop the counter; it is logged.
        """
        if not self.available:
            return None
        try:
            due = daily_due(files.list_backups(self._live().stem, self.folder), self._now())
            if due or at_start:
                return self.take(BackupReason.DAILY if due else BackupReason.START)
        except TalentDeskError as exc:
            log.error("automatic backup failed: %s", exc)
        return None

    def automatic_in_background(self, *, at_start: bool) -> threading.Thread:
        """``automatic`` on its own thread: copying a large file must not hold up the window.

        Safe beside the GUI: it reads through its own SQLite connection (WAL lets writers go
        on) and writes under a temporary name. Not a daemon, so quitting waits for the copy.
        """
        thread = threading.Thread(
            target=self.automatic, kwargs={"at_start": at_start}, name="automatic-backup"
        )
        thread.start()
        return thread

    def restore(self, actor: Actor, candidate: Path) -> Path:
        """Replace the database by ``candidate`` after checking it; returns where the current
        data was saved first (a damaged file is moved there; a missing one leaves nothing).
        A backup from an older version is upgraded afterwards.

        Raises:
            ValidationError: the candidate is missing, damaged, not a talentdesk database or
                from a newer version (``backup_*``), or the copy failed (``restore_failed``).
        """
        require(actor, Action.BACKUP_RESTORE)
        live = self._live()
        check_candidate(candidate)
        try:
            saved = self._take(BackupReason.BEFORE_RESTORE).path if live.exists() else None
        except StorageUnavailableError as exc:
            if exc.reason != "corrupt":
                raise
            saved = None
        # Pooled connections must not outlive the content they were opened on.
        self._db.dispose()
        if saved is None:  # damaged or gone: SQLite cannot write into it, so replace the file
            saved = _aside(live, self.folder, self._now())
            files.replace_damaged(live, candidate, saved)
        else:
            files.restore_into(live, candidate)
        upgrade_to_head(self._db, self.folder)
        with self._db.write() as session:
            details = {"file": candidate.name, "saved_as": saved.name}
            audit(session, actor, self._clock(), "restore", "database", "", details)
        self._rotate()
        return saved

    def _live(self) -> Path:
        path = self._db.sqlite_path
        if path is None:
            raise ValidationError([Problem("backup_use_pg_dump", "database")])
        return path

    def _now(self) -> datetime:
        return local_time(self._clock())

    def _take(self, reason: BackupReason) -> BackupInfo:
        taken = self._now()
        path = files.take_backup(self._live(), self.folder, reason, taken)
        return BackupInfo(path, reason, taken, path.stat().st_size)

    def _rotate(self) -> None:
        files.remove_backups(
            to_rotate(files.list_backups(self._live().stem, self.folder), self.keep)
        )


def check_candidate(candidate: Path) -> str:
    """The schema revision of a file fit to restore (intact, talentdesk, not from a newer build).

    Raises:
        ValidationError: ``backup_missing``, ``backup_unreadable``, ``backup_damaged``,
            ``backup_not_talentdesk`` or ``backup_from_newer_version``.
    """
    revision = files.candidate_revision(candidate)
    if not is_known_revision(revision):
        raise ValidationError([Problem("backup_from_newer_version", files.BACKUP_FIELD)])
    return revision


def _aside(live: Path, folder: Path, now: datetime) -> Path:
    # Not a backup name: a damaged file is never listed, offered or rotated away.
    return folder / f"{live.stem}-damaged-{now:%Y%m%d-%H%M%S}{live.suffix}"


@dataclass(frozen=True)
class RecoveryOffer:
    """What start-up offers when the database cannot be used."""

    problem: str  # "corrupt": cannot be read; "missing": gone although backups of it exist
    database: Path
    backup: BackupInfo | None  # the newest backup that passes the checks, if any


def newest_good_backup(database: Path, folder: Path) -> BackupInfo | None:
    for backup in files.list_backups(database.stem, folder):
        try:
            check_candidate(backup.path)
        except ValidationError as exc:
            log.warning("backup %s cannot be restored: %s", backup.path, exc)
            continue
        return backup
    return None


def missing_database_offer(database: Path | None, folder: Path) -> RecoveryOffer | None:
    """Before opening: a SQLite file that is gone (or empty) while backups of it exist.

    Opening it would silently create an empty database, so the user is asked first.
    """
    if database is None or (database.exists() and database.stat().st_size > 0):
        return None
    if not files.list_backups(database.stem, folder):
        return None  # the very first start
    return RecoveryOffer("missing", database, newest_good_backup(database, folder))


def damaged_database_offer(
    error: TalentDeskError, database: Path | None, folder: Path
) -> RecoveryOffer | None:
    """After opening failed: a damaged SQLite file is offered its newest good backup."""
    if database is None or not (
        isinstance(error, StorageUnavailableError) and error.reason == "corrupt"
    ):
        return None
    return RecoveryOffer("corrupt", database, newest_good_backup(database, folder))


def restore_damaged(offer: RecoveryOffer, clock: Clock = utc_now) -> Path:
    """Put the offered backup in place of the damaged or missing file.

    Nobody is signed in: the database could not be opened. Returns where a damaged file
    was moved to.
    """
    assert offer.backup is not None, "there is nothing to restore"
    check_candidate(offer.backup.path)
    aside = _aside(offer.database, offer.backup.path.parent, local_time(clock()))
    files.replace_damaged(offer.database, offer.backup.path, aside)
    return aside
