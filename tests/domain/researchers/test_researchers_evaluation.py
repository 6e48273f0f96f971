"""Indicators, recusal, reviewer totals, weighted/trimmed aggregation, grades, quotas, works."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.evaluation import (
    CheckpointDecision,
    Decision,
    GradedEntry,
    Indicator,
    RepresentativeWork,
    Researcher,
    Reviewer,
    Scorecard,
    WorkRole,
    WorkType,
    aggregate,
    apply_top_quota,
    decision_problems,
    grade_for,
    load_indicator_templates,
    recusal_problems,
    representative_works_problems,
    reviewer_total,
    scorecard_problems,
    template_problems,
    top_grade_limit,
)
from talentdesk.domain.researchers.programs import (
    Aggregation,
    AggregationMethod,
    EvaluationCategory,
    GradeScaleKind,
    load_grade_scales,
    load_program_presets,
)

D = Decimal
TEMPLATES = load_indicator_templates()
BASIC = TEMPLATES[EvaluationCategory.BASIC_RESEARCH]
SCALES = load_grade_scales()
FOUR = SCALES[GradeScaleKind.FOUR_LEVEL]
WEIGHTED = Aggregation()
TRIMMED = Aggregation(AggregationMethod.TRIMMED_MEAN, trim_min_reviewers=5)


@pytest.mark.parametrize(
    ("category", "weights"),
    [
        (EvaluationCategory.BASIC_RESEARCH,
         {"representative_works": 45, "mission_performance": 20, "capability_potential": 20,
          "cultivation_service": 15}),
        (EvaluationCategory.APPLIED_TECHNOLOGY,
         {"representative_works": 25, "deliverables": 25, "user_evaluation": 20,
          "mission_performance": 15, "capability_potential": 10, "cultivation_service": 5}),
        (EvaluationCategory.TECHNOLOGY_TRANSFER,
         {"representative_works": 15, "deliverables": 15, "user_evaluation": 30,
          "mission_performance": 20, "capability_potential": 10, "cultivation_service": 10}),
        (EvaluationCategory.PUBLIC_INTEREST,
         {"representative_works": 20, "deliverables": 15, "user_evaluation": 25,
          "mission_performance": 20, "capability_potential": 10, "cultivation_service": 10}),
    ],
)
def test_sample_templates_follow_section_1_9(category: EvaluationCategory,
                                             weights: dict[str, int]) -> None:
    template = TEMPLATES[category]
    assert {i.key: i.weight for i in template.scored} == weights
    assert template.gate_keys == {"ethics"}
    assert template_problems(template) == []


def test_template_weights_must_total_100() -> None:
    broken = dataclasses.replace(BASIC, indicators=(*BASIC.indicators, Indicator("x", "x", D(5))))
    assert template_problems(broken) == [
        Problem("indicator_weights_not_100", "indicators",
                {"category": "basic_research", "total": D(105)})]


@pytest.mark.parametrize(
    ("reviewer", "researcher", "codes"),
    [
        (Reviewer("p1", "物理所"), Researcher("p1", "物理所"), ["reviewer_is_self"]),
        (Reviewer("m1", "化学所"), Researcher("p1", "物理所", frozenset({"m1"})),
         ["reviewer_is_mentor"]),
        (Reviewer("r1", " 物理所 "), Researcher("p1", "物理所"), ["reviewer_same_unit"]),
        (Reviewer("m1", "物理所"), Researcher("p1", "物理所", frozenset({"m1"})),
         ["reviewer_is_mentor", "reviewer_same_unit"]),
        (Reviewer("r1", "化学所"), Researcher("p1", "物理所", frozenset({"m1"})), []),
        (Reviewer("r1", ""), Researcher("p1", ""), []),
    ],
)
def test_recusal(reviewer: Reviewer, researcher: Researcher, codes: list[str]) -> None:
    problems = recusal_problems(reviewer, researcher)
    assert [p.code for p in problems] == codes
    assert all(p.params["reviewer"] == reviewer.person_id for p in problems)


def card(reviewer: str, score: int | str, weight: int = 1, **changes) -> Scorecard:
    """A basic-research scorecard with the same score on every indicator (total == score)."""
    scores = {i.key: D(score) for i in BASIC.scored}
    return Scorecard(reviewer, scores, D(weight), **changes)


def test_reviewer_total_is_weighted_by_indicator() -> None:
    scores = {"representative_works": D(90), "mission_performance": D(80),
              "capability_potential": D(70), "cultivation_service": D(60)}
    # (45*90 + 20*80 + 20*70 + 15*60) / 100
    assert reviewer_total(Scorecard("r", scores), BASIC) == D("79.50")


@pytest.mark.parametrize(
    ("scores", "weight", "failed_gates", "expected"),
    [
        ({"representative_works": D(90)}, 1, frozenset(),
         [("score_missing", "capability_potential"), ("score_missing", "cultivation_service"),
          ("score_missing", "mission_performance")]),
        ({"representative_works": D(101), "mission_performance": D(-1),
          "capability_potential": D(0), "cultivation_service": D(100)}, 1, frozenset(),
         [("score_out_of_range", "mission_performance"),
          ("score_out_of_range", "representative_works")]),
        ({i.key: D(80) for i in BASIC.scored} | {"novelty": D(80)}, 1, frozenset({"honesty"}),
         [("score_for_unknown_indicator", "honesty"), ("score_for_unknown_indicator", "novelty")]),
        ({i.key: D(80) for i in BASIC.scored}, 0, frozenset(),
         [("reviewer_weight_not_positive", "weight")]),
    ],
)
def test_scorecard_problems(scores: dict[str, Decimal], weight: int,
                            failed_gates: frozenset[str], expected: list[tuple[str, str]]) -> None:
    problems = scorecard_problems(Scorecard("r", scores, D(weight), failed_gates), BASIC)
    assert [(p.code, p.field) for p in problems] == expected


@pytest.mark.parametrize(
    ("cards", "rule", "score", "counted", "trimmed"),
    [
        # Plain mean of 92, 90, 89, 88, 40 is 79.80 ...
        ([card("a", 92), card("b", 90), card("c", 89), card("d", 88), card("e", 40)],
         WEIGHTED, D("79.80"), ("e", "d", "c", "b", "a"), ()),
        # ... trimming the lowest and highest of five gives 89.00.
        ([card("a", 92), card("b", 90), card("c", 89), card("d", 88), card("e", 40)],
         TRIMMED, D("89.00"), ("d", "c", "b"), ("e", "a")),
        # Four reviewers are too few to trim: weighted mean.
        ([card("a", 92), card("b", 90), card("c", 89), card("e", 40)],
         TRIMMED, D("77.75"), ("e", "c", "b", "a"), ()),
        # Reviewer weights: (90*2 + 60) / 3.
        ([card("ext", 90, weight=2), card("int", 60)], WEIGHTED, D("80.00"), ("int", "ext"), ()),
        # Rounding half up to the shown two decimals: (80 + 80 + 81) / 3 = 80.333...
        ([card("a", 80), card("b", 80), card("c", 81)], WEIGHTED, D("80.33"), ("a", "b", "c"), ()),
        # Equal totals: the reviewer id decides who is trimmed, not input order.
        ([card("z", 80), card("y", 80), card("x", 80), card("w", 80), card("v", 80)],
         TRIMMED, D("80.00"), ("w", "x", "y"), ("v", "z")),
    ],
)
def test_aggregate(cards: list[Scorecard], rule: Aggregation, score: Decimal,
                   counted: tuple[str, ...], trimmed: tuple[str, ...]) -> None:
    result = aggregate(cards, BASIC, rule)
    assert (result.score, result.counted, result.trimmed) == (score, counted, trimmed)
    assert result.problems == ()


def test_aggregate_leaves_out_invalid_cards() -> None:
    broken = Scorecard("bad", {"representative_works": D(100)})
    result = aggregate([card("a", 70), broken], BASIC, WEIGHTED)
    assert (result.score, result.counted) == (D("70.00"), ("a",))
    assert {p.code for p in result.problems} == {"score_missing"}


def test_aggregate_without_valid_cards() -> None:
    result = aggregate([], BASIC, WEIGHTED)
    assert result.score is None
    assert result.problems == (Problem("no_valid_scorecards", "scores", {"cards": 0}),)


def test_failed_gate_caps_the_grade() -> None:
    result = aggregate([card("a", 95, failed_gates=frozenset({"ethics"})), card("b", 95)],
                       BASIC, WEIGHTED)
    assert result.failed_gates == {"ethics"}
    assert result.score is not None
    assert grade_for(result.score, FOUR, gate_failed=bool(result.failed_gates)).grade == "fail"


@pytest.mark.parametrize(
    ("kind", "score", "grade"),
    [
        (GradeScaleKind.FOUR_LEVEL, "100", "excellent"),
        (GradeScaleKind.FOUR_LEVEL, "90.00", "excellent"),
        (GradeScaleKind.FOUR_LEVEL, "89.99", "good"),
        (GradeScaleKind.FOUR_LEVEL, "80", "good"),
        (GradeScaleKind.FOUR_LEVEL, "60", "pass"),
        (GradeScaleKind.FOUR_LEVEL, "59.99", "fail"),
        (GradeScaleKind.THREE_LEVEL, "85", "excellent"),
        (GradeScaleKind.THREE_LEVEL, "69.99", "fair"),
        (GradeScaleKind.PASS_FAIL, "60", "pass"),
        (GradeScaleKind.PASS_FAIL, "0", "fail"),
        (GradeScaleKind.A_TO_D, "75", "b"),
        (GradeScaleKind.A_TO_D, "74.99", "c"),
    ],
)
def test_grade_thresholds(kind: GradeScaleKind, score: str, grade: str) -> None:
    assert grade_for(D(score), SCALES[kind]).grade == grade


@pytest.mark.parametrize(
    ("quota", "size", "limit"),
    [(Fraction(1, 5), 10, 2), (Fraction(3, 10), 10, 3), (Fraction(3, 10), 7, 2),
     (Fraction(3, 10), 3, 0), (None, 10, None)],
)
def test_top_grade_limit_rounds_down(quota: Fraction | None, size: int, limit: int | None) -> None:
    assert top_grade_limit(dataclasses.replace(FOUR, top_quota=quota), size) == limit


def cohort(*scores: int) -> list[GradedEntry]:
    return [GradedEntry(f"p{i}", D(s), grade_for(D(s), FOUR).grade)
            for i, s in enumerate(scores)]


@pytest.mark.parametrize(
    ("scores", "quota", "demoted"),
    [
        # 10 people, ≤30 % 优秀: the three best keep it.
        ((98, 95, 93, 91, 85, 80, 75, 70, 65, 50), Fraction(3, 10), {"p3"}),
        # A tie straddling the limit demotes the whole tied group.
        ((98, 95, 93, 93, 91, 80, 75, 70, 65, 50), Fraction(3, 10), {"p2", "p3", "p4"}),
        # Under the quota nobody moves.
        ((98, 95, 85, 85, 80, 80, 75, 70, 65, 50), Fraction(3, 10), set()),
        # 杰青-style ≤20 % of 10.
        ((99, 97, 96, 91, 85, 80, 75, 70, 65, 50), Fraction(1, 5), {"p2", "p3"}),
    ],
)
def test_top_quota_demotes_to_next_grade(scores: tuple[int, ...], quota: Fraction,
                                         demoted: set[str]) -> None:
    entries = cohort(*scores)
    result = apply_top_quota(entries, dataclasses.replace(FOUR, top_quota=quota))
    assert [e.key for e in result] == [e.key for e in entries]
    assert {e.key for e in result if e.demoted} == demoted
    assert all(e.grade == "good" for e in result if e.demoted)
    excellent = sum(1 for e in result if e.grade == "excellent")
    assert excellent <= quota * len(scores)


def test_top_quota_ignores_input_order() -> None:
    scale = dataclasses.replace(FOUR, top_quota=Fraction(3, 10))
    entries = cohort(98, 95, 93, 93, 91, 80, 75, 70, 65, 50)
    forward = {e.key: e.grade for e in apply_top_quota(entries, scale)}
    backward = {e.key: e.grade for e in apply_top_quota(entries[::-1], scale)}
    assert forward == backward


def decision(*options: Decision, by: str = "考核委员会") -> CheckpointDecision:
    return CheckpointDecision("mid_term", frozenset(options), date(2025, 7, 15), by)


@pytest.mark.parametrize(
    ("made", "codes"),
    [
        (decision(Decision.CONTINUE, Decision.RELEASE_TRANCHE), []),
        (decision(Decision.CONTINUE, Decision.WARN), []),
        (decision(Decision.RENEW, Decision.RELEASE_TRANCHE), []),
        (decision(Decision.TERMINATE), []),
        (decision(Decision.TERMINATE, Decision.CONTINUE), ["decision_conflict"]),
        (decision(Decision.TERMINATE, Decision.RELEASE_TRANCHE), ["decision_conflict"]),
        (decision(), ["decision_empty"]),
        (decision(Decision.CONTINUE, by=""), ["approver_missing"]),
    ],
)
def test_decision_problems(made: CheckpointDecision, codes: list[str]) -> None:
    assert [p.code for p in decision_problems(made)] == codes


def work(kind: WorkType = WorkType.PAPER, domestic: bool = False,
         significance: str = "提出新机制") -> RepresentativeWork:
    return RepresentativeWork(kind, "题名", date(2025, 3, 1), WorkRole.FIRST_AUTHOR,
                              significance, domestic)


NSFC_YOUTH = load_program_presets()["nsfc_young_scientists"]  # cap 5, domestic ≥1/3


@pytest.mark.parametrize(
    ("works", "category", "expected"),
    [
        ([work(domestic=True), work(), work()], EvaluationCategory.BASIC_RESEARCH, []),
        ([work(domestic=True), work(), work(), work()], EvaluationCategory.BASIC_RESEARCH,
         [("domestic_journal_share_too_low",
           {"domestic": 1, "papers": 4, "required_share": "1/3", "required_domestic": 2})]),
        # The share rule is for basic research only.
        ([work(), work()], EvaluationCategory.APPLIED_TECHNOLOGY, []),
        # Non-paper outputs do not count towards (or against) the paper share.
        ([work(WorkType.PATENT), work(WorkType.STANDARD), work(WorkType.SOFTWARE)],
         EvaluationCategory.BASIC_RESEARCH, []),
        ([work(domestic=True)] * 6, EvaluationCategory.BASIC_RESEARCH,
         [("representative_works_over_cap", {"count": 6, "cap": 5})]),
        ([work(domestic=True), work(WorkType.DATA, significance=" ")],
         EvaluationCategory.BASIC_RESEARCH,
         [("significance_missing", {"index": 1, "title": "题名"})]),
    ],
)
def test_representative_works(works: list[RepresentativeWork], category: EvaluationCategory,
                              expected: list[tuple[str, dict]]) -> None:
    problems = representative_works_problems(works, NSFC_YOUTH, category)
    assert [(p.code, p.params) for p in problems] == expected
