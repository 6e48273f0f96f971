"""TD3 passport MRZ: check digits, tolerant reading, year resolution, building."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from talentdesk.domain.mrz import (
    CheckField,
    CheckStatus,
    Td3Mrz,
    build_td3,
    check_digit,
    parse_td3,
)
from talentdesk.domain.problems import Problem

TODAY = date(2025, 6, 1)

# ICAO 9303 specimen (fictional state Utopia).
SPECIMEN = (
    "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
    "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
)
# German specimen (Erika Mustermann): nationality "D", empty optional data with "<" check digit.
GERMAN = (
    "P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<",
    "C01X0006H1D<<6408125F1710319<<<<<<<<<<<<<<<0",
)
# Chinese passport: line 2 from fastmrz issue #19, where OCR read one "0" of the expiry as "D";
# with that put back all five check digits verify. Type "PO", no "<" anywhere on line 2.
# The issue quotes only line 2, so line 1 is made up.
CHINESE = (
    "POCHNWANG<<XIAOMING<<<<<<<<<<<<<<<<<<<<<<<<<",
    "PE22224881CHN9404209M2711014MHLPHNPOLNNHA976",
)

# Position (0-based) of each check digit on line 2.
CHECK_POSITIONS = {
    CheckField.PASSPORT_NUMBER: 9,
    CheckField.BIRTH_DATE: 19,
    CheckField.EXPIRY_DATE: 27,
    CheckField.OPTIONAL_DATA: 42,
    CheckField.COMPOSITE: 43,
}


def _parse(lines: str | tuple[str, str]) -> tuple[Td3Mrz, list[Problem]]:
    mrz, problems = parse_td3(lines, today=TODAY)
    assert mrz is not None, problems
    return mrz, problems


def _with_composite(line2: str) -> str:
    """Line 2 with its composite digit recomputed, so a test can break exactly one other digit."""
    return line2[:43] + check_digit(line2[0:10] + line2[13:20] + line2[21:43])


def _line2(birth: str, sex: str, expiry: str) -> str:
    """A specimen line 2 with other dates or sex, every check digit valid."""
    line2 = (
        f"L898902C36UTO{birth}{check_digit(birth)}{sex}{expiry}{check_digit(expiry)}ZE184226B<<<<<1"
    )
    return _with_composite(line2 + "0")


@pytest.mark.parametrize(
    ("data", "digit"),
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("L898902C3674081221204159ZE184226B<<<<<1", "0"),  # composite
        ("<<<<<<<<<<<<<<", "0"),
        ("C01X0006H", "1"),
    ],
)
def test_check_digit(data: str, digit: str) -> None:
    assert check_digit(data) == digit


@pytest.mark.parametrize("data", ["l898902c3", "L898 902", "L898-902"])
def test_check_digit_rejects_non_mrz_characters(data: str) -> None:
    with pytest.raises(ValueError, match="not an MRZ character"):
        check_digit(data)


@pytest.mark.parametrize(
    ("attribute", "expected"),
    [
        ("document_type", "P"),
        ("issuing_state", "UTO"),
        ("issuing_state_iso", None),
        ("surname", "ERIKSSON"),
        ("given_names", "ANNA MARIA"),
        ("names_possibly_truncated", False),
        ("names_need_confirmation", True),
        ("passport_number", "L898902C3"),
        ("nationality", "UTO"),
        ("nationality_iso", None),
        ("birth_date", date(1974, 8, 12)),
        ("sex", "F"),
        ("expiry_date", date(2012, 4, 15)),
        ("optional_data", "ZE184226B"),
    ],
)
def test_specimen_fields(attribute: str, expected: object) -> None:
    mrz, _problems = _parse(SPECIMEN)
    assert getattr(mrz, attribute) == expected


def test_specimen_check_digits_all_correct_and_only_utopia_is_unknown() -> None:
    mrz, problems = _parse(SPECIMEN)
    assert {field: (c.status, c.printed) for field, c in mrz.checks.items()} == {
        CheckField.PASSPORT_NUMBER: (CheckStatus.CORRECT, "6"),
        CheckField.BIRTH_DATE: (CheckStatus.CORRECT, "2"),
        CheckField.EXPIRY_DATE: (CheckStatus.CORRECT, "9"),
        CheckField.OPTIONAL_DATA: (CheckStatus.CORRECT, "1"),
        CheckField.COMPOSITE: (CheckStatus.CORRECT, "0"),
    }
    assert problems == [
        Problem("mrz_unknown_country", "issuing_state", {"code": "UTO"}),
        Problem("mrz_unknown_country", "nationality", {"code": "UTO"}),
    ]


@pytest.mark.parametrize(
    ("lines", "attribute", "expected"),
    [
        (CHINESE, "document_type", "PO"),
        (CHINESE, "issuing_state_iso", "CHN"),
        (CHINESE, "surname", "WANG"),
        (CHINESE, "given_names", "XIAOMING"),
        (CHINESE, "passport_number", "PE2222488"),
        (CHINESE, "nationality_iso", "CHN"),
        (CHINESE, "birth_date", date(1994, 4, 20)),
        (CHINESE, "sex", "M"),
        (CHINESE, "expiry_date", date(2027, 11, 1)),
        (CHINESE, "optional_data", "MHLPHNPOLNNHA9"),
        (GERMAN, "issuing_state", "D"),
        (GERMAN, "issuing_state_iso", "DEU"),
        (GERMAN, "nationality", "D"),
        (GERMAN, "nationality_iso", "DEU"),
        (GERMAN, "passport_number", "C01X0006H"),
        (GERMAN, "optional_data", ""),
        (GERMAN, "expiry_date", date(2017, 10, 31)),
    ],
)
def test_real_world_layouts(lines: tuple[str, str], attribute: str, expected: object) -> None:
    mrz, problems = _parse(lines)
    assert problems == []
    assert getattr(mrz, attribute) == expected


def test_chinese_personal_number_without_filler_is_checked() -> None:
    mrz, _problems = _parse(CHINESE)
    assert all(c.status is CheckStatus.CORRECT for c in mrz.checks.values())


@pytest.mark.parametrize(
    ("optional", "digit", "status"),
    [
        ("<<<<<<<<<<<<<<", "<", CheckStatus.NOT_PRINTED),  # ICAO: "<" allowed when empty
        ("<<<<<<<<<<<<<<", "0", CheckStatus.CORRECT),
        ("ZE184226B<<<<<", "<", CheckStatus.WRONG),  # data present: the digit must be printed
    ],
)
def test_optional_data_check_digit(optional: str, digit: str, status: CheckStatus) -> None:
    line2 = _with_composite(SPECIMEN[1][:28] + optional + digit + "0")
    mrz, problems = _parse((SPECIMEN[0], line2))
    assert mrz.optional_data_check.status is status
    wrong = [p for p in problems if p.code == "mrz_check_digit_wrong"]
    assert len(wrong) == (status is CheckStatus.WRONG)


def test_german_empty_optional_data_is_not_printed_and_valid() -> None:
    mrz, problems = _parse(GERMAN)
    assert mrz.optional_data_check.status is CheckStatus.NOT_PRINTED
    assert problems == []


@pytest.mark.parametrize("field", list(CheckField))
def test_each_check_digit_broken_in_turn(field: CheckField) -> None:
    position = CHECK_POSITIONS[field]
    right = SPECIMEN[1][position]
    wrong = str((int(right) + 1) % 10)
    line2 = SPECIMEN[1][:position] + wrong + SPECIMEN[1][position + 1 :]
    if field is not CheckField.COMPOSITE:
        line2 = _with_composite(line2)
    mrz, problems = _parse((SPECIMEN[0], line2))
    statuses = {f: c.status for f, c in mrz.checks.items()}
    assert statuses == {
        f: CheckStatus.WRONG if f is field else CheckStatus.CORRECT for f in statuses
    }
    assert mrz.checks[field].expected == right
    assert (
        Problem("mrz_check_digit_wrong", field.value, {"printed": wrong, "expected": right})
        in problems
    )


def test_broken_data_character_fails_its_digit_and_the_composite() -> None:
    line2 = SPECIMEN[1].replace("L898902C3", "L898902C8")
    mrz, _problems = _parse((SPECIMEN[0], line2))
    assert mrz.passport_number_check.status is CheckStatus.WRONG
    assert mrz.composite_check.status is CheckStatus.WRONG


@pytest.mark.parametrize("lines", [SPECIMEN, GERMAN, CHINESE])
def test_names_always_need_confirmation(lines: tuple[str, str]) -> None:
    mrz, _problems = _parse(lines)
    assert mrz.names_need_confirmation is True
    assert dataclasses.replace(mrz, surname="X").names_need_confirmation is True


@pytest.mark.parametrize(
    ("name_field", "surname", "given", "truncated"),
    [
        ("ERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "ERIKSSON", "ANNA MARIA", False),
        ("<<FIRST<NAME<<<<<<<<<<<<<<<<<<<<<<<<<<<", "", "FIRST NAME", False),
        ("SUKARNO<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", "SUKARNO", "", False),
        ("VAN<DER<BERG<<JAN<<<<<<<<<<<<<<<<<<<<<<", "VAN DER BERG", "JAN", False),
        (
            "WOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HU",
            "WOLFESCHLEGELSTEINHAUSENBERGERDORFF",
            "HU",
            True,
        ),
    ],
)
def test_name_field(name_field: str, surname: str, given: str, truncated: bool) -> None:
    line1 = "P<UTO" + name_field
    mrz, _problems = _parse((line1, SPECIMEN[1]))
    assert (mrz.surname, mrz.given_names, mrz.names_possibly_truncated) == (
        surname,
        given,
        truncated,
    )


@pytest.mark.parametrize(
    "text",
    [
        SPECIMEN,
        list(SPECIMEN),
        SPECIMEN[0] + SPECIMEN[1],  # one pasted 88-character string
        f"  {SPECIMEN[0]}\n{SPECIMEN[1]}  \n",
        f"{SPECIMEN[0]}\r\n{SPECIMEN[1]}\r\n",  # keyboard-wedge reader, CRLF
        f"{SPECIMEN[0]}\r{SPECIMEN[1]}\r",  # reader sending CR only
        f"\x02{SPECIMEN[0]}\t\n{SPECIMEN[1]}\x03",  # control characters around the data
        f"{SPECIMEN[0].lower()}\n{SPECIMEN[1].lower()}",
        f"{SPECIMEN[0][:40]}\n{SPECIMEN[0][40:]}{SPECIMEN[1]}",  # break in the wrong place
        SPECIMEN[0].replace("P<UTO", "Ｐ＜ＵＴＯ") + SPECIMEN[1],  # full-width input method
    ],
)
def test_tolerant_input(text: str | tuple[str, str] | list[str]) -> None:
    mrz, _problems = _parse(text)
    assert (mrz.line1, mrz.line2) == SPECIMEN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [Problem("mrz_empty", "mrz")]),
        (" \r\n ", [Problem("mrz_empty", "mrz")]),
        (
            SPECIMEN[0] + SPECIMEN[1][:-1],
            [Problem("mrz_length", "mrz", {"expected": 88, "actual": 87})],
        ),
        (
            (SPECIMEN[0][:-1], SPECIMEN[1]),
            [Problem("mrz_line_length", "mrz", {"line": 1, "expected": 44, "actual": 43})],
        ),
        (
            (SPECIMEN[0], SPECIMEN[1] + "<<"),
            [Problem("mrz_line_length", "mrz", {"line": 2, "expected": 44, "actual": 46})],
        ),
        (
            (SPECIMEN[0], SPECIMEN[0], SPECIMEN[1]),
            [Problem("mrz_length", "mrz", {"expected": 88, "actual": 132})],
        ),
        (
            (SPECIMEN[0], SPECIMEN[1].replace("F", "*")),
            [Problem("mrz_invalid_character", "mrz", {"line": 2, "position": 21, "char": "*"})],
        ),
        (
            (SPECIMEN[0].replace("ANNA", "ÅNNA"), SPECIMEN[1]),
            [Problem("mrz_invalid_character", "mrz", {"line": 1, "position": 16, "char": "Å"})],
        ),
        (
            ("V" + SPECIMEN[0][1:], SPECIMEN[1]),
            [Problem("mrz_not_passport", "document_type", {"document_type": "V"})],
        ),
    ],
)
def test_unreadable_input(text: str | tuple[str, ...], expected: list[Problem]) -> None:
    assert parse_td3(text, today=TODAY) == (None, expected)


@pytest.mark.parametrize(
    "birth",
    [
        "741312",  # month 13
        "740230",  # 30 February
        "7408I2",  # letter where a digit belongs
        "74<812",
    ],
)
def test_impossible_birth_date(birth: str) -> None:
    mrz, problems = _parse((SPECIMEN[0], _line2(birth, "F", "120415")))
    assert mrz.birth_date is None
    assert Problem("mrz_date_impossible", "birth_date", {"raw": birth}) in problems


def test_impossible_expiry_date() -> None:
    mrz, problems = _parse((SPECIMEN[0], _line2("740812", "F", "120431")))
    assert mrz.expiry_date is None
    assert Problem("mrz_date_impossible", "expiry_date", {"raw": "120431"}) in problems


@pytest.mark.parametrize(
    ("birth", "today", "expected"),
    [
        ("740812", TODAY, date(1974, 8, 12)),
        ("250601", TODAY, date(2025, 6, 1)),  # born today
        ("250602", TODAY, date(1925, 6, 2)),  # tomorrow cannot be a birth date
        ("000229", TODAY, date(2000, 2, 29)),
        ("991231", TODAY, date(1999, 12, 31)),
        ("050101", date(2101, 3, 1), date(2005, 1, 1)),  # 2105 would be in the future
    ],
)
def test_birth_year_lies_in_the_past(birth: str, today: date, expected: date) -> None:
    mrz, _problems = parse_td3((SPECIMEN[0], _line2(birth, "F", "300101")), today=today)
    assert mrz is not None
    assert mrz.birth_date == expected


@pytest.mark.parametrize(
    ("expiry", "today", "expected"),
    [
        ("120415", TODAY, date(2012, 4, 15)),  # expired specimen stays in the past
        ("350101", TODAY, date(2035, 1, 1)),
        ("451231", TODAY, date(2045, 12, 31)),  # 20 years ahead: still this century
        ("460101", TODAY, date(1946, 1, 1)),
        ("050101", date(2095, 1, 1), date(2105, 1, 1)),
        ("990101", date(2001, 1, 1), date(1999, 1, 1)),
    ],
)
def test_expiry_year_window(expiry: str, today: date, expected: date) -> None:
    mrz, _problems = parse_td3((SPECIMEN[0], _line2("740812", "F", expiry)), today=today)
    assert mrz is not None
    assert mrz.expiry_date == expected


@pytest.mark.parametrize(("char", "sex"), [("M", "M"), ("F", "F"), ("<", "X")])
def test_sex(char: str, sex: str) -> None:
    mrz, problems = _parse((SPECIMEN[0], _line2("740812", char, "120415")))
    assert mrz.sex == sex
    assert not [p for p in problems if p.field == "sex"]


def test_invalid_sex_is_a_problem() -> None:
    mrz, problems = _parse((SPECIMEN[0], _line2("740812", "Q", "120415")))
    assert mrz.sex == "X"
    assert Problem("mrz_sex_invalid", "sex", {"char": "Q"}) in problems


@pytest.mark.parametrize(
    ("code", "iso"),
    [
        ("D", "DEU"),
        ("GBD", "GBR"),
        ("GBN", "GBR"),
        ("GBO", "GBR"),
        ("GBP", "GBR"),
        ("GBS", "GBR"),
        ("XXA", None),
        ("XXB", None),
        ("XXC", None),
        ("XXX", None),
        ("RKS", None),
        ("UNO", None),
        ("UNA", None),
        ("UNK", None),
        ("EUE", None),
        ("CHN", "CHN"),
        ("USA", "USA"),
    ],
)
def test_country_codes_map_to_iso(code: str, iso: str | None) -> None:
    lines = build_td3(
        issuing_state=code,
        surname="DOE",
        given_names="ALEX",
        passport_number="AB1234567",
        nationality=code,
        birth_date=date(1980, 1, 2),
        sex="M",
        expiry_date=date(2030, 1, 2),
    )
    mrz, problems = _parse(lines)
    assert (mrz.issuing_state, mrz.issuing_state_iso) == (code, iso)
    assert (mrz.nationality, mrz.nationality_iso) == (code, iso)
    assert problems == []  # all are known codes, with or without an ISO country


def test_unknown_country_code_is_a_problem() -> None:
    line2 = _with_composite(SPECIMEN[1].replace("UTO", "ZZZ"))
    _mrz, problems = _parse((SPECIMEN[0], line2))
    assert Problem("mrz_unknown_country", "nationality", {"code": "ZZZ"}) in problems


@pytest.mark.parametrize(
    ("fields", "lines"),
    [
        (
            {
                "issuing_state": "UTO",
                "surname": "Eriksson",
                "given_names": "Anna Maria",
                "passport_number": "L898902C3",
                "nationality": "UTO",
                "birth_date": date(1974, 8, 12),
                "sex": "F",
                "expiry_date": date(2012, 4, 15),
                "optional_data": "ZE184226B",
            },
            SPECIMEN,
        ),
        (
            {
                "issuing_state": "D",
                "surname": "Mustermann",
                "given_names": "Erika",
                "passport_number": "C01X0006H",
                "nationality": "D",
                "birth_date": date(1964, 8, 12),
                "sex": "F",
                "expiry_date": date(2017, 10, 31),
            },
            GERMAN,
        ),
        (
            {
                "document_type": "PO",
                "issuing_state": "CHN",
                "surname": "Wang",
                "given_names": "Xiaoming",
                "passport_number": "PE2222488",
                "nationality": "CHN",
                "birth_date": date(1994, 4, 20),
                "sex": "M",
                "expiry_date": date(2027, 11, 1),
                "optional_data": "MHLPHNPOLNNHA9",
            },
            CHINESE,
        ),
    ],
)
def test_build_reproduces_sourced_zones(fields: dict[str, object], lines: tuple[str, str]) -> None:
    assert build_td3(**fields) == lines  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("surname", "given_names", "sex", "optional", "read_surname", "read_given"),
    [
        ("Müller-Lüdenscheidt", "José", "M", "", "MULLER LUDENSCHEIDT", "JOSE"),
        ("O'Brien", "Anne-Marie", "F", "1234567890", "OBRIEN", "ANNE MARIE"),
        ("Sukarno", "", "X", "", "SUKARNO", ""),
        ("Nguyen", "Van An", "M", "A<B", "NGUYEN", "VAN AN"),
    ],
)
def test_round_trip(
    surname: str, given_names: str, sex: str, optional: str, read_surname: str, read_given: str
) -> None:
    lines = build_td3(
        issuing_state="VNM",
        surname=surname,
        given_names=given_names,
        passport_number="C1234567",
        nationality="VNM",
        birth_date=date(1990, 2, 28),
        sex=sex,
        expiry_date=date(2031, 12, 31),
        optional_data=optional,
    )
    mrz, problems = _parse(lines)
    assert problems == []
    assert all(c.status is not CheckStatus.WRONG for c in mrz.checks.values())
    assert (mrz.surname, mrz.given_names, mrz.sex) == (read_surname, read_given, sex)
    assert (mrz.passport_number, mrz.optional_data) == ("C1234567", optional)
    assert (mrz.birth_date, mrz.expiry_date) == (date(1990, 2, 28), date(2031, 12, 31))
    assert len(lines[0]) == len(lines[1]) == 44


def test_build_truncates_long_names() -> None:
    line1, line2 = build_td3(
        issuing_state="DEU",
        surname="Wolfeschlegelsteinhausenbergerdorff",
        given_names="Hubert Blaine",
        passport_number="C01X0006H",
        nationality="DEU",
        birth_date=date(1964, 8, 12),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )
    mrz, _problems = _parse((line1, line2))
    assert line1 == "P<DEUWOLFESCHLEGELSTEINHAUSENBERGERDORFF<<HU"
    assert mrz.names_possibly_truncated


@pytest.mark.parametrize(
    ("override", "message"),
    [
        ({"passport_number": "L898902C33"}, "passport number"),
        ({"optional_data": "X" * 15}, "optional data"),
        ({"nationality": "GERM"}, "nationality"),
        ({"sex": "U"}, "sex"),
        ({"document_type": "V"}, "TD3"),
        ({"surname": "王"}, "name"),
    ],
)
def test_build_rejects_what_does_not_fit(override: dict[str, str], message: str) -> None:
    fields: dict[str, object] = {
        "issuing_state": "UTO",
        "surname": "ERIKSSON",
        "given_names": "ANNA",
        "passport_number": "L898902C3",
        "nationality": "UTO",
        "birth_date": date(1974, 8, 12),
        "sex": "F",
        "expiry_date": date(2012, 4, 15),
    }
    with pytest.raises(ValueError, match=message):
        build_td3(**(fields | override))  # type: ignore[arg-type]
