"""A sheet's cell values row by row, as openpyxl's read-only ``values_only`` gives them.

Most sheets are read with calamine (python-calamine, in Rust): 7 to 12 times faster than
openpyxl at 100k rows, the difference between a roster import that takes 20 s and one that
takes 13 s. calamine reads a cell holding a formula error (#N/A from a VLOOKUP, #DIV/0!) as
empty, and an import must not take it for a blank cell; a sheet with such a cell is read with
openpyxl, whose cells say which hold errors. calamine holds the sheet's cells while they are
read (50–70 bytes a cell: 70 MiB at 100k rows of 14 columns); openpyxl streams them. A
formula's error comes as a ``FormulaError``, for the reader to refuse.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from openpyxl import load_workbook
from python_calamine import CalamineSheet, CalamineWorkbook

from talentdesk.excel.workbook_parts import SheetPart, has_error_cells, read_parts

# openpyxl gives a number written without a fraction as an int, calamine always as a float;
# below this size a float holds every integer exactly.
_EXACT = 1e15


class FormulaError(str):
    """A cell holding a formula's error instead of a value: its text, "#N/A", "#DIV/0!" …"""

    __slots__ = ()


class SheetCells(Protocol):
    title: str

    def rows(self, first: int, last: int | None = None) -> Iterator[tuple[Any, ...]]:
        """Rows ``first`` to ``last`` (1-based, inclusive; None: to the end), a tuple of
        values from column A each; a row with no cells may be an empty tuple.
        """

    def row_count(self) -> int | None:
        """Rows in the sheet, by its cells or its own record of its size; None if unknown."""


class WorkbookCells:
    """An opened package, its sheets listed; each sheet read the faster way it can be.
    Call ``close()``.

    Raises:
        KeyError: the package holds no workbook (see ``read_parts``).
    """

    def __init__(self, path: Path, stream: BinaryIO) -> None:
        self._path = path
        self._stream = stream
        self._archive = zipfile.ZipFile(stream)
        self._fast: CalamineWorkbook | None = None
        self._slow: Any = None
        try:
            self.parts = read_parts(self._archive)
        except BaseException:
            self._archive.close()
            raise

    def sheet(self, part: SheetPart) -> SheetCells:
        """The cells of ``part`` (a worksheet of this workbook)."""
        if has_error_cells(self._archive, part):
            if self._slow is None:
                self._stream.seek(0)
                # data_only: a formula cell gives the value last computed, not its formula.
                self._slow = load_workbook(self._stream, read_only=True, data_only=True)
            return _OpenpyxlCells(self._slow[part.name])
        if self._fast is None:
            # From the path: from the stream, calamine would first copy the file into Python.
            self._fast = CalamineWorkbook.from_path(str(self._path))
        return _CalamineCells(part.name, self._fast.get_sheet_by_name(part.name))

    def close(self) -> None:
        if self._fast is not None:
            self._fast.close()
            self._fast = None
        if self._slow is not None:
            self._slow.close()
            self._slow = None
        self._archive.close()


class _CalamineCells:
    def __init__(self, title: str, sheet: CalamineSheet) -> None:
        self.title = title
        self._sheet = sheet

    def row_count(self) -> int | None:
        end = self._sheet.end
        return None if end is None else end[0] + 1

    def rows(self, first: int, last: int | None = None) -> Iterator[tuple[Any, ...]]:
        start = self._sheet.start
        # calamine's rows begin at row 1 but at the first column that holds a cell.
        pad = (None,) * (start[1] if start is not None else 0)
        for number, row in enumerate(self._sheet.iter_rows(), 1):
            if number < first:
                continue
            if last is not None and number > last:
                return
            yield (
                *pad,
                *[
                    None
                    if value == ""
                    else int(value)
                    if type(value) is float and value.is_integer() and -_EXACT < value < _EXACT
                    else value
                    for value in row
                ],
            )


class _OpenpyxlCells:
    def __init__(self, sheet: Any) -> None:
        self.title = sheet.title
        # Some writers record a wrong size (often "A1:A1"), which would cut the rows short;
        # the rows in the file are the truth, so the recorded size only serves as a count.
        self._recorded = sheet.max_row if sheet.max_row and sheet.max_row > 1 else None
        sheet.reset_dimensions()
        self._sheet = sheet

    def row_count(self) -> int | None:
        return self._recorded

    def rows(self, first: int, last: int | None = None) -> Iterator[tuple[Any, ...]]:
        # Cells, not values only: values alone would give "#N/A" as if someone typed it.
        for row in self._sheet.iter_rows(min_row=first, max_row=last):
            yield tuple(
                FormulaError(cell.value) if cell.data_type == "e" else cell.value for cell in row
            )
