"""Cell values in and out: tolerant parsing of what real sheets hold, formatting, masking."""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from talentdesk.domain.countries import country, nationalities, search_countries
from talentdesk.domain.identifiers import normalize_identifier
from talentdesk.excel.texts import ZH_CN, language_of, text


class CellValueError(ValueError):
    """A cell that cannot be read as its column's kind; becomes a Problem with row and column."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(code)


def is_blank(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def _fold(raw: str) -> str:
    """Full-width to half-width (Chinese input methods type ２０２６), no blanks at all."""
    return "".join(unicodedata.normalize("NFKC", raw).split())


def _shown(raw: object) -> str:
    """A number roughly as Excel's formula bar shows it: 15 significant digits at most."""
    if isinstance(raw, float) and raw.is_integer() and abs(raw) < 1e15:
        return str(int(raw))
    if isinstance(raw, int | float) and abs(raw) >= 1e15:
        return f"{raw:.15G}"
    return str(raw)


# ---------------------------------------------------------------- text and identifiers


def parse_text(raw: object) -> str:
    if isinstance(raw, str):
        return raw.strip()
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else raw.isoformat()
    if isinstance(raw, float):
        return _shown(raw)
    return str(raw)


# What Excel turns a long number into: 3.20102199001011E+17, or the same typed back as text.
_SCIENTIFIC = re.compile(r"[0-9](?:\.[0-9]+)?E\+[0-9]+", re.IGNORECASE)
# A number that went through a float on its way (CSV export, a script): 320102199001011.0
_FLOAT_ARTEFACT = re.compile(r"[0-9]+\.0+")
# Excel keeps 15 significant digits; any longer number has lost its tail.
_EXACT_DIGITS = 15


def parse_identifier(raw: object) -> str:
    """An ID, passport or credit code, which must arrive as text.

    A number cell is never guessed back into text: Excel has already dropped leading zeros,
    and beyond 15 digits replaced the tail with zeros, so the row is reported instead.
    """
    if type(raw) is str and raw.isascii() and raw.isalnum():
        return raw.upper()  # the usual case, and nothing below can apply to it
    if isinstance(raw, bool | date):
        raise CellValueError("identifier_invalid", value=parse_text(raw))
    if isinstance(raw, int | float):
        lost = abs(raw) >= 10**_EXACT_DIGITS or (isinstance(raw, float) and not raw.is_integer())
        code = "identifier_digits_lost" if lost else "identifier_as_number"
        raise CellValueError(code, value=_shown(raw))
    folded = _fold(str(raw))
    if _SCIENTIFIC.fullmatch(folded):
        raise CellValueError("identifier_digits_lost", value=folded.upper())
    if _FLOAT_ARTEFACT.fullmatch(folded):
        raise CellValueError("identifier_as_number", value=folded)
    number = normalize_identifier(folded)
    if "*" in number:
        raise CellValueError("identifier_masked", value=number)
    return number


_MOBILE = re.compile(r"1[0-9]{10}")


def parse_phone(raw: object) -> str:
    """Phone numbers: a mobile number typed as a number is harmless, a landline lost its 0."""
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        digits = _shown(raw)
        if _MOBILE.fullmatch(digits):
            return digits
        raise CellValueError("identifier_as_number", value=digits)
    return parse_text(raw)


# ---------------------------------------------------------------- dates

_TIME = r"(?:[T ]?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_YMD = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})" + _TIME)
_YMD_CN = re.compile(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})[日号]?")
_YMD_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")
_YM = re.compile(r"([0-9]{4})(?:[-/.]([0-9]{1,2})|年([0-9]{1,2})月?|([0-9]{2}))")
# Excel's day 1 is 1900-01-01 and it believes 1900 was a leap year (serial 60 = 29 Feb 1900).
_EXCEL_DAY_0 = date(1899, 12, 30)
_EXCEL_FAKE_LEAP_DAY = 60
_EXCEL_LAST_SERIAL = 2958465  # 9999-12-31
# Numbers in this range are years (or year.month typed as a number), not serial days.
_YEARS = range(1900, 2101)


def _ymd(year: str, month: str, day: str, raw: object) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise CellValueError("date_invalid", value=parse_text(raw)) from None


def _from_serial(serial: float, raw: object) -> date:
    days = int(serial)
    if not 1 <= days <= _EXCEL_LAST_SERIAL or days == _EXCEL_FAKE_LEAP_DAY:
        raise CellValueError("date_invalid", value=_shown(raw))
    # Before the fake leap day Excel's count is one ahead of the real calendar.
    return _EXCEL_DAY_0 + timedelta(days=days + (1 if days < _EXCEL_FAKE_LEAP_DAY else 0))


def _number_date(raw: float) -> date:
    """A date cell that holds a plain number: an Excel serial, or 20260105 typed as digits."""
    if raw.is_integer() and 19000101 <= raw <= 21001231:
        digits = str(int(raw))
        return _ymd(digits[:4], digits[4:6], digits[6:], raw)
    if int(raw) in _YEARS:
        raise CellValueError("date_ambiguous_number", value=_shown(raw))
    return _from_serial(raw, raw)


def parse_date(raw: object) -> date:
    """A full date from an Excel date or serial, or text: ISO, 2026/01/05, 2026.1.5, 2026年1月5日,
    20260105.
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return _number_date(float(raw))
    if not isinstance(raw, str):
        raise CellValueError("date_invalid", value=parse_text(raw))
    folded = _fold(raw)
    for pattern in (_YMD, _YMD_CN, _YMD_COMPACT):
        if match := pattern.fullmatch(folded):
            parts = match.groups()
            year, month, day = (parts[0], parts[2], parts[3]) if pattern is _YMD else parts
            return _ymd(year, month, day, raw)
    if _YM.fullmatch(folded) or (folded.isdigit() and len(folded) == 4):
        raise CellValueError("date_incomplete", value=folded)
    raise CellValueError("date_invalid", value=raw.strip())


def parse_month(raw: object) -> date:
    """Year and month (毕业时间 2015.07, 2015年7月, 201507); the first of the month is stored.

    A full date is kept as it is. 2015.1 typed as a number is refused: Excel stores 2015.10
    as 2015.1 as well, so it may mean January or October.
    """
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        if int(raw) in _YEARS:
            year, _, fraction = repr(float(raw)).partition(".")
            if fraction == "1" or not 1 <= int(fraction) <= 12:
                raise CellValueError("date_ambiguous_number", value=_shown(raw))
            return date(int(year), int(fraction), 1)
        if float(raw).is_integer() and int(raw) // 100 in _YEARS:  # 201507 typed as digits
            return _ymd(str(int(raw) // 100), str(int(raw) % 100), "1", raw)
    if isinstance(raw, str) and (match := _YM.fullmatch(_fold(raw))):
        year, *months = match.groups()
        month = next(m for m in months if m is not None)
        return _ymd(year, month, "1", raw)
    return parse_date(raw)


# ---------------------------------------------------------------- numbers and flags


def _number_text(raw: str) -> str:
    return _fold(raw).replace(",", "").removeprefix("¥").removesuffix("元")


def parse_int(raw: object) -> int:
    if isinstance(raw, bool):
        raise CellValueError("integer_invalid", value=str(raw))
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str):
        digits = _number_text(raw)
        if re.fullmatch(r"[-+]?[0-9]+(?:\.0*)?", digits):
            return int(digits.split(".")[0])
    raise CellValueError("integer_invalid", value=parse_text(raw))


def parse_decimal(raw: object) -> Decimal:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        # repr() is the shortest text that gives this float back: 0.1, not 0.1000000000000000055.
        return Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    if isinstance(raw, str):
        try:
            number = Decimal(_number_text(raw))
        except InvalidOperation:
            number = None
        if number is not None and number.is_finite():
            return number
    raise CellValueError("decimal_invalid", value=parse_text(raw))


_TRUE = frozenset({"是", "有", "√", "✓", "✔", "y", "yes", "true", "1", "对"})
_FALSE = frozenset({"否", "无", "×", "✗", "✘", "n", "no", "false", "0", "不是"})


def parse_bool(raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    key = _fold(parse_text(raw)).casefold()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellValueError("boolean_invalid", value=parse_text(raw))


def format_bool(value: object, language: str) -> str | None:
    if value is None:
        return None
    return text(language, "yes" if value else "no")


# ---------------------------------------------------------------- nationalities


def choice_key(label: str) -> str:
    """What coded values and country names are matched on: half-width, no blanks, any case."""
    return _fold(label).casefold()


@functools.cache
def _nationality_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for entry in nationalities():
        for name in (entry.code, entry.name_en, entry.name_zh):
            names[choice_key(name)] = entry.code
    return names


@functools.lru_cache(maxsize=512)  # a roster repeats a few dozen nationalities
def _nationality_code(typed: str) -> str | None:
    code = _nationality_names().get(choice_key(typed))
    if code is None and (found := country(typed)) is not None:
        code = found.code
    if code is None and len(matches := search_countries(typed)) == 1:
        code = matches[0].code  # a short name such as 韩国 that only one country contains
    return code


def parse_nationality(raw: object) -> str:
    """ISO alpha-3 (or ICAO) code from a code, an English or a Chinese country name."""
    typed = parse_text(raw)
    code = _nationality_code(typed)
    if code is None:
        raise CellValueError("nationality_unknown", value=typed)
    return code


@functools.lru_cache(maxsize=512)  # once per nationality, not per exported row
def format_nationality(value: object, language: str) -> str | None:
    if value is None:
        return None
    found = country(str(value))
    if found is None:
        return str(value)
    return found.name_zh if language_of(language) == ZH_CN else found.name_en


# ---------------------------------------------------------------- masking


def mask(value: str, keep_head: int, keep_tail: int, char: str = "*") -> str:
    """Hide the middle of a number; all of it when the ends would show more than half."""
    hidden = len(value) - keep_head - keep_tail
    if hidden * 2 < len(value):
        return char * len(value)
    return value[:keep_head] + char * hidden + value[len(value) - keep_tail :]
