"""Case rules: which permits a business type involves, what it must state, case numbers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from talentdesk.domain.enums import BusinessType, Track
from talentdesk.domain.jiangsu import check_jiangsu_city
from talentdesk.domain.permit_records import CaseDraft
from talentdesk.domain.problems import Problem

_B, _WP, _RP = BusinessType, Track.WORK_PERMIT, Track.RESIDENCE_PERMIT

# The permits one case applies for (foreign-permits.md §2.1, §2.4; derived, not official text).
# The work-type residence permit can only be applied for in China and needs the work permit
# (Exit-Entry Law art. 30, Regulation art. 16), so:
TRACKS: Mapping[BusinessType, tuple[Track, ...]] = MappingProxyType(
    {
        # Abroad the outcome is the Notice; the residence permit follows after entry, with the card.
        _B.NOTICE_FROM_ABROAD: (_WP,),
        # Card and residence permit handled together at the window (一窗受理、同时取证).
        _B.CARD_AFTER_ENTRY: (_WP, _RP),
        _B.NEW_IN_CHINA: (_WP, _RP),
        # Work of 90 days or less needs no residence permit (nor a card).
        _B.SHORT_TERM: (_WP,),
        # The residence permit runs with the work permit, so both are extended together.
        _B.EXTENSION: (_WP, _RP),
        # A changed passport, employer or post must be reported for the residence permit too
        # (within 10 days, §2.1 and §2.4).
        _B.CHANGE: (_WP, _RP),
        # Reissue replaces the work-permit card; the residence permit is a sticker in the passport
        # that exit-entry reissues on its own (补发) when needed.
        _B.REISSUE: (_WP,),
        # The employer cancels the work permit; exit-entry acts on the residence permit itself.
        _B.CANCELLATION: (_WP,),
    }
)

# New applications are classified A/B/C here; the other types carry the category over from
# the Notice or the permit being extended, changed, reissued or cancelled.
NEEDS_CLASSIFICATION = frozenset({_B.NOTICE_FROM_ABROAD, _B.NEW_IN_CHINA, _B.SHORT_TERM})
# Types that apply for a period of work, so the contract period and salary must be stated.
NEEDS_PERIOD = frozenset(
    {_B.NOTICE_FROM_ABROAD, _B.CARD_AFTER_ENTRY, _B.NEW_IN_CHINA, _B.SHORT_TERM, _B.EXTENSION}
)
SHORT_TERM_MAX_DAYS = 90
# The long-term new applications are for work of more than 90 days (§2.1).
_LONG_TERM = frozenset({_B.NOTICE_FROM_ABROAD, _B.NEW_IN_CHINA})
CASE_NUMBER_DIGITS = 6


def tracks_for(business_type: BusinessType) -> tuple[Track, ...]:
    return TRACKS[business_type]


def format_case_number(year: int, sequence: int) -> str:
    """``2026-000123``: the receiving year and that year's running number."""
    return f"{year:04d}-{sequence:0{CASE_NUMBER_DIGITS}d}"


def age_on(birth_date: date, day: date) -> int:
    """Whole years of age on ``day``; someone born on 29 February turns a year older on 1 March."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def check_case(draft: CaseDraft) -> list[Problem]:
    """Problems with a case's own details, each naming its field.

    Codes: ``required``; ``city_not_in_jiangsu``; ``salary_not_positive``; ``salary_negative``;
    ``contract_ends_before_start``; ``short_term_too_long`` (max_days, days);
    ``period_is_short_term`` (max_days, days); ``category_evaluation_required``.
    """
    problems = [Problem("required", "position")] if not draft.position.strip() else []
    problems += check_jiangsu_city(draft.work_city, "work_city")
    needs_period = draft.business_type in NEEDS_PERIOD
    if needs_period and draft.annual_salary <= 0:
        problems.append(Problem("salary_not_positive", "annual_salary"))
    elif draft.annual_salary < 0:
        problems.append(Problem("salary_negative", "annual_salary"))
    problems += _period_problems(draft, needs_period)
    if draft.business_type in NEEDS_CLASSIFICATION and draft.category_request is None:
        problems.append(Problem("category_evaluation_required", "category"))
    return problems


def _period_problems(draft: CaseDraft, needs_period: bool) -> list[Problem]:
    start, end = draft.contract_start, draft.contract_end
    if start is None or end is None:
        if not needs_period:
            return []
        return [
            Problem("required", field)
            for field, value in (("contract_start", start), ("contract_end", end))
            if value is None
        ]
    if end < start:
        return [Problem("contract_ends_before_start", "contract_end", {"start": start})]
    days = (end - start).days + 1  # both days are working days of the contract
    params = {"max_days": SHORT_TERM_MAX_DAYS, "days": days}
    if draft.business_type is _B.SHORT_TERM and days > SHORT_TERM_MAX_DAYS:
        return [Problem("short_term_too_long", "contract_end", params)]
    if draft.business_type in _LONG_TERM and days <= SHORT_TERM_MAX_DAYS:
        return [Problem("period_is_short_term", "contract_end", params)]
    return []
