"""Column specs: header matching, the shipped sets, coded values, and a light import."""

from __future__ import annotations

import subprocess
import sys

import pytest

from talentdesk.excel import texts
from talentdesk.excel.columns import (
    APPLICANTS,
    COLUMN_SETS,
    EMPLOYERS,
    RESEARCHERS,
    Choice,
    ColumnSet,
    ColumnSpec,
    Kind,
    alias_index,
    header_key,
)
from talentdesk.excel.values import CellValueError
from tests.conftest import REPO_ROOT


@pytest.mark.parametrize(
    "header",
    [
        "身份证号码",
        " 身份证号码 ",
        "身份证号码*",
        "*身份证号码",
        "身份证号码（18位）",
        "身份证\n号码",
        "身份证号码(必填)",
        "【必填】身份证号码",
    ],
)
def test_header_decorations_do_not_matter(header):
    assert header_key(header) == header_key("身份证号码")


def test_english_headers_ignore_case_and_punctuation():
    assert header_key("Passport No.") == header_key("passport no") == header_key("PASSPORT-NO")
    assert header_key("E-mail") == header_key("Email")


@pytest.mark.parametrize(
    ("column_set", "key", "headers"),
    [
        (RESEARCHERS, "name", ["姓名", "名字", "Name", "Full name"]),
        (APPLICANTS, "passport_number", ["护照号码", "护照号", "Passport No.", "Passport number"]),
        (RESEARCHERS, "id_number", ["身份证号", "身份证号码", "公民身份号码", "ID number"]),
        (RESEARCHERS, "birth_date", ["出生日期", "出生年月", "Date of birth"]),
        (EMPLOYERS, "uscc", ["统一社会信用代码", "信用代码", "USCC"]),
        (RESEARCHERS, "funding", ["资助金额（万元）", "资助金额", "资助金额(万元)"]),
    ],
)
def test_real_sheet_headers_find_their_column(column_set, key, headers):
    index = alias_index(column_set.columns)
    assert {index[header_key(h)].key for h in headers} == {key}


def test_a_header_claimed_by_two_columns_is_refused():
    with pytest.raises(ValueError, match="both"):
        ColumnSet(
            "broken",
            (
                ColumnSpec("a", "电话", "Phone"),
                ColumnSpec("b", "手机", "Mobile", aliases=("电话",)),
            ),
        )
    with pytest.raises(ValueError, match="twice"):
        alias_index((ColumnSpec("a", "甲", "A"), ColumnSpec("a", "乙", "B")))


@pytest.mark.parametrize("column_set", COLUMN_SETS.values(), ids=COLUMN_SETS.keys())
def test_shipped_sets_have_headers_in_both_languages_and_sane_specs(column_set):
    for spec in column_set.columns:
        assert spec.zh and spec.en and spec.width > 0
        assert spec.parse is not None and spec.format is not None
        if spec.kind is Kind.IDENTIFIER:
            assert spec.number_format == "@"
    assert any(spec.required for spec in column_set.columns)


def test_sensitive_columns_are_the_identity_numbers():
    sensitive = {(s.name, c.key) for s in COLUMN_SETS.values() for c in s.columns if c.sensitive}
    assert sensitive == {("applicants", "passport_number"), ("researchers", "id_number")}


def test_coded_columns_read_codes_labels_and_aliases_and_write_labels():
    sex = RESEARCHERS.column("sex")
    assert {sex.parse(raw) for raw in ("女", "female", "Female", "F", "女性", " 女 ")} == {"female"}
    assert sex.format("female", "zh_CN") == "女"
    assert sex.format("female", "en") == "Female"
    assert sex.format("other", "zh_CN") == "other"  # a newer code is shown, not hidden
    with pytest.raises(CellValueError) as caught:
        sex.parse("未知")
    assert caught.value.code == "choice_invalid"
    assert caught.value.params == {"value": "未知", "choices": "男、女"}


def test_two_choices_sharing_a_name_are_refused():
    with pytest.raises(ValueError, match="two choices"):
        ColumnSpec("x", "甲", "X", choices=(Choice("a", "是", "Yes"), Choice("b", "是", "Y")))


def test_select_keeps_the_views_order():
    chosen = RESEARCHERS.select(["id_number", "name"])
    assert [c.key for c in chosen] == ["id_number", "name"]
    with pytest.raises(KeyError):
        RESEARCHERS.select(["nope"])


def test_researcher_id_is_checked_by_its_type_and_against_the_row():
    check = RESEARCHERS.row_checks[0]
    good = {"id_number": "320102199005178128", "sex": "female"}
    assert check(good) == []
    assert [p.code for p in check({**good, "sex": "male"})] == ["resident_id_sex_mismatch"]
    assert [p.code for p in check({"id_number": "E12345678", "id_type": "passport"})] == []
    assert check({"id_number": None}) == []


def test_column_specs_load_without_openpyxl():
    """Services import the specs at start-up; openpyxl must wait for the first import/export."""
    code = "import sys, talentdesk.excel.columns; print('openpyxl' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_fixed_words_exist_in_both_languages():
    assert texts._TEXTS[texts.ZH_CN].keys() == texts._TEXTS[texts.EN].keys()
    assert texts.text("zh", "index") == "序号" and texts.text("en_US", "index") == "No."
