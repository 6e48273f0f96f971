"""Roster imports as the preview shows them: each row new, update, unchanged or in error."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from talentdesk.domain.problems import Problem


class ImportKind(StrEnum):
    APPLICANTS = "applicants"
    EMPLOYERS = "employers"
    RESEARCHERS = "researchers"


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


# Problem codes the import adds to those of the reader and of the domain rules.
IMPORT_PROBLEM_CODES = (
    "duplicate_in_file",  # first_row: the same record appears twice in one file
    "possible_duplicate",  # record_id: same names, birth date and nationality on file
)


@dataclasses.dataclass(frozen=True, slots=True)
class FieldChange:
    """One field an update changes, in the audit's JSON form (text, numbers, None)."""

    field: str
    old: Any
    new: Any


@dataclasses.dataclass(frozen=True, slots=True)
class ImportRow:
    """One data row of the sheet and what importing it would do.

    Attributes:
        number: the row as Excel numbers it.
        key: what matches it to a stored record (passport and nationality, USCC, ID number).
        label: who it is, for the preview (a name).
        record_id, version: the matched record and the version the preview saw.
        record: the normalised record to write (a domain draft); None for an error row.
        cells: the row as it was in the sheet, kept for error rows (the error report).
        match: the stored record as the preview read it (for the service's commit).
    """

    number: int
    status: RowStatus
    key: str
    label: str
    problems: tuple[Problem, ...] = ()
    changes: tuple[FieldChange, ...] = ()
    record_id: int | None = None
    version: int | None = None
    record: Any = None
    cells: tuple[Any, ...] = ()
    match: Any = None


@dataclasses.dataclass(frozen=True)
class ImportPreview:
    """A parsed and checked file; nothing has been saved.

    ``header_cells`` and ``columns`` (column key -> 0-based position) describe the sheet's
    header, so the error report can repeat it.
    """

    kind: ImportKind
    source: Path
    sheet: str
    header_row: int
    header_cells: tuple[str, ...]
    columns: Mapping[str, int]
    ignored: tuple[str, ...]
    rows: tuple[ImportRow, ...]
    today: date

    @property
    def counts(self) -> dict[RowStatus, int]:
        found = Counter(row.status for row in self.rows)
        return {status: found[status] for status in RowStatus}

    @property
    def writable(self) -> int:
        """Rows a commit writes: the new and the changed ones."""
        counts = self.counts
        return counts[RowStatus.NEW] + counts[RowStatus.UPDATE]

    @property
    def errors(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.status is RowStatus.ERROR)


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What a commit wrote; ``backup`` is the file taken before it (SQLite only)."""

    kind: ImportKind
    created: int
    updated: int
    unchanged: int
    skipped: int  # error rows, left for the error report
    backup: Path | None = None
