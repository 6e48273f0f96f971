"""Applicant and passport rules: normal forms, checks, duplicate keys and the MRZ diff."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from talentdesk.domain.countries import country, mrz_code
from talentdesk.domain.enums import Degree
from talentdesk.domain.identifiers import check_passport_number, normalize_identifier
from talentdesk.domain.mrz import Td3Mrz
from talentdesk.domain.permit_records import ApplicantDraft, FieldDiff, Passport, PassportDraft
from talentdesk.domain.problems import Problem

SEXES = ("M", "F", "X")
# Nobody older than this applies for a work permit; an earlier date is a typing error.
MAX_AGE_YEARS = 120
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_DEGREES = frozenset(d.value for d in Degree)


def normalize_name(text: str) -> str:
    """Stored form of a passport name: half-width, upper case, single spaces."""
    normal = " ".join(unicodedata.normalize("NFKC", text).upper().split())
    return text if normal == text else normal  # one string, not two, for an import's row


def name_key(text: str) -> str:
    """Comparison key: accents, spaces, hyphens, apostrophes and MRZ fillers do not count.

    "Müller" and "MULLER", "Jean-Paul" and "JEAN PAUL", "O'Neil" and "ONEIL" share a key.
    """
    return "".join(c for c in _unaccented(normalize_name(text)) if c.isalnum())


def nationality_code(value: str) -> str | None:
    """The stored nationality code for an ISO alpha-3/alpha-2 or MRZ code; None if unknown."""
    found = country(value) if value.strip() else None
    return found.code if found else None


def issuing_state_code(value: str) -> str | None:
    """Like ``nationality_code``, but organisations that issue documents (UNO, EUE) count too."""
    code = nationality_code(value)
    if code is not None:
        return code
    found = mrz_code(value) if value.strip() else None
    return found.code if found else None


def normalize_applicant(draft: ApplicantDraft) -> ApplicantDraft:
    """The draft as it is stored: names and codes in their normal forms, blanks trimmed."""
    return ApplicantDraft(
        surname=normalize_name(draft.surname),
        given_names=normalize_name(draft.given_names),
        sex=draft.sex.strip().upper(),
        birth_date=draft.birth_date,
        nationality=nationality_code(draft.nationality) or draft.nationality.strip().upper(),
        chinese_name="".join(unicodedata.normalize("NFKC", draft.chinese_name).split()),
        phone=draft.phone.strip(),
        email=draft.email.strip(),
        education=draft.education.strip(),
        visa_status=draft.visa_status.strip(),
    )


def normalize_passport(draft: PassportDraft) -> PassportDraft:
    return PassportDraft(
        number=normalize_identifier(draft.number),
        issuing_state=issuing_state_code(draft.issuing_state) or draft.issuing_state.strip(),
        expiry_date=draft.expiry_date,
    )


def check_applicant(draft: ApplicantDraft, today: date) -> list[Problem]:
    """Problems with a person's details (normalised or not), each naming its field.

    Codes: ``required``; ``sex_invalid`` (value); ``birth_date_in_future``;
    ``birth_date_implausible`` (max_age); ``nationality_unknown`` (value);
    ``education_invalid`` (value); ``email_invalid``.
    """
    problems = [Problem("required", "surname")] if not draft.surname.strip() else []
    # Given names may be empty: some passports print a single name (ICAO 9303 allows it).
    if draft.sex.strip().upper() not in SEXES:
        problems.append(Problem("sex_invalid", "sex", {"value": draft.sex}))
    if draft.birth_date > today:
        problems.append(Problem("birth_date_in_future", "birth_date"))
    elif today.year - draft.birth_date.year > MAX_AGE_YEARS:
        problems.append(Problem("birth_date_implausible", "birth_date", {"max_age": MAX_AGE_YEARS}))
    if not draft.nationality.strip():
        problems.append(Problem("required", "nationality"))
    elif nationality_code(draft.nationality) is None:
        problems.append(Problem("nationality_unknown", "nationality", {"value": draft.nationality}))
    if draft.education.strip() and draft.education.strip() not in _DEGREES:
        problems.append(Problem("education_invalid", "education", {"value": draft.education}))
    return problems + check_email(draft.email, "email")


def check_email(value: str, field: str, params: dict[str, object] | None = None) -> list[Problem]:
    """A light shape check (something@domain.tld); ``email_invalid`` when it fails."""
    if value.strip() and not _EMAIL.fullmatch(value.strip()):
        return [Problem("email_invalid", field, params or {})]
    return []


def check_passport(draft: PassportDraft, today: date) -> list[Problem]:
    """Problems with a passport being recorded now.

    Codes: those of ``identifiers.check_passport_number``; ``required`` and
    ``issuing_state_unknown`` (value) on ``issuing_state``; ``passport_expired`` (expiry) on
    ``passport_expiry``.
    """
    problems = check_passport_number(draft.number, "passport_number")
    if not draft.issuing_state.strip():
        problems.append(Problem("required", "issuing_state"))
    elif issuing_state_code(draft.issuing_state) is None:
        problems.append(
            Problem("issuing_state_unknown", "issuing_state", {"value": draft.issuing_state})
        )
    # An expired passport cannot carry a permit; recording one as current is a mistake.
    if draft.expiry_date < today:
        problems.append(
            Problem("passport_expired", "passport_expiry", {"expiry": draft.expiry_date})
        )
    return problems


def search_text(draft: ApplicantDraft, passport_numbers: Iterable[str]) -> str:
    """The ``applicants.search_text`` column: names, Chinese name and every passport number.

    Accented names are added without their accents too, so "MULLER" typed on any keyboard
    finds "MÜLLER".
    """
    names = [draft.surname, draft.given_names]
    parts = [*names, *(_unaccented(n) for n in names), draft.chinese_name, *passport_numbers]
    return " ".join(dict.fromkeys(part.upper() for part in parts if part))


def _unaccented(text: str) -> str:
    if text.isascii():  # most names: nothing to take off (an import calls this per row)
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def same_identity(a: ApplicantDraft, b: ApplicantDraft) -> bool:
    """Same names (by ``name_key``), birth date and nationality."""
    return (
        a.nationality == b.nationality
        and a.birth_date == b.birth_date
        and name_key(a.surname) == name_key(b.surname)
        and name_key(a.given_names) == name_key(b.given_names)
    )


_NAME_FIELDS = frozenset({"surname", "given_names"})


def mrz_applicant(mrz: Td3Mrz) -> tuple[ApplicantDraft, PassportDraft] | None:
    """The person and passport an MRZ describes; None while its dates are unreadable."""
    if mrz.birth_date is None or mrz.expiry_date is None:
        return None
    person = ApplicantDraft(
        surname=mrz.surname,
        given_names=mrz.given_names,
        sex=mrz.sex,
        birth_date=mrz.birth_date,
        nationality=mrz.nationality_iso or mrz.nationality,
    )
    passport = PassportDraft(
        number=mrz.passport_number,
        issuing_state=mrz.issuing_state_iso or mrz.issuing_state,
        expiry_date=mrz.expiry_date,
    )
    return person, passport


def mrz_diff(
    current: ApplicantDraft, passport: Passport | None, mrz: Td3Mrz
) -> tuple[FieldDiff, ...]:
    """Every MRZ field next to the stored value.

    Names differ only when their ``name_key``s do: the MRZ drops accents, so "MÜLLER" stored
    and "MULLER" read are the same name.
    """
    pairs: list[tuple[str, object, object]] = [
        ("surname", current.surname, mrz.surname),
        ("given_names", current.given_names, mrz.given_names),
        ("sex", current.sex, mrz.sex),
        ("birth_date", current.birth_date, mrz.birth_date),
        ("nationality", current.nationality, mrz.nationality_iso or mrz.nationality),
        ("passport_number", passport.number if passport else None, mrz.passport_number),
        (
            "issuing_state",
            passport.issuing_state if passport else None,
            mrz.issuing_state_iso or mrz.issuing_state,
        ),
        ("passport_expiry", passport.expiry_date if passport else None, mrz.expiry_date),
    ]
    return tuple(
        FieldDiff(
            field,
            stored,
            read,
            name_key(str(stored)) != name_key(str(read))
            if field in _NAME_FIELDS
            else stored != read,
        )
        for field, stored, read in pairs
    )
