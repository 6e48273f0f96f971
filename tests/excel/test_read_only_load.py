"""Opening a read-only workbook reads the sheet's head for its size, never every row."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from talentdesk.excel.read_only_load import load_read_only

SHEET = "xl/worksheets/sheet1.xml"


def write_only_book(path: Path, rows: int) -> Path:
    """A workbook as openpyxl's write-only mode (and our exports) save it: no <dimension>."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    for i in range(rows):
        ws.append([f"姓名{i}", i, f"E{i:08d}"])
    wb.save(path)
    return path


def with_sheet_cut(source: Path, target: Path, keep: int) -> Path:
    """``source`` with its sheet XML cut off after ``keep`` bytes: rows far down unreadable."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            new.writestr(item, data[:keep] if item.filename == SHEET else data)
    return target


def test_a_sheet_without_a_recorded_size_opens_without_reading_its_rows(tmp_path: Path):
    book = write_only_book(tmp_path / "book.xlsx", 2000)
    with zipfile.ZipFile(book) as archive:
        assert b"<dimension" not in archive.read(SHEET)
    cut = with_sheet_cut(book, tmp_path / "cut.xlsx", keep=20_000)
    # openpyxl reads to the last row just to find no size, so the damage stops the opening.
    with pytest.raises((SyntaxError, EOFError, zlib.error)):
        load_workbook(cut, read_only=True)
    with cut.open("rb") as stream:
        ws = load_read_only(stream).active
        assert ws.max_row is None  # as openpyxl concludes: nothing recorded
        first = next(ws.iter_rows(values_only=True))
    assert first == ("姓名0", 0, "E00000000")


def test_a_recorded_size_is_read_as_openpyxl_reads_it(tmp_path: Path):
    wb = Workbook()  # the normal mode writes <dimension>, as Excel and WPS do
    for i in range(1, 41):
        wb.active.append([i, f"行{i}", None, "x"])
    path = tmp_path / "sized.xlsx"
    wb.save(path)
    plain = load_workbook(path, read_only=True).active
    with path.open("rb") as stream:
        ours = load_read_only(stream).active
        assert (ours.min_row, ours.min_column, ours.max_row, ours.max_column) == (1, 1, 40, 4)
        assert (ours.max_row, ours.max_column) == (plain.max_row, plain.max_column)
        assert list(ours.iter_rows(values_only=True)) == list(plain.iter_rows(values_only=True))


def test_openpyxl_is_left_as_it_was(tmp_path: Path):
    book = write_only_book(tmp_path / "book.xlsx", 3)
    with book.open("rb") as stream:
        load_read_only(stream)
    assert openpyxl.reader.excel.ReadOnlyWorksheet is ReadOnlyWorksheet
    assert type(load_workbook(book, read_only=True).active) is ReadOnlyWorksheet
