"""Statistics rules: report periods, months ahead, birth-date bounds of age bands, top N."""

from __future__ import annotations

from datetime import date

import pytest

from talentdesk.domain.cases import age_on
from talentdesk.domain.statistics import (
    OTHERS,
    Period,
    PeriodPreset,
    VolumeRow,
    born_by,
    fold_top,
    month_period,
    months_after,
    parse_month,
    preset_period,
    rate,
)


@pytest.mark.parametrize(
    ("preset", "today", "first", "last"),
    [
        (PeriodPreset.LAST_MONTH, date(2026, 11, 27), date(2026, 10, 1), date(2026, 10, 31)),
        (PeriodPreset.LAST_MONTH, date(2027, 1, 5), date(2026, 12, 1), date(2026, 12, 31)),
        (PeriodPreset.LAST_MONTH, date(2024, 3, 31), date(2024, 2, 1), date(2024, 2, 29)),
        (PeriodPreset.THIS_MONTH, date(2026, 2, 10), date(2026, 2, 1), date(2026, 2, 28)),
        (PeriodPreset.THIS_QUARTER, date(2026, 11, 27), date(2026, 10, 1), date(2026, 12, 31)),
        (PeriodPreset.THIS_QUARTER, date(2026, 3, 31), date(2026, 1, 1), date(2026, 3, 31)),
        (PeriodPreset.THIS_YEAR, date(2026, 6, 15), date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_presets_cover_whole_months(preset, today, first, last):
    assert preset_period(preset, today) == Period(first, last)


def test_months_are_parsed_and_bad_ones_refused():
    assert parse_month("2026-10") == month_period(2026, 10)
    assert parse_month(" 2026-2 ") == Period(date(2026, 2, 1), date(2026, 2, 28))
    for text in ("2026-13", "2026/10", "10-2026", ""):
        with pytest.raises(ValueError):
            parse_month(text)


def test_months_after_run_across_the_year_end():
    months = months_after(date(2026, 10, 31), 3)
    assert [m.first for m in months] == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    assert months[-1].last == date(2027, 1, 31)


@pytest.mark.parametrize(
    ("day", "years"),
    [
        (date(2026, 10, 31), 30),
        (date(2027, 2, 28), 3),  # born 29 Feb 2024: three only on 1 March
        (date(2028, 2, 29), 4),
        (date(2028, 2, 29), 1),  # 2027 has no 29 February
    ],
)
def test_born_by_is_the_last_birth_date_of_that_age(day, years):
    bound = born_by(day, years)
    assert age_on(bound, day) == years
    assert age_on(date.fromordinal(bound.toordinal() + 1), day) == years - 1


def test_top_n_folds_the_rest_into_others_by_received_then_accepted():
    rows = [VolumeRow("DEU", 1, 2, 1, 1), VolumeRow("USA", 2), VolumeRow("KOR", 1, 2, 1)]
    assert fold_top(rows, 2) == (
        VolumeRow("USA", 2),
        VolumeRow("DEU", 1, 2, 1, 1),
        VolumeRow(OTHERS, 1, 2, 1, 0),
    )
    assert fold_top(rows, 5) == fold_top(rows, 3)  # nothing left to fold: no 其他 row


def test_a_rate_of_nothing_is_none_not_zero():
    assert rate(0, 0) is None
    assert rate(1, 4) == 0.25
