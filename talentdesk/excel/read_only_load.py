"""openpyxl's read-only load, without its whole-sheet scan for a <dimension> a file lacks.

openpyxl sizes every read-only sheet on opening by parsing the sheet until it meets
``<dimension>``; a sheet without one (openpyxl's write-only files, ours among them) is parsed
to its last row for nothing: 2 s of a 16 s import at 100k rows. OOXML puts ``<dimension>``
before ``<sheetData>``, so the sheet's head is enough to know.
"""

from __future__ import annotations

import threading
from typing import Any, BinaryIO

import openpyxl.reader.excel as excel_reader
from openpyxl import load_workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet.dimensions import SheetDimension
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import iterparse

_DIMENSION = f"{{{SHEET_MAIN_NS}}}dimension"
_SHEET_DATA = f"{{{SHEET_MAIN_NS}}}sheetData"
# load_workbook picks the sheet class from its module; one load at a time swaps it there.
_SWAP = threading.Lock()


class _SizedFromHead(ReadOnlyWorksheet):
    """A read-only sheet that reads its size from the head of the sheet only."""

    def _get_size(self) -> None:
        with self._get_source() as source:
            for _event, element in iterparse(source, events=("start",)):
                if element.tag == _SHEET_DATA:
                    return  # no recorded size, as openpyxl would conclude after every row
                if element.tag == _DIMENSION:
                    boundaries = SheetDimension.from_tree(element).boundaries
                    if boundaries is not None:
                        self._min_column, self._min_row, self._max_column, self._max_row = (
                            boundaries
                        )
                    return


def load_read_only(source: BinaryIO, *, data_only: bool = True) -> Any:
    """``load_workbook(source, read_only=True, data_only=data_only)``, sized from the head."""
    with _SWAP:
        excel_reader.ReadOnlyWorksheet = _SizedFromHead  # type: ignore[misc]
        try:
            return load_workbook(source, read_only=True, data_only=data_only)
        finally:
            excel_reader.ReadOnlyWorksheet = ReadOnlyWorksheet  # type: ignore[misc]
