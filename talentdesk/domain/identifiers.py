"""Identifier rules: USCC, resident ID, passport number, foreign permanent-residence ID."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum import numdb
from stdnum.cn import ric, uscc

from talentdesk.domain.problems import Problem

USCC_LENGTH = 18
# GB 32100-2015 leaves out I, O, S, V and Z so they cannot be confused with digits.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
RESIDENT_ID_LENGTH = 18
# A passport's MRZ holds 9 characters; fewer than 5 is a plausibility floor, not a rule:
# a number that short is almost certainly mistyped.
PASSPORT_NUMBER_MIN = 5
PASSPORT_NUMBER_MAX = 9

# Province-level codes of GB/T 2260 (first two digits of a resident ID), plus 81/82/83 used
# by residence permits for Hong Kong, Macao and Taiwan residents.
_PROVINCES = frozenset(
    {
        *("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36"),
        *("37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62"),
        *("63", "64", "65", "71", "81", "82", "83"),
    }
)
_DIGITS = frozenset("0123456789")
_OLD_PR_ID = re.compile(r"[A-Z]{3}\d{12}")
_NEW_PR_ID = re.compile(r"9\d{16}[\dX]")


@dataclass(frozen=True)
class ResidentId:
    """What a valid resident ID number says about its holder."""

    number: str
    region_code: str
    # From python-stdnum's region table; None for codes it does not list.
    region_name: str | None
    birth_date: date
    sex: str  # "M" or "F"


def normalize_identifier(text: str) -> str:
    """Full-width to half-width, upper case, no blanks or hyphens: the stored form of a number."""
    normal = re.sub(r"[\s\-]+", "", unicodedata.normalize("NFKC", text).upper())
    return text if normal == text else normal  # one string, not two, for an import's row


def check_uscc(value: str, field: str = "uscc") -> list[Problem]:
    """Unified Social Credit Code (统一社会信用代码): length, alphabet and check character."""
    number = normalize_identifier(value)
    if not number:
        return [Problem("required", field)]
    if len(number) != USCC_LENGTH:
        return [Problem("uscc_length", field, {"expected": USCC_LENGTH, "actual": len(number)})]
    # Positions 3-8 are the GB/T 2260 region code. Positions 1-2 may be letters (authority
    # codes such as N or Y), which stdnum's validate() rejects, so only its check is used.
    problems = [
        Problem("uscc_invalid_character", field, {"position": index + 1, "char": char})
        for index, char in enumerate(number)
        if char not in (_DIGITS if 2 <= index < 8 else USCC_ALPHABET)
    ]
    if problems:
        return problems
    expected = uscc.calc_check_digit(number)
    if number[-1] != expected:
        params = {"expected": expected, "actual": number[-1]}
        return [Problem("uscc_check_character", field, params)]
    return []


def check_resident_id(
    value: str,
    field: str = "resident_id",
    *,
    birth_date: date | None = None,
    sex: str | None = None,
) -> list[Problem]:
    """Resident ID number (公民身份号码, GB 11643): structure, MOD 11-2 check, and agreement
    with a birth date and sex ("M"/"F") keyed elsewhere, when given.
    """
    number = normalize_identifier(value)
    if not number:
        return [Problem("required", field)]
    if len(number) != RESIDENT_ID_LENGTH:
        return [
            Problem(
                "resident_id_length", field, {"expected": RESIDENT_ID_LENGTH, "actual": len(number)}
            )
        ]
    problems = [
        Problem("resident_id_invalid_character", field, {"position": index + 1, "char": char})
        for index, char in enumerate(number)
        if char not in _DIGITS and not (index == RESIDENT_ID_LENGTH - 1 and char == "X")
    ]
    if problems:
        return problems
    expected = ric.calc_check_digit(number)
    if number[-1] != expected:
        params = {"expected": expected, "actual": number[-1]}
        problems.append(Problem("resident_id_check_character", field, params))
    if number[:2] not in _PROVINCES:
        problems.append(Problem("resident_id_region_invalid", field, {"region": number[:6]}))
    born = _id_birth_date(number)
    if born is None:
        problems.append(Problem("resident_id_birth_date_impossible", field, {"raw": number[6:14]}))
    elif birth_date is not None and born != birth_date:
        problems.append(
            Problem(
                "resident_id_birth_date_mismatch",
                field,
                {"id_birth_date": born.isoformat(), "given": birth_date.isoformat()},
            )
        )
    if sex is not None and sex != _id_sex(number):
        problems.append(
            Problem("resident_id_sex_mismatch", field, {"id_sex": _id_sex(number), "given": sex})
        )
    return problems


def parse_resident_id(value: str) -> ResidentId | None:
    """Birth date, sex and region of a valid resident ID number; None if it is not valid."""
    number = normalize_identifier(value)
    born = _id_birth_date(number)
    if check_resident_id(number) or born is None:
        return None
    return ResidentId(
        number=number,
        region_code=number[:6],
        region_name=_region_name(number[:6]),
        birth_date=born,
        sex=_id_sex(number),
    )


def check_passport_number(value: str, field: str = "passport_number") -> list[Problem]:
    """Plausibility only: ICAO fixes no format beyond 9 letters or digits in the MRZ."""
    number = normalize_identifier(value)
    if not number:
        return [Problem("required", field)]
    problems = [
        Problem("passport_number_invalid_character", field, {"position": index + 1, "char": char})
        for index, char in enumerate(number)
        if not ("A" <= char <= "Z" or char in _DIGITS)
    ]
    if not PASSPORT_NUMBER_MIN <= len(number) <= PASSPORT_NUMBER_MAX:
        problems.append(
            Problem(
                "passport_number_length",
                field,
                {"min": PASSPORT_NUMBER_MIN, "max": PASSPORT_NUMBER_MAX, "actual": len(number)},
            )
        )
    return problems


def check_permanent_residence_id(
    value: str, field: str = "permanent_residence_id"
) -> list[Problem]:
    """Foreign permanent residence ID (外国人永久居留身份证) number, old or 2023 format.

    Old cards: 15 characters, 3 letters (nationality) + 12 digits. Its sub-fields and any check
    digit are not published in what we could verify, so only the format is checked.
    Cards from 2023-12-01: 18 characters, "9" first, 17 digits and a MOD 11-2 check character
    as in the resident ID (NIA machine-readable rules 2023). The sub-field layout is likewise
    unverified, so no birth date or region is read from it.
    """
    number = normalize_identifier(value)
    if not number:
        return [Problem("required", field)]
    if len(number) == 15:
        if not _OLD_PR_ID.fullmatch(number):
            return [Problem("permanent_residence_id_format", field, {"length": 15})]
        return []
    if len(number) == 18:
        if not _NEW_PR_ID.fullmatch(number):
            return [Problem("permanent_residence_id_format", field, {"length": 18})]
        expected = ric.calc_check_digit(number)
        if number[-1] != expected:
            return [
                Problem(
                    "permanent_residence_id_check_character",
                    field,
                    {"expected": expected, "actual": number[-1]},
                )
            ]
        return []
    return [Problem("permanent_residence_id_length", field, {"actual": len(number)})]


def _id_birth_date(number: str) -> date | None:
    try:
        return date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None


def _id_sex(number: str) -> str:
    """The 17th digit: odd for men, even for women."""
    return "M" if int(number[16]) % 2 else "F"


def _region_name(code: str) -> str | None:
    """Province and county names for a region code.

    Not ric.get_birth_place(): it rejects a code first listed after the birth year, yet the code
    records where the number was assigned (for most adults the 1999 conversion), so it would
    refuse e.g. a Nanjing Xuanwu (320102, listed from 1983) number of someone born in 1970.
    """
    info = {
        key: name for _part, props in numdb.get("cn/loc").info(code) for key, name in props.items()
    }
    names = [info["province"]] if "province" in info else []
    if "county" in info:
        # "[1983-1999]郊区,[2000-]滨湖区": a code renamed over time; the newest name is last.
        county = info["county"].split(",")[-1].rpartition("]")[2]
        # A province-level code (xx0000) names the province again as its "county", in
        # simplified characters where the province entry may be traditional (Hong Kong).
        names = [county] if code.endswith("0000") else [*names, county]
    return " ".join(names) or None
