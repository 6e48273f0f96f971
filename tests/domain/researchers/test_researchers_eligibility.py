"""Age on a date and age eligibility at every boundary: sex, reference date, inclusive, 29 Feb."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.eligibility import (
    Person,
    ReferenceContext,
    age_on,
    ages_out_on,
    check_eligibility,
    earliest_birth_date,
    turns_age_on,
)
from talentdesk.domain.researchers.programs import (
    AgeRule,
    ReferenceDateRule,
    Sex,
    load_program_presets,
)

PRESETS = load_program_presets()
M, F = Sex.MALE, Sex.FEMALE


@pytest.mark.parametrize(
    ("birth", "ref", "age"),
    [
        (date(1989, 7, 1), date(2024, 6, 30), 34),
        (date(1989, 6, 30), date(2024, 6, 30), 35),  # birthday counts as completed
        (date(1989, 1, 1), date(2024, 1, 1), 35),
        (date(1989, 1, 2), date(2024, 1, 1), 34),
        (date(1988, 2, 29), date(2023, 2, 28), 34),  # leap-day birth, common year: not yet
        (date(1988, 2, 29), date(2023, 3, 1), 35),
        (date(1988, 2, 29), date(2024, 2, 28), 35),
        (date(1988, 2, 29), date(2024, 2, 29), 36),
        (date(1989, 2, 28), date(2024, 2, 29), 35),
        (date(2000, 5, 5), date(2000, 5, 5), 0),
    ],
)
def test_age_on(birth: date, ref: date, age: int) -> None:
    assert age_on(birth, ref) == age


@pytest.mark.parametrize(
    ("birth", "years", "expected"),
    [
        (date(1990, 3, 15), 36, date(2026, 3, 15)),
        (date(1988, 2, 29), 35, date(2023, 3, 1)),
        (date(1988, 2, 29), 36, date(2024, 2, 29)),
    ],
)
def test_turns_age_on(birth: date, years: int, expected: date) -> None:
    assert turns_age_on(birth, years) == expected
    assert age_on(birth, expected) == years
    assert age_on(birth, expected - timedelta(days=1)) == years - 1


@pytest.mark.parametrize("inclusive", [True, False])
@pytest.mark.parametrize(
    "ref",
    [date(2024, 1, 1), date(2024, 6, 30), date(2024, 12, 31), date(2024, 2, 29),
     date(2023, 2, 28), date(2023, 3, 1)],
)
@pytest.mark.parametrize("limit", [34, 35, 36])
def test_earliest_birth_date_agrees_with_age_on(limit: int, ref: date, inclusive: bool) -> None:
    earliest = earliest_birth_date(limit, inclusive, ref)
    for offset in range(-400, 400):
        birth = earliest + timedelta(days=offset)
        within = age_on(birth, ref) <= limit if inclusive else age_on(birth, ref) < limit
        assert within == (birth >= earliest), birth


CASES = [
    # code, sex, birth, application year, required_born_on_or_after when refused
    # NSFC youth: men under 35, women under 40, on 1 January (strict).
    ("nsfc_young_scientists", M, date(1989, 1, 2), 2024, None),
    ("nsfc_young_scientists", M, date(1989, 1, 1), 2024, date(1989, 1, 2)),
    ("nsfc_young_scientists", F, date(1984, 1, 2), 2024, None),
    ("nsfc_young_scientists", F, date(1984, 1, 1), 2024, date(1984, 1, 2)),
    ("nsfc_young_scientists", M, date(1984, 1, 2), 2024, date(1989, 1, 2)),
    # NSFC 杰青: under 45, women under 48.
    ("nsfc_distinguished_young", M, date(1979, 1, 2), 2024, None),
    ("nsfc_distinguished_young", M, date(1979, 1, 1), 2024, date(1979, 1, 2)),
    ("nsfc_distinguished_young", F, date(1976, 1, 2), 2024, None),
    ("nsfc_distinguished_young", F, date(1976, 1, 1), 2024, date(1976, 1, 2)),
    # Jiangsu 托举 2024 round: ≤35, born on or after 1989-01-01.
    ("jiangsu_young_sponsorship", F, date(1989, 1, 1), 2024, None),
    ("jiangsu_young_sponsorship", F, date(1988, 12, 31), 2024, date(1989, 1, 1)),
    # Xuzhou channel 2024: ≤34, born after 1989-06-30.
    ("xuzhou_young_sponsorship", M, date(1989, 7, 1), 2024, None),
    ("xuzhou_young_sponsorship", M, date(1989, 6, 30), 2024, date(1989, 7, 1)),
    # Jiangsu 杰青 2025: men ≤40, women ≤43 (inclusive).
    ("jiangsu_distinguished_young", M, date(1984, 1, 1), 2025, date(1984, 1, 2)),
    ("jiangsu_distinguished_young", M, date(1984, 1, 2), 2025, None),
    ("jiangsu_distinguished_young", F, date(1981, 1, 2), 2025, None),
    ("jiangsu_distinguished_young", F, date(1981, 1, 1), 2025, date(1981, 1, 2)),
    # No age rule.
    ("nsfc_basic_science_center", M, date(1950, 1, 1), 2024, None),
]


@pytest.mark.parametrize(("code", "sex", "birth", "year", "required"), CASES)
def test_preset_boundaries(code: str, sex: Sex, birth: date, year: int,
                           required: date | None) -> None:
    result = check_eligibility(Person(birth, sex), PRESETS[code], ReferenceContext(year))
    assert result.eligible is (required is None)
    if required is not None:
        (problem,) = result.problems
        assert problem.params["required_born_on_or_after"] == required


def test_refusal_states_the_exact_reason() -> None:
    result = check_eligibility(Person(date(1989, 6, 30), M), PRESETS["xuzhou_young_sponsorship"],
                               ReferenceContext(2024))
    assert result.problems == (
        Problem("age_limit_exceeded", "birth_date",
                {"birth_date": date(1989, 6, 30), "sex": "male", "age": 35, "limit": 34,
                 "inclusive": True, "reference_date": date(2024, 6, 30),
                 "required_born_on_or_after": date(1989, 7, 1)}),)


def _with_rule(rule: AgeRule):
    return dataclasses.replace(PRESETS["jiangsu_young_sponsorship"], age_rule=rule)


DEADLINE_35 = AgeRule(35, ReferenceDateRule.APPLICATION_DEADLINE, inclusive=True)


@pytest.mark.parametrize(
    ("rule", "birth", "context", "required"),
    [
        (DEADLINE_35, date(1989, 4, 1), ReferenceContext(2025, date(2025, 3, 31)), None),
        (DEADLINE_35, date(1989, 3, 31), ReferenceContext(2025, date(2025, 3, 31)),
         date(1989, 4, 1)),
        (AgeRule(34, ReferenceDateRule.FIXED_DATE, True, fixed_reference=date(2024, 6, 30)),
         date(1989, 6, 30), ReferenceContext(2030), date(1989, 7, 1)),
        # 29 February births against a strict limit on 28 February / 1 March of a common year.
        (AgeRule(35, ReferenceDateRule.FIXED_DATE, False, fixed_reference=date(2023, 2, 28)),
         date(1988, 2, 29), ReferenceContext(2023), None),
        (AgeRule(35, ReferenceDateRule.FIXED_DATE, False, fixed_reference=date(2023, 3, 1)),
         date(1988, 2, 29), ReferenceContext(2023), date(1988, 3, 2)),
        # A 29 February reference date: 28 February of a common year is the last day too old.
        (AgeRule(35, ReferenceDateRule.FIXED_DATE, False, fixed_reference=date(2024, 2, 29)),
         date(1989, 2, 28), ReferenceContext(2024), date(1989, 3, 1)),
        (AgeRule(35, ReferenceDateRule.FIXED_DATE, False, fixed_reference=date(2024, 2, 29)),
         date(1989, 3, 1), ReferenceContext(2024), None),
        (AgeRule(35, ReferenceDateRule.FIXED_DATE, True, fixed_reference=date(2024, 2, 29)),
         date(1988, 2, 29), ReferenceContext(2024), date(1988, 3, 1)),
        # A men-only override: ≤38 on 1 January 2024 means born on or after 1985-01-02.
        (AgeRule(40, ReferenceDateRule.DAY_OF_APPLICATION_YEAR, True, male_limit=38),
         date(1985, 1, 1), ReferenceContext(2024), date(1985, 1, 2)),
        (AgeRule(40, ReferenceDateRule.DAY_OF_APPLICATION_YEAR, True, male_limit=38),
         date(1985, 1, 2), ReferenceContext(2024), None),
    ],
)
def test_reference_rules_and_leap_days(rule: AgeRule, birth: date, context: ReferenceContext,
                                       required: date | None) -> None:
    result = check_eligibility(Person(birth, M), _with_rule(rule), context)
    assert result.eligible is (required is None)
    if required is not None:
        assert result.problems[0].params["required_born_on_or_after"] == required


def test_missing_deadline_is_reported_not_guessed() -> None:
    result = check_eligibility(Person(date(1990, 1, 1), F), _with_rule(DEADLINE_35),
                               ReferenceContext(2025))
    assert result.problems == (
        Problem("reference_date_missing", "application_deadline",
                {"rule": "application_deadline"}),)


def test_birth_after_reference_date() -> None:
    result = check_eligibility(Person(date(2025, 1, 1), F), PRESETS["nsfc_young_scientists"],
                               ReferenceContext(2024))
    assert [(p.code, p.params["required_born_on_or_before"]) for p in result.problems] == [
        ("born_after_reference_date", date(2024, 1, 1))]


def test_eligible_result_reports_age_and_reference() -> None:
    result = check_eligibility(Person(date(1990, 3, 15), F), PRESETS["jiangsu_young_sponsorship"],
                               ReferenceContext(2024))
    assert (result.eligible, result.age, result.reference_date) == (True, 34, date(2024, 12, 31))


@pytest.mark.parametrize(
    ("birth", "sex", "inclusive", "expected"),
    [
        (date(1990, 3, 15), M, True, date(2026, 3, 15)),  # ≤35: out when turning 36
        (date(1990, 3, 15), M, False, date(2025, 3, 15)),  # <35: out when turning 35
        (date(1990, 3, 15), F, False, date(2030, 3, 15)),  # women's limit 40
        (date(1992, 2, 29), M, False, date(2027, 3, 1)),
    ],
)
def test_ages_out_on(birth: date, sex: Sex, inclusive: bool, expected: date) -> None:
    rule = AgeRule(35, ReferenceDateRule.DAY_OF_APPLICATION_YEAR, inclusive, female_limit=40)
    assert ages_out_on(Person(birth, sex), rule) == expected
