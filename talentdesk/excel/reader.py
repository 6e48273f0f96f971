"""Tolerant roster import: finds the header under title rows, any column order, dates as
they come, ID numbers that a spreadsheet turned into numbers reported, not guessed.
"""

from __future__ import annotations

import os
import warnings
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any, BinaryIO

from openpyxl.utils import get_column_letter
from python_calamine import CalamineError

from talentdesk.domain.problems import Problem
from talentdesk.errors import ExcelFormatError
from talentdesk.excel.columns import ColumnSpec, RowCheck, alias_index, header_key
from talentdesk.excel.progress import CancelCheck, Progress, Ticker
from talentdesk.excel.rows import ReadRow, SheetHeader
from talentdesk.excel.sheet_cells import FormulaError, SheetCells, WorkbookCells
from talentdesk.excel.texts import ZH_CN
from talentdesk.excel.values import CellValueError, is_blank

# Title, unit and statistics lines and a two-level header all fit above this row.
HEADER_SEARCH_ROWS = 30
# Reasons of ExcelFormatError raised here.
FORMAT_ERRORS = (
    "unreadable",  # the file cannot be opened, or is damaged
    "empty",  # no cells at all
    "not_xlsx",  # some other format (.csv, .ods, .docx …)
    "legacy_xls",  # Excel 97-2003 .xls: save it as .xlsx first
    "password_protected",  # an encrypted workbook: remove the password first
    "sheet_not_found",  # the sheet asked for does not exist (detail: its name)
    "no_header",  # no row names enough of the expected columns
    "missing_columns",  # required columns absent (detail: their headers)
)
# Problem codes a row can carry (besides the codes of the columns' domain checks).
PROBLEM_CODES = (
    "required",
    "text_too_long",  # max, length
    "date_invalid",  # value
    "date_incomplete",  # value: a year or year-month where a full date is needed
    "date_ambiguous_number",  # value: 2026.1 typed as a number (January or October?)
    "integer_invalid",  # value
    "decimal_invalid",  # value
    "boolean_invalid",  # value
    "choice_invalid",  # value, choices
    "nationality_unknown",  # value
    "identifier_as_number",  # value: a number cell, leading zeros may be gone
    "identifier_digits_lost",  # value: more than 15 digits or 3.2E+17: the tail is gone
    "identifier_masked",  # value: a masked export (320***1234) imported back
    "identifier_invalid",  # value
    "formula_error",  # value: the cell holds a formula's error (#N/A, #DIV/0!), not a value
)
# Every Problem's params also hold row (as Excel numbers it), column (the header as the
# sheet spells it) and cell ("D7"), so a message can point at the place.

_CFB_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")  # OLE compound file: .xls or an encrypted .xlsx
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_SCAN_CHUNK = 1 << 20
# SyntaxError: XML errors, openpyxl's and ElementTree's (ParseError); CalamineError: anything
# calamine cannot read.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, SyntaxError, CalamineError)

# Workbooks from WPS, LibreOffice and others carry parts openpyxl drops with a warning
# (extensions, unknown styles); none of them matters to an import.
warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")


class _Column:
    """A recognised column, with what the row loop needs at hand."""

    __slots__ = ("checked", "header", "index", "key", "letter", "parse", "required", "spec")

    def __init__(self, spec: ColumnSpec, index: int, header: str) -> None:
        self.spec = spec
        self.index = index
        self.header = header  # as the sheet spells it
        self.letter = get_column_letter(index + 1)
        self.key = spec.key
        self.parse = spec.parse
        self.required = spec.required
        self.checked = spec.check is not None or spec.max_length is not None


class RosterReader:
    """An open roster workbook. Use as a context manager, or call ``close()``.

    Raises ExcelFormatError (reason in FORMAT_ERRORS) when the file is not a usable roster.
    ``language`` only chooses the language of the headers named in ``missing_columns``.
    """

    def __init__(
        self,
        source: str | os.PathLike[str],
        columns: Sequence[ColumnSpec],
        *,
        row_checks: Sequence[RowCheck] = (),
        sheet: str | None = None,
        language: str = ZH_CN,
    ) -> None:
        self._columns = tuple(columns)
        self._index = alias_index(self._columns)
        self._row_checks = tuple(row_checks)
        path = Path(source)
        self._stream = _open(path)
        self._wb: WorkbookCells | None = None
        try:
            self._wb = _cells(path, self._stream)
            self._ws, self.header = self._locate(self._wb, sheet, language)
        except _DAMAGED as exc:
            self.close()
            raise ExcelFormatError("unreadable", str(exc)) from exc
        except BaseException:
            self.close()
            raise
        self._plan = tuple(
            _Column(spec, index, self.header.cells[index])
            for spec in self._columns
            if (index := self.header.columns.get(spec.key)) is not None
        )

    def __enter__(self) -> RosterReader:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._wb is not None:
            self._wb.close()
            self._wb = None
        self._stream.close()

    def rows(
        self, *, progress: Progress | None = None, cancelled: CancelCheck | None = None
    ) -> Iterator[ReadRow]:
        """Data rows below the header, one at a time. Skipped: rows with nothing in a known
        column (blank lines, pre-numbered empty rows, notes under the table) and copies of
        the header row (pages of a printed roster pasted together).
        ``progress`` gets the number of rows read so far.
        """
        ticker = Ticker(progress, cancelled)
        first = self.header.row + 1
        number = first - 1
        lines = self._ws.rows(first)
        try:
            for number, cells in enumerate(lines, first):
                ticker.row(number - first + 1)
                row = self._read_row(number, cells)
                if row is not None and not self._repeats_header(cells):
                    yield row
        except _DAMAGED as exc:
            raise ExcelFormatError("unreadable", str(exc)) from exc
        ticker.report(number - first + 1)

    def _read_row(self, number: int, cells: tuple[Any, ...]) -> ReadRow | None:
        """The parsed row, or None when none of the known columns holds anything."""
        width = len(cells)
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        filled = False
        for column in self._plan:
            raw = cells[column.index] if column.index < width else None
            if raw is None or (type(raw) is str and not raw.strip()):
                values[column.key] = None
                if column.required:
                    problems.append(_problem("required", column, number, {}))
                continue
            filled = True
            if type(raw) is FormulaError:
                problems.append(_problem("formula_error", column, number, {"value": str(raw)}))
                values[column.key] = None
                continue
            try:
                value = column.parse(raw)
            except CellValueError as error:
                problems.append(_problem(error.code, column, number, error.params))
                value = None
            else:
                if column.checked:
                    problems.extend(self._check(column, number, value))
            values[column.key] = value
        if not filled:
            return None
        for row_check in self._row_checks:
            for found in row_check(values):
                placed = next((c for c in self._plan if c.key == found.field), None)
                problems.append(_placed(found, placed, number))
        return ReadRow(number, values, tuple(problems), cells)

    def _repeats_header(self, cells: tuple[Any, ...]) -> bool:
        width = len(cells)
        return all(
            column.index < width
            and isinstance(raw := cells[column.index], str)
            and raw.strip() == column.header
            for column in self._plan
        )

    def _check(self, column: _Column, number: int, value: Any) -> list[Problem]:
        spec = column.spec
        if spec.max_length is not None and isinstance(value, str) and len(value) > spec.max_length:
            params = {"max": spec.max_length, "length": len(value)}
            return [_problem("text_too_long", column, number, params)]
        if spec.check is None:
            return []
        return [_problem(p.code, column, number, p.params) for p in spec.check(value)]

    def _locate(
        self, book: WorkbookCells, sheet: str | None, language: str
    ) -> tuple[SheetCells, SheetHeader]:
        """The first visible sheet whose header has every required column (the one the
        workbook opens on first); failing that the best header found decides the error.
        """
        parts = book.parts
        if sheet is not None:
            candidates = [part for part in parts.sheets if part.name == sheet]
            if not candidates:
                raise ExcelFormatError("sheet_not_found", sheet)
        else:
            active = parts.sheets[parts.active] if parts.sheets else None
            candidates = [active] if active is not None else []
            candidates += [part for part in parts.sheets if part is not active and part.visible]
        best: tuple[SheetCells, SheetHeader] | None = None
        seen_cells = False
        for part in candidates:
            if not part.worksheet:
                continue  # a chart sheet
            ws = book.sheet(part)
            found, had_cells = self._find_header(ws)
            seen_cells = seen_cells or had_cells
            if found is None:
                continue
            if not self._missing(found):
                return ws, found
            if best is None or len(found.columns) > len(best[1].columns):
                best = (ws, found)
        if best is None:
            raise ExcelFormatError("no_header" if seen_cells else "empty")
        missing = "、".join(spec.header(language) for spec in self._missing(best[1]))
        raise ExcelFormatError("missing_columns", missing)

    def _missing(self, header: SheetHeader) -> list[ColumnSpec]:
        return [s for s in self._columns if s.required and s.key not in header.columns]

    def _find_header(self, ws: SheetCells) -> tuple[SheetHeader | None, bool]:
        best_row, best_cells, best_match = 0, (), {}
        had_cells = False
        for number, cells in enumerate(ws.rows(1, HEADER_SEARCH_ROWS), start=1):
            matched: dict[str, int] = {}
            for position, cell in enumerate(cells):
                if is_blank(cell):
                    continue
                had_cells = True
                spec = self._index.get(header_key(cell))
                if spec is not None and spec.key not in matched:
                    matched[spec.key] = position
            if len(matched) > len(best_match):
                best_row, best_cells, best_match = number, cells, matched
        if len(best_match) < min(2, len(self._columns)):
            return None, had_cells
        texts = tuple("" if is_blank(c) else str(c).strip() for c in best_cells)
        header = SheetHeader(
            sheet=ws.title,
            row=best_row,
            cells=texts,
            columns=MappingProxyType(best_match),
            ignored=tuple(t for i, t in enumerate(texts) if t and i not in best_match.values()),
            row_count_hint=rows - best_row if (rows := ws.row_count()) else None,
        )
        return header, had_cells


def _problem(code: str, column: _Column, number: int, params: Mapping[str, Any]) -> Problem:
    place = {"row": number, "column": column.header, "cell": f"{column.letter}{number}"}
    return Problem(code, column.spec.key, {**params, **place})


def _placed(problem: Problem, column: _Column | None, number: int) -> Problem:
    """A row rule's Problem with the place added: its column's, or just the row."""
    if column is not None:
        return _problem(problem.code, column, number, problem.params)
    return Problem(problem.code, problem.field, {**problem.params, "row": number})


def _open(path: Path) -> BinaryIO:
    """The file, opened after a look at its first bytes (the name's extension proves nothing)."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise ExcelFormatError("unreadable", str(exc)) from exc
    head = stream.read(len(_CFB_MAGIC))
    stream.seek(0)
    reason = None
    if not head:
        reason = "empty"
    elif head == _CFB_MAGIC:
        reason = "password_protected" if _has_encrypted_package(stream) else "legacy_xls"
    elif not head.startswith(b"PK"):
        reason = "not_xlsx"
    if reason is not None:
        stream.close()
        raise ExcelFormatError(reason)
    return stream


def _has_encrypted_package(stream: BinaryIO) -> bool:
    """Office keeps an encrypted .xlsx as an OLE file with an "EncryptedPackage" stream."""
    tail = b""
    while chunk := stream.read(_SCAN_CHUNK):
        if _ENCRYPTED_PACKAGE in tail + chunk:
            return True
        tail = chunk[-len(_ENCRYPTED_PACKAGE) :]
    return False


def _cells(path: Path, stream: BinaryIO) -> WorkbookCells:
    try:
        return WorkbookCells(path, stream)
    except KeyError as exc:  # a zip, but not a spreadsheet package
        raise ExcelFormatError("not_xlsx", str(exc)) from exc
