"""The error report: the imported rows as they were, each with its problems beside it.

The user corrects the report itself and imports it again: its two extra columns are ignored
by the reader like any unknown column.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from talentdesk.domain.problems import Problem
from talentdesk.excel import sheets
from talentdesk.excel.progress import CancelCheck, Progress, Ticker
from talentdesk.excel.rows import ReadRow, SheetHeader
from talentdesk.excel.texts import ZH_CN, text

SOURCE_ROW_WIDTH = 8
ERRORS_WIDTH = 48
DATA_WIDTH = 14
# Source row and errors come first and stay in view while the user scrolls to the cells.
_LEADING = 2


def write_error_report(
    target: str | os.PathLike[str],
    header: SheetHeader,
    rows: Iterable[ReadRow],
    render: Callable[[Problem], str],
    *,
    language: str = ZH_CN,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write ``rows`` (all of them, or only those with problems: the caller chooses) under the
    original header, with 原行号 and 错误说明 in front. ``render`` turns a Problem into the
    sentence shown (the GUI's translation); the cells a problem names are filled red.
    Returns the number of rows written.
    """
    ticker = Ticker(progress, cancelled)
    wb = Workbook(write_only=True)
    ws = sheets.write_only_sheet(wb, header.sheet)
    width = len(header.cells)
    try:
        _prepare(ws, width)
        titles = (text(language, "source_row"), text(language, "errors"), *header.cells)
        ws.append(sheets.header_cell(ws, title) for title in titles)
        written = 0
        for row in rows:
            marked = {header.columns[p.field] for p in row.problems if p.field in header.columns}
            message = "\n".join(render(p) for p in row.problems)
            errors = (
                sheets.text_cell(ws, message, font=sheets.ERROR_FONT, alignment=sheets.WRAPPED)
                if message
                else None
            )
            # A blank required cell past the row's last value is marked too.
            count = max(len(row.cells), max(marked, default=-1) + 1)
            cells = row.cells + (None,) * (count - len(row.cells))
            original = (_cell(ws, value, i in marked) for i, value in enumerate(cells))
            ws.append([row.number, errors, *original])
            written += 1
            ticker.row(written)
            width = max(width, count)
        ticker.report(written)
        ws.auto_filter.ref = sheets.column_range(1, 1, _LEADING + max(width, 1), 1 + written)
    except BaseException:
        sheets.discard(wb)
        raise
    sheets.save(wb, target)
    return written


def _prepare(ws: WriteOnlyWorksheet, width: int) -> None:
    ws.column_dimensions["A"].width = SOURCE_ROW_WIDTH
    ws.column_dimensions["B"].width = ERRORS_WIDTH
    for index in range(_LEADING + 1, _LEADING + width + 1):
        ws.column_dimensions[get_column_letter(index)].width = DATA_WIDTH
    ws.freeze_panes = f"{get_column_letter(_LEADING + 1)}2"


def _cell(ws: WriteOnlyWorksheet, value: Any, marked: bool) -> Any:
    """A cell as it was in the source: text guarded, numbers still numbers (so an ID that
    became a number shows as the user had it), a date without its midnight time.
    """
    if isinstance(value, datetime) and value.time() == datetime.min.time():
        value = value.date()
    if marked:
        return sheets.styled_cell(ws, value, fill=sheets.ERROR_FILL)
    if value is None:
        return None
    if isinstance(value, str):
        return sheets.text_cell(ws, value)
    return value
