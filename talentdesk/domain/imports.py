"""Roster imports as the preview shows them: each row new, update, unchanged or in error."""

from __future__ import annotations

import dataclasses
import marshal
from array import array
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, overload

from talentdesk.domain.packing import RecordCodec
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
        record: the normalised record to write (a domain draft); None for an error row and
            for an unchanged one, which a commit leaves alone.
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


_STATUSES = tuple(RowStatus)
_CODE = {status: code for code, status in enumerate(_STATUSES)}
_PACKED = (RowStatus.NEW, RowStatus.UNCHANGED)


class PreviewRows(Sequence[ImportRow]):
    """A preview's rows, in sheet order, held compactly: a preview keeps every row of a file
    until its commit, 100k rows and more.

    New and unchanged rows, which carry no problems, changes or stored record, are packed by
    ``marshal`` one after another into one buffer (about 170 bytes an applicant's row,
    against 760 as objects) and made into an ``ImportRow`` again when read. One buffer, not
    a bytes object per row: long-lived small objects would also pin the memory of the rows
    checked around them. Error and update rows are kept as they are.
    """

    def __init__(self, codec: RecordCodec[Any]) -> None:
        self._codec = codec
        self._statuses = bytearray()
        self._packed = bytearray()
        self._ends = array("Q")  # per row, where its packed bytes end (a kept row has none)
        self._kept: dict[int, ImportRow] = {}

    def append(self, row: ImportRow) -> None:
        if row.status not in _PACKED or not self._pack(row):
            self._kept[len(self._statuses)] = row
        self._statuses.append(_CODE[row.status])
        self._ends.append(len(self._packed))

    def _pack(self, row: ImportRow) -> bool:
        record = None if row.status is RowStatus.UNCHANGED else self._codec.encode(row.record)
        try:
            packed = marshal.dumps((row.number, row.key, row.label, row.record_id, row.version,
                                    record))  # fmt: skip
        except ValueError:  # a value marshal cannot hold (see RecordCodec): kept as it is
            return False
        self._packed += packed
        return True

    def __len__(self) -> int:
        return len(self._statuses)

    @overload
    def __getitem__(self, index: int) -> ImportRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[ImportRow]: ...
    def __getitem__(self, index: int | slice) -> ImportRow | list[ImportRow]:
        if isinstance(index, slice):
            return [self._row(i) for i in range(*index.indices(len(self)))]
        return self._row(range(len(self))[index])  # negative and out of range as a list's

    def _row(self, index: int) -> ImportRow:
        kept = self._kept.get(index)
        if kept is not None:
            return kept
        start = self._ends[index - 1] if index else 0
        packed = marshal.loads(self._packed[start : self._ends[index]])
        number, key, label, record_id, version, record = packed
        return ImportRow(
            number,
            _STATUSES[self._statuses[index]],
            key,
            label,
            record_id=record_id,
            version=version,
            record=None if record is None else self._codec.decode(record),
        )

    def __iter__(self) -> Iterator[ImportRow]:
        return map(self._row, range(len(self)))

    def count_status(self, status: RowStatus) -> int:
        return self._statuses.count(_CODE[status])

    def with_status(self, status: RowStatus) -> Iterator[ImportRow]:
        """The rows of one status, in sheet order, each made as it is reached."""
        code = _CODE[status]
        return (self._row(i) for i, found in enumerate(self._statuses) if found == code)

    def only(self, status: RowStatus) -> PreviewRows:
        """The rows of one status, on their own."""
        found = PreviewRows(self._codec)
        for row in self.with_status(status):
            found.append(row)
        return found

    def detailed(self) -> Iterator[tuple[int, ImportRow]]:
        """Position and row of every row with problems or changes: none of them is packed."""
        return ((i, row) for i, row in self._kept.items() if row.problems or row.changes)


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
    rows: PreviewRows
    today: date

    @property
    def counts(self) -> dict[RowStatus, int]:
        return {status: self.rows.count_status(status) for status in RowStatus}

    @property
    def writable(self) -> int:
        """Rows a commit writes: the new and the changed ones."""
        return self.rows.count_status(RowStatus.NEW) + self.rows.count_status(RowStatus.UPDATE)

    @property
    def errors(self) -> tuple[ImportRow, ...]:
        return tuple(self.rows.with_status(RowStatus.ERROR))

    def left_out(self) -> ImportPreview:
        """What a commit leaves of this preview: its error rows, still to be corrected."""
        return dataclasses.replace(self, rows=self.rows.only(RowStatus.ERROR))


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What a commit wrote; ``backup`` is the file taken before it (SQLite only)."""

    kind: ImportKind
    created: int
    updated: int
    unchanged: int
    skipped: int  # error rows, left for the error report
    backup: Path | None = None
