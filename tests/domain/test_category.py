"""A/B/C routes, the suggested category with its explanation, and overrides."""

from __future__ import annotations

import dataclasses

import pytest

from talentdesk.domain.category import (
    ROUTES,
    CategorySuggestion,
    RouteInputs,
    SocialWage,
    check_override,
    evaluate_route,
    suggest_category,
)
from talentdesk.domain.enums import Category, Degree
from talentdesk.domain.points import PointsInputs, PointsResult, Reason, score
from talentdesk.domain.problems import Problem

ROUTE = {route.code: route for route in ROUTES}
WAGE = SocialWage(city="南京", year=2024, annual_rmb=100_000)


def points(inputs: PointsInputs) -> PointsResult:
    return score(inputs, "points_2017")


# 57 points: not B by points (foreign-permits.md §1.5 worked example).
FIFTY_SEVEN = points(PointsInputs(age=28, annual_salary_rmb=200_000, degree=Degree.BACHELOR,
                                  work_experience_years=3, months_in_china_per_year=12))
EIGHTY_EIGHT = points(PointsInputs(age=35, annual_salary_rmb=500_000, degree=Degree.DOCTORATE,
                                   work_experience_years=6, months_in_china_per_year=12,
                                   hsk_level=4, fortune500_experience=True))


def with_total(total: int) -> PointsResult:
    return dataclasses.replace(FIFTY_SEVEN, total=total)


def test_route_codes_cover_a1_to_a6_b1_to_b6_extras_and_c() -> None:
    assert set(ROUTE) >= {f"A{n}" for n in range(1, 7)} | {f"B{n}" for n in range(1, 7)}
    assert {"BX1", "BX2"} <= set(ROUTE)
    assert any(r.category is Category.C for r in ROUTES)
    assert len(ROUTE) == len(ROUTES)


@pytest.mark.parametrize(("code", "needs"), [
    ("A1", ("confirmed:A1",)),
    ("A3-salary", ("annual_salary_rmb", "social_wage")),
    ("A6", ("points",)),
    ("B1", ("degree", "work_experience_years", "confirmed:B1")),
    ("B3", ("confirmed:B3", "degree", "teaching_experience_years", "confirmed:B3-waiver")),
    ("B4", ("annual_salary_rmb", "social_wage")),
    ("BX2", ("degree", "confirmed:BX2")),
])
def test_routes_declare_what_a_form_must_ask(code: str, needs: tuple[str, ...]) -> None:
    assert ROUTE[code].needs == needs


def test_every_declared_need_is_an_input_or_a_confirmation() -> None:
    fields = {f.name for f in dataclasses.fields(RouteInputs)}
    for route in ROUTES:
        for need in route.needs:
            assert need in fields or need.startswith("confirmed:"), (route.code, need)


@pytest.mark.parametrize(("salary", "a3", "b4"), [
    (399_999, False, False),
    (400_000, False, True),  # exactly 4×
    (599_999, False, True),
    (600_000, True, True),  # exactly 6×
])
def test_salary_routes_use_the_configured_wage(salary: int, a3: bool, b4: bool) -> None:
    inputs = RouteInputs(annual_salary_rmb=salary, social_wage=WAGE)
    assert evaluate_route(ROUTE["A3-salary"], inputs).met is a3
    assert evaluate_route(ROUTE["B4"], inputs).met is b4


def test_salary_route_explains_with_city_year_and_required_amount() -> None:
    result = evaluate_route(ROUTE["A3-salary"],
                            RouteInputs(annual_salary_rmb=600_000, social_wage=WAGE))
    assert result.reasons == (Reason("salary_multiple_reached", {
        "salary": 600_000, "multiple": 6, "required": 600_000, "city": "南京", "year": 2024}),)


def test_salary_route_without_a_wage_says_what_is_missing() -> None:
    result = evaluate_route(ROUTE["B4"], RouteInputs(annual_salary_rmb=900_000))
    assert not result.met
    assert result.reasons == (Reason("route_input_missing", {"input": "social_wage"}),)


@pytest.mark.parametrize(("total", "a6", "b6"), [
    (59, False, False), (60, False, True), (84, False, True), (85, True, True),
])
def test_points_routes_at_the_table_thresholds(total: int, a6: bool, b6: bool) -> None:
    inputs = RouteInputs(points=with_total(total))
    assert evaluate_route(ROUTE["A6"], inputs).met is a6
    assert evaluate_route(ROUTE["B6"], inputs).met is b6


def test_points_with_problems_do_not_open_a_points_route() -> None:
    incomplete = points(PointsInputs(age=17, annual_salary_rmb=900_000))
    result = evaluate_route(ROUTE["B6"], RouteInputs(points=incomplete))
    assert not result.met
    assert result.reasons == (Reason("points_incomplete", {"table_id": "points_2017"}),)


@pytest.mark.parametrize(("inputs", "met", "failing"), [
    (RouteInputs(degree=Degree.BACHELOR, work_experience_years=2, confirmed=frozenset({"B1"})),
     True, []),
    (RouteInputs(degree=Degree.BACHELOR, work_experience_years=1, confirmed=frozenset({"B1"})),
     False, ["years_insufficient"]),
    (RouteInputs(degree=Degree.BELOW_BACHELOR, work_experience_years=5,
                 confirmed=frozenset({"B1"})),
     False, ["degree_insufficient"]),
    (RouteInputs(degree=Degree.DOCTORATE, work_experience_years=5), False, ["not_confirmed"]),
    (RouteInputs(confirmed=frozenset({"B1"})), False,
     ["route_input_missing", "route_input_missing"]),
])
def test_b1_degree_experience_and_role(inputs: RouteInputs, met: bool,
                                       failing: list[str]) -> None:
    result = evaluate_route(ROUTE["B1"], inputs)
    assert result.met is met
    if not met:
        assert [r.code for r in result.reasons] == failing


def test_met_route_lists_every_satisfied_condition() -> None:
    inputs = RouteInputs(degree=Degree.MASTER, work_experience_years=3,
                         confirmed=frozenset({"B1"}))
    assert [r.code for r in evaluate_route(ROUTE["B1"], inputs).reasons] == [
        "degree_sufficient", "years_sufficient", "confirmed"]


@pytest.mark.parametrize(("teaching_years", "waiver", "met"), [
    (2, False, True), (1, False, False), (0, True, True), (None, True, True), (None, False, False),
])
def test_b3_teaching_experience_or_waiver(teaching_years: int | None, waiver: bool,
                                          met: bool) -> None:
    keys = {"B3", "B3-waiver"} if waiver else {"B3"}
    inputs = RouteInputs(degree=Degree.BACHELOR, teaching_experience_years=teaching_years,
                         confirmed=frozenset(keys))
    assert evaluate_route(ROUTE["B3"], inputs).met is met


@pytest.mark.parametrize(("code", "degree", "met"), [
    ("BX1", Degree.MASTER, True), ("BX1", Degree.BACHELOR, False),
    ("BX2", Degree.DOCTORATE, True), ("BX2", Degree.BACHELOR, False),
])
def test_b_extras_need_a_master_or_higher(code: str, degree: Degree, met: bool) -> None:
    inputs = RouteInputs(degree=degree, confirmed=frozenset({code}))
    assert evaluate_route(ROUTE[code], inputs).met is met


def test_worked_example_is_b_through_b1_not_points() -> None:
    inputs = RouteInputs(age=28, degree=Degree.BACHELOR, work_experience_years=3,
                         points=FIFTY_SEVEN, confirmed=frozenset({"B1"}))
    suggestion = suggest_category(inputs)
    assert suggestion.category is Category.B
    assert suggestion.explanation == (
        Reason("category_routes_met", {"category": Category.B, "routes": ["B1"]}),)
    assert not next(r for r in suggestion.routes if r.route == "B6").met


def test_points_alone_give_a() -> None:
    suggestion = suggest_category(RouteInputs(age=35, points=EIGHTY_EIGHT))
    assert suggestion.category is Category.A
    assert suggestion.explanation[0].params["routes"] == ["A6"]


def test_highest_category_wins_and_lists_its_routes() -> None:
    inputs = RouteInputs(age=40, annual_salary_rmb=700_000, social_wage=WAGE,
                         confirmed=frozenset({"A1", "C5"}))
    suggestion = suggest_category(inputs)
    assert suggestion.category is Category.A
    assert suggestion.explanation == (
        Reason("category_routes_met", {"category": Category.A, "routes": ["A1", "A3-salary"]}),)


def test_a_has_no_upper_age_limit() -> None:
    assert suggest_category(RouteInputs(age=75, confirmed=frozenset({"A2"}))).category is Category.A


@pytest.mark.parametrize(("age", "relaxed", "category"), [
    (60, False, Category.B), (61, False, None), (61, True, Category.B),
])
def test_b_age_limit_sixty_unless_relaxed(age: int, relaxed: bool,
                                          category: Category | None) -> None:
    inputs = RouteInputs(age=age, confirmed=frozenset({"B5"}), b_age_relaxed=relaxed)
    suggestion = suggest_category(inputs)
    assert suggestion.category is category
    codes = [r.code for r in suggestion.explanation]
    if age > 60:
        assert codes[0] == ("b_age_limit_relaxed" if relaxed else "b_age_above_limit")
    assert "no_route_met" not in codes  # a route was met; only the age stood in the way


def test_over_age_b_can_still_be_c_through_a_c_route() -> None:
    suggestion = suggest_category(RouteInputs(age=65, confirmed=frozenset({"B5", "C5"})))
    assert suggestion.category is Category.C
    assert [r.code for r in suggestion.explanation] == [
        "b_age_above_limit", "category_routes_met", "c_quota_managed"]


def test_c_through_its_own_route_is_quota_managed() -> None:
    suggestion = suggest_category(RouteInputs(age=30, confirmed=frozenset({"C7"})))
    assert suggestion.category is Category.C
    assert Reason("c_quota_managed") in suggestion.explanation


def test_under_sixty_points_and_no_route_is_not_c_but_ineligible() -> None:
    suggestion = suggest_category(RouteInputs(age=28, points=FIFTY_SEVEN))
    assert suggestion.category is None
    assert suggestion.explanation == (
        Reason("no_route_met"), Reason("points_below_b_not_c", {"total": 57, "threshold": 60}))


def test_general_age_condition() -> None:
    assert suggest_category(RouteInputs(age=17, confirmed=frozenset({"A1"}))).explanation == (
        Reason("age_below_minimum", {"age": 17, "min": 18}),)
    missing = suggest_category(RouteInputs(confirmed=frozenset({"A1"})))
    assert (missing.category, missing.explanation) == (
        None, (Reason("route_input_missing", {"input": "age"}),))


SUGGESTED_B = CategorySuggestion(Category.B, (), ())


@pytest.mark.parametrize(("suggestion", "chosen", "reason", "problems"), [
    (SUGGESTED_B, Category.B, "", []),
    (SUGGESTED_B, Category.A, "经省外专局书面确认按A类办理", []),
    (SUGGESTED_B, Category.A, "", [Problem("category_override_reason_missing", "override_reason",
                                           {"suggested": Category.B, "chosen": Category.A})]),
    (SUGGESTED_B, Category.C, "  \n", [Problem("category_override_reason_missing",
                                               "override_reason",
                                               {"suggested": Category.B,
                                                "chosen": Category.C})]),
    (CategorySuggestion(None, (), ()), Category.C, "",
     [Problem("category_unsuggested_reason_missing", "override_reason",
              {"chosen": Category.C})]),
])
def test_override_needs_a_written_reason(suggestion: CategorySuggestion, chosen: Category,
                                         reason: str, problems: list[Problem]) -> None:
    assert check_override(suggestion, chosen, reason) == problems
