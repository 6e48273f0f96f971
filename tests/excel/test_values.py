"""Cell values: every date spelling, IDs that became numbers, numbers, flags, masking."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from talentdesk.excel.values import (
    CellValueError,
    mask,
    parse_bool,
    parse_date,
    parse_decimal,
    parse_identifier,
    parse_int,
    parse_month,
    parse_nationality,
    parse_phone,
    parse_text,
)

JAN_5 = date(2026, 1, 5)


@pytest.mark.parametrize(
    "raw",
    [
        datetime(2026, 1, 5),  # a date cell, as openpyxl returns it
        datetime(2026, 1, 5, 14, 30),
        JAN_5,
        46027,  # Excel serial
        46027.0,
        46027.6,  # serial with a time of day
        "2026-01-05",
        "2026-1-5",
        "2026-01-05 00:00:00",
        "2026-01-05T00:00:00",
        "2026/01/05",
        "2026/1/5",
        "2026.1.5",
        "2026.01.05",
        "2026年1月5日",
        "2026年01月05日",
        "2026 年 1 月 5 日",
        "２０２６年１月５日",  # full-width digits from a Chinese input method
        "20260105",
        20260105,  # the same typed as a number
        " 2026-01-05 ",
    ],
)
def test_every_date_spelling_reads_as_the_same_day(raw):
    assert parse_date(raw) == JAN_5


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("2026-02-30", "date_invalid"),
        ("2026/13/01", "date_invalid"),
        ("05/01/2026", "date_invalid"),  # day-first or month-first: never guessed
        ("下周一", "date_invalid"),
        ("2026-01", "date_incomplete"),
        ("2026.01", "date_incomplete"),
        ("2026年1月", "date_incomplete"),
        ("202601", "date_incomplete"),
        ("2026", "date_incomplete"),
        (2026, "date_ambiguous_number"),  # a year, not serial day 2026 (1905-07-18)
        (2026.1, "date_ambiguous_number"),  # 2026.1 or 2026.10 typed as a number
        (60, "date_invalid"),  # Excel's 29 February 1900, which never was
        (-3, "date_invalid"),
        (True, "date_invalid"),
    ],
)
def test_dates_that_cannot_be_read_say_why(raw, code):
    with pytest.raises(CellValueError) as caught:
        parse_date(raw)
    assert caught.value.code == code
    assert "value" in caught.value.params


def test_excel_serials_follow_excels_1900_calendar():
    assert parse_date(1) == date(1900, 1, 1)
    assert parse_date(59) == date(1900, 2, 28)
    assert parse_date(61) == date(1900, 3, 1)
    assert parse_date(2958465) == date(9999, 12, 31)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2015.07", date(2015, 7, 1)),
        ("2015-7", date(2015, 7, 1)),
        ("2015/07", date(2015, 7, 1)),
        ("2015年7月", date(2015, 7, 1)),
        ("201507", date(2015, 7, 1)),
        (201507, date(2015, 7, 1)),
        (2015.07, date(2015, 7, 1)),
        (2015.12, date(2015, 12, 1)),
        (2015.2, date(2015, 2, 1)),  # only .1 is ambiguous: 2015.20 is no month
        ("2015-07-12", date(2015, 7, 12)),
        (datetime(2015, 7, 1), date(2015, 7, 1)),
    ],
)
def test_month_columns_take_year_and_month(raw, expected):
    assert parse_month(raw) == expected


@pytest.mark.parametrize("raw", [2015.1, 2015.0, 2015.13])
def test_a_year_dot_one_number_may_be_january_or_october(raw):
    with pytest.raises(CellValueError) as caught:
        parse_month(raw)
    assert caught.value.code == "date_ambiguous_number"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("320102199005178128", "320102199005178128"),
        (" 32010219900517812x ", "32010219900517812X"),
        ("３２０１０２１９９００５１７８１２８", "320102199005178128"),
        ("E 1234 5678", "E12345678"),
        ("0805", "0805"),
    ],
)
def test_identifiers_arrive_as_text(raw, expected):
    assert parse_identifier(raw) == expected


@pytest.mark.parametrize(
    ("raw", "code", "shown"),
    [
        (805, "identifier_as_number", "805"),  # 0805: the leading zero is gone
        (805.0, "identifier_as_number", "805"),
        (320102900101123, "identifier_as_number", "320102900101123"),  # exact, still reported
        (3.20102199005178e17, "identifier_digits_lost", "3.20102199005178E+17"),
        (320102199005178000, "identifier_digits_lost", "3.20102199005178E+17"),
        ("3.20102199005178E+17", "identifier_digits_lost", "3.20102199005178E+17"),
        ("3.20102199005178e+17", "identifier_digits_lost", "3.20102199005178E+17"),
        ("320102199005178.0", "identifier_as_number", "320102199005178.0"),  # via a float
        (12.5, "identifier_digits_lost", "12.5"),
        ("320***********8128", "identifier_masked", "320***********8128"),
        (datetime(2026, 1, 5), "identifier_invalid", "2026-01-05"),
    ],
)
def test_identifiers_that_became_numbers_are_reported_not_guessed(raw, code, shown):
    with pytest.raises(CellValueError) as caught:
        parse_identifier(raw)
    assert (caught.value.code, caught.value.params["value"]) == (code, shown)


def test_mobile_numbers_may_be_numbers_but_a_landline_lost_its_zero():
    assert parse_phone(13912345678) == "13912345678"
    assert parse_phone("025-8300 0000") == "025-8300 0000"
    with pytest.raises(CellValueError) as caught:
        parse_phone(2583000000)
    assert caught.value.params == {"value": "2583000000"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(12, 12), (12.0, 12), ("12", 12), ("1,234", 1234), ("１２", 12), ("-3", -3), ("7.0", 7)],
)
def test_integers(raw, expected):
    assert parse_int(raw) == expected


@pytest.mark.parametrize("raw", [12.5, "12.5", "twelve", True])
def test_not_integers(raw):
    with pytest.raises(CellValueError, match="integer_invalid"):
        parse_int(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (30, Decimal(30)),
        (0.1, Decimal("0.1")),  # the float's shortest repr, not 0.1000000000000000055…
        ("1,234.50", Decimal("1234.50")),
        ("¥12.5", Decimal("12.5")),
        ("￥12.5", Decimal("12.5")),
        ("12.5元", Decimal("12.5")),
    ],
)
def test_decimals(raw, expected):
    assert parse_decimal(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "NaN", "Infinity", "12.5万"])
def test_not_decimals(raw):
    with pytest.raises(CellValueError, match="decimal_invalid"):
        parse_decimal(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(True, True), ("是", True), ("Yes", True), ("√", True), (1, True), ("Y", True),
     (False, False), ("否", False), ("no", False), ("×", False), (0, False), ("FALSE", False)],
)  # fmt: skip
def test_flags(raw, expected):
    assert parse_bool(raw) is expected


def test_not_a_flag():
    with pytest.raises(CellValueError, match="boolean_invalid"):
        parse_bool("maybe")


@pytest.mark.parametrize(
    ("raw", "code"),
    [("GBR", "GBR"), ("英国", "GBR"), ("United Kingdom", "GBR"), ("gb", "GBR"), ("韩国", "KOR"),
     ("美国", "USA"), ("D", "DEU")],
)  # fmt: skip
def test_nationalities_by_code_or_name(raw, code):
    assert parse_nationality(raw) == code


def test_unknown_nationality():
    with pytest.raises(CellValueError, match="nationality_unknown"):
        parse_nationality("Atlantis")


def test_text_keeps_what_a_number_cell_shows():
    assert parse_text(" 王芳 ") == "王芳"
    assert parse_text(13912345678.0) == "13912345678"
    assert parse_text(datetime(2026, 1, 5)) == "2026-01-05"


@pytest.mark.parametrize(
    ("value", "head", "tail", "expected"),
    [
        ("320102199005178128", 3, 4, "320***********8128"),
        ("E12345678", 2, 2, "E1*****78"),
        ("E1234567", 2, 2, "E1****67"),
        ("1234567", 2, 2, "*******"),  # the ends would show more than half: hide it all
        ("", 3, 4, ""),
    ],
)
def test_masking_keeps_the_ends_of_long_numbers_only(value, head, tail, expected):
    assert mask(value, head, tail) == expected
