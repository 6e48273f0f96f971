"""Excel exports as data: the kinds of list, the filters of the lists only exports read, results."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum, StrEnum
from pathlib import Path

from talentdesk.domain.enums import Track
from talentdesk.domain.listing import ColumnSpec, ListQuery, ListSpec
from talentdesk.domain.permit_lists import CASE_LIST
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.programs import CheckpointKind
from talentdesk.domain.researchers.records import RESEARCHER_LIST

# Rows read and written per batch: big enough that a statement per batch costs nothing,
# small enough that memory stays flat at 500k rows.
BATCH = 1000


class ExportKind(StrEnum):
    """Every list that exports; the value is the command line's KIND."""

    CASES = "cases"
    PERMITS = "permits"  # issued permits
    EXPIRING = "expiring"  # the radar's expiring permits
    APPLICANTS = "applicants"
    EMPLOYERS = "employers"
    RESEARCHERS = "researchers"
    RESULTS = "results"  # checkpoint grades per researcher
    AUDIT = "audit"


# Issued permits (no list view of their own: the export and the command line filter them).
PERMIT_LIST = ListSpec(
    columns=(
        ColumnSpec("issued_on", sortable=True),
        ColumnSpec("valid_to", sortable=True),
        ColumnSpec("number", sortable=True),
    ),
    filters={
        "kind": Track,
        "issued_from": date,
        "issued_to": date,
        "expires_from": date,
        "expires_to": date,
        "cases": ListQuery,  # the permits of the cases a case list shows
    },
    default_sort="issued_on",
    default_descending=True,
)

# The radar's expiring permits (its longest lead time), soonest first.
EXPIRING_LIST = ListSpec(
    columns=(ColumnSpec("valid_to", sortable=True),),
    filters={"kind": Track},
    default_sort="valid_to",
)

# Assessment results: one row per checkpoint that is not cancelled.
RESULT_LIST = ListSpec(
    columns=(
        ColumnSpec("due_on", sortable=True),
        ColumnSpec("name", sortable=True),
    ),
    filters={
        "program_id": int,
        "kind": CheckpointKind,
        "grade": str,
        "due_from": date,
        "due_to": date,
        "researchers": ListQuery,  # the results of the researchers a researcher list shows
    },
    default_sort="due_on",
)

# Filters holding another list's query, with that list: the export holds the rows belonging to
# the rows that list shows (the GUI exports the issued permits of the cases as filtered).
LISTED_BY: dict[str, ListSpec] = {"cases": CASE_LIST, "researchers": RESEARCHER_LIST}


def export_problems(spec: ListSpec, query: ListQuery) -> list[Problem]:
    """What is wrong with ``query`` to export ``spec``'s list, a listed-by query's included.

    An export writes every page at once: the page bounds of the queries do not apply.
    """
    problems = spec.check(query.at(0, 1))
    for key, listed_by in LISTED_BY.items():
        nested = query.filters.get(key)
        if key in spec.filters and isinstance(nested, ListQuery):
            problems += listed_by.check(nested.at(0, 1))
    return problems


@dataclasses.dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the file, how many rows, and whether it masked ID numbers (False
    when its columns hold none)."""

    kind: ExportKind
    path: Path
    rows: int
    masked: bool


def described(query: ListQuery) -> dict[str, object]:
    """A query as the audit trail keeps it: what the user searched and filtered, as text."""
    filters = {
        key: value.value if isinstance(value, Enum)
        else described(value) if isinstance(value, ListQuery)
        else str(value)
        for key, value in sorted(query.filters.items())
    }  # fmt: skip
    found: dict[str, object] = {"filters": filters} if filters else {}
    if query.search.strip():
        found["search"] = query.search.strip()
    return found
