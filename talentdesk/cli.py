"""Command-line arguments: global options and the sub-commands (none starts the GUI)."""

from __future__ import annotations

import argparse
from pathlib import Path

from talentdesk import APP_NAME, __version__

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
    return parser


def parse_args(argv: list[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)
