"""The ``audit verify`` and ``backup create|list|restore`` commands (no GUI, no sign-in)."""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
from pathlib import Path

from talentdesk.domain.accounts import Actor, Role
from talentdesk.errors import TalentDeskError
from talentdesk.paths import AppPaths
from talentdesk.services.audit_service import AuditService
from talentdesk.services.backups import BackupService
from talentdesk.storage.database import Database
from talentdesk.texts import error_text  # the GUI's sentences, in English
from talentdesk.texts.trust import chain_report_text

EXIT_BROKEN = 1  # the audit trail is broken, or a backup command was refused
EXIT_UNUSABLE = 3  # the database cannot be opened


def _open(url: str, *, must_exist: bool) -> Database:
    db = Database(url)
    path = db.sqlite_path
    if must_exist and path is not None and not path.is_file():
        db.dispose()
        raise FileNotFoundError(path)
    return db


def command_line_actor() -> Actor:
    """Whoever can run the command can copy the file anyway; the audit names the OS user."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "unknown"
    return Actor(0, f"cli:{user}"[:64], "command line", Role.ADMINISTRATOR, socket.gethostname())


def run_audit(url: str) -> int:
    """``audit verify``: exit 0 when the chain is intact, 1 naming the first broken entry."""
    try:
        db = _open(url, must_exist=True)
    except FileNotFoundError as missing:
        print(f"talentdesk audit: no database at {missing}", file=sys.stderr)
        return EXIT_UNUSABLE
    try:
        report = AuditService(db).verify()
    except TalentDeskError as exc:
        print(f"talentdesk audit: {error_text(exc)}", file=sys.stderr)
        return EXIT_UNUSABLE
    finally:
        db.dispose()
    print(chain_report_text(report))
    return 0 if report.intact else EXIT_BROKEN


def run_backup(args: argparse.Namespace, url: str, paths: AppPaths) -> int:
    """``backup create|list|restore FILE`` on a SQLite database."""
    try:
        db = _open(url, must_exist=args.backup_command != "restore")
    except FileNotFoundError as missing:
        print(f"talentdesk backup: no database at {missing}", file=sys.stderr)
        return EXIT_UNUSABLE
    service = BackupService(db, paths.backups)
    actor = command_line_actor()
    try:
        if args.backup_command == "create":
            print(service.create(actor).path)
        elif args.backup_command == "list":
            for backup in service.list_backups(actor):
                taken = backup.taken.strftime("%Y-%m-%d %H:%M:%S")
                print(f"{taken}  {backup.reason:<16} {backup.size:>12,}  {backup.path}")
        else:
            saved = service.restore(actor, Path(args.file).expanduser().resolve())
            print(f"restored {args.file}; the previous database was saved as {saved}")
    except TalentDeskError as exc:
        print(f"talentdesk backup: {error_text(exc)}", file=sys.stderr)
        return EXIT_BROKEN
    finally:
        db.dispose()
    return 0
