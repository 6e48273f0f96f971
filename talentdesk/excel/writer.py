"""Streaming 花名册 export: openpyxl write-only, so memory stays flat however many rows."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from talentdesk.excel import sheets
from talentdesk.excel.columns import DATE_FORMAT, REMEMBERED_CODES, ColumnSpec, format_text
from talentdesk.excel.progress import CancelCheck, Progress, Ticker
from talentdesk.excel.texts import ZH_CN, text
from talentdesk.excel.values import mask

TITLE_ROW = 1
UNIT_ROW = 2
HEADER_ROW = 3
FIRST_DATA_ROW = HEADER_ROW + 1
INDEX_WIDTH = 6
A4 = 9  # the OOXML paper-size code

Record = Mapping[str, Any] | object


def write_roster(
    target: str | os.PathLike[str],
    columns: Sequence[ColumnSpec],
    records: Iterable[Record],
    *,
    title: str,
    report_date: date,
    unit: str = "",
    language: str = ZH_CN,
    reveal_sensitive: bool = False,
    sheet_title: str | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> int:
    """Write a roster of ``records`` (dicts or objects with the columns' keys) to ``target``.

    The sheet: a merged title, the unit-and-date line, the header in ``language`` above the
    data with 序号 first, frozen below the header, an autofilter, and print setup (A4
    landscape, one page wide, the header row repeated on every page). Sensitive columns are
    masked unless ``reveal_sensitive`` (the caller decides from the user's role). The file
    appears only when complete; ``cancelled`` returning True raises ``CancelledError`` and leaves
    any existing ``target`` untouched. Returns the number of records written.
    """
    ticker = Ticker(progress, cancelled)
    wb = Workbook(write_only=True)
    ws = sheets.write_only_sheet(wb, sheet_title or text(language, "roster_sheet"))
    try:
        _prepare(ws, columns)
        _write_heading(ws, len(columns) + 1, title, unit, report_date, language)
        headers = (text(language, "index"), *(c.header(language) for c in columns))
        ws.append(sheets.header_cell(ws, header) for header in headers)
        makers = [_cell_maker(ws, spec, language, reveal_sensitive) for spec in columns]
        keys = [spec.key for spec in columns]
        written = 0
        for record in records:
            if isinstance(record, Mapping):
                values = [record.get(key) for key in keys]
            else:
                values = [getattr(record, key, None) for key in keys]
            written += 1
            ws.append([written, *[make(v) for make, v in zip(makers, values, strict=True)]])
            ticker.row(written)
        ticker.report(written)
        last_row = HEADER_ROW + written
        ws.auto_filter.ref = sheets.column_range(1, HEADER_ROW, len(columns) + 1, last_row)
    except BaseException:
        sheets.discard(wb)
        raise
    sheets.save(wb, target)
    return written


def _prepare(ws: WriteOnlyWorksheet, columns: Sequence[ColumnSpec]) -> None:
    """Everything a write-only sheet must know before its first row: widths, panes, printing."""
    ws.column_dimensions["A"].width = INDEX_WIDTH
    for index, spec in enumerate(columns, start=2):
        dimension = ws.column_dimensions[get_column_letter(index)]
        dimension.width = spec.width
        if spec.number_format is not None:
            # Rows a user adds later get the column's format too: an ID typed in stays text.
            dimension.number_format = spec.number_format
    ws.row_dimensions[TITLE_ROW].height = 32
    ws.row_dimensions[HEADER_ROW].height = 30
    ws.freeze_panes = f"A{FIRST_DATA_ROW}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as it takes
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = True  # cell borders on paper without a styled cell each


def _write_heading(
    ws: WriteOnlyWorksheet, width: int, title: str, unit: str, report_date: date, language: str
) -> None:
    ws.HeaderFooter.oddFooter.center.text = text(language, "page_footer")
    ws.merged_cells.add(sheets.column_range(1, TITLE_ROW, width, TITLE_ROW))
    ws.append([sheets.text_cell(ws, title, font=sheets.TITLE_FONT, alignment=sheets.CENTERED)])
    unit_text = text(language, "unit", unit=unit)
    date_text = text(language, "report_date", date=text(language, "date", d=report_date))
    # The unit on the left half and the date on the right, as on paper forms.
    split = width // 2
    if split < 2:
        ws.merged_cells.add(sheets.column_range(1, UNIT_ROW, width, UNIT_ROW))
        ws.append([sheets.text_cell(ws, f"{unit_text}    {date_text}", alignment=sheets.LEFT)])
        return
    ws.merged_cells.add(sheets.column_range(1, UNIT_ROW, split, UNIT_ROW))
    ws.merged_cells.add(sheets.column_range(split + 1, UNIT_ROW, width, UNIT_ROW))
    ws.append(
        [
            sheets.text_cell(ws, unit_text, alignment=sheets.LEFT),
            *[None] * (split - 1),
            sheets.text_cell(ws, date_text, alignment=sheets.RIGHT),
        ]
    )


def _cell_maker(
    ws: WriteOnlyWorksheet, spec: ColumnSpec, language: str, reveal_sensitive: bool
) -> Callable[[Any], Any]:
    """value -> what ``ws.append`` takes for this column: text guarded, IDs as text, real dates."""
    formatter = spec.format
    number_format = spec.number_format
    hide = spec.sensitive and not reveal_sensitive
    head, tail = spec.keep
    text_cell = sheets.text_cell

    if formatter is format_text and number_format is None and not hide:

        def make_text(value: Any) -> Any:  # most columns: no conversion, no style
            if value is None or value == "":
                return None
            return text_cell(ws, value if type(value) is str else str(value))

        return make_text

    # One styled cell per column, refilled for every row: ws.append writes a row out before
    # the next is built, and a new styled cell per value costs more than the rest of the row.
    reused = WriteOnlyCell(ws)
    if number_format is not None:
        reused.number_format = number_format

    def make(value: Any) -> Any:
        shown = formatter(value, language)
        if shown is None or shown == "":
            return None
        if hide:
            shown = mask(str(shown), head, tail)
        if number_format is None:
            return text_cell(ws, shown) if isinstance(shown, str) else shown
        if type(shown) is date and number_format == DATE_FORMAT:
            return shown  # openpyxl gives a plain date exactly this format by itself
        if isinstance(shown, str):
            shown = sheets.clean_text(shown)
            if sheets.needs_guard(shown):
                return text_cell(ws, shown, number_format)
        reused.value = shown
        return reused

    if spec.choices and number_format is None and not hide:
        # A coded column repeats a handful of codes (states, types, nationalities): each
        # code's cell is worked out once. Never the reused cell, so a kept one stays as made.
        return functools.lru_cache(maxsize=REMEMBERED_CODES)(make)
    return make
