"""Issued permits: number warning, residence validity, extension window, expiry radar."""

from __future__ import annotations

from datetime import date

import pytest

from talentdesk.domain.permits import (
    ExpiryBucket,
    ExtensionStatus,
    ExtensionWindow,
    Findings,
    check_extension_filing,
    check_residence_validity,
    check_work_permit_number,
    expiry_bucket,
    extension_status,
    extension_window,
)
from talentdesk.domain.problems import Problem
from talentdesk.domain.time_limits import load_time_limits

LIMITS = load_time_limits("2017-guide")


def _unusual(length: int) -> Findings:
    params = {"expected_digits": 18, "length": length}
    return Findings(warnings=(Problem("work_permit_number_unusual", "work_permit_number", params),))


@pytest.mark.parametrize(
    ("number", "findings"),
    [
        ("110000201612300001", Findings()),
        ("11000020161230000", _unusual(17)),
        ("1100002016123000012", _unusual(19)),
        ("11000020161230000X", _unusual(18)),
        ("１１０００020161230000１", _unusual(18)),  # full-width digits from a Chinese IME
        ("", _unusual(0)),
    ],
)
def test_work_permit_number_only_warns(number: str, findings: Findings):
    assert check_work_permit_number(number) == findings
    assert not findings.errors


PASSPORT_EXPIRY = date(2030, 6, 30)


def _errors(*codes_and_params: tuple[str, dict[str, object]]) -> Findings:
    return Findings(errors=tuple(Problem(c, "valid_until", p) for c, p in codes_and_params))


@pytest.mark.parametrize(
    ("valid_from", "valid_until", "findings"),
    [
        (date(2025, 3, 15), date(2026, 3, 14), Findings()),  # one year, as printed
        (date(2025, 1, 1), date(2025, 3, 31), Findings()),  # exactly 90 days
        (
            date(2025, 1, 1),
            date(2025, 3, 30),
            _errors(("residence_validity_too_short", {"earliest": date(2025, 3, 31)})),
        ),
        (date(2025, 6, 30), date(2030, 6, 29), Findings()),  # exactly 5 years
        (
            date(2025, 6, 1),
            date(2030, 6, 1),
            _errors(("residence_validity_too_long", {"latest": date(2030, 5, 31)})),
        ),
        (
            date(2026, 1, 1),
            date(2030, 7, 1),
            _errors(("residence_validity_beyond_passport", {"passport_expiry": PASSPORT_EXPIRY})),
        ),
        (
            date(2025, 6, 1),
            date(2031, 1, 1),
            _errors(
                ("residence_validity_too_long", {"latest": date(2030, 5, 31)}),
                ("residence_validity_beyond_passport", {"passport_expiry": PASSPORT_EXPIRY}),
            ),
        ),
        (
            date(2025, 6, 1),
            date(2025, 5, 1),
            _errors(("validity_ends_before_start", {"valid_from": date(2025, 6, 1)})),
        ),
    ],
)
def test_residence_validity(valid_from: date, valid_until: date, findings: Findings):
    assert check_residence_validity(valid_from, valid_until, PASSPORT_EXPIRY, LIMITS) == findings


EXPIRY = date(2026, 3, 31)


def test_extension_window_is_90_to_30_days_before_expiry():
    assert extension_window(EXPIRY, LIMITS) == ExtensionWindow(date(2025, 12, 31), date(2026, 3, 1))


@pytest.mark.parametrize(
    ("today", "status"),
    [
        (date(2025, 12, 30), ExtensionStatus.NOT_YET),
        (date(2025, 12, 31), ExtensionStatus.OPEN),
        (date(2026, 2, 14), ExtensionStatus.OPEN),
        (date(2026, 2, 15), ExtensionStatus.FILE_NOW),  # 14 days before the window closes
        (date(2026, 3, 1), ExtensionStatus.FILE_NOW),  # the last day to file
        (date(2026, 3, 2), ExtensionStatus.MISSED),
        (date(2026, 3, 31), ExtensionStatus.MISSED),  # still valid, but too late to extend
        (date(2026, 4, 1), ExtensionStatus.EXPIRED),
    ],
)
def test_extension_status(today: date, status: ExtensionStatus):
    assert extension_status(EXPIRY, today, LIMITS) is status


def test_file_now_lead_is_configurable():
    assert extension_status(EXPIRY, date(2026, 2, 1), LIMITS, file_now_days=30) is (
        ExtensionStatus.FILE_NOW
    )


@pytest.mark.parametrize(
    ("filed_on", "findings"),
    [
        (date(2025, 12, 31), Findings()),
        (date(2026, 3, 1), Findings()),
        (
            date(2025, 12, 30),
            Findings(
                errors=(
                    Problem("extension_filed_too_early", "filed_on", {"opens": date(2025, 12, 31)}),
                )
            ),
        ),
        (
            date(2026, 3, 2),
            Findings(
                errors=(
                    Problem("extension_filed_too_late", "filed_on", {"closes": date(2026, 3, 1)}),
                )
            ),
        ),
    ],
)
def test_extension_filing(filed_on: date, findings: Findings):
    assert check_extension_filing(EXPIRY, filed_on, LIMITS) == findings


@pytest.mark.parametrize(
    ("today", "leads", "bucket"),
    [
        (date(2025, 12, 1), (90, 30, 7), ExpiryBucket(120, None)),
        (date(2026, 1, 1), (90, 30, 7), ExpiryBucket(89, 90)),
        (date(2026, 3, 1), (90, 30, 7), ExpiryBucket(30, 30)),
        (date(2026, 3, 24), (90, 30, 7), ExpiryBucket(7, 7)),
        (date(2026, 3, 31), (90, 30, 7), ExpiryBucket(0, 7)),
        (date(2026, 4, 2), (90, 30, 7), ExpiryBucket(-2, None)),
        (date(2026, 3, 1), (60, 14), ExpiryBucket(30, 60)),
        (date(2025, 12, 1), (180,), ExpiryBucket(120, 180)),
    ],
)
def test_expiry_bucket(today: date, leads: tuple[int, ...], bucket: ExpiryBucket):
    assert expiry_bucket(EXPIRY, today, leads) == bucket


def test_expired_bucket():
    assert expiry_bucket(EXPIRY, date(2026, 4, 1)).expired
    assert not expiry_bucket(EXPIRY, EXPIRY).expired
