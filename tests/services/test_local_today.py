"""The office's day, not UTC's: timestamps are stored in UTC, "today" is the clerk's date."""

from __future__ import annotations

import os
import time
from datetime import date, datetime

import pytest

from talentdesk.services.common import local_today


@pytest.fixture
def in_nanjing():
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


@pytest.mark.parametrize(
    ("utc", "day"),
    [
        (datetime(2026, 11, 26, 23, 30), date(2026, 11, 27)),  # 07:30 in Nanjing
        (datetime(2026, 11, 26, 15, 59), date(2026, 11, 26)),  # 23:59 the day before
        (datetime(2026, 11, 26, 16, 0), date(2026, 11, 27)),  # midnight
        (datetime(2026, 12, 31, 16, 0), date(2027, 1, 1)),  # a new year, a new case sequence
    ],
)
def test_today_is_the_office_day(in_nanjing, utc: datetime, day: date):
    assert local_today(utc) == day
