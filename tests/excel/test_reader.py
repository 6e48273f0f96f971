"""Roster import against awkward sheets: titles above the header, aliases in any order,
every date spelling, ID numbers a spreadsheet turned into numbers, files from LibreOffice,
and files that are no roster at all.
"""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from python_calamine import CalamineWorkbook

from talentdesk.errors import CancelledError, ExcelFormatError
from talentdesk.excel import reader as reader_module
from talentdesk.excel.columns import APPLICANTS, EMPLOYERS, RESEARCHERS, ColumnSet
from talentdesk.excel.progress import REPORT_EVERY
from talentdesk.excel.reader import FORMAT_ERRORS, PROBLEM_CODES, RosterReader
from talentdesk.excel.writer import write_roster
from tests.excel.conftest import (
    DATA,
    build_workbook,
    codes,
    open_handles,
    read_all,
    researcher,
    rewritten,
)

# Every reading test runs on both ways of reading cells (see the engine fixture).
pytestmark = pytest.mark.usefixtures("engine")

ID = "320102199005178128"
ID_2 = "32010219880302265X"


def _only(*keys: str) -> ColumnSet:
    """Some researcher columns, as a list view would export them."""
    return ColumnSet("part", RESEARCHERS.select(keys))


@pytest.fixture
def awkward(tmp_path) -> Path:
    """Title, unit line, group headers, English and Chinese aliases shuffled, extra columns."""
    return build_workbook(
        tmp_path / "awkward.xlsx",
        [
            ["XX研究院青年科技人才花名册（2025年度）"],
            ["填报单位（盖章）：XX研究院", None, None, None, "填报日期：2026年1月5日"],
            ["统计：共2人"],
            [None, "基本信息", None, None, None, "人才项目"],
            ["序号", "ID No.", "Full name", "出生年月", "工号", "入选年度", "性别", "所在单位",
             "备注说明", "Date of birth (old)"],
            [1, ID, "王芳", date(1990, 5, 17), "E001", 2024, "女", "XX研究院", "x", "y"],
            [],
            [None, None, None, None, None, None, None, None, None, None],
            [2, ID_2, "李强", "1988.3.2", "E002", "2023", "Male", "XX研究院"],
            [3],  # pre-numbered, still empty
            [4, "   ", "", None],
            ["填表说明：身份证号请按文本填写。"],
        ],
        merges=["A1:J1", "A2:D2", "B4:E4"],
    )  # fmt: skip


def test_header_is_found_below_titles_whatever_the_order(awkward):
    header, rows = read_all(awkward, RESEARCHERS)
    assert header.row == 5
    assert header.sheet == "Sheet"
    assert dict(header.columns) == {
        "id_number": 1, "name": 2, "birth_date": 3, "program_year": 5, "sex": 6, "unit": 7,
    }  # fmt: skip
    assert header.ignored == ("序号", "工号", "备注说明", "Date of birth (old)")
    assert [row.number for row in rows] == [6, 9]  # as Excel numbers them; blanks skipped
    assert rows[0].values == {
        "id_number": ID, "name": "王芳", "birth_date": date(1990, 5, 17), "program_year": 2024,
        "sex": "female", "unit": "XX研究院",
    }  # fmt: skip
    assert rows[1].values["birth_date"] == date(1988, 3, 2)
    assert rows[1].values["sex"] == "male"
    assert all(row.problems == () for row in rows)
    assert rows[0].cells[:3] == (1, ID, "王芳")  # kept for the error report


DATE_SPELLINGS = [
    datetime(2026, 1, 5), 46027, "2026-01-05", "2026-1-5", "2026/01/05", "2026/1/5",
    "2026.1.5", "2026.01.05", "2026年1月5日", "2026 年 01 月 05 日", "20260105",
]  # fmt: skip


def test_copies_of_the_header_inside_the_data_are_skipped(tmp_path):
    header_row = ["姓名", "性别 "]
    path = build_workbook(
        tmp_path / "pages.xlsx",
        [header_row, ["王芳", "女"], [" 姓名", "性别"], ["李强", "男"], ["姓名", "女"]],
    )
    _, rows = read_all(path, _only("name", "sex"))
    assert [(row.number, row.values["name"]) for row in rows] == [
        (2, "王芳"),
        (4, "李强"),
        (5, "姓名"),
    ]


def test_every_date_spelling_in_one_column(tmp_path):
    path = build_workbook(
        tmp_path / "dates.xlsx",
        [["姓名", "出生日期"], *[[f"人{i}", raw] for i, raw in enumerate(DATE_SPELLINGS)]],
    )
    _, rows = read_all(path, _only("name", "birth_date"))
    assert [row.values["birth_date"] for row in rows] == [date(2026, 1, 5)] * len(DATE_SPELLINGS)


@pytest.mark.parametrize(
    "number_format",
    ['yyyy"年"m"月"d"日"', '[$-804]yyyy"年"m"月"d"日";@', '[DBNum1][$-804]yyyy"年"m"月"d"日"',
     "yyyy/m/d", "m/d/yy", "yyyy.mm.dd", "dd-mmm-yy", "yyyymmdd"],
)  # fmt: skip
def test_date_cells_in_the_number_formats_offices_use(tmp_path, number_format):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "出生日期"])
    ws.append(["王芳", date(1990, 5, 17)])
    ws["B2"].number_format = number_format
    wb.save(tmp_path / "formats.xlsx")
    _, rows = read_all(tmp_path / "formats.xlsx", _only("name", "birth_date"))
    assert rows[0].values["birth_date"] == date(1990, 5, 17)
    assert rows[0].problems == ()


def test_identifiers_typed_as_numbers_are_reported_with_row_and_column(tmp_path):
    path = build_workbook(
        tmp_path / "ids.xlsx",
        [
            ["姓名", "性别", "出生日期", "身份证号码*", "所在单位", "学科代码"],
            ["王芳", "女", date(1990, 5, 17), 320102199005178128, "XX研究院", 805],
            ["李强", "男", date(1988, 3, 2), "3.20102198803021E+17", "XX研究院", "0812"],
            ["张伟", "男", date(1988, 1, 1), 3.20102198801011e17, "XX研究院", 812.0],
        ],
    )
    _, rows = read_all(path, RESEARCHERS)
    first = rows[0].problems
    assert [(p.field, p.code) for p in first] == [
        ("id_number", "identifier_digits_lost"),
        ("discipline_code", "identifier_as_number"),
    ]
    assert first[0].params == {
        "value": "3.20102199005178E+17", "row": 2, "column": "身份证号码*", "cell": "D2",
    }  # fmt: skip
    assert first[1].params == {"value": "805", "row": 2, "column": "学科代码", "cell": "F2"}
    assert rows[0].values["id_number"] is None  # never guessed
    assert codes(rows[1]) == [("id_number", "identifier_digits_lost")]
    assert codes(rows[2]) == [
        ("id_number", "identifier_digits_lost"),
        ("discipline_code", "identifier_as_number"),
    ]


def test_parse_problems_blank_required_cells_and_domain_checks(tmp_path):
    path = build_workbook(
        tmp_path / "problems.xlsx",
        [
            ["姓名", "性别", "出生日期", "身份证号", "所在单位", "岗位等级", "政治面貌"],
            [None, "未知", "2026-02-30", ID, "XX研究院", "十", "党员"],
            ["李强", "男", date(1990, 5, 17), ID, " ", 7, "群众"],
        ],
    )
    _, rows = read_all(path, RESEARCHERS)
    assert codes(rows[0]) == [
        ("name", "required"),
        ("sex", "choice_invalid"),
        ("birth_date", "date_invalid"),
        ("post_grade", "integer_invalid"),
    ]
    assert rows[0].values["political_status"] == "01"  # 党员 is an alias
    # Row rules see the parsed row: the ID says female, the row says male.
    assert codes(rows[1]) == [("unit", "required"), ("id_number", "resident_id_sex_mismatch")]
    assert rows[1].problems[1].params["cell"] == "D3"


def test_text_longer_than_the_column_allows(tmp_path):
    path = build_workbook(tmp_path / "long.xlsx", [["姓名", "性别"], ["王" * 41, "女"]])
    _, rows = read_all(path, _only("name", "sex"))
    assert codes(rows[0]) == [("name", "text_too_long")]
    assert rows[0].problems[0].params["max"] == 40


def test_a_masked_export_cannot_be_imported_back(tmp_path):
    path = tmp_path / "masked.xlsx"
    write_roster(path, RESEARCHERS.columns, [researcher()], title="t", report_date=date(2026, 1, 5))
    _, rows = read_all(path, RESEARCHERS)
    assert codes(rows[0]) == [("id_number", "identifier_masked")]


@pytest.mark.parametrize("column_set", [RESEARCHERS, APPLICANTS, EMPLOYERS], ids=lambda s: s.name)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_round_trip_write_then_read_gives_the_same_values(tmp_path, column_set, language):
    records = [{c.key: c.example for c in column_set.columns}]
    if column_set is RESEARCHERS:
        records.append(researcher(name="=1+1", remarks="-5", funding=Decimal("0.1")))
    path = tmp_path / "round.xlsx"
    write_roster(path, column_set.columns, records, title="t", report_date=date(2026, 1, 5),
                 language=language, reveal_sensitive=True)  # fmt: skip
    header, rows = read_all(path, column_set)
    assert header.row == 3 and header.ignored == (("序号",) if language == "zh_CN" else ("No.",))
    assert [row.values for row in rows] == [
        {key: value for key, value in record.items() if value is not None} | _blank(record)
        for record in records
    ]
    assert [row.problems for row in rows] == [()] * len(records)


def _blank(record):
    return {key: None for key, value in record.items() if value is None}


def test_the_sheet_with_the_roster_is_found_and_hidden_sheets_are_skipped(tmp_path):
    wb = Workbook()
    cover = wb.active
    cover.title = "封面"
    cover.append(["某某研究院", "2026年"])
    hidden = wb.create_sheet("old")
    hidden.append(["姓名", "性别", "出生日期", "身份证号", "所在单位"])
    hidden.sheet_state = "hidden"
    roster = wb.create_sheet("花名册")
    roster.append(["姓名", "性别", "出生日期", "身份证号", "所在单位"])
    roster.append(["王芳", "女", date(1990, 5, 17), ID, "XX研究院"])
    wb.save(tmp_path / "sheets.xlsx")
    header, rows = read_all(tmp_path / "sheets.xlsx", RESEARCHERS)
    assert header.sheet == "花名册" and len(rows) == 1
    header, rows = read_all(tmp_path / "sheets.xlsx", RESEARCHERS, sheet="old")
    assert header.sheet == "old" and rows == []
    with pytest.raises(ExcelFormatError) as caught:
        read_all(tmp_path / "sheets.xlsx", RESEARCHERS, sheet="nope")
    assert (caught.value.reason, caught.value.detail) == ("sheet_not_found", "nope")


# ---------------------------------------------------------------- files from elsewhere


def test_workbook_saved_by_libreoffice():
    header, rows = read_all(DATA / "libreoffice_roster.xlsx", RESEARCHERS)
    assert (header.sheet, header.row, header.row_count_hint) == ("青年人才", 4, 6)
    assert [row.number for row in rows] == [5, 6, 8]
    assert rows[0].values == {
        "name": "王芳", "sex": "female", "id_number": ID, "birth_date": date(1990, 5, 17),
        "unit": "某某研究院", "department": "材料所", "degree": "doctorate",
        "program_year": 2024,  # a formula: LibreOffice stored its value
        "funding": Decimal(30),
    }  # fmt: skip
    assert rows[0].problems == ()
    assert rows[1].values["birth_date"] == date(1988, 3, 2)
    assert rows[1].values["funding"] == Decimal("20.5")
    assert codes(rows[2]) == [("id_number", "identifier_digits_lost")]


def test_csv_typed_by_libreoffice_loses_what_text_would_have_kept():
    header, rows = read_all(DATA / "libreoffice_typed.xlsx", RESEARCHERS)
    assert header.ignored == ()
    assert rows[0].values["birth_date"] == date(1990, 5, 17)
    assert codes(rows[0]) == [
        ("id_number", "identifier_digits_lost"),
        ("discipline_code", "identifier_as_number"),
        ("phone", "identifier_as_number"),  # 025… lost its 0
    ]
    assert codes(rows[1]) == [("discipline_code", "identifier_as_number")]
    assert rows[1].values["phone"] == "13912345678"


def test_a_wrong_size_record_does_not_cut_the_sheet_short(tmp_path, awkward, engine):
    """Some writers record the sheet's size as A1:A1; read_only mode would then read one cell."""
    broken = rewritten(
        awkward, tmp_path / "a1.xlsx", rb'<dimension ref="A1:J12"\s*/>', b'<dimension ref="A1:A1"/>'
    )
    plain = load_workbook(broken, read_only=True)
    assert len(list(plain.active.iter_rows(values_only=True))) == 1  # what we guard against
    plain.close()
    header, rows = read_all(broken, RESEARCHERS)
    assert header.row == 5 and len(rows) == 2
    # calamine counts the rows it read (12, 7 below the header); openpyxl has only the record.
    assert header.row_count_hint == (7 if engine == "calamine" else None)


@pytest.mark.parametrize("option", ["epoch_1904", "iso_dates", "write_only_inline_strings"])
def test_other_writer_options(tmp_path, option):
    """Mac-Excel's 1904 calendar, ISO date cells (t="d"), inline strings instead of shared."""
    wb = Workbook(write_only=option == "write_only_inline_strings")
    ws = wb.create_sheet() if wb.write_only else wb.active
    if option == "epoch_1904":
        wb.epoch = CALENDAR_MAC_1904
    wb.iso_dates = option == "iso_dates"
    ws.append(["姓名", "出生日期", "身份证号"])
    ws.append(["王芳", date(1990, 5, 17), ID])
    wb.save(tmp_path / "options.xlsx")
    _, rows = read_all(tmp_path / "options.xlsx", _only("name", "birth_date", "id_number"))
    assert rows[0].values == {"name": "王芳", "birth_date": date(1990, 5, 17), "id_number": ID}


def test_a_roster_that_starts_right_of_and_below_a1_keeps_its_cell_names(tmp_path):
    wb = Workbook()
    ws = wb.active
    headers = ["姓名", "性别", "出生日期", "身份证号", "所在单位"]
    for column, header in zip("CDEFG", headers, strict=True):
        ws[f"{column}4"] = header
    for column, value in zip("CDEFG", ["王芳", "女", "1990.13.40", ID, "XX研究院"], strict=True):
        ws[f"{column}6"] = value
    wb.save(tmp_path / "offset.xlsx")
    header, rows = read_all(tmp_path / "offset.xlsx", RESEARCHERS)
    assert (header.row, header.columns["name"]) == (4, 2)
    assert [row.number for row in rows] == [6]
    assert rows[0].values["name"] == "王芳"
    [problem] = rows[0].problems
    assert (problem.code, problem.params["cell"]) == ("date_invalid", "E6")


def test_the_sheet_the_workbook_opens_on_is_read_first(tmp_path):
    wb = Workbook()
    for ws, name in ((wb.active, "甲"), (wb.create_sheet("乙"), "李强")):
        ws.append(["姓名", "性别", "出生日期", "身份证号", "所在单位"])
        ws.append([name, "女", date(1990, 5, 17), ID, "XX研究院"])
    wb.active = 1
    wb.save(tmp_path / "two.xlsx")
    header, rows = read_all(tmp_path / "two.xlsx", RESEARCHERS)
    assert (header.sheet, rows[0].values["name"]) == ("乙", "李强")


def test_formula_errors_are_refused_even_in_free_text_columns(tmp_path):
    """#N/A from a VLOOKUP, in a date column and a free-text one. calamine reads such a cell
    as empty, so the sheet is read with openpyxl (sheet_cells), which marks it.
    """
    typed = build_workbook(
        tmp_path / "typed.xlsx",
        [["姓名", "性别", "出生日期", "身份证号", "所在单位", "备注"],
         ["王芳", "女", "@ERROR@", ID, "XX研究院", "@ERROR@"],
         ["李强", "男", date(1988, 3, 2), ID_2, "XX研究院", "见附件"]],
    )  # fmt: skip
    path = rewritten(
        typed,
        tmp_path / "lookup.xlsx",
        rb'<c r="(C2|F2)"[^>]*><is><t>@ERROR@</t></is></c>',
        rb'<c r="\1" t="e"><f>VLOOKUP(A2,Sheet2!A:B,2,0)</f><v>#N/A</v></c>',
        count=2,
    )
    calamine_row = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()[1]
    assert calamine_row[2] == calamine_row[5] == ""  # what the fallback is for
    _, rows = read_all(path, RESEARCHERS)
    assert [(p.code, p.params["value"], p.params["cell"]) for p in rows[0].problems] == [
        ("formula_error", "#N/A", "C2"),
        ("formula_error", "#N/A", "F2"),
    ]
    assert rows[0].values["remarks"] is None
    assert rows[1].problems == () and rows[1].values["remarks"] == "见附件"


# ---------------------------------------------------------------- files that are no roster


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_bytes(b""), "empty"),
        (lambda p: p.write_text("姓名,性别\n王芳,女\n", encoding="utf-8"), "not_xlsx"),
        (lambda p: p.write_bytes(b"\x00\x01binary"), "not_xlsx"),
        (lambda p: _zip_with(p, "word/document.xml"), "not_xlsx"),
        (lambda p: p.write_bytes(_truncated_xlsx()), "unreadable"),
        (lambda p: _cut_sheet(p), "unreadable"),
        (lambda p: shutil.copy(DATA / "legacy.xls", p), "legacy_xls"),
        (lambda p: shutil.copy(DATA / "encrypted.xlsx", p), "password_protected"),
        (lambda p: Workbook().save(p), "empty"),
        (lambda p: build_workbook(p, [["某某表"], ["甲", "乙", "丙"], [1, 2, 3]]), "no_header"),
    ],
    ids=["zero_bytes", "csv", "binary", "docx_like_zip", "truncated", "cut_sheet", "xls",
         "encrypted", "no_cells", "no_header"],
)  # fmt: skip
def test_files_that_are_no_roster_say_why(tmp_path, make, reason):
    path = tmp_path / "input.xlsx"
    make(path)
    with pytest.raises(ExcelFormatError) as caught:
        RosterReader(path, RESEARCHERS.columns)
    assert caught.value.reason == reason
    assert open_handles(path) == []  # closed even when opening failed


def _zip_with(path: Path, name: str) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(name, "<xml/>")


def _cut_sheet(path: Path) -> None:
    """A whole package whose sheet ends in the middle of a row."""
    whole = build_workbook(
        path.with_name("whole.xlsx"),
        [["姓名", "性别", "出生日期", "身份证号", "所在单位"],
         ["王芳", "女", "1990-05-17", ID, "X"]],
    )  # fmt: skip
    rewritten(whole, path, rb"(?s)<row r=\"2\".*", b'<row r="2"><c r="A2" t="inlineStr"><is><t>')


def _truncated_xlsx() -> bytes:
    buffer = io.BytesIO()
    wb = Workbook()
    wb.active.append(["姓名", "性别"])
    wb.save(buffer)
    return buffer.getvalue()[:-200]


def test_missing_required_columns_are_named_in_the_ui_language(tmp_path):
    path = build_workbook(
        tmp_path / "partial.xlsx", [["姓名", "性别", "民族"], ["王芳", "女", "汉族"]]
    )
    with pytest.raises(ExcelFormatError) as caught:
        RosterReader(path, RESEARCHERS.columns)
    assert caught.value.reason == "missing_columns"
    assert caught.value.detail == "出生日期、身份证号、所在单位"
    with pytest.raises(ExcelFormatError) as caught:
        RosterReader(path, RESEARCHERS.columns, language="en")
    assert caught.value.detail == "Date of birth、ID number、Unit"


@pytest.mark.parametrize("name", ["roster.download", "桌面 文件/花名册（2026年）.xlsx"])
def test_neither_the_extension_nor_chinese_names_and_spaces_matter(tmp_path, awkward, name):
    renamed = tmp_path / name
    renamed.parent.mkdir(exist_ok=True)
    shutil.copy(awkward, renamed)
    _, rows = read_all(renamed, RESEARCHERS)
    assert len(rows) == 2
    assert open_handles(renamed) == []


# ---------------------------------------------------------------- streaming, progress, cancel


def _many(tmp_path, count: int) -> Path:
    return build_workbook(
        tmp_path / "many.xlsx",
        [["姓名", "性别"], *(["王芳", "女"] for _ in range(count))],
    )


def test_progress_counts_rows_read_and_the_file_is_closed(tmp_path):
    path = _many(tmp_path, 2 * REPORT_EVERY + 3)
    seen: list[int] = []
    with RosterReader(path, _only("name", "sex").columns) as reader:
        assert open_handles(path) != []
        count = sum(1 for _ in reader.rows(progress=seen.append))
    assert count == 2 * REPORT_EVERY + 3
    assert seen == [REPORT_EVERY, 2 * REPORT_EVERY, 2 * REPORT_EVERY + 3]
    assert open_handles(path) == []


def test_cancel_stops_the_import(tmp_path):
    path = _many(tmp_path, 3 * REPORT_EVERY)
    with RosterReader(path, _only("name", "sex").columns) as reader:
        read = []
        with pytest.raises(CancelledError):
            for row in reader.rows(cancelled=lambda: True):
                read.append(row)
    assert len(read) == REPORT_EVERY - 1  # the first check comes before row 250 is handed out
    assert open_handles(path) == []


def test_every_problem_code_the_layer_raises_is_listed_for_translation():
    """The GUI translates PROBLEM_CODES; a new code must be added there."""
    package = Path(reader_module.__file__).parent
    source = "".join(p.read_text(encoding="utf-8") for p in package.glob("*.py"))
    raised = set(re.findall(r'CellValueError\(\s*"(\w+)"', source))
    raised |= set(re.findall(r'_problem\(\s*"(\w+)"', source))
    assert raised and raised <= set(PROBLEM_CODES)
    reasons = set(re.findall(r'ExcelFormatError\(\s*"(\w+)"', source))
    reasons |= {"empty", "password_protected", "legacy_xls", "not_xlsx"}  # via a variable
    assert reasons == set(FORMAT_ERRORS)
