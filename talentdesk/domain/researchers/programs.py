"""Programs as configuration (age rule, checkpoints, grades, tranches, works rules) and presets."""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction
from importlib import resources
from types import MappingProxyType
from typing import Any

from talentdesk.domain.problems import Problem

_PRESETS_FILE = "program_presets.json"


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class ProgramLevel(StrEnum):
    NATIONAL = "national"
    PROVINCIAL = "provincial"
    CITY = "city"
    UNIT = "unit"


class EvaluationCategory(StrEnum):
    """Classified-evaluation categories: the 2022 pilot's four plus the 2020 transfer type."""

    MAJOR_MISSION = "major_mission"
    BASIC_RESEARCH = "basic_research"
    APPLIED_TECHNOLOGY = "applied_technology"
    TECHNOLOGY_TRANSFER = "technology_transfer"
    PUBLIC_INTEREST = "public_interest"


class ReferenceDateRule(StrEnum):
    """Which day the age is counted on."""

    DAY_OF_APPLICATION_YEAR = "day_of_application_year"  # e.g. 1 January of the call year
    APPLICATION_DEADLINE = "application_deadline"
    FIXED_DATE = "fixed_date"  # the date a call notice prints


class CheckpointKind(StrEnum):
    ANNUAL = "annual"
    MID_TERM = "mid_term"
    FINAL = "final"


class GradeScaleKind(StrEnum):
    FOUR_LEVEL = "four_level"
    THREE_LEVEL = "three_level"
    PASS_FAIL = "pass_fail"
    A_TO_D = "a_to_d"


class AggregationMethod(StrEnum):
    WEIGHTED_MEAN = "weighted_mean"
    TRIMMED_MEAN = "trimmed_mean"


@dataclasses.dataclass(frozen=True)
class AgeRule:
    """Age limit in completed years (周岁) on a reference date.

    Attributes:
        limit: the limit for anyone without a sex-specific one.
        reference: how the reference date is found.
        inclusive: True for "不超过 N 周岁" (age <= N); False for "未满 N 周岁" (age < N).
        male_limit, female_limit: override ``limit`` for that sex (women's limits are often higher).
        reference_month, reference_day: the day used by DAY_OF_APPLICATION_YEAR.
        fixed_reference: the day used by FIXED_DATE.
    """

    limit: int
    reference: ReferenceDateRule
    inclusive: bool
    male_limit: int | None = None
    female_limit: int | None = None
    reference_month: int = 1
    reference_day: int = 1
    fixed_reference: date | None = None

    def limit_for(self, sex: Sex) -> int:
        specific = self.female_limit if sex is Sex.FEMALE else self.male_limit
        return self.limit if specific is None else specific


@dataclasses.dataclass(frozen=True)
class CheckpointTemplate:
    """A checkpoint due on the last day of the first ``offset_months`` months of the cycle."""

    key: str
    kind: CheckpointKind
    offset_months: int


@dataclasses.dataclass(frozen=True)
class GradeBand:
    """One grade: reached with a score of at least ``min_score`` (0–100)."""

    grade: str
    label: str
    min_score: Decimal


@dataclasses.dataclass(frozen=True)
class GradeScale:
    """Grades best first; ``top_quota`` caps the share of a cohort in the first grade."""

    kind: GradeScaleKind
    bands: tuple[GradeBand, ...]
    top_quota: Fraction | None = None


@dataclasses.dataclass(frozen=True)
class Aggregation:
    """How reviewer totals combine; the trimmed mean needs ``trim_min_reviewers`` totals."""

    method: AggregationMethod = AggregationMethod.WEIGHTED_MEAN
    trim_min_reviewers: int = 5


@dataclasses.dataclass(frozen=True)
class TrancheTemplate:
    """A share of the support, released at enrollment (no checkpoint) or by a checkpoint."""

    key: str
    share: Fraction
    release_checkpoint: str | None = None


@dataclasses.dataclass(frozen=True)
class Program:
    """A talent program as configuration; numbers change per call year, so none live in code.

    Attributes:
        funding_total: support per enrollment in yuan (often a maximum); None when it varies.
        max_representative_works: cap on 代表作 per evaluation; None for no cap.
        domestic_journal_min_share: minimum share of papers in Chinese journals, applied to
            basic-research evaluations only (2020 "唯论文" measures).
        unverified: names of fields (dotted for nested ones) whose values are not confirmed.
    """

    code: str
    name: str
    owner: str
    level: ProgramLevel
    categories: tuple[EvaluationCategory, ...]
    cycle_years: int
    age_rule: AgeRule | None
    checkpoints: tuple[CheckpointTemplate, ...]
    grade_scale: GradeScale
    tranches: tuple[TrancheTemplate, ...] = ()
    aggregation: Aggregation = Aggregation()
    funding_total: Decimal | None = None
    max_representative_works: int | None = None
    domestic_journal_min_share: Fraction | None = None
    source: str = ""
    confidence: str = ""
    unverified: frozenset[str] = frozenset()

    @property
    def cycle_months(self) -> int:
        return self.cycle_years * 12


def validate_program(program: Program) -> list[Problem]:
    """Configuration mistakes in a program (an edited preset, a program typed in by an officer).

    Problems: age_limit_not_positive (limits), reference_date_missing (rule),
    reference_day_invalid (month, day), duplicate_checkpoint_key (checkpoint),
    checkpoint_outside_cycle (checkpoint, offset_months, cycle_months),
    grade_thresholds_not_descending (thresholds), top_quota_out_of_range (top_quota),
    trim_min_reviewers_too_small (trim_min_reviewers, minimum), tranche_shares_not_whole (total),
    tranche_checkpoint_unknown (tranche, checkpoint).
    """
    problems: list[Problem] = []
    problems += _age_rule_problems(program.age_rule)
    keys = [c.key for c in program.checkpoints]
    for key in sorted({k for k in keys if keys.count(k) > 1}):
        problems.append(Problem("duplicate_checkpoint_key", "checkpoints", {"checkpoint": key}))
    for checkpoint in program.checkpoints:
        if not 0 < checkpoint.offset_months <= program.cycle_months:
            problems.append(checkpoint_outside_cycle(checkpoint.key, checkpoint.offset_months,
                                                     program.cycle_months))
    problems += _grade_scale_problems(program.grade_scale)
    if program.aggregation.trim_min_reviewers < 3:
        # Dropping the highest and the lowest of fewer than three totals leaves none.
        problems.append(Problem("trim_min_reviewers_too_small", "aggregation",
                                {"trim_min_reviewers": program.aggregation.trim_min_reviewers,
                                 "minimum": 3}))
    if program.tranches:
        total = sum((t.share for t in program.tranches), Fraction(0))
        if total != 1:
            problems.append(Problem("tranche_shares_not_whole", "tranches", {"total": str(total)}))
    for tranche in program.tranches:
        if tranche.release_checkpoint is not None and tranche.release_checkpoint not in keys:
            problems.append(Problem("tranche_checkpoint_unknown", "tranches",
                                    {"tranche": tranche.key,
                                     "checkpoint": tranche.release_checkpoint}))
    return problems


def checkpoint_outside_cycle(key: str, offset_months: int, cycle_months: int) -> Problem:
    return Problem("checkpoint_outside_cycle", "checkpoints",
                   {"checkpoint": key, "offset_months": offset_months,
                    "cycle_months": cycle_months})


def _age_rule_problems(rule: AgeRule | None) -> list[Problem]:
    if rule is None:
        return []
    problems = []
    limits = [rule.limit, rule.male_limit, rule.female_limit]
    if any(limit is not None and limit <= 0 for limit in limits):
        problems.append(Problem("age_limit_not_positive", "age_rule", {"limits": limits}))
    if rule.reference is ReferenceDateRule.FIXED_DATE and rule.fixed_reference is None:
        problems.append(Problem("reference_date_missing", "age_rule",
                                {"rule": str(rule.reference)}))
    if rule.reference is ReferenceDateRule.DAY_OF_APPLICATION_YEAR:
        try:
            # A common year: 29 February would have no reference date three years in four.
            date(2001, rule.reference_month, rule.reference_day)
        except ValueError:
            problems.append(Problem("reference_day_invalid", "age_rule",
                                    {"month": rule.reference_month, "day": rule.reference_day}))
    return problems


def _grade_scale_problems(scale: GradeScale) -> list[Problem]:
    problems = []
    minimums = [band.min_score for band in scale.bands]
    if len(minimums) < 2 or any(a <= b for a, b in itertools.pairwise(minimums)):
        problems.append(Problem("grade_thresholds_not_descending", "grade_scale",
                                {"thresholds": [str(m) for m in minimums]}))
    if scale.top_quota is not None and not 0 < scale.top_quota <= 1:
        problems.append(Problem("top_quota_out_of_range", "grade_scale",
                                {"top_quota": str(scale.top_quota)}))
    return problems


def preset_section(name: str) -> Any:
    """One top-level section of the shipped presets file, as parsed JSON (do not mutate)."""
    return _presets_json()[name]


@functools.cache
def _presets_json() -> dict[str, Any]:
    text = (resources.files("talentdesk.domain.researchers") / "data" / _PRESETS_FILE).read_text(
        encoding="utf-8")
    return json.loads(text)


@functools.cache
def load_grade_scales() -> Mapping[GradeScaleKind, GradeScale]:
    """The standard grade scales with their default thresholds (design defaults, editable)."""
    return MappingProxyType({
        GradeScaleKind(kind): GradeScale(
            kind=GradeScaleKind(kind),
            bands=tuple(GradeBand(b["grade"], b["label"], Decimal(b["min_score"]))
                        for b in data["bands"]),
        )
        for kind, data in preset_section("grade_scales").items()
    })


@functools.cache
def load_program_presets() -> Mapping[str, Program]:
    """The §1.3 programs shipped as presets, by code."""
    programs = (program_from_dict(data) for data in preset_section("programs"))
    return MappingProxyType({p.code: p for p in programs})


def program_from_dict(data: Mapping[str, Any]) -> Program:
    """Build a program from its JSON form (the presets file's layout)."""
    scale_data = data["grade_scale"]
    scale = load_grade_scales()[GradeScaleKind(scale_data["kind"])]
    if "top_quota" in scale_data:
        scale = dataclasses.replace(scale, top_quota=Fraction(scale_data["top_quota"]))
    return Program(
        code=data["code"],
        name=data["name"],
        owner=data["owner"],
        level=ProgramLevel(data["level"]),
        categories=tuple(EvaluationCategory(c) for c in data["categories"]),
        cycle_years=data["cycle_years"],
        age_rule=_age_rule_from_dict(data["age_rule"]) if data.get("age_rule") else None,
        checkpoints=tuple(CheckpointTemplate(c["key"], CheckpointKind(c["kind"]),
                                             c["offset_months"]) for c in data["checkpoints"]),
        grade_scale=scale,
        tranches=tuple(TrancheTemplate(t["key"], Fraction(t["share"]), t.get("release_checkpoint"))
                       for t in data.get("tranches", ())),
        aggregation=_aggregation_from_dict(data.get("aggregation")),
        funding_total=_decimal_or_none(data.get("funding_total")),
        max_representative_works=data.get("max_representative_works"),
        domestic_journal_min_share=(Fraction(data["domestic_journal_min_share"])
                                    if data.get("domestic_journal_min_share") else None),
        source=data["source"],
        confidence=data["confidence"],
        unverified=frozenset(data.get("unverified", ())),
    )


def _age_rule_from_dict(data: Mapping[str, Any]) -> AgeRule:
    fixed = data.get("fixed_reference")
    return AgeRule(
        limit=data["limit"],
        reference=ReferenceDateRule(data["reference"]),
        inclusive=data["inclusive"],
        male_limit=data.get("male_limit"),
        female_limit=data.get("female_limit"),
        reference_month=data.get("reference_month", 1),
        reference_day=data.get("reference_day", 1),
        fixed_reference=date.fromisoformat(fixed) if fixed else None,
    )


def _aggregation_from_dict(data: Mapping[str, Any] | None) -> Aggregation:
    if data is None:
        return Aggregation()
    return Aggregation(AggregationMethod(data["method"]), data["trim_min_reviewers"])


def _decimal_or_none(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)
