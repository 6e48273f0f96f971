"""Roster import texts: cell problems of the Excel reader, import problems, unreadable files."""

from __future__ import annotations

from talentdesk.error_texts import QT_TRANSLATE_NOOP, Translate, english
from talentdesk.errors import CancelledError, ExcelFormatError, TalentDeskError

# Roster columns no form shows (the researcher 花名册 has more columns than the record).
FIELD_LABELS: dict[str, str] = {
    "handler_name": QT_TRANSLATE_NOOP("messages", "Handler"),
    "handler_phone": QT_TRANSLATE_NOOP("messages", "Handler phone"),
    "ethnicity": QT_TRANSLATE_NOOP("messages", "Ethnicity"),
    "political_status": QT_TRANSLATE_NOOP("messages", "Political status"),
    "native_place": QT_TRANSLATE_NOOP("messages", "Native place"),
    "post_category": QT_TRANSLATE_NOOP("messages", "Post category"),
    "post_grade": QT_TRANSLATE_NOOP("messages", "Post grade"),
    "title_date": QT_TRANSLATE_NOOP("messages", "Title since"),
    "graduate_school": QT_TRANSLATE_NOOP("messages", "University"),
    "major": QT_TRANSLATE_NOOP("messages", "Major"),
    "graduation_date": QT_TRANSLATE_NOOP("messages", "Graduated"),
    "joined_on": QT_TRANSLATE_NOOP("messages", "Joined the unit"),
    "research_direction": QT_TRANSLATE_NOOP("messages", "Research field"),
    "evaluation_category": QT_TRANSLATE_NOOP("messages", "Evaluation category"),
    "program_year": QT_TRANSLATE_NOOP("messages", "Year selected"),
    "funding": QT_TRANSLATE_NOOP("messages", "Funding (10k CNY)"),
    "remarks": QT_TRANSLATE_NOOP("messages", "Remarks"),
}

# ``{field}`` and the Problem's params are filled in (``value`` is the cell as typed).
PROBLEM_TEXTS: dict[str, str] = {
    "text_too_long": QT_TRANSLATE_NOOP(
        "messages", "{field} has {length} characters; at most {max} are allowed."
    ),
    "date_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not a date. Write it as 2026-01-05 or 2026年1月5日."
    ),
    "date_incomplete": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” lacks the day (or the month); a full date is needed."
    ),
    "date_ambiguous_number": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: “{value}” was typed as a number, so January and October look the same. "
        "Write it as text, e.g. 2015.10.",
    ),
    "integer_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a whole number."),
    "decimal_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a number."),
    "boolean_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is neither yes nor no."),
    "choice_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is not one of the allowed values ({choices})."
    ),
    "identifier_as_number": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: “{value}” is stored as a number, so leading zeros may be lost. "
        "Format the column as text and type the number again.",
    ),
    "identifier_digits_lost": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: “{value}” is stored as a number and its last digits are lost. "
        "Format the column as text and type the number again.",
    ),
    "identifier_masked": QT_TRANSLATE_NOOP(
        "messages", "{field}: “{value}” is masked; the full number is needed."
    ),
    "identifier_invalid": QT_TRANSLATE_NOOP("messages", "{field}: “{value}” is not a number."),
    "formula_error": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: the cell shows the formula error “{value}”, not a value. "
        "Correct the formula or type the value.",
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "messages", "{field}: the same record is already in row {first_row} of this file."
    ),
    "possible_duplicate": QT_TRANSLATE_NOOP(
        "messages",
        "A person with these names, date of birth and nationality is already on file under "
        "another passport. Record the new passport in that person's record instead.",
    ),
}

# ExcelFormatError reasons (excel/reader.py FORMAT_ERRORS); ``{detail}`` is filled in.
FORMAT_ERROR_TEXTS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("messages", "The file cannot be opened or is damaged."),
    "empty": QT_TRANSLATE_NOOP("messages", "The workbook is empty."),
    "not_xlsx": QT_TRANSLATE_NOOP(
        "messages", "This is not an Excel workbook (.xlsx). Save it as .xlsx and try again."
    ),
    "legacy_xls": QT_TRANSLATE_NOOP(
        "messages", "This is an old Excel 97-2003 file (.xls). Save it as .xlsx and try again."
    ),
    "password_protected": QT_TRANSLATE_NOOP(
        "messages", "The workbook is protected by a password. Remove the password and try again."
    ),
    "sheet_not_found": QT_TRANSLATE_NOOP("messages", "The workbook has no sheet “{detail}”."),
    "no_header": QT_TRANSLATE_NOOP(
        "messages",
        "No header row with the expected column names was found. Use the template's headers.",
    ),
    "missing_columns": QT_TRANSLATE_NOOP(
        "messages", "Required columns are missing: {detail}."
    ),
}

CANCELLED = QT_TRANSLATE_NOOP("messages", "Cancelled; nothing was changed.")


def import_error_text(error: TalentDeskError, translate: Translate = english) -> str | None:
    """The sentence for an unreadable workbook or a cancelled job; None for other errors."""
    if isinstance(error, CancelledError):
        return translate(CANCELLED)
    if isinstance(error, ExcelFormatError) and error.reason in FORMAT_ERROR_TEXTS:
        return translate(FORMAT_ERROR_TEXTS[error.reason]).replace("{detail}", error.detail)
    return None
