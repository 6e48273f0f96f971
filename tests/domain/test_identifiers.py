"""Identifier rules (USCC, resident ID, passport, permanent residence ID) and demo generators."""

from __future__ import annotations

import random
from datetime import date

import pytest
from stdnum.cn import uscc

from talentdesk.domain.fake_ids import JIANGSU_REGIONS, fake_resident_id, fake_uscc
from talentdesk.domain.identifiers import (
    check_passport_number,
    check_permanent_residence_id,
    check_resident_id,
    check_uscc,
    normalize_identifier,
    parse_resident_id,
)
from talentdesk.domain.problems import Problem


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  91110108551385082q ", "91110108551385082Q"),
        ("９１１１０１０８５５１３８５０８２Ｑ", "91110108551385082Q"),  # full-width
        ("110105 19491231 002x", "11010519491231002X"),
        ("5513\u30008508-2", "551385082"),  # ideographic space, hyphen
        ("", ""),
    ],
)
def test_normalize_identifier(text: str, expected: str) -> None:
    assert normalize_identifier(text) == expected


@pytest.mark.parametrize(
    "code",
    [
        "91110108551385082Q",  # reference, checked with python-stdnum
        "91110000600037341L",  # python-stdnum documentation
        "91110108551385082q",
        "９１１１０１０８５５１３８５０８２Ｑ",
        "913201000000000280",  # sum divisible by 31: check character "0"
        "N2320115MA12345677",  # letter authority code (N), constructed
    ],
)
def test_valid_uscc(code: str) -> None:
    assert check_uscc(code) == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("", [Problem("required", "uscc")]),
        ("9111010855138508", [Problem("uscc_length", "uscc", {"expected": 18, "actual": 16})]),
        (
            "91110108551385082A",
            [Problem("uscc_check_character", "uscc", {"expected": "Q", "actual": "A"})],
        ),
        (
            "91110000600037341X",
            [Problem("uscc_check_character", "uscc", {"expected": "L", "actual": "X"})],
        ),
        (
            "91110108551385O82Q",  # letter O for zero
            [Problem("uscc_invalid_character", "uscc", {"position": 15, "char": "O"})],
        ),
        (
            "91A10108551385082Q",  # region code must be digits
            [Problem("uscc_invalid_character", "uscc", {"position": 3, "char": "A"})],
        ),
        (
            "I1110108551385082S",
            [
                Problem("uscc_invalid_character", "uscc", {"position": 1, "char": "I"}),
                Problem("uscc_invalid_character", "uscc", {"position": 18, "char": "S"}),
            ],
        ),
    ],
)
def test_invalid_uscc(code: str, expected: list[Problem]) -> None:
    assert check_uscc(code) == expected


def test_uscc_problems_name_the_given_field() -> None:
    assert check_uscc("", field="employer_uscc") == [Problem("required", "employer_uscc")]


@pytest.mark.parametrize(
    "number",
    [
        "11010519491231002X",  # GB 11643 example
        "11010519491231002x",
        "360426199101010071",  # python-stdnum documentation
        "320102197001010011",  # Xuanwu code listed from 1983, holder born 1970: still valid
    ],
)
def test_valid_resident_id(number: str) -> None:
    assert check_resident_id(number) == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("", [Problem("required", "resident_id")]),
        (
            "110105491231002",  # first-generation 15-digit number
            [Problem("resident_id_length", "resident_id", {"expected": 18, "actual": 15})],
        ),
        (
            "110105194912310021",
            [
                Problem(
                    "resident_id_check_character", "resident_id", {"expected": "X", "actual": "1"}
                )
            ],
        ),
        (
            "360426199101010072",
            [
                Problem(
                    "resident_id_check_character", "resident_id", {"expected": "1", "actual": "2"}
                )
            ],
        ),
        (
            "1101051949123100XX",
            [
                Problem(
                    "resident_id_invalid_character", "resident_id", {"position": 17, "char": "X"}
                )
            ],
        ),
        (
            "001234199001010013",
            [Problem("resident_id_region_invalid", "resident_id", {"region": "001234"})],
        ),
        (
            "110105194902300012",
            [Problem("resident_id_birth_date_impossible", "resident_id", {"raw": "19490230"})],
        ),
    ],
)
def test_invalid_resident_id(number: str, expected: list[Problem]) -> None:
    assert check_resident_id(number) == expected


@pytest.mark.parametrize(
    ("birth_date", "sex", "expected"),
    [
        (date(1949, 12, 31), "F", []),
        (
            date(1949, 12, 30),
            "F",
            [
                Problem(
                    "resident_id_birth_date_mismatch",
                    "id_number",
                    {"id_birth_date": "1949-12-31", "given": "1949-12-30"},
                )
            ],
        ),
        (
            date(1949, 12, 31),
            "M",
            [Problem("resident_id_sex_mismatch", "id_number", {"id_sex": "F", "given": "M"})],
        ),
        (
            None,
            "M",
            [Problem("resident_id_sex_mismatch", "id_number", {"id_sex": "F", "given": "M"})],
        ),
    ],
)
def test_resident_id_agrees_with_keyed_birth_date_and_sex(
    birth_date: date | None, sex: str, expected: list[Problem]
) -> None:
    problems = check_resident_id("11010519491231002X", "id_number", birth_date=birth_date, sex=sex)
    assert problems == expected


@pytest.mark.parametrize(
    ("number", "birth_date", "sex", "region_name"),
    [
        ("11010519491231002X", date(1949, 12, 31), "F", "北京市 朝阳区"),
        ("360426199101010071", date(1991, 1, 1), "M", "江西省 德安县"),
        ("320102197001010011", date(1970, 1, 1), "M", "江苏省 玄武区"),
        ("320211198001010018", date(1980, 1, 1), "M", "江苏省 滨湖区"),  # renamed in 2000
    ],
)
def test_parse_resident_id(number: str, birth_date: date, sex: str, region_name: str) -> None:
    parsed = parse_resident_id(number)
    assert parsed is not None
    assert (parsed.number, parsed.region_code) == (number, number[:6])
    assert (parsed.birth_date, parsed.sex, parsed.region_name) == (birth_date, sex, region_name)


@pytest.mark.parametrize(
    ("number", "region_name"),
    [
        ("810000199001010019", "香港特别行政区"),  # Hong Kong residents' residence permit
        ("329999199001010011", "江苏省"),  # county code not in the table: province only
        ("830000199001010012", None),  # Taiwan residents' code: not in python-stdnum's table
    ],
)
def test_parse_resident_id_region_name_edge_cases(number: str, region_name: str | None) -> None:
    parsed = parse_resident_id(number)
    assert parsed is not None
    assert parsed.region_name == region_name


@pytest.mark.parametrize("number", ["", "110105194912310021", "110105194902300012", "12345"])
def test_parse_invalid_resident_id(number: str) -> None:
    assert parse_resident_id(number) is None


@pytest.mark.parametrize(
    "number", ["L898902C3", "C01X0006H", "PE2222488", "E12345678", "g1234567", "123456"]
)
def test_plausible_passport_number(number: str) -> None:
    assert check_passport_number(number) == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("", [Problem("required", "passport_number")]),
        (
            "1234",
            [
                Problem(
                    "passport_number_length", "passport_number", {"min": 5, "max": 9, "actual": 4}
                )
            ],
        ),
        (
            "L898902C33",
            [
                Problem(
                    "passport_number_length", "passport_number", {"min": 5, "max": 9, "actual": 10}
                )
            ],
        ),
        (
            "AB12#456",
            [
                Problem(
                    "passport_number_invalid_character",
                    "passport_number",
                    {"position": 5, "char": "#"},
                )
            ],
        ),
    ],
)
def test_implausible_passport_number(number: str, expected: list[Problem]) -> None:
    assert check_passport_number(number) == expected


@pytest.mark.parametrize(
    "number",
    [
        "USA330180101001",  # old card: 3 letters + 12 digits (constructed)
        "usa330180101001",
        "912345198001010019",  # 2023 card: 9 + 16 digits + MOD 11-2 (constructed)
        "91234519800100003X",
    ],
)
def test_valid_permanent_residence_id(number: str) -> None:
    assert check_permanent_residence_id(number) == []


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("", [Problem("required", "permanent_residence_id")]),
        (
            "US1330180101001",
            [Problem("permanent_residence_id_format", "permanent_residence_id", {"length": 15})],
        ),
        (
            "11010519491231002X",  # a citizen's number starts 1-8, never 9
            [Problem("permanent_residence_id_format", "permanent_residence_id", {"length": 18})],
        ),
        (
            "912345198001010018",
            [
                Problem(
                    "permanent_residence_id_check_character",
                    "permanent_residence_id",
                    {"expected": "9", "actual": "8"},
                )
            ],
        ),
        (
            "9123451980010100",
            [Problem("permanent_residence_id_length", "permanent_residence_id", {"actual": 16})],
        ),
    ],
)
def test_invalid_permanent_residence_id(number: str, expected: list[Problem]) -> None:
    assert check_permanent_residence_id(number) == expected


@pytest.mark.parametrize("seed", range(25))
def test_fake_uscc_is_valid_and_repeatable(seed: int) -> None:
    code = fake_uscc(random.Random(seed))
    assert code == fake_uscc(random.Random(seed))
    assert check_uscc(code) == []
    assert uscc.is_valid(code)
    assert code[:2] == "91" and code[2:8] in JIANGSU_REGIONS


def test_fake_uscc_in_a_given_region() -> None:
    assert fake_uscc(random.Random(1), region_code="110108")[2:8] == "110108"


@pytest.mark.parametrize("seed", range(25))
@pytest.mark.parametrize("sex", ["M", "F"])
def test_fake_resident_id_matches_birth_date_and_sex(seed: int, sex: str) -> None:
    rng = random.Random(seed)
    birth_date = date(1950, 1, 1).fromordinal(date(1950, 1, 1).toordinal() + rng.randrange(20000))
    number = fake_resident_id(rng, birth_date=birth_date, sex=sex)
    assert check_resident_id(number, birth_date=birth_date, sex=sex) == []
    parsed = parse_resident_id(number)
    assert parsed is not None
    assert parsed.region_name is not None and parsed.region_name.startswith("江苏省")


def test_fake_resident_id_rejects_unknown_sex() -> None:
    with pytest.raises(ValueError, match="sex"):
        fake_resident_id(random.Random(0), birth_date=date(1990, 1, 1), sex="X")
