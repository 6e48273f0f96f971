"""ICAO 9303 TD3 passport machine-readable zone (2 x 44): check digits, parsing and building."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from talentdesk.domain.countries import mrz_code, mrz_to_iso
from talentdesk.domain.problems import Problem

LINE_LENGTH = 44
FILLER = "<"
_WEIGHTS = (7, 3, 1)
_ALLOWED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + FILLER)
_NAME_WIDTH = 39
# Century window for expiry dates: no passport is issued for more than about ten years, so an
# expiry more than 20 years ahead of today is read as the previous century (an old passport).
_EXPIRY_YEARS_AHEAD = 20
_SEX_FROM_MRZ = {"M": "M", "F": "F", FILLER: "X"}
_SEX_TO_MRZ = {"M": "M", "F": "F", "X": FILLER}


class CheckStatus(StrEnum):
    CORRECT = "correct"
    WRONG = "wrong"
    # Only the optional-data digit may be left out: ICAO lets it be "<" when the field is empty.
    NOT_PRINTED = "not_printed"


class CheckField(StrEnum):
    """The five TD3 check digits; the values double as Problem field names."""

    PASSPORT_NUMBER = "passport_number"
    BIRTH_DATE = "birth_date"
    EXPIRY_DATE = "expiry_date"
    OPTIONAL_DATA = "optional_data"
    COMPOSITE = "composite"


@dataclasses.dataclass(frozen=True)
class CheckResult:
    """One check digit: what the passport prints and what its data call for."""

    status: CheckStatus
    printed: str
    expected: str


@dataclasses.dataclass(frozen=True)
class Td3Mrz:
    """A read TD3 zone. Codes are as printed (fillers stripped); ``*_iso`` are ISO alpha-3."""

    line1: str
    line2: str
    document_type: str
    issuing_state: str
    issuing_state_iso: str | None
    surname: str
    given_names: str
    # True when the name field runs to the last position: ICAO truncates long names there.
    names_possibly_truncated: bool
    passport_number: str
    nationality: str
    nationality_iso: str | None
    birth_date: date | None
    sex: str  # "M", "F" or "X" (unspecified, printed "<")
    expiry_date: date | None
    optional_data: str
    passport_number_check: CheckResult
    birth_date_check: CheckResult
    expiry_date_check: CheckResult
    optional_data_check: CheckResult
    composite_check: CheckResult
    # Line 1 has no check digit and names are transliterated, so no reading can vouch for
    # them: the clerk must confirm the names every time.
    names_need_confirmation: bool = dataclasses.field(default=True, init=False)

    @property
    def checks(self) -> dict[CheckField, CheckResult]:
        return {
            CheckField.PASSPORT_NUMBER: self.passport_number_check,
            CheckField.BIRTH_DATE: self.birth_date_check,
            CheckField.EXPIRY_DATE: self.expiry_date_check,
            CheckField.OPTIONAL_DATA: self.optional_data_check,
            CheckField.COMPOSITE: self.composite_check,
        }


def check_digit(data: str) -> str:
    """ICAO 9303 check digit: 0-9 as is, A-Z as 10-35, "<" as 0; weights 7, 3, 1; sum mod 10."""
    total = 0
    for index, char in enumerate(data):
        if "0" <= char <= "9":
            value = ord(char) - ord("0")
        elif "A" <= char <= "Z":
            value = ord(char) - ord("A") + 10
        elif char == FILLER:
            value = 0
        else:
            raise ValueError(f"not an MRZ character: {char!r}")
        total += value * _WEIGHTS[index % 3]
    return str(total % 10)


def parse_td3(text: str | Sequence[str], *, today: date) -> tuple[Td3Mrz | None, list[Problem]]:
    """Read a TD3 zone typed, pasted or sent by a reader; ``today`` fixes the date centuries.

    Returns None with the problems when the text is not a readable TD3 zone at all; otherwise
    the reading plus every problem found in it (wrong check digits, impossible dates, unknown
    country codes).
    """
    lines = _two_lines(text)
    if isinstance(lines, list):
        return None, lines
    line1, line2 = lines
    problems = [
        Problem("mrz_invalid_character", "mrz", {"line": number, "position": index + 1, "char": c})
        for number, line in ((1, line1), (2, line2))
        for index, c in enumerate(line)
        if c not in _ALLOWED
    ]
    if problems:
        return None, problems
    document_type = line1[:2].rstrip(FILLER)
    if not document_type.startswith("P"):
        params = {"document_type": document_type}
        return None, [Problem("mrz_not_passport", "document_type", params)]

    issuing_state = line1[2:5].rstrip(FILLER)
    nationality = line2[10:13].rstrip(FILLER)
    for field, code in (("issuing_state", issuing_state), ("nationality", nationality)):
        if mrz_code(code) is None:
            problems.append(Problem("mrz_unknown_country", field, {"code": code}))

    birth_date = _birth_date(line2[13:19], today)
    expiry_date = _expiry_date(line2[21:27], today)
    for field, raw, value in (
        ("birth_date", line2[13:19], birth_date),
        ("expiry_date", line2[21:27], expiry_date),
    ):
        if value is None:
            problems.append(Problem("mrz_date_impossible", field, {"raw": raw}))

    sex_char = line2[20]
    if sex_char not in _SEX_FROM_MRZ:
        problems.append(Problem("mrz_sex_invalid", "sex", {"char": sex_char}))

    surname, given_names = _split_name(line1[5:])
    mrz = Td3Mrz(
        line1=line1,
        line2=line2,
        document_type=document_type,
        issuing_state=issuing_state,
        issuing_state_iso=mrz_to_iso(issuing_state),
        surname=surname,
        given_names=given_names,
        names_possibly_truncated=line1[-1] != FILLER,
        passport_number=line2[:9].rstrip(FILLER),
        nationality=nationality,
        nationality_iso=mrz_to_iso(nationality),
        birth_date=birth_date,
        sex=_SEX_FROM_MRZ.get(sex_char, "X"),
        expiry_date=expiry_date,
        # Trailing fillers are padding; a filler inside stands for a space or special character
        # and is kept, so the clerk sees exactly what the passport holds.
        optional_data=line2[28:42].rstrip(FILLER),
        passport_number_check=_check(line2[0:9], line2[9]),
        birth_date_check=_check(line2[13:19], line2[19]),
        expiry_date_check=_check(line2[21:27], line2[27]),
        optional_data_check=_check(line2[28:42], line2[42], may_be_omitted=True),
        composite_check=_check(line2[0:10] + line2[13:20] + line2[21:43], line2[43]),
    )
    problems.extend(
        Problem(
            "mrz_check_digit_wrong", field.value, {"printed": c.printed, "expected": c.expected}
        )
        for field, c in mrz.checks.items()
        if c.status is CheckStatus.WRONG
    )
    return mrz, problems


def build_td3(
    *,
    issuing_state: str,
    surname: str,
    given_names: str,
    passport_number: str,
    nationality: str,
    birth_date: date,
    sex: str,
    expiry_date: date,
    optional_data: str = "",
    document_type: str = "P",
) -> tuple[str, str]:
    """Two valid TD3 lines from the fields (codes as the passport prints them, e.g. "D").

    Raises ValueError for values a TD3 zone cannot hold: this serves generated and keyed
    data whose shape the caller controls.
    """
    if sex not in _SEX_TO_MRZ:
        raise ValueError(f"sex must be M, F or X, not {sex!r}")
    if not document_type.startswith("P"):
        raise ValueError(f"a TD3 passport type starts with P, not {document_type!r}")
    number = _padded(passport_number, 9, "passport number")
    optional = _padded(optional_data, 14, "optional data")
    # ICAO lets an empty optional-data field carry "<" as its check digit; we print that form.
    optional_check = FILLER if optional == FILLER * 14 else check_digit(optional)
    upper_part = (
        number
        + check_digit(number)
        + _padded(nationality, 3, "nationality")
        + birth_date.strftime("%y%m%d")
        + check_digit(birth_date.strftime("%y%m%d"))
        + _SEX_TO_MRZ[sex]
        + expiry_date.strftime("%y%m%d")
        + check_digit(expiry_date.strftime("%y%m%d"))
        + optional
        + optional_check
    )
    composite = check_digit(upper_part[0:10] + upper_part[13:20] + upper_part[21:43])
    line1 = (
        _padded(document_type, 2, "document type")
        + _padded(issuing_state, 3, "issuing state")
        + _name_field(surname, given_names)
    )
    return line1, upper_part + composite


def _two_lines(text: str | Sequence[str]) -> tuple[str, str] | list[Problem]:
    """Normalise input to two 44-character lines, or say why that is impossible."""
    raw = text if isinstance(text, str) else "\n".join(text)
    # NFKC folds full-width characters from a Chinese input method to ASCII.
    raw = unicodedata.normalize("NFKC", raw).upper()
    # Readers that type like a keyboard end lines with CR, LF or both; spaces, tabs and other
    # control characters never belong to an MRZ, so they are dropped rather than reported.
    lines = [
        "".join(c for c in line if not c.isspace() and unicodedata.category(c) != "Cc")
        for line in re.split(r"[\r\n]+", raw)
    ]
    lines = [line for line in lines if line]
    joined = "".join(lines)
    if not joined:
        return [Problem("mrz_empty", "mrz")]
    # Two lines of 44, one pasted string of 88, or a break in the wrong place: all read alike.
    if len(joined) == 2 * LINE_LENGTH:
        return joined[:LINE_LENGTH], joined[LINE_LENGTH:]
    if len(lines) == 2:
        return [
            Problem(
                "mrz_line_length", "mrz", {"line": n, "expected": LINE_LENGTH, "actual": len(s)}
            )
            for n, s in enumerate(lines, start=1)
            if len(s) != LINE_LENGTH
        ]
    return [Problem("mrz_length", "mrz", {"expected": 2 * LINE_LENGTH, "actual": len(joined)})]


def _check(data: str, printed: str, *, may_be_omitted: bool = False) -> CheckResult:
    expected = check_digit(data)
    if printed == expected:
        return CheckResult(CheckStatus.CORRECT, printed, expected)
    if may_be_omitted and printed == FILLER and data == FILLER * len(data):
        return CheckResult(CheckStatus.NOT_PRINTED, printed, expected)
    return CheckResult(CheckStatus.WRONG, printed, expected)


def _split_name(field: str) -> tuple[str, str]:
    """SURNAME<<GIVEN<NAMES: "<<" ends the surname, single "<" separate words."""
    surname, _separator, given = field.partition(FILLER * 2)
    return (
        " ".join(part for part in surname.split(FILLER) if part),
        " ".join(part for part in given.split(FILLER) if part),
    )


def _date_parts(raw: str) -> tuple[int, int, int] | None:
    if len(raw) != 6 or not all("0" <= c <= "9" for c in raw):
        return None
    return int(raw[:2]), int(raw[2:4]), int(raw[4:])


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _birth_date(raw: str, today: date) -> date | None:
    """A birth date lies in the past: the latest century that is not after ``today``."""
    parts = _date_parts(raw)
    if parts is None:
        return None
    yy, month, day = parts
    year = today.year // 100 * 100 + yy
    if (year, month, day) > (today.year, today.month, today.day):
        year -= 100
    return _safe_date(year, month, day)


def _expiry_date(raw: str, today: date) -> date | None:
    """An expiry date falls in the hundred years ending ``_EXPIRY_YEARS_AHEAD`` after today."""
    parts = _date_parts(raw)
    if parts is None:
        return None
    yy, month, day = parts
    latest = today.year + _EXPIRY_YEARS_AHEAD
    year = today.year // 100 * 100 + yy
    if year > latest:
        year -= 100
    elif year <= latest - 100:
        year += 100
    return _safe_date(year, month, day)


def _padded(value: str, width: int, what: str) -> str:
    text = value.strip().upper()
    if len(text) > width or any(c not in _ALLOWED for c in text):
        raise ValueError(f"{what} {value!r} does not fit {width} MRZ characters")
    return text.ljust(width, FILLER)


def _name_field(surname: str, given_names: str) -> str:
    """The 39-character name field; accents dropped, hyphens and spaces become fillers."""
    parts = [_transliterate(surname)]
    if given_names.strip():
        parts.append(_transliterate(given_names))
    # A name longer than the field is cut at its end; ICAO's finer rules (shortening given
    # names first) are not applied, so such names read back as possibly truncated.
    return (FILLER * 2).join(parts)[:_NAME_WIDTH].ljust(_NAME_WIDTH, FILLER)


def _transliterate(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.strip().upper())
    text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = re.sub(r"[\s\-]+", FILLER, text.replace("'", ""))
    if any(c not in _ALLOWED for c in text):
        raise ValueError(f"name {name!r} has characters an MRZ cannot hold")
    return text
