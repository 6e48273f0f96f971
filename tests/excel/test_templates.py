"""Import templates: headers, the example row, drop-downs, notes, and that they import."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from talentdesk.excel.columns import COLUMN_SETS, RESEARCHERS
from talentdesk.excel.templates import write_template
from tests.excel.conftest import read_all


@pytest.mark.parametrize("column_set", COLUMN_SETS.values(), ids=COLUMN_SETS.keys())
def test_template_imports_as_its_own_example(tmp_path, column_set):
    path = tmp_path / f"{column_set.name}.xlsx"
    write_template(path, column_set.columns)
    header, rows = read_all(path, column_set)
    assert header.row == 1 and header.ignored == ()
    assert len(rows) == 1 and rows[0].problems == ()
    assert rows[0].values == {c.key: c.example for c in column_set.columns}


def test_template_layout(tmp_path):
    path = tmp_path / "researchers.xlsx"
    write_template(path, RESEARCHERS.columns)
    wb = load_workbook(path)
    assert wb.sheetnames == ["导入模板", "填写说明", "代码表"]
    ws = wb["导入模板"]
    assert [c.value for c in ws[1]] == [c.zh for c in RESEARCHERS.columns]
    assert ws.freeze_panes == "A2"
    colours = {c.value: c.font.color.rgb if c.font.color else None for c in ws[1]}
    assert colours["姓名"].endswith("C00000") and not (colours["备注"] or "").endswith("C00000")
    id_column = ws.column_dimensions["E"]
    assert (ws["E1"].value, id_column.number_format, ws["E2"].number_format) == (
        "身份证号", "@", "@",
    )  # fmt: skip
    assert ws["E2"].value == "320102199005178128" and ws["E2"].font.i
    assert wb["代码表"].sheet_state == "hidden"


def test_drop_downs_for_coded_columns_and_prompts_elsewhere(tmp_path):
    path = tmp_path / "researchers.xlsx"
    write_template(path, RESEARCHERS.columns)
    wb = load_workbook(path)
    validations = {str(v.sqref): v for v in wb["导入模板"].data_validations.dataValidation}
    sex = validations["B2:B1048576"]
    assert (sex.type, sex.formula1) == ("list", "'代码表'!$B$2:$B$3")
    assert [wb["代码表"]["B2"].value, wb["代码表"]["B3"].value] == ["男", "女"]
    political = validations["G2:G1048576"]
    assert political.formula1 == "'代码表'!$G$2:$G$14"
    birth = validations["C2:C1048576"]
    assert birth.type is None and birth.prompt == "日期，如 2026-01-05"


def test_notes_sheet_explains_every_column(tmp_path):
    path = tmp_path / "researchers.xlsx"
    write_template(path, RESEARCHERS.columns, language="en")
    notes = load_workbook(path)["Notes"]
    assert [c.value for c in notes[1]] == [
        "Column",
        "Required",
        "Format",
        "Allowed values",
        "Example",
    ]
    rows = {row[0]: row for row in notes.iter_rows(min_row=2, values_only=True) if row[0]}
    assert rows["Sex"][1:4] == ("Yes", "Text", "Male、Female")
    assert rows["ID number"][2].startswith("Text (never a number")
    assert rows["Graduated"][2:] == ("Year and month, e.g. 2026.01", None, "2018.07")
    assert any(str(key).startswith("2. Row 2 is an example") for key in rows)
