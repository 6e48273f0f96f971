"""``talentdesk import KIND FILE``: a roster checked row by row, imported whole or not at all."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from talentdesk.domain.accounts import Actor
    from talentdesk.domain.imports import ImportKind, ImportPreview
    from talentdesk.storage.database import Database

KINDS = ("applicants", "employers", "researchers")  # ImportKind values; imported late
EXIT_REFUSED = 1  # error rows (nothing imported), or the file or database could not be used
ERRORS_SHOWN = 20


def add_import_parser(commands: argparse._SubParsersAction) -> None:
    command = commands.add_parser(
        "import",
        help="import applicants, employers or researchers from an Excel roster: every row is "
        "checked first, and nothing is imported while any row has an error",
    )
    command.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    command.add_argument("file", type=Path, metavar="FILE", help="an .xlsx workbook")
    command.add_argument("--dry-run", action="store_true", help="check only, import nothing")
    command.add_argument(
        "--error-report", type=Path, metavar="FILE",
        help="write the rows with errors to FILE (.xlsx), each with its errors in front",
    )  # fmt: skip
    command.add_argument(
        "--db", metavar="URL", default=argparse.SUPPRESS, help="as the global --db"
    )


def importing_actor(kind: ImportKind) -> Actor:
    """The command-line user in the first role that may edit the area; whoever runs the
    command can write the database file anyway, and the audit names the OS user.
    """
    from talentdesk.domain.accounts import Role
    from talentdesk.domain.permissions import allowed
    from talentdesk.services.import_rules import RULES
    from talentdesk.trust_commands import command_line_actor

    role = next(r for r in Role if allowed(r, RULES[kind].action))
    return dataclasses.replace(command_line_actor(), role=role)


def run_import(
    args: argparse.Namespace, open_database: Callable[[], Database], backups: Path, language: str
) -> int:
    """Print the count per status and the first errors with their rows; import only a file
    without errors (and not on --dry-run). Exit 0, or 1 with the reason on stderr.
    """
    from talentdesk.domain.imports import ImportKind
    from talentdesk.errors import TalentDeskError
    from talentdesk.services.backups import BackupService
    from talentdesk.services.imports import ImportService
    from talentdesk.texts import error_text, problem_text

    kind = ImportKind(args.kind)
    actor = importing_actor(kind)
    try:
        db = open_database()
    except TalentDeskError as exc:
        print(f"talentdesk import: {error_text(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    service = ImportService(db, BackupService(db, backups))
    try:
        preview = service.preview(actor, kind, args.file, language=language)
        print(summary(preview))
        for row in preview.errors[:ERRORS_SHOWN]:
            for problem in row.problems:
                print(f"  row {row.number}: {problem_text(problem)}")
        if len(preview.errors) > ERRORS_SHOWN:
            print(f"  … and {len(preview.errors) - ERRORS_SHOWN} more rows with errors")
        if preview.errors:
            if args.error_report:
                service.write_error_report(
                    actor, preview, args.error_report, problem_text, language=language
                )
                print(f"error report → {args.error_report}")
            print("talentdesk import: nothing imported; correct the rows with errors first",
                  file=sys.stderr)  # fmt: skip
            return EXIT_REFUSED
        if args.dry_run:
            print("dry run: nothing imported")
            return 0
        result = service.commit(actor, preview)
    except TalentDeskError as exc:
        print(f"talentdesk import: {error_text(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"talentdesk import: {exc}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.dispose()
    backup = f"; backup {result.backup}" if result.backup else ""
    print(f"imported: {result.created} new, {result.updated} updated{backup}")
    return 0


def summary(preview: ImportPreview) -> str:
    """``file.xlsx: 12 rows — 3 new, 1 update, 7 unchanged, 1 error``."""
    from talentdesk.domain.imports import RowStatus

    counts = preview.counts
    found = ", ".join(f"{counts[status]} {status}" for status in RowStatus)
    return f"{preview.source.name}: {len(preview.rows)} rows — {found}"
