"""Classified evaluation: indicators, recusal, scoring, aggregation, grades, quotas, works."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import math
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from fractions import Fraction
from types import MappingProxyType

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.programs import (
    Aggregation,
    AggregationMethod,
    EvaluationCategory,
    GradeBand,
    GradeScale,
    Program,
    preset_section,
)

MIN_SCORE = Decimal(0)
MAX_SCORE = Decimal(100)
_CENT = Decimal("0.01")


class IndicatorKind(StrEnum):
    SCORED = "scored"
    GATE = "gate"  # pass/fail, e.g. ethics: a failure caps the grade whatever the score


@dataclasses.dataclass(frozen=True)
class Indicator:
    key: str
    name: str
    weight: Decimal
    kind: IndicatorKind = IndicatorKind.SCORED


@dataclasses.dataclass(frozen=True)
class IndicatorTemplate:
    category: EvaluationCategory
    indicators: tuple[Indicator, ...]

    @property
    def scored(self) -> tuple[Indicator, ...]:
        return tuple(i for i in self.indicators if i.kind is IndicatorKind.SCORED)

    @property
    def gate_keys(self) -> frozenset[str]:
        return frozenset(i.key for i in self.indicators if i.kind is IndicatorKind.GATE)


@functools.cache
def load_indicator_templates() -> Mapping[EvaluationCategory, IndicatorTemplate]:
    """The §1.9 sample templates (design defaults, not policy); major missions have none."""
    data = preset_section("indicator_templates")
    names = data["indicators"]
    gates = tuple(Indicator(key, names[key], Decimal(0), IndicatorKind.GATE)
                  for key in data["gates"])
    return MappingProxyType({
        EvaluationCategory(category): IndicatorTemplate(
            EvaluationCategory(category),
            gates + tuple(Indicator(key, names[key], Decimal(weight))
                          for key, weight in weights.items()))
        for category, weights in data["weights"].items()
    })


def template_problems(template: IndicatorTemplate) -> list[Problem]:
    """indicator_weights_not_100 (field indicators): category, total."""
    total = sum((i.weight for i in template.scored), Decimal(0))
    if total != MAX_SCORE:
        return [Problem("indicator_weights_not_100", "indicators",
                        {"category": str(template.category), "total": total})]
    return []


@dataclasses.dataclass(frozen=True)
class Reviewer:
    person_id: str
    unit: str


@dataclasses.dataclass(frozen=True)
class Researcher:
    person_id: str
    unit: str
    mentor_ids: frozenset[str] = frozenset()


def recusal_problems(reviewer: Reviewer, researcher: Researcher) -> list[Problem]:
    """Why ``reviewer`` must not review ``researcher`` (三评 recusal); empty when they may.

    Units are compared as given, so the caller decides the level (institute, department,
    group). An empty unit never matches: an unknown unit is not evidence of a conflict.

    Problems (field reviewer, params reviewer, researcher): reviewer_is_self;
    reviewer_is_mentor; reviewer_same_unit (+ unit).
    """
    params = {"reviewer": reviewer.person_id, "researcher": researcher.person_id}
    if reviewer.person_id == researcher.person_id:
        # The other reasons are implied and would only repeat it.
        return [Problem("reviewer_is_self", "reviewer", params)]
    problems = []
    if reviewer.person_id in researcher.mentor_ids:
        problems.append(Problem("reviewer_is_mentor", "reviewer", params))
    unit = reviewer.unit.strip()
    if unit and unit == researcher.unit.strip():
        problems.append(Problem("reviewer_same_unit", "reviewer", {**params, "unit": unit}))
    return problems


@dataclasses.dataclass(frozen=True)
class Scorecard:
    """One reviewer's scores (0–100) per scored indicator, and the gates they failed.

    ``weight`` counts this reviewer's total that many times in the mean (e.g. 2 for the
    external peer when a program weights peers over internal members).
    """

    reviewer_id: str
    scores: Mapping[str, Decimal]
    weight: Decimal = Decimal(1)
    failed_gates: frozenset[str] = frozenset()


def scorecard_problems(card: Scorecard, template: IndicatorTemplate) -> list[Problem]:
    """What keeps a scorecard from counting.

    Problems (params reviewer and, except for the weight, indicator): score_missing,
    score_out_of_range (+ score, minimum, maximum), score_for_unknown_indicator,
    reviewer_weight_not_positive (+ weight).
    """
    problems = []
    scored = {i.key for i in template.scored}
    for key in sorted(scored - card.scores.keys()):
        problems.append(Problem("score_missing", key,
                                {"reviewer": card.reviewer_id, "indicator": key}))
    for key in sorted((card.scores.keys() - scored) | (card.failed_gates - template.gate_keys)):
        problems.append(Problem("score_for_unknown_indicator", key,
                                {"reviewer": card.reviewer_id, "indicator": key}))
    for key in sorted(scored & card.scores.keys()):
        score = card.scores[key]
        if not MIN_SCORE <= score <= MAX_SCORE:
            problems.append(Problem("score_out_of_range", key,
                                    {"reviewer": card.reviewer_id, "indicator": key,
                                     "score": score, "minimum": MIN_SCORE,
                                     "maximum": MAX_SCORE}))
    if card.weight <= 0:
        problems.append(Problem("reviewer_weight_not_positive", "weight",
                                {"reviewer": card.reviewer_id, "weight": card.weight}))
    return problems


def reviewer_total(card: Scorecard, template: IndicatorTemplate) -> Decimal:
    """Weighted total of a complete scorecard on the 0–100 scale, to two decimals."""
    weights = {i.key: i.weight for i in template.scored}
    total = sum((weights[k] * card.scores[k] for k in weights), Decimal(0))
    return _cents(total / sum(weights.values()))


@dataclasses.dataclass(frozen=True)
class AggregateScore:
    """Panel result: ``score`` is None when no valid scorecard was left.

    Attributes:
        counted: reviewers whose totals entered the mean.
        trimmed: reviewers dropped as the lowest and highest total.
        failed_gates: gate indicators any counted reviewer failed.
    """

    score: Decimal | None
    counted: tuple[str, ...]
    trimmed: tuple[str, ...] = ()
    failed_gates: frozenset[str] = frozenset()
    problems: tuple[Problem, ...] = ()


def aggregate(cards: Sequence[Scorecard], template: IndicatorTemplate,
              rule: Aggregation) -> AggregateScore:
    """Combine reviewer totals by weighted mean, or trimmed mean with enough reviewers.

    Invalid scorecards are left out and reported. The trimmed mean drops exactly one lowest
    and one highest total; ties are broken by reviewer id so the same panel always drops the
    same people. With fewer than ``rule.trim_min_reviewers`` valid cards it is a plain weighted
    mean. Scores are rounded to two decimals, the precision shown to the panel, so the grade
    follows the number people see.

    Problems: those of scorecard_problems; no_valid_scorecards (field scores).
    """
    problems: list[Problem] = []
    valid = []
    for card in cards:
        card_problems = scorecard_problems(card, template)
        problems += card_problems
        if not card_problems:
            valid.append((reviewer_total(card, template), card.reviewer_id, card))
    if not valid:
        problems.append(Problem("no_valid_scorecards", "scores", {"cards": len(cards)}))
        return AggregateScore(None, (), problems=tuple(problems))
    valid.sort(key=lambda item: (item[0], item[1]))
    trimmed: list[str] = []
    if rule.method is AggregationMethod.TRIMMED_MEAN and len(valid) >= rule.trim_min_reviewers:
        trimmed = [valid[0][1], valid[-1][1]]
        valid = valid[1:-1]
    weight = sum((card.weight for _, _, card in valid), Decimal(0))
    mean = sum((total * card.weight for total, _, card in valid), Decimal(0)) / weight
    return AggregateScore(
        score=_cents(mean),
        counted=tuple(reviewer for _, reviewer, _ in valid),
        trimmed=tuple(trimmed),
        failed_gates=frozenset(itertools.chain.from_iterable(c.failed_gates for *_, c in valid)),
        problems=tuple(problems))


def grade_for(score: Decimal, scale: GradeScale, gate_failed: bool = False) -> GradeBand:
    """The best band whose threshold ``score`` reaches; the lowest band when a gate failed."""
    if gate_failed:
        return scale.bands[-1]
    return next((band for band in scale.bands if score >= band.min_score), scale.bands[-1])


@dataclasses.dataclass(frozen=True)
class GradedEntry:
    """One member of a cohort; ``demoted`` when the top-grade quota moved them down."""

    key: str
    score: Decimal
    grade: str
    demoted: bool = False


def top_grade_limit(scale: GradeScale, cohort_size: int) -> int | None:
    """Most people allowed in the top grade; "≤ 30 %" of 7 is 2, so round down."""
    if scale.top_quota is None:
        return None
    return math.floor(scale.top_quota * cohort_size)


def apply_top_quota(entries: Sequence[GradedEntry], scale: GradeScale) -> tuple[GradedEntry, ...]:
    """Demote top-grade entries beyond the scale's quota to the next grade.

    Ranking is by score, highest first. Tie rule: equal scores are never split; when admitting
    the whole group of equal scores at the boundary would exceed the quota, the whole group is
    demoted. The quota is therefore never exceeded and the result does not depend on input
    order or names. The input order is kept in the result.
    """
    limit = top_grade_limit(scale, len(entries))
    top, second = scale.bands[0].grade, scale.bands[1].grade
    contenders = [e for e in entries if e.grade == top]
    if limit is None or len(contenders) <= limit:
        return tuple(entries)
    kept: set[str] = set()
    for _, group in itertools.groupby(sorted(contenders, key=lambda e: -e.score),
                                      key=lambda e: e.score):
        members = [e.key for e in group]
        if len(kept) + len(members) > limit:
            break
        kept.update(members)
    return tuple(
        dataclasses.replace(e, grade=second, demoted=True)
        if e.grade == top and e.key not in kept else e
        for e in entries)


class Decision(StrEnum):
    """Options a checkpoint decision may combine (e.g. continue + release the tranche)."""

    CONTINUE = "continue"
    RELEASE_TRANCHE = "release_tranche"  # releases the tranche this checkpoint gates
    WARN = "warn"
    TERMINATE = "terminate"
    RENEW = "renew"  # 滚动支持: another term after the final evaluation


_GOING_ON = frozenset({Decision.CONTINUE, Decision.RELEASE_TRANCHE, Decision.RENEW})


@dataclasses.dataclass(frozen=True)
class CheckpointDecision:
    checkpoint_key: str
    options: frozenset[Decision]
    decided_on: date
    decided_by: str


def decision_problems(decision: CheckpointDecision) -> list[Problem]:
    """decision_empty (field options): checkpoint. decision_conflict (field options): checkpoint,
    options. approver_missing (field decided_by): record "decision"."""
    params = {"checkpoint": decision.checkpoint_key}
    problems = []
    if not decision.options:
        problems.append(Problem("decision_empty", "options", params))
    if Decision.TERMINATE in decision.options and decision.options & _GOING_ON:
        problems.append(Problem("decision_conflict", "options",
                                {**params, "options": sorted(decision.options)}))
    if not decision.decided_by.strip():
        problems.append(Problem("approver_missing", "decided_by", {"record": "decision"}))
    return problems


class WorkType(StrEnum):
    """Representative-work types, papers and the non-paper outputs the 2020 measures list."""

    PAPER = "paper"
    MONOGRAPH = "monograph"
    PATENT = "patent"
    STANDARD = "standard"
    SOFTWARE = "software"
    DATA = "data"
    REPORT = "report"  # S&T or policy/decision report
    TECHNOLOGY = "technology"  # new technology, process, product, material, device, component
    PROTOTYPE = "prototype"  # experimental device or system
    SOLUTION = "solution"  # application solution
    CLINICAL = "clinical"  # diagnosis/treatment plan, clinical guideline
    TRANSFER = "transfer"  # follow-up development and promotion into products or processes
    OTHER = "other"


class WorkRole(StrEnum):
    FIRST_AUTHOR = "first_author"
    CORRESPONDING_AUTHOR = "corresponding_author"
    CO_AUTHOR = "co_author"
    PRINCIPAL_INVESTIGATOR = "principal_investigator"
    INVENTOR = "inventor"
    MAIN_CONTRIBUTOR = "main_contributor"
    OTHER = "other"


@dataclasses.dataclass(frozen=True)
class RepresentativeWork:
    """A 代表作 with the candidate's role and what it contributed (reviewers judge both)."""

    type: WorkType
    title: str
    date: date
    role: WorkRole
    significance: str
    domestic_journal: bool = False  # published in a Chinese S&T journal (papers only)


def representative_works_problems(works: Sequence[RepresentativeWork], program: Program,
                                  category: EvaluationCategory) -> list[Problem]:
    """Check the nominated works against the program's cap and the domestic-journal rule.

    The domestic share counts papers only and applies to basic-research evaluations only,
    as in the 2020 measures; a nomination without papers has nothing to share.

    Problems:
        representative_works_over_cap (field works): count, cap.
        domestic_journal_share_too_low (field works): domestic, papers, required_share,
            required_domestic.
        significance_missing (field significance): index, title.
    """
    problems = []
    cap = program.max_representative_works
    if cap is not None and len(works) > cap:
        problems.append(Problem("representative_works_over_cap", "works",
                                {"count": len(works), "cap": cap}))
    share = program.domestic_journal_min_share
    papers = [w for w in works if w.type is WorkType.PAPER]
    if share is not None and category is EvaluationCategory.BASIC_RESEARCH and papers:
        domestic = sum(1 for w in papers if w.domestic_journal)
        if Fraction(domestic, len(papers)) < share:
            problems.append(Problem("domestic_journal_share_too_low", "works",
                                    {"domestic": domestic, "papers": len(papers),
                                     "required_share": str(share),
                                     "required_domestic": math.ceil(share * len(papers))}))
    for index, work in enumerate(works):
        if not work.significance.strip():
            problems.append(Problem("significance_missing", "significance",
                                    {"index": index, "title": work.title}))
    return problems


def _cents(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)
