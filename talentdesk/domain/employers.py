"""Employer rules: USCC, Jiangsu city, 1–3 authorised handlers, foreign expert studio."""

from __future__ import annotations

import dataclasses
from datetime import date

from talentdesk.domain.applicants import check_email
from talentdesk.domain.identifiers import check_uscc, normalize_identifier
from talentdesk.domain.jiangsu import check_jiangsu_city, jiangsu_city
from talentdesk.domain.permit_records import EmployerDraft, Handler
from talentdesk.domain.problems import Problem

# Employer registration lets 1–3 regular employees act as handlers (foreign-permits.md §2.1).
MIN_HANDLERS = 1
MAX_HANDLERS = 3
# Foreign expert studios were first recognised in the 2010s; earlier years are typing errors.
FIRST_STUDIO_YEAR = 2000


def normalize_employer(draft: EmployerDraft) -> EmployerDraft:
    """The draft as stored: USCC in its normal form, the city as its code, blanks trimmed."""
    city = jiangsu_city(draft.city)
    return dataclasses.replace(
        draft,
        name=draft.name.strip(),
        uscc=normalize_identifier(draft.uscc),
        city=city.code if city else draft.city.strip(),
        district=draft.district.strip(),
        address=draft.address.strip(),
        phone=draft.phone.strip(),
        email=draft.email.strip(),
        credit_notes=draft.credit_notes.strip(),
        handlers=tuple(
            Handler(h.name.strip(), h.phone.strip(), h.email.strip()) for h in draft.handlers
        ),
    )


def check_employer(draft: EmployerDraft, today: date) -> list[Problem]:
    """Problems with an employer's details, each naming its field.

    Codes: ``required``; the USCC codes of ``identifiers.check_uscc`` (a wrong check character
    names the expected one); ``city_not_in_jiangsu``; ``handlers_count`` (min, max, actual);
    ``handler_name_required`` (index, from 1); ``email_invalid``; ``studio_year_required``;
    ``studio_year_invalid`` (min, max); ``studio_level_required``.
    """
    problems = [Problem("required", "name")] if not draft.name.strip() else []
    problems += check_uscc(draft.uscc, "uscc")
    problems += check_jiangsu_city(draft.city, "city")
    if not MIN_HANDLERS <= len(draft.handlers) <= MAX_HANDLERS:
        params = {"min": MIN_HANDLERS, "max": MAX_HANDLERS, "actual": len(draft.handlers)}
        problems.append(Problem("handlers_count", "handlers", params))
    problems += [
        Problem("handler_name_required", "handlers", {"index": index})
        for index, handler in enumerate(draft.handlers, start=1)
        if not handler.name.strip()
    ]
    problems += check_email(draft.email, "email")
    problems += [
        problem
        for index, handler in enumerate(draft.handlers, start=1)
        for problem in check_email(handler.email, "handler_email", {"index": index})
    ]
    if draft.studio_level is not None and draft.studio_year is None:
        problems.append(Problem("studio_year_required", "studio_year"))
    elif draft.studio_year is not None:
        if draft.studio_level is None:
            problems.append(Problem("studio_level_required", "studio_level"))
        if not FIRST_STUDIO_YEAR <= draft.studio_year <= today.year:
            params = {"min": FIRST_STUDIO_YEAR, "max": today.year}
            problems.append(Problem("studio_year_invalid", "studio_year", params))
    return problems
