"""openpyxl pieces the workbook writers share: guarded text cells, styles, saving, clean-up."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterable, Iterator
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from talentdesk.excel.atomic import atomic_output

# OWASP's CSV-injection list (= + - @ tab CR) plus LF, which is what a CR becomes in the file.
# Such text gets Excel's quote prefix: shown exactly as written, never run as a formula, even
# after the user edits the cell.
GUARDED_START = frozenset("=+-@\t\r\n")
_ERROR_VALUES = frozenset(ERROR_CODES)
# First characters that need a closer look: the guarded ones and "#" (error values).
_SPECIAL_START = GUARDED_START | {"#"}
# What clean_text changes: the control characters XML 1.0 forbids, and CR.
_UNCLEAN = re.compile(ILLEGAL_CHARACTERS_RE.pattern + "|\r")

TITLE_FONT = Font(bold=True, size=16)
BOLD = Font(bold=True)
REQUIRED_FONT = Font(bold=True, color="C00000")
ERROR_FONT = Font(color="9C0006")
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
EXAMPLE_FONT = Font(italic=True, color="808080")
CENTERED = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center")
RIGHT = Alignment(horizontal="right", vertical="center")
WRAPPED = Alignment(vertical="top", wrap_text=True)
_THIN = Side(style="thin")
BOXED = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
# Characters Excel refuses in a sheet name.
_SHEET_NAME_FORBIDDEN = str.maketrans("", "", "[]:*?/\\")
SHEET_NAME_MAX = 31


def clean_text(text: str) -> str:
    """Text as a cell can keep it: XML-forbidden control characters dropped, line breaks as LF
    (XML would turn a CR into LF anyway; Excel shows both as a line break).
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def needs_guard(text: str) -> bool:
    """Text a spreadsheet would take for a formula (or an error value such as #N/A)."""
    return bool(text) and (text[0] in GUARDED_START or text in _ERROR_VALUES)


def text_cell(
    ws: WriteOnlyWorksheet, text: str, number_format: str | None = None, **style: Any
) -> str | WriteOnlyCell:
    """A text value for ``ws.append``: the plain string when it is safe and unstyled, else a
    cell that is text whatever it starts with.
    """
    # Most cells of a roster end here, so the common case is tested first and inline.
    plain = not (style or number_format) and text and text[0] not in _SPECIAL_START
    if plain and not _UNCLEAN.search(text):
        return text
    if _UNCLEAN.search(text):
        text = clean_text(text)
    guard = needs_guard(text)
    if not guard and number_format is None and not style:
        return text
    cell = WriteOnlyCell(ws, text)
    cell.data_type = "s"  # openpyxl would make "=…" a formula and "#N/A" an error
    if guard:
        cell.quotePrefix = True
    if number_format is not None:
        cell.number_format = number_format
    for name, value in style.items():
        setattr(cell, name, value)
    return cell


def styled_cell(ws: WriteOnlyWorksheet, value: Any, **style: Any) -> str | WriteOnlyCell:
    """Any value with a style; text goes through the guard."""
    if isinstance(value, str):
        return text_cell(ws, value, **style)
    cell = WriteOnlyCell(ws, value)
    for name, setting in style.items():
        setattr(cell, name, setting)
    return cell


def header_cell(ws: WriteOnlyWorksheet, header: Any) -> str | WriteOnlyCell:
    """A column header of a write-only sheet: bold on blue, centred, boxed."""
    return styled_cell(ws, header, font=BOLD, fill=HEADER_FILL, alignment=CENTERED, border=BOXED)


class _RosterSheet(WriteOnlyWorksheet):
    """openpyxl's write-only sheet, taking a styled cell in a row as it is.

    openpyxl 3.1 first tries such a cell as a value, and after the refusal (an exception)
    drops its spare cell for a new one: 6% of writing a roster whose IDs are text-formatted
    cells and whose dates are 年.月, for output that is the same.
    """

    def _values_to_row(self, values: Iterable[Any], row_idx: int) -> Iterator[Cell]:
        spare = WriteOnlyCell(self)
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            if isinstance(value, Cell):
                cell = value
            else:
                cell = spare
                cell.value = value
            cell.column = col_idx
            cell.row = row_idx
            if cell.hyperlink is not None:
                cell.hyperlink.ref = cell.coordinate
            yield cell
            if cell is spare and (spare.has_style or spare.hyperlink):
                spare = WriteOnlyCell(self)  # a date gave it a number format


def write_only_sheet(wb: Workbook, title: str) -> WriteOnlyWorksheet:
    """A new last sheet of the write-only ``wb`` (what ``wb.create_sheet`` makes, faster)."""
    ws = _RosterSheet(parent=wb, title=sheet_name(title))
    wb._add_sheet(ws)  # what create_sheet does with the sheet it makes
    return ws


def sheet_name(name: str) -> str:
    return name.translate(_SHEET_NAME_FORBIDDEN)[:SHEET_NAME_MAX] or "Sheet1"


def column_range(first_col: int, first_row: int, last_col: int, last_row: int) -> str:
    return f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{last_row}"


def save(wb: Workbook, target: str | os.PathLike[str]) -> None:
    """Save atomically; on failure no file, no temp file and no openpyxl scratch file remain."""
    try:
        with atomic_output(target) as stream:
            wb.save(stream)
    except BaseException:
        discard(wb)
        raise


def discard(wb: Workbook) -> None:
    """Remove the scratch files write-only sheets stream into (openpyxl deletes them only at
    interpreter exit, so an app that cancels exports would collect them in the temp folder).
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        # Clean-up after a failure: the sheet's XML stream may be in any state; only the
        # file matters now.
        with contextlib.suppress(Exception):
            if ws._rows is not None:
                ws._rows.close()
            writer.close()
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()
