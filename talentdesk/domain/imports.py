"""Roster imports as the preview shows them: each row new, update, unchanged or in error."""

from __future__ import annotations

import dataclasses
import marshal
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

    New and unchanged rows, which carry no problems, changes or stored record, are kept as
    ``marshal`` bytes (about 200 bytes a row against 850 as objects) and made into an
    ``ImportRow`` again when read. Error and update rows are kept as they are.
    """

    def __init__(self, codec: RecordCodec[Any]) -> None:
        self._codec = codec
        self._statuses = bytearray()
        self._items: list[bytes | ImportRow] = []

    def append(self, row: ImportRow) -> None:
        self._statuses.append(_CODE[row.status])
        self._items.append(self._packed(row) if row.status in _PACKED else row)

    def _packed(self, row: ImportRow) -> bytes | ImportRow:
        record = None if row.status is RowStatus.UNCHANGED else self._codec.encode(row.record)
        try:
            return marshal.dumps(
                (row.number, row.key, row.label, row.record_id, row.version, record)
            )
        except ValueError:  # a value marshal cannot hold (see RecordCodec): kept as it is
            return row

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> ImportRow: ...
    @overload
    def __getitem__(self, index: slice) -> list[ImportRow]: ...
    def __getitem__(self, index: int | slice) -> ImportRow | list[ImportRow]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        item = self._items[index]
        if isinstance(item, ImportRow):
            return item
        number, key, label, record_id, version, record = marshal.loads(item)
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
        return (self[index] for index in range(len(self)))

    def count_status(self, status: RowStatus) -> int:
        return self._statuses.count(_CODE[status])

    def with_status(self, status: RowStatus) -> Iterator[ImportRow]:
        """The rows of one status, in sheet order, each made as it is reached."""
        code = _CODE[status]
        return (self[i] for i, found in enumerate(self._statuses) if found == code)

    def detailed(self) -> Iterator[tuple[int, ImportRow]]:
        """Position and row of every row with problems or changes: none of them is packed."""
        for index, item in enumerate(self._items):
            if isinstance(item, ImportRow) and (item.problems or item.changes):
                yield index, item


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


@dataclasses.dataclass(frozen=True)
class ImportResult:
    """What a commit wrote; ``backup`` is the file taken before it (SQLite only)."""

    kind: ImportKind
    created: int
    updated: int
    unchanged: int
    skipped: int  # error rows, left for the error report
    backup: Path | None = None
