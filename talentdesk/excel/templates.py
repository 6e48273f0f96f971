"""Import templates: the headers, one example row, drop-down lists and a notes sheet."""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from talentdesk.excel import sheets
from talentdesk.excel.columns import MONTH_FORMAT, ColumnSpec, Kind
from talentdesk.excel.texts import ZH_CN, text

EXCEL_LAST_ROW = 1_048_576
_NOTES_WIDTHS = (22, 8, 40, 40, 22)
_GENERAL_NOTES = ("note_1", "note_2", "note_3", "note_4", "note_5")


def write_template(
    target: str | os.PathLike[str], columns: Sequence[ColumnSpec], *, language: str = ZH_CN
) -> None:
    """An empty import workbook for ``columns``, written atomically to ``target``.

    Small, so it uses openpyxl's normal mode (data validation, hidden list sheet).
    """
    wb = Workbook()
    ws = wb.active
    ws.title = text(language, "template_sheet")
    notes = wb.create_sheet(text(language, "notes_sheet"))
    lists: Worksheet | None = None
    for index, spec in enumerate(columns, start=1):
        letter = get_column_letter(index)
        _header_cell(ws.cell(1, index), spec.header(language), required=spec.required)
        ws.column_dimensions[letter].width = max(spec.width, len(spec.header(language)) * 2)
        if spec.number_format is not None:
            ws.column_dimensions[letter].number_format = spec.number_format
        example = ws.cell(2, index)
        _put(example, spec.format(spec.example, language))
        example.font = sheets.EXAMPLE_FONT
        if spec.number_format is not None:
            example.number_format = spec.number_format
        below_header = f"{letter}2:{letter}{EXCEL_LAST_ROW}"
        if spec.choices:
            if lists is None:
                lists = wb.create_sheet(text(language, "lists_sheet"))
                lists.sheet_state = "hidden"
            source = _list_source(lists, index, spec, language)
            _validate(ws, below_header, DataValidation(type="list", formula1=source), language)
        elif spec.kind is Kind.BOOL:
            options = f'"{text(language, "yes")},{text(language, "no")}"'
            _validate(ws, below_header, DataValidation(type="list", formula1=options), language)
        else:
            # A prompt only: the reader accepts more date spellings than Excel's validation.
            prompt = DataValidation(showInputMessage=True, prompt=_format_hint(spec, language))
            ws.add_data_validation(prompt)
            prompt.add(below_header)
    ws.freeze_panes = "A2"
    _write_notes(notes, columns, language)
    sheets.save(wb, target)


def _header_cell(cell: Cell, header: str, *, required: bool = False) -> None:
    _put(cell, header)
    cell.font = sheets.REQUIRED_FONT if required else sheets.BOLD
    cell.fill = sheets.HEADER_FILL
    cell.alignment = sheets.CENTERED
    cell.border = sheets.BOXED


def _put(cell: Cell, value: object) -> None:
    """Set a value; text that looks like a formula stays text (see sheets.GUARDED_START)."""
    if isinstance(value, str):
        value = sheets.clean_text(value)
    cell.value = value
    if isinstance(value, str) and sheets.needs_guard(value):
        cell.data_type = "s"
        cell.quotePrefix = True


def _list_source(lists: Worksheet, index: int, spec: ColumnSpec, language: str) -> str:
    """The column's labels on the hidden list sheet, in the same column as on the template."""
    letter = get_column_letter(index)
    lists.cell(1, index, spec.header(language))
    for row, choice in enumerate(spec.choices, start=2):
        _put(lists.cell(row, index), choice.label(language))
    last = len(spec.choices) + 1
    return f"{quote_sheetname(lists.title)}!${letter}$2:${letter}${last}"


def _validate(ws: Worksheet, cells: str, validation: DataValidation, language: str) -> None:
    validation.allow_blank = True
    validation.showErrorMessage = True
    validation.error = text(language, "list_error")
    ws.add_data_validation(validation)
    validation.add(cells)


def _format_hint(spec: ColumnSpec, language: str) -> str:
    if spec.kind is Kind.DATE:
        return text(language, "kind_month" if spec.number_format == MONTH_FORMAT else "kind_date")
    return text(language, f"kind_{spec.kind.value}")


def _example_text(spec: ColumnSpec, example: object) -> object:
    if isinstance(example, date):
        return f"{example:%Y.%m}" if spec.number_format == MONTH_FORMAT else example.isoformat()
    return example


def _write_notes(notes: Worksheet, columns: Sequence[ColumnSpec], language: str) -> None:
    keys = ("notes_column", "notes_required", "notes_format", "notes_values", "notes_example")
    for index, (key, width) in enumerate(zip(keys, _NOTES_WIDTHS, strict=True), start=1):
        _header_cell(notes.cell(1, index), text(language, key))
        notes.column_dimensions[get_column_letter(index)].width = width
    for row, spec in enumerate(columns, start=2):
        example = spec.format(spec.example, language)
        cells = (
            spec.header(language),
            text(language, "yes") if spec.required else "",
            _format_hint(spec, language),
            "、".join(choice.label(language) for choice in spec.choices),
            _example_text(spec, example),
        )
        for index, value in enumerate(cells, start=1):
            cell = notes.cell(row, index)
            _put(cell, value)
            cell.alignment = sheets.WRAPPED
    first_note = len(columns) + 3
    for offset, key in enumerate(_GENERAL_NOTES):
        _put(notes.cell(first_note + offset, 1), f"{offset + 1}. {text(language, key)}")
    notes.freeze_panes = "A2"
