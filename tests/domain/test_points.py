"""The 2017 points table, item by item and band edge by band edge (foreign-permits.md §1.5)."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

import pytest

from talentdesk.domain.enums import Category, Degree, VocationalLevel
from talentdesk.domain.points import PointsInputs, PointsResult, points_table, points_table_in_force
from talentdesk.domain.points import score as score_with
from talentdesk.domain.problems import Problem

TABLE = "points_2017"
# Scores nothing beyond the age item (15), so each case isolates the item it tests.
BASE = PointsInputs(age=30, annual_salary_rmb=0)


def score(**changes: Any) -> PointsResult:
    return score_with(dataclasses.replace(BASE, **changes), TABLE)


def item_points(result: PointsResult, code: str) -> int:
    return next(item.points for item in result.items if item.code == code)


@pytest.mark.parametrize(("salary", "points"), [
    (0, 0), (49_999, 0),
    (50_000, 5), (69_999, 5),
    (70_000, 8), (149_999, 8),
    (150_000, 11), (249_999, 11),
    (250_000, 14), (349_999, 14),
    (350_000, 17), (449_999, 17),
    (450_000, 20), (5_000_000, 20),
])
def test_salary_bands_include_their_lower_bound(salary: int, points: int) -> None:
    assert item_points(score(annual_salary_rmb=salary), "salary") == points


@pytest.mark.parametrize(("degree", "vocational", "points"), [
    (Degree.BELOW_BACHELOR, None, 0),
    (Degree.BACHELOR, None, 10),
    (Degree.MASTER, None, 15),
    (Degree.DOCTORATE, None, 20),
    (Degree.BELOW_BACHELOR, VocationalLevel.SENIOR_WORKER, 10),
    (Degree.BELOW_BACHELOR, VocationalLevel.TECHNICIAN, 15),
    (Degree.BELOW_BACHELOR, VocationalLevel.SENIOR_TECHNICIAN, 20),
    (Degree.BELOW_BACHELOR, VocationalLevel.TOP_INTERNATIONAL, 20),
    (Degree.BACHELOR, VocationalLevel.SENIOR_TECHNICIAN, 20),  # best of, not the sum
    (Degree.DOCTORATE, VocationalLevel.SENIOR_WORKER, 20),
])
def test_education_or_vocational_qualification(degree: Degree, vocational: VocationalLevel | None,
                                               points: int) -> None:
    result = score(degree=degree, vocational_level=vocational)
    assert item_points(result, "education") == points


@pytest.mark.parametrize(("years", "points"), [
    (0, 0), (1, 0), (2, 5), (3, 6), (6, 9), (16, 19), (17, 20), (18, 20), (40, 20),
])
def test_work_experience_five_at_two_years_plus_one_a_year_up_to_twenty(years: int,
                                                                         points: int) -> None:
    assert item_points(score(work_experience_years=years), "work_experience") == points


def test_work_experience_above_the_cap_says_it_was_capped() -> None:
    reason = next(i.reason for i in score(work_experience_years=18).items
                  if i.code == "work_experience")
    assert reason.code == "capped_at_item_max"
    assert reason.params["max"] == 20


@pytest.mark.parametrize(("months", "points"), [
    (0, 0), (2, 0), (3, 5), (5, 5), (6, 10), (8, 10), (9, 15), (12, 15),
])
def test_annual_working_time_in_china(months: int, points: int) -> None:
    assert item_points(score(months_in_china_per_year=months), "working_time") == points


@pytest.mark.parametrize(("changes", "points"), [
    ({}, 0),
    ({"hsk_level": 1}, 1),
    ({"hsk_level": 2}, 2),
    ({"hsk_level": 3}, 3),
    ({"hsk_level": 4}, 4),
    ({"hsk_level": 5}, 5),
    ({"hsk_level": 6}, 5),
    ({"former_chinese_national": True}, 5),
    ({"chinese_taught_degree": True}, 5),
    ({"former_chinese_national": True, "chinese_taught_degree": True, "hsk_level": 6}, 5),
    ({"chinese_taught_degree": True, "hsk_level": 2}, 5),
])
def test_chinese_language_best_single_criterion(changes: dict[str, Any], points: int) -> None:
    assert item_points(score(**changes), "chinese") == points


@pytest.mark.parametrize(("changes", "points"), [
    ({}, 0),  # Jiangsu
    ({"western_region": True}, 10),
    ({"old_industrial_base": True}, 10),
    ({"special_area": True}, 10),
    ({"western_region": True, "special_area": True}, 10),
])
def test_work_location(changes: dict[str, Any], points: int) -> None:
    assert item_points(score(**changes), "work_location") == points


@pytest.mark.parametrize(("age", "points"), [
    (18, 10), (25, 10),
    (26, 15), (45, 15),
    (46, 10), (55, 10),
    (56, 5), (60, 5),
    (61, 0), (80, 0),
])
def test_age_closed_whole_year_ranges(age: int, points: int) -> None:
    assert item_points(score(age=age), "age") == points


@pytest.mark.parametrize(("changes", "points"), [
    ({}, 0),
    ({"high_level_foreign_university": True}, 5),
    ({"fortune500_experience": True}, 5),
    ({"holds_ip": True}, 5),
    ({"continuous_china_5_years": True}, 5),
    ({"high_level_foreign_university": True, "fortune500_experience": True, "holds_ip": True,
      "continuous_china_5_years": True}, 5),  # not cumulative
])
def test_extra_credit_is_not_cumulative(changes: dict[str, Any], points: int) -> None:
    assert item_points(score(**changes), "extra_credit") == points


@pytest.mark.parametrize("bonus", [0, 1, 9, 10])
def test_local_bonus_counts_as_entered(bonus: int) -> None:
    assert item_points(score(local_bonus=bonus), "local_bonus") == bonus


@pytest.mark.parametrize(("changes", "problem", "unscored"), [
    ({"age": 17}, Problem("value_below_minimum", "age", {"value": 17, "min": 18}), "age"),
    ({"local_bonus": 11},
     Problem("value_above_maximum", "local_bonus", {"value": 11, "max": 10}), "local_bonus"),
    ({"local_bonus": -1},
     Problem("value_below_minimum", "local_bonus", {"value": -1, "min": 0}), "local_bonus"),
    ({"months_in_china_per_year": 13},
     Problem("value_above_maximum", "months_in_china_per_year", {"value": 13, "max": 12}),
     "working_time"),
    ({"hsk_level": 7}, Problem("value_above_maximum", "hsk_level", {"value": 7, "max": 6}),
     "chinese"),
    ({"hsk_level": 0}, Problem("value_below_minimum", "hsk_level", {"value": 0, "min": 1}),
     "chinese"),
    ({"annual_salary_rmb": -1},
     Problem("value_below_minimum", "annual_salary_rmb", {"value": -1, "min": 0}), "salary"),
    ({"work_experience_years": -1},
     Problem("value_below_minimum", "work_experience_years", {"value": -1, "min": 0}),
     "work_experience"),
])
def test_values_outside_the_table_are_problems_and_leave_no_suggestion(
        changes: dict[str, Any], problem: Problem, unscored: str) -> None:
    result = score(**changes)
    assert list(result.problems) == [problem]  # Problem equality includes params
    assert result.suggested is None
    assert unscored not in {item.code for item in result.items}


# 15 (age 30) + 20 (doctorate) + 20 (salary 450k) + 15 (12 months) + 5 (2 years) = 75.
STRONG = {"degree": Degree.DOCTORATE, "annual_salary_rmb": 450_000,
          "months_in_china_per_year": 12, "work_experience_years": 2}
# 15 (age 30) + 10 (bachelor) + 11 (salary 150k) + 15 (12 months) = 51.
MODEST = {"degree": Degree.BACHELOR, "annual_salary_rmb": 150_000, "months_in_china_per_year": 12}


@pytest.mark.parametrize(("changes", "total", "suggested"), [
    ({**STRONG, "local_bonus": 9}, 84, Category.B),
    ({**STRONG, "local_bonus": 10}, 85, Category.A),  # "85分以上" includes 85
    ({**MODEST, "local_bonus": 8}, 59, None),  # no points route; NOT category C
    ({**MODEST, "local_bonus": 9}, 60, Category.B),
])
def test_thresholds(changes: dict[str, Any], total: int, suggested: Category | None) -> None:
    result = score(**changes)
    assert (result.total, result.suggested, result.problems) == (total, suggested, ())


def test_worked_example_a() -> None:
    inputs = PointsInputs(age=35, annual_salary_rmb=500_000, degree=Degree.DOCTORATE,
                          work_experience_years=6, months_in_china_per_year=12, hsk_level=4,
                          fortune500_experience=True)
    result = score_with(inputs, TABLE)
    assert (result.total, result.suggested) == (88, Category.A)


def test_worked_example_b_by_route_not_by_points() -> None:
    inputs = PointsInputs(age=28, annual_salary_rmb=200_000, degree=Degree.BACHELOR,
                          work_experience_years=3, months_in_china_per_year=12)
    result = score_with(inputs, TABLE)
    assert (result.total, result.suggested) == (57, None)


def test_theoretical_maximum_is_120() -> None:
    inputs = PointsInputs(age=30, annual_salary_rmb=1_000_000, degree=Degree.DOCTORATE,
                          work_experience_years=20, months_in_china_per_year=12, hsk_level=6,
                          western_region=True, holds_ip=True, local_bonus=10)
    assert score_with(inputs, TABLE).total == 120
    assert sum(item.max_points for item in points_table(TABLE).items) == 120


def test_every_item_reports_a_reason() -> None:
    result = score(**STRONG)
    assert [i.code for i in result.items] == [
        "salary", "education", "work_experience", "working_time", "chinese", "work_location",
        "age", "extra_credit", "local_bonus"]
    salary = result.items[0].reason
    assert (salary.code, salary.params["rule"], salary.params["value"]) == (
        "rule_matched", "salary_45_plus", 450_000)
    assert result.items[5].reason.code == "no_rule_matched"


def test_result_records_the_table_version() -> None:
    result = score()
    assert (result.table_id, result.table_version) == (TABLE, "2017 暂行版 (national)")


def test_unknown_table_is_a_problem() -> None:
    result = score_with(BASE, "points_1999")
    assert result.problems == (
        Problem("points_table_unknown", "table_id", {"table_id": "points_1999"}),)
    assert (result.total, result.items, result.suggested) == (0, (), None)


def test_table_metadata_cites_its_source_and_unverified_points() -> None:
    table = points_table(TABLE)
    assert table.effective_from == date(2017, 4, 1)
    assert dict(table.thresholds) == {Category.A: 85, Category.B: 60}
    assert any("UNVERIFIED" in line for line in table.source)
    assert any("HSK 3.0" in line for line in table.source)


@pytest.mark.parametrize(("on", "table_id"), [
    (date(2017, 3, 31), None), (date(2017, 4, 1), TABLE), (date(2026, 1, 1), TABLE),
])
def test_table_in_force_on_a_date(on: date, table_id: str | None) -> None:
    assert points_table_in_force(on) == table_id
