"""Roster export: the 花名册 layout read back by openpyxl, masking, the injection guard,
atomic writing, progress and cancel.
"""

from __future__ import annotations

import csv
import dataclasses
import os
import subprocess
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet import _writer as openpyxl_scratch

from talentdesk.errors import CancelledError
from talentdesk.excel.columns import APPLICANTS, RESEARCHERS, Choice, ColumnSpec
from talentdesk.excel.progress import REPORT_EVERY
from talentdesk.excel.writer import write_roster
from tests.excel.conftest import needs_soffice, researcher

TITLE = "某某研究院青年科技人才花名册（2025年度）"
REPORT_DATE = date(2026, 1, 5)
COLUMNS = RESEARCHERS.columns
LAST = get_column_letter(len(COLUMNS) + 1)


def export(target: Path, records, columns=COLUMNS, **options) -> int:
    options = {"title": TITLE, "report_date": REPORT_DATE, "unit": "某某研究院"} | options
    return write_roster(target, columns, records, **options)


def one_row(tmp_path: Path, keys: list[str], **fields):
    """The sheet of a one-record export of some columns (data from B4 on)."""
    path = tmp_path / "one.xlsx"
    export(path, [researcher(**fields)], RESEARCHERS.select(keys))
    return load_workbook(path).active


def cell_of(ws, key: str, row: int = 4, columns=COLUMNS):
    index = next(i for i, c in enumerate(columns) if c.key == key)
    return ws.cell(row, index + 2)


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "roster.xlsx"
    records = [researcher(), researcher(name="李强", sex="male", id_number="32010219880302265X")]
    assert export(path, records, reveal_sensitive=True) == 2
    return load_workbook(path).active


def test_title_unit_and_date_lines(roster):
    assert roster.title == "花名册"
    merged = {str(r) for r in roster.merged_cells.ranges}
    assert f"A1:{LAST}1" in merged
    assert roster["A1"].value == TITLE
    assert roster["A1"].font.b
    assert roster["A2"].value == "填报单位：某某研究院"
    date_cell = next(c for c in roster[2] if c.value and str(c.value).startswith("填报日期"))
    assert date_cell.value == "填报日期：2026年1月5日"
    assert any(str(r).startswith("A2:") for r in roster.merged_cells.ranges)
    assert any(str(r).startswith(f"{date_cell.coordinate}:") for r in roster.merged_cells.ranges)


def test_header_in_the_ui_language_with_index_column(roster):
    assert [c.value for c in roster[3]] == ["序号", *(c.zh for c in COLUMNS)]
    assert [roster["A4"].value, roster["A5"].value] == [1, 2]


def test_frozen_header_autofilter_and_print_setup(roster):
    assert roster.freeze_panes == "A4"
    assert roster.auto_filter.ref == f"A3:{LAST}5"
    assert roster.print_title_rows == "$3:$3"
    setup = roster.page_setup
    assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
    assert setup.paperSize == 9  # A4
    assert roster.sheet_properties.pageSetUpPr.fitToPage is True
    assert roster.oddFooter.center.text == "第 &P 页，共 &N 页"


def test_column_widths_follow_the_specs(roster):
    assert roster.column_dimensions["A"].width == 6
    for index, spec in enumerate(COLUMNS, start=2):
        assert roster.column_dimensions[get_column_letter(index)].width == spec.width


def test_dates_are_real_excel_dates(roster):
    born = cell_of(roster, "birth_date")
    assert (born.data_type, born.is_date, born.value) == ("d", True, datetime(1990, 5, 17))
    assert born.number_format == "yyyy-mm-dd"
    graduated = cell_of(roster, "graduation_date")
    assert graduated.is_date and graduated.number_format == 'yyyy"."mm'


def test_identifiers_are_text_in_cells_and_columns(roster):
    for key, expected in (("id_number", "320102199005178128"), ("discipline_code", "0805")):
        cell = cell_of(roster, key)
        assert (cell.data_type, cell.value, cell.number_format) == ("s", expected, "@")
        assert roster.column_dimensions[cell.column_letter].number_format == "@"
    assert cell_of(roster, "id_number", row=5).value == "32010219880302265X"


def test_each_value_after_a_styled_cell_keeps_no_style_of_it(tmp_path):
    """Text-formatted IDs, 年.月 dates and guarded text are cells of their own (the sheet
    takes them as they are); the plain value after each is written plain."""
    keys = ["id_number", "ethnicity", "graduation_date", "unit", "department", "title",
            "birth_date", "major"]  # fmt: skip
    ws = one_row(tmp_path, keys, department="=SUM(A1)")
    shown = {key: cell_of(ws, key, columns=RESEARCHERS.select(keys)) for key in keys}
    assert [(k, c.number_format, c.quotePrefix) for k, c in shown.items()] == [
        ("id_number", "@", False),
        ("ethnicity", "General", False),
        ("graduation_date", 'yyyy"."mm', False),
        ("unit", "General", False),
        ("department", "General", True),
        ("title", "General", False),
        ("birth_date", "yyyy-mm-dd", False),
        ("major", "General", False),
    ]
    assert [c.value for c in shown.values()] == [
        "320***********8128", "汉族", datetime(2018, 7, 1), "江苏省示例科学研究院", "=SUM(A1)",
        "副研究员", datetime(1990, 5, 17), "材料科学与工程",
    ]  # fmt: skip


def test_coded_values_numbers_and_flags_are_shown_for_people(roster):
    assert cell_of(roster, "sex").value == "女"
    assert cell_of(roster, "political_status").value == "中共党员"
    assert cell_of(roster, "evaluation_category").value == "基础研究"
    assert cell_of(roster, "post_grade").value == 10
    assert cell_of(roster, "funding").value == 30.5
    assert cell_of(roster, "funding").data_type == "n"


def test_a_coded_column_shows_each_rows_own_label_however_often_codes_repeat(tmp_path):
    """Each code's cell is made once per export; a guarded one lands in every row it is in."""
    state = ColumnSpec("state", "状态", "State", choices=(
        Choice("draft", "=草稿", "=Draft"), Choice("done", "已办结", "Done")))  # fmt: skip
    codes = ["draft", "done", "draft", None, "new_code", "draft", "new_code", "done"]
    path = tmp_path / "coded.xlsx"
    export(path, [{"state": code} for code in codes], (state,))
    cells = [row[1] for row in load_workbook(path).active.iter_rows(min_row=4)]
    assert [c.value for c in cells] == [
        "=草稿", "已办结", "=草稿", None, "new_code", "=草稿", "new_code", "已办结",
    ]  # fmt: skip
    assert [c.quotePrefix for c in cells] == [True, False, True, False, False, True, False, False]
    assert [c.row for c in cells] == list(range(4, 12))


def test_sensitive_numbers_are_masked_unless_the_caller_allows_them(tmp_path):
    path = tmp_path / "masked.xlsx"
    export(path, [researcher()])
    ws = load_workbook(path).active
    assert cell_of(ws, "id_number").value == "320***********8128"
    assert cell_of(ws, "discipline_code").value == "0805"  # not sensitive

    columns = APPLICANTS.select(["surname", "passport_number"])
    export(path, [{"surname": "SMITH", "passport_number": "E12345678"}], columns)
    assert load_workbook(path).active["C4"].value == "E1*****78"


def test_headers_and_fixed_words_in_english(tmp_path):
    path = tmp_path / "roster_en.xlsx"
    export(path, [researcher()], RESEARCHERS.select(["name", "sex", "birth_date"]), language="en")
    ws = load_workbook(path).active
    assert ws.title == "Roster"
    assert [c.value for c in ws[3]] == ["No.", "Name", "Sex", "Date of birth"]
    assert ws["A2"].value == "Unit: 某某研究院"
    assert ws["C2"].value == "Date: 2026-01-05"
    assert ws["C4"].value == "Female"


def test_records_may_be_objects_and_missing_values_stay_blank(tmp_path):
    @dataclasses.dataclass(frozen=True)
    class Person:
        name: str
        birth_date: date | None

    path = tmp_path / "objects.xlsx"
    columns = RESEARCHERS.select(["name", "birth_date", "remarks"])
    export(path, [Person("王芳", None), Person("李强", date(1988, 3, 2))], columns)
    ws = load_workbook(path).active
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=4)] == [
        [1, "王芳", None, None],
        [2, "李强", datetime(1988, 3, 2), None],
    ]


def test_an_empty_roster_is_still_a_roster(tmp_path):
    path = tmp_path / "empty.xlsx"
    assert export(path, []) == 0
    ws = load_workbook(path).active
    assert ws.auto_filter.ref == f"A3:{LAST}3"
    assert ws.max_row == 3


# ---------------------------------------------------------------- formula injection

GUARDED = ["=1+1", '=HYPERLINK("http://evil.example","点我")', "+86 138", "-2+3", "@SUM(A1)",
           "\t=1+1", "=", "-"]  # fmt: skip


@pytest.mark.parametrize("text", GUARDED)
def test_text_that_starts_like_a_formula_stays_visible_text(tmp_path, text):
    ws = one_row(tmp_path, ["name", "remarks"], name=text, remarks=text)
    for cell in (ws["B4"], ws["C4"]):
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)


def test_a_leading_carriage_return_is_guarded_as_the_line_break_it_becomes(tmp_path):
    ws = one_row(tmp_path, ["name", "remarks"], name="\r=1+1", remarks="a\r\nb")
    assert (ws["B4"].value, ws["B4"].data_type, ws["B4"].quotePrefix) == ("\n=1+1", "s", True)
    assert (ws["C4"].value, ws["C4"].quotePrefix) == ("a\nb", False)


@pytest.mark.parametrize("text", ["0512-6688 1234", "张-三", "a=b", "1+1", "E-mail", "—破折号"])
def test_harmless_text_is_left_alone(tmp_path, text):
    """A '-' or '=' inside the text is no formula; only the first character matters."""
    cell = one_row(tmp_path, ["remarks"], remarks=text)["B4"]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", False)


def test_error_values_and_control_characters_in_text(tmp_path):
    ws = one_row(tmp_path, ["name", "remarks"], name="#N/A", remarks="响\x07铃")
    assert (ws["B4"].value, ws["B4"].data_type) == ("#N/A", "s")  # not Excel's error value
    assert ws["C4"].value == "响铃"  # XML cannot hold BEL; dropping it keeps the row


def test_title_and_unit_are_guarded_too(tmp_path):
    path = tmp_path / "title.xlsx"
    export(path, [], title="=cmd|' /C calc'!A0", unit="@evil")
    ws = load_workbook(path).active
    assert (ws["A1"].data_type, ws["A1"].quotePrefix) == ("s", True)
    assert ws["A2"].value == "填报单位：@evil"  # not first in its cell: harmless


@needs_soffice
def test_libreoffice_shows_guarded_text_and_computes_nothing(tmp_path):
    path = tmp_path / "guard.xlsx"
    export(path, [researcher(name=text) for text in GUARDED], RESEARCHERS.select(["name"]))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
         "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    with (tmp_path / "guard.csv").open(encoding="utf-8") as stream:
        names = [row[1] for row in list(csv.reader(stream))[3:]]
    assert names == GUARDED


# ---------------------------------------------------------------- atomic writing, progress, cancel


def scratch_files() -> set[str]:
    return set(openpyxl_scratch.ALL_TEMP_FILES)


def test_a_crash_mid_write_leaves_no_file_and_no_temp_file(tmp_path):
    target = tmp_path / "roster.xlsx"
    before = scratch_files()

    def crash(done: int) -> None:
        raise RuntimeError("worker died")

    with pytest.raises(RuntimeError, match="worker died"):
        export(target, (researcher() for _ in range(1000)), progress=crash)
    assert list(tmp_path.iterdir()) == []
    assert scratch_files() == before  # openpyxl's own scratch file is gone too


def test_a_killed_writers_leftover_goes_with_the_next_write(tmp_path):
    """SIGKILL skips every clean-up; the next export of the same file removes what was left."""
    target = tmp_path / "花名册[2026].xlsx"
    stale = tmp_path / ".~花名册[2026].xlsx.k1ll3d.tmp"
    running = tmp_path / ".~花名册[2026].xlsx.run123.tmp"  # another export, writing right now
    other = tmp_path / ".~其他.xlsx.k1ll3d.tmp"
    for leftover in (stale, running, other):
        leftover.write_bytes(b"PK half a workbook")
    hours_ago = time.time() - 2 * 3600
    for old in (stale, other):
        os.utime(old, (hours_ago, hours_ago))
    export(target, [researcher()])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [target.name, running.name, other.name])


def test_a_crash_leaves_the_previous_file_untouched(tmp_path):
    target = tmp_path / "roster.xlsx"
    export(target, [researcher()])
    previous = target.read_bytes()

    def crash(done: int) -> None:
        raise RuntimeError("worker died")

    with pytest.raises(RuntimeError):
        export(target, (researcher() for _ in range(1000)), progress=crash)
    assert target.read_bytes() == previous
    assert [p.name for p in tmp_path.iterdir()] == ["roster.xlsx"]


def test_a_failing_save_leaves_no_half_file(tmp_path, monkeypatch):
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"the old roster")

    def half_save(self, stream) -> None:
        stream.write(b"PK\x03\x04 half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(Workbook, "save", half_save)
    before = scratch_files()
    with pytest.raises(OSError, match="disk full"):
        export(target, [researcher()])
    assert target.read_bytes() == b"the old roster"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.xlsx"]
    assert scratch_files() == before


def test_progress_counts_rows_written(tmp_path):
    seen: list[int] = []
    rows = 2 * REPORT_EVERY + 7
    export(tmp_path / "r.xlsx", (researcher() for _ in range(rows)), progress=seen.append)
    assert seen == [REPORT_EVERY, 2 * REPORT_EVERY, rows]


def test_cancel_stops_removes_everything_and_keeps_the_old_file(tmp_path):
    target = tmp_path / "roster.xlsx"
    target.write_bytes(b"the old roster")
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) >= 2

    before = scratch_files()
    with pytest.raises(CancelledError):
        export(target, (researcher() for _ in range(10 * REPORT_EVERY)), cancelled=cancelled)
    assert len(asked) == 2  # stopped at the second check, not at the end
    assert target.read_bytes() == b"the old roster"
    assert [p.name for p in tmp_path.iterdir()] == ["roster.xlsx"]
    assert scratch_files() == before


def test_decimal_and_integer_columns_stay_numbers(tmp_path):
    ws = one_row(tmp_path, ["funding", "post_grade"], funding=Decimal("12.25"), post_grade=7)
    assert (ws["B4"].value, ws["C4"].value) == (12.25, 7)
