"""Command-line arguments: global options and the sub-commands (none starts the GUI)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from talentdesk import APP_NAME, __version__
from talentdesk.export_commands import add_export_parser
from talentdesk.import_commands import add_import_parser

if TYPE_CHECKING:
    from talentdesk.domain.statistics import Period

DB_ENV = "TALENTDESK_DB"


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Foreign talent permits and young-researcher assessments, at one window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL",
        help=f"database: a SQLite file path or postgresql+psycopg://user@host/db "
        f"(default: ${DB_ENV}, then the settings, then a file in the user's data folder)",
    )
    parser.add_argument(
        "--data-dir", type=Path, metavar="DIR", help="keep settings, logs and backups below DIR"
    )
    parser.add_argument("--debug", action="store_true", help="log to the console too")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="create a temporary database, migrate it, build the main window offscreen, exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = commands.add_parser("demo", help="fill a database with realistic synthetic data")
    demo.add_argument("--applicants", type=positive_int, default=200, metavar="N")
    demo.add_argument("--researchers", type=positive_int, default=100, metavar="M")
    demo.add_argument(
        "--cases",
        type=positive_int,
        metavar="K",
        help="cases to create (default: one per applicant)",
    )
    demo.add_argument("--seed", type=int, default=2026, help="same seed, same data")
    _add_trust_commands(commands)
    _add_report_commands(commands)
    add_export_parser(commands)
    add_import_parser(commands)
    return parser


def month(text: str) -> Period:
    from talentdesk.domain.statistics import parse_month

    try:
        return parse_month(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}") from None


def _add_report_commands(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="write reports")
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    monthly = kinds.add_parser(
        "monthly", help="write the monthly statistics report (统计月报) of a month, with charts"
    )
    monthly.add_argument("--month", type=month, required=True, metavar="YYYY-MM")
    monthly.add_argument("--out", type=Path, required=True, metavar="FILE", help="an .xlsx file")
    monthly.add_argument(
        "--language", choices=("zh_CN", "en"), help="default: the interface language"
    )
    monthly.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="as above")


def _add_trust_commands(commands: argparse._SubParsersAction) -> None:
    audit = commands.add_parser("audit", help="check the audit trail")
    audit_actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = audit_actions.add_parser(
        "verify",
        help="check the hash chain: exit 0 when intact, 1 naming the first broken entry, "
        "3 when the database cannot be opened",
    )
    backup = commands.add_parser("backup", help="back up or restore a SQLite database")
    backup_actions = backup.add_subparsers(dest="backup_command", metavar="ACTION", required=True)
    create = backup_actions.add_parser("create", help="take a manual backup (never rotated away)")
    listing = backup_actions.add_parser("list", help="list the backups, newest first")
    restore = backup_actions.add_parser(
        "restore", help="check FILE, back up the current database, then restore FILE"
    )
    restore.add_argument("file", metavar="FILE")
    for sub in (verify, create, listing, restore):
        # Also accepted after the command; SUPPRESS keeps a --db given before it.
        sub.add_argument(
            "--db", metavar="URL", default=argparse.SUPPRESS, help="as the global --db"
        )


def parse_args(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)
