"""``talentdesk export KIND --out FILE [filters]``: any list as a 花名册 workbook, audited."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from talentdesk.domain.audit_chain import AuditFilter
    from talentdesk.domain.listing import ListQuery
    from talentdesk.storage.database import Database

KINDS = ("cases", "permits", "expiring", "applicants", "employers", "researchers", "results",
         "audit")  # fmt: skip
EXIT_REFUSED = 1  # refused, a bad filter, or the file or database could not be used
EXIT_USAGE = 2  # as argparse exits on bad arguments

# Which options each kind takes, and the list filter each one sets (see the ListSpecs).
_FILTERS: dict[str, dict[str, str]] = {
    "cases": {"status": "state", "from": "received_from", "to": "received_to",
              "nationality": "nationality", "track": "track"},
    "permits": {"from": "issued_from", "to": "issued_to", "track": "kind"},
    "expiring": {"track": "kind"},
    "applicants": {"nationality": "nationality"},
    "employers": {"city": "city"},
    "researchers": {"unit": "unit"},
    "results": {"from": "due_from", "to": "due_to", "grade": "grade"},
    "audit": {"from": "since", "to": "until", "user": "username", "action": "action"},
}  # fmt: skip
_SEARCHED = frozenset(KINDS) - {"expiring", "audit"}
_OPTIONS = ("status", "from", "to", "nationality", "city", "unit", "track", "grade", "user",
            "action")  # fmt: skip


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def add_export_parser(commands: argparse._SubParsersAction) -> None:
    export = commands.add_parser(
        "export",
        help="write a list as an Excel roster (花名册), filtered as asked; the export is audited",
        description="Passport and ID numbers are masked unless --unmasked is given.",
    )
    export.add_argument("kind", choices=KINDS, metavar="KIND", help=", ".join(KINDS))
    export.add_argument("--out", type=Path, required=True, metavar="FILE", help="an .xlsx file")
    export.add_argument("--search", default="", help="as typed into the list's search box")
    export.add_argument("--status", help="cases: a track state, e.g. under_review")
    export.add_argument(
        "--from",
        dest="from",
        type=_day,
        metavar="YYYY-MM-DD",
        help="cases: received; permits: issued; results: due; audit: time",
    )
    export.add_argument("--to", type=_day, metavar="YYYY-MM-DD", help="the last day, as --from")
    export.add_argument("--nationality", help="cases, applicants: ISO code, e.g. USA")
    export.add_argument("--city", help="employers: the city code, e.g. 320100")
    export.add_argument("--unit", help="researchers: units whose name begins with UNIT")
    export.add_argument(
        "--track", choices=("work_permit", "residence_permit"), help="cases, permits, expiring"
    )
    export.add_argument("--grade", help="results: e.g. excellent")
    export.add_argument("--user", help="audit: the user name")
    export.add_argument("--action", help="audit: e.g. export")
    export.add_argument(
        "--unmasked",
        action="store_true",
        help="write passport and ID numbers in full (recorded as such)",
    )
    export.add_argument("--unit-name", default="", metavar="TEXT", help="the 填报单位 line")
    export.add_argument(
        "--language", choices=("zh_CN", "en"), help="default: the interface language"
    )
    export.add_argument("--db", metavar="URL", default=argparse.SUPPRESS, help="as the global --db")


def query_of(args: argparse.Namespace) -> ListQuery | AuditFilter:
    """The list query (or audit filter) the options ask for; ValueError naming a wrong one."""
    from talentdesk.domain.audit_chain import AuditFilter
    from talentdesk.domain.listing import ListQuery

    taken = _FILTERS[args.kind]
    wrong = [f"--{name}" for name in _OPTIONS if getattr(args, name) is not None
             and name not in taken]  # fmt: skip
    if args.search and args.kind not in _SEARCHED:
        wrong.append("--search")
    if wrong:
        raise ValueError(f"{', '.join(wrong)} cannot filter {args.kind}")
    filters = {
        taken[name]: getattr(args, name) for name in taken if getattr(args, name) is not None
    }
    if args.kind == "audit":
        # Whole days, as the viewer picks them: from midnight to the midnight after --to.
        since, until = filters.pop("since", None), filters.pop("until", None)
        return AuditFilter(
            **filters,
            since=datetime.combine(since, time()) if since else None,
            until=datetime.combine(until + timedelta(days=1), time()) if until else None,
        )
    return ListQuery(search=args.search, filters=filters)


def run_export(
    args: argparse.Namespace, open_database: Callable[[], Database], language: str
) -> int:
    """Export as the command-line user; print the rows written, or why not on stderr."""
    from talentdesk.domain.accounts import Role
    from talentdesk.domain.exports import ExportKind
    from talentdesk.errors import TalentDeskError
    from talentdesk.services.exports import ExportOptions, ExportService
    from talentdesk.texts import error_text
    from talentdesk.trust_commands import command_line_actor

    try:
        query = query_of(args)
    except ValueError as wrong:
        print(f"talentdesk export: {wrong}", file=sys.stderr)
        return EXIT_USAGE
    # Whoever runs the command can read the database file anyway; as a supervisor, the one
    # role that reads every list, exports and may see unmasked numbers, the choice is left to
    # --unmasked, and the audit trail records the OS user and the choice.
    actor = dataclasses.replace(command_line_actor(), role=Role.SUPERVISOR)
    options = ExportOptions(
        language=args.language or language, unmasked=args.unmasked, unit=args.unit_name
    )
    try:
        db = open_database()
    except TalentDeskError as exc:
        print(f"talentdesk export: {error_text(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        result = ExportService(db).export(actor, ExportKind(args.kind), query, args.out, options)
    except TalentDeskError as exc:
        print(f"talentdesk export: {error_text(exc)}", file=sys.stderr)
        return EXIT_REFUSED
    except OSError as exc:
        print(f"talentdesk export: cannot write {args.out}: {exc.strerror}", file=sys.stderr)
        return EXIT_REFUSED
    finally:
        db.dispose()
    masked = "ID numbers masked" if result.masked else "ID numbers in full"
    print(f"{result.rows} rows → {result.path} ({masked})")
    return 0
