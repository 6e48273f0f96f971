"""The error report: original rows and header, the problems in words, bad cells in red, and
corrected in place it imports again.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from talentdesk.domain.problems import Problem
from talentdesk.errors import CancelledError
from talentdesk.excel.columns import RESEARCHERS
from talentdesk.excel.error_report import write_error_report
from talentdesk.excel.reader import RosterReader
from tests.excel.conftest import build_workbook, read_all

HEADER = ["序号", "姓名", "性别", "出生日期", "身份证号码", "所在单位", "备注"]


def render(problem: Problem) -> str:
    """What the GUI would pass: a translated sentence; here a recognisable stand-in."""
    return f"{problem.params.get('cell', '')} {problem.code}"


@pytest.fixture
def source(tmp_path):
    return build_workbook(
        tmp_path / "import.xlsx",
        [
            ["花名册"],
            HEADER,
            [1, "王芳", "女", date(1990, 5, 17), "320102199005178128", "XX研究院", "@张三 -5分"],
            [2, "李强", "男", "1988-02-30", 320102198803022430, "XX研究院"],
            [3, None, "女", date(1990, 5, 17), "320102199005178128", "XX研究院"],
        ],
    )


def test_report_keeps_the_original_rows_and_explains_each(tmp_path, source):
    header, rows = read_all(source, RESEARCHERS)
    report = tmp_path / "errors.xlsx"
    assert write_error_report(report, header, rows, render) == 3
    ws = load_workbook(report).active
    assert [c.value for c in ws[1]] == ["原行号", "错误说明", *HEADER]
    assert ws.freeze_panes == "C2"
    assert ws.auto_filter.ref == "A1:I4"
    assert [ws.cell(r, 1).value for r in (2, 3, 4)] == [3, 4, 5]  # rows as in the source
    assert ws["B2"].value is None
    assert ws["B3"].value == "D4 date_invalid\nE4 identifier_digits_lost"
    assert ws["B4"].value == "B5 required"
    assert ws["B3"].font.color.rgb.endswith("9C0006")
    # The original cells, as they were: a number stays a number, a date a date.
    assert [c.value for c in ws[3]][2:6] == [2, "李强", "男", "1988-02-30"]
    assert ws["G3"].data_type == "n"
    assert ws["G3"].value == pytest.approx(320102198803022430)
    assert ws["F2"].value == datetime(1990, 5, 17) and ws["F2"].is_date
    # Formula-like text stays text here too.
    assert (ws["I2"].value, ws["I2"].data_type, ws["I2"].quotePrefix) == ("@张三 -5分", "s", True)


def test_cells_with_problems_are_filled_red_even_when_blank(tmp_path, source):
    header, rows = read_all(source, RESEARCHERS)
    report = tmp_path / "errors.xlsx"
    write_error_report(report, header, rows, render)
    ws = load_workbook(report).active
    red = {c.coordinate for row in ws.iter_rows(min_row=2) for c in row
           if c.fill.fgColor.rgb and c.fill.fgColor.rgb.endswith("FFC7CE")}  # fmt: skip
    assert red == {"F3", "G3", "D4"}


def test_corrected_report_imports_again(tmp_path, source):
    header, rows = read_all(source, RESEARCHERS)
    report = tmp_path / "errors.xlsx"
    write_error_report(report, header, [r for r in rows if r.problems], render)
    wb = load_workbook(report)
    ws = wb.active
    ws["F2"] = "1988-03-02"
    ws["G2"] = "320102198803022430"
    ws["D3"] = "赵敏"
    wb.save(report)
    header, fixed = read_all(report, RESEARCHERS)
    assert header.ignored == ("原行号", "错误说明", "序号")
    assert [(r.values["name"], r.problems) for r in fixed] == [("李强", ()), ("赵敏", ())]


def test_english_report_and_problems_without_a_column(tmp_path, source):
    header, rows = read_all(source, RESEARCHERS)
    duplicate = rows[0]._replace(problems=(Problem("duplicate_in_database", "", {"row": 3}),))
    report = tmp_path / "errors.xlsx"
    write_error_report(report, header, [duplicate], lambda p: p.code, language="en")
    ws = load_workbook(report).active
    assert [ws["A1"].value, ws["B1"].value] == ["Source row", "Errors"]
    assert ws["B2"].value == "duplicate_in_database"


def test_cancelled_report_leaves_nothing(tmp_path, source):
    with RosterReader(source, RESEARCHERS.columns) as reader:
        header = reader.header
        rows = list(reader.rows())
    report = tmp_path / "errors.xlsx"
    with pytest.raises(CancelledError):
        write_error_report(report, header, rows * 200, render, cancelled=lambda: True)
    assert not report.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["import.xlsx"]
