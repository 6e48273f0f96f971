"""Excel exports as data: the kinds of list, the filters of the lists only exports read, results."""

from __future__ import annotations

import dataclasses
from datetime import date
from enum import Enum, StrEnum
from pathlib import Path

from talentdesk.domain.enums import Track
from talentdesk.domain.listing import ColumnSpec, ListQuery, ListSpec
from talentdesk.domain.researchers.programs import CheckpointKind

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
    },
    default_sort="due_on",
)


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
        key: value.value if isinstance(value, Enum) else str(value)
        for key, value in sorted(query.filters.items())
    }
    found: dict[str, object] = {"filters": filters} if filters else {}
    if query.search.strip():
        found["search"] = query.search.strip()
    return found
