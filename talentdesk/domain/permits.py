"""Rules for issued permits: number format, residence validity, extension window, expiry radar."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum

from talentdesk.domain.deadlines import add_period
from talentdesk.domain.problems import Problem
from talentdesk.domain.time_limits import LimitKey, TimeLimits

WORK_PERMIT_NUMBER_DIGITS = 18
_WORK_PERMIT_NUMBER = re.compile(rf"[0-9]{{{WORK_PERMIT_NUMBER_DIGITS}}}")

FILE_NOW_DAYS = 14
DEFAULT_EXPIRY_LEADS = (90, 30, 7)


@dataclasses.dataclass(frozen=True)
class Findings:
    """Problems split by severity: errors block saving, warnings are shown and may be accepted."""

    errors: tuple[Problem, ...] = ()
    warnings: tuple[Problem, ...] = ()


def check_work_permit_number(number: str) -> Findings:
    """Warn when a work-permit number is not 18 digits."""
    # 18 digits is only reported from the 2016 pilot card and no check digit is known
    # (reference §4), so a surprise deserves a second look but must not stop the clerk.
    if _WORK_PERMIT_NUMBER.fullmatch(number):
        return Findings()
    params = {"expected_digits": WORK_PERMIT_NUMBER_DIGITS, "length": len(number)}
    return Findings(warnings=(Problem("work_permit_number_unusual", "work_permit_number", params),))


def check_residence_validity(
    valid_from: date, valid_until: date, passport_expiry: date, limits: TimeLimits
) -> Findings:
    """Check a work-type residence permit's validity: 90 days to 5 years, within the passport.

    Both ``valid_from`` and ``valid_until`` are days on which the permit is valid, as printed.
    """
    if valid_until < valid_from:
        params = {"valid_from": valid_from}
        return Findings(errors=(Problem("validity_ends_before_start", "valid_until", params),))
    shortest, longest = (
        add_period(valid_from, limits[key].amount, limits[key].unit) - timedelta(days=1)
        for key in (LimitKey.RESIDENCE_VALIDITY_MIN, LimitKey.RESIDENCE_VALIDITY_MAX)
    )
    rules = (
        (valid_until < shortest, "residence_validity_too_short", {"earliest": shortest}),
        (valid_until > longest, "residence_validity_too_long", {"latest": longest}),
        (
            valid_until > passport_expiry,
            "residence_validity_beyond_passport",
            {"passport_expiry": passport_expiry},
        ),
    )
    errors = tuple(Problem(code, "valid_until", params) for broken, code, params in rules if broken)
    return Findings(errors=errors)


@dataclasses.dataclass(frozen=True)
class ExtensionWindow:
    """The days on which an extension may be filed, both included."""

    opens: date
    closes: date


class ExtensionStatus(StrEnum):
    """Where today falls against a permit's extension window."""

    NOT_YET = "not_yet"
    OPEN = "open"
    FILE_NOW = "file_now"  # the window closes soon: after it, no extension, only a new permit
    MISSED = "missed"
    EXPIRED = "expired"


def extension_window(expiry: date, limits: TimeLimits) -> ExtensionWindow:
    """Filing window for extending a permit whose last valid day is ``expiry``."""
    opens, closes = (
        add_period(expiry, -limits[key].amount, limits[key].unit)
        for key in (LimitKey.EXTENSION_OPENS, LimitKey.EXTENSION_CLOSES)
    )
    return ExtensionWindow(opens, closes)


def extension_status(
    expiry: date, today: date, limits: TimeLimits, *, file_now_days: int = FILE_NOW_DAYS
) -> ExtensionStatus:
    """Classify ``today`` for the extension radar.

    Args:
        file_now_days: within this many days of the window closing, the status is FILE_NOW.
    """
    window = extension_window(expiry, limits)
    if today > expiry:
        return ExtensionStatus.EXPIRED
    if today > window.closes:
        return ExtensionStatus.MISSED
    if today < window.opens:
        return ExtensionStatus.NOT_YET
    if (window.closes - today).days <= file_now_days:
        return ExtensionStatus.FILE_NOW
    return ExtensionStatus.OPEN


def check_extension_filing(expiry: date, filed_on: date, limits: TimeLimits) -> Findings:
    """Check an extension's filing day: the national system rejects filings outside the window."""
    window = extension_window(expiry, limits)
    if filed_on < window.opens:
        return Findings(
            errors=(Problem("extension_filed_too_early", "filed_on", {"opens": window.opens}),)
        )
    if filed_on > window.closes:
        return Findings(
            errors=(Problem("extension_filed_too_late", "filed_on", {"closes": window.closes}),)
        )
    return Findings()


@dataclasses.dataclass(frozen=True)
class ExpiryBucket:
    """Where an expiry date falls on the radar.

    Attributes:
        days_left: calendar days until the last valid day; 0 on it, negative once expired.
        lead: the tightest lead time (e.g. 7 of 90/30/7) it falls within; None if further
            out or already expired.
    """

    days_left: int
    lead: int | None

    @property
    def expired(self) -> bool:
        return self.days_left < 0


def expiry_bucket(
    expiry: date, today: date, leads: Sequence[int] = DEFAULT_EXPIRY_LEADS
) -> ExpiryBucket:
    """Bucket an expiry date by the lead times the desk watches."""
    days_left = (expiry - today).days
    within = [lead for lead in leads if 0 <= days_left <= lead]
    return ExpiryBucket(days_left, min(within, default=None))
