"""The sheets of a package: tab order, visibility, chart sheets, the sheet it opens on, and
whether a sheet holds formula errors.
"""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from talentdesk.excel import workbook_parts
from talentdesk.excel.workbook_parts import SheetPart, has_error_cells, read_parts


def test_sheets_in_tab_order_with_their_parts(tmp_path):
    wb = Workbook()
    wb.active.title = "封面"
    wb.create_sheet("花名册")
    wb.create_sheet("旧表").sheet_state = "hidden"
    wb.create_chartsheet("图表")
    wb.active = 1
    wb.save(tmp_path / "book.xlsx")
    with zipfile.ZipFile(tmp_path / "book.xlsx") as archive:
        parts = read_parts(archive)
        assert [(s.name, s.visible, s.worksheet) for s in parts.sheets] == [
            ("封面", True, True),
            ("花名册", True, True),
            ("旧表", False, True),
            ("图表", True, False),
        ]
        assert parts.active == 1
        assert all(s.path in archive.namelist() for s in parts.sheets)


def test_rooted_targets_and_a_missing_open_tab(tmp_path):
    """Targets may be written from the package root; no workbookView means the first tab."""
    Workbook().save(tmp_path / "plain.xlsx")
    path = tmp_path / "rooted.xlsx"
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b'Target="worksheets/', b'Target="/xl/worksheets/')
            if item.filename == "xl/workbook.xml":
                start, end = data.index(b"<bookViews"), data.index(b"</bookViews>") + 12
                data = data[:start] + data[end:]
            dst.writestr(item, data)
    with zipfile.ZipFile(path) as archive:
        parts = read_parts(archive)
    assert parts.active == 0
    assert parts.sheets[0].path == "xl/worksheets/sheet1.xml"


def test_a_zip_without_a_workbook_is_refused(tmp_path):
    with zipfile.ZipFile(tmp_path / "doc.zip", "w") as archive:
        archive.writestr("word/document.xml", "<xml/>")
    with zipfile.ZipFile(tmp_path / "doc.zip") as archive, pytest.raises(KeyError):
        read_parts(archive)


@pytest.mark.parametrize("mark", [b't="e"', b"t='e'"])
def test_an_error_cell_is_found_where_it_straddles_two_chunks(tmp_path, monkeypatch, mark):
    head = b"<worksheet><sheetData><row r='1'><c r='A1' "
    sheet = head + mark + b"><v>#N/A</v></c></row></sheetData></worksheet>"
    with zipfile.ZipFile(tmp_path / "book.xlsx", "w") as archive:
        archive.writestr("s.xml", sheet)
        archive.writestr("t.xml", sheet.replace(mark, b't="s"'))
    monkeypatch.setattr(workbook_parts, "_SCAN_CHUNK", len(head) + 2)
    with zipfile.ZipFile(tmp_path / "book.xlsx") as archive:
        assert has_error_cells(archive, SheetPart("s", True, True, "s.xml"))
        assert not has_error_cells(archive, SheetPart("t", True, True, "t.xml"))
