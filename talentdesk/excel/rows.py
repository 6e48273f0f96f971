"""What the roster reader hands on: the sheet's header and its rows (no openpyxl, so the import
service can be loaded at start-up without it)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, NamedTuple

from talentdesk.domain.problems import Problem


@dataclasses.dataclass(frozen=True)
class SheetHeader:
    """Where the roster sits in the workbook and which columns were recognised.

    Attributes:
        row: Excel's number of the header row.
        cells: the header row's texts as the sheet spells them ("" for an empty cell).
        columns: column key -> 0-based position in the row.
        ignored: headers of the columns no spec matched.
        row_count_hint: data rows below the header by the sheet's own size record, when it
            has a plausible one (for a progress bar; the real count may differ).
    """

    sheet: str
    row: int
    cells: tuple[str, ...]
    columns: Mapping[str, int]
    ignored: tuple[str, ...]
    row_count_hint: int | None


class ReadRow(NamedTuple):
    """One data row: parsed values by column key (None where blank or unreadable), the
    problems found, and the cells as they were (for the error report).

    A named tuple: one is made per row, and a frozen dataclass costs several times more.
    """

    number: int
    values: dict[str, Any]
    problems: tuple[Problem, ...]
    cells: tuple[Any, ...]


def column_letter(number: int) -> str:
    """Excel's letters for a 1-based column number: 1 → A, 27 → AA (openpyxl's
    ``get_column_letter`` would load all of openpyxl)."""
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def placed(problem: Problem, header: SheetHeader, number: int) -> Problem:
    """A Problem found after reading (by the forms' rules) with its place in ``header``'s
    sheet: the row, and the column and cell when the sheet has the Problem's field.
    """
    position = header.columns.get(problem.field)
    place: dict[str, Any] = {"row": number}
    if position is not None:
        place |= {"column": header.cells[position],
                  "cell": f"{column_letter(position + 1)}{number}"}
    return Problem(problem.code, problem.field, {**problem.params, **place})
