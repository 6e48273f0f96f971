"""Program presets load, validate and carry the §1.3 numbers; validate_program catches mistakes."""

from __future__ import annotations

import dataclasses
import typing
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from talentdesk.domain.researchers import programs as pr
from talentdesk.domain.researchers.programs import (
    AgeRule,
    CheckpointTemplate,
    GradeBand,
    Program,
    ReferenceDateRule,
    Sex,
    TrancheTemplate,
    load_grade_scales,
    load_program_presets,
    validate_program,
)

PRESETS = load_program_presets()


@pytest.mark.parametrize("code", sorted(PRESETS))
def test_every_preset_is_valid_and_sourced(code: str) -> None:
    program = PRESETS[code]
    assert validate_program(program) == []
    assert program.source and program.confidence


def _field_types(cls: type) -> dict[str, typing.Any]:
    return typing.get_type_hints(cls, vars(pr))


@pytest.mark.parametrize("code", sorted(PRESETS))
def test_unverified_names_real_fields(code: str) -> None:
    nested = {"age_rule": AgeRule, "grade_scale": pr.GradeScale}
    for path in PRESETS[code].unverified:
        head, _, tail = path.partition(".")
        assert head in _field_types(Program), path
        if tail:
            assert tail in _field_types(nested[head]), path


@pytest.mark.parametrize(
    ("code", "sex", "limit", "inclusive", "cycle_years"),
    [
        ("nsfc_young_scientists", Sex.MALE, 35, False, 3),
        ("nsfc_young_scientists", Sex.FEMALE, 40, False, 3),
        ("nsfc_excellent_young", Sex.MALE, 38, False, 3),
        ("nsfc_excellent_young", Sex.FEMALE, 40, False, 3),
        ("nsfc_distinguished_young", Sex.MALE, 45, False, 5),
        ("nsfc_distinguished_young", Sex.FEMALE, 48, False, 5),
        ("cast_young_elite", Sex.MALE, 32, True, 3),
        ("jiangsu_young_sponsorship", Sex.FEMALE, 35, True, 2),
        ("xuzhou_young_sponsorship", Sex.MALE, 34, True, 2),
        ("jiangsu_shuangchuang_doctor", Sex.MALE, 35, True, 2),
        ("jiangsu_333_tier1", Sex.MALE, 55, True, 5),
        ("jiangsu_333_tier2", Sex.MALE, 50, True, 5),
        ("jiangsu_333_tier3", Sex.MALE, 45, True, 5),
        ("jiangsu_basic_research_climbing", Sex.MALE, 45, True, 5),
        ("jiangsu_distinguished_young", Sex.MALE, 40, True, 3),
        ("jiangsu_distinguished_young", Sex.FEMALE, 43, True, 3),
    ],
)
def test_preset_age_limits_and_cycles(code: str, sex: Sex, limit: int, inclusive: bool,
                                      cycle_years: int) -> None:
    program = PRESETS[code]
    assert program.age_rule is not None
    assert program.age_rule.limit_for(sex) == limit
    assert program.age_rule.inclusive is inclusive
    assert program.cycle_years == cycle_years


@pytest.mark.parametrize(
    ("code", "funding_total"),
    [
        ("nsfc_distinguished_young", Decimal(4_000_000)),
        ("cast_young_elite", Decimal(300_000)),  # 10万 a year for 3 years
        ("jiangsu_young_sponsorship", Decimal(30_000)),
        ("jiangsu_shuangchuang_doctor", Decimal(150_000)),
        ("jiangsu_distinguished_young", Decimal(1_800_000)),
        ("nsfc_basic_science_center", Decimal(60_000_000)),
    ],
)
def test_preset_funding(code: str, funding_total: Decimal) -> None:
    assert PRESETS[code].funding_total == funding_total


def test_distinguished_young_quota_and_basic_research_share() -> None:
    program = PRESETS["nsfc_distinguished_young"]
    assert [b.label for b in program.grade_scale.bands] == ["优秀", "良好", "一般"]
    assert program.grade_scale.top_quota == Fraction(1, 5)
    assert program.domestic_journal_min_share == Fraction(1, 3)


def test_programs_without_age_limit() -> None:
    assert PRESETS["nsfc_basic_science_center"].age_rule is None
    assert PRESETS["jiangsu_shuangchuang_team"].age_rule is None


@pytest.mark.parametrize("kind", sorted(load_grade_scales()))
def test_standard_grade_scales_descend_to_zero(kind: pr.GradeScaleKind) -> None:
    minimums = [b.min_score for b in load_grade_scales()[kind].bands]
    assert minimums == sorted(minimums, reverse=True)
    assert minimums[-1] == 0


BASE = dataclasses.replace(PRESETS["cast_young_elite"], tranches=())
FOUR = load_grade_scales()[pr.GradeScaleKind.FOUR_LEVEL]


@pytest.mark.parametrize(
    ("changes", "code", "params"),
    [
        ({"age_rule": AgeRule(0, ReferenceDateRule.DAY_OF_APPLICATION_YEAR, True)},
         "age_limit_not_positive", {"limits": [0, None, None]}),
        ({"age_rule": AgeRule(35, ReferenceDateRule.FIXED_DATE, True)},
         "reference_date_missing", {"rule": "fixed_date"}),
        ({"age_rule": AgeRule(35, ReferenceDateRule.DAY_OF_APPLICATION_YEAR, True,
                              reference_month=2, reference_day=29)},
         "reference_day_invalid", {"month": 2, "day": 29}),
        ({"checkpoints": (CheckpointTemplate("final", pr.CheckpointKind.FINAL, 36),
                          CheckpointTemplate("final", pr.CheckpointKind.FINAL, 36))},
         "duplicate_checkpoint_key", {"checkpoint": "final"}),
        ({"checkpoints": (CheckpointTemplate("final", pr.CheckpointKind.FINAL, 37),)},
         "checkpoint_outside_cycle",
         {"checkpoint": "final", "offset_months": 37, "cycle_months": 36}),
        ({"grade_scale": dataclasses.replace(FOUR, bands=(
            GradeBand("excellent", "优秀", Decimal(80)), GradeBand("good", "良好", Decimal(90))))},
         "grade_thresholds_not_descending", {"thresholds": ["80", "90"]}),
        ({"grade_scale": dataclasses.replace(FOUR, top_quota=Fraction(0))},
         "top_quota_out_of_range", {"top_quota": "0"}),
        ({"aggregation": pr.Aggregation(pr.AggregationMethod.TRIMMED_MEAN, 2)},
         "trim_min_reviewers_too_small", {"trim_min_reviewers": 2, "minimum": 3}),
        ({"tranches": (TrancheTemplate("t1", Fraction(1, 2)),)},
         "tranche_shares_not_whole", {"total": "1/2"}),
        ({"tranches": (TrancheTemplate("t1", Fraction(1), "mid_term"),)},
         "tranche_checkpoint_unknown", {"tranche": "t1", "checkpoint": "mid_term"}),
    ],
)
def test_validate_program_reports(changes: dict[str, typing.Any], code: str,
                                  params: dict[str, typing.Any]) -> None:
    problems = validate_program(dataclasses.replace(BASE, **changes))
    assert [(p.code, p.params) for p in problems] == [(code, params)]


def test_fixed_reference_date_parses_from_json() -> None:
    data = {"code": "x", "name": "x", "owner": "x", "level": "unit",
            "categories": ["basic_research"], "cycle_years": 2,
            "age_rule": {"limit": 34, "reference": "fixed_date", "inclusive": True,
                         "fixed_reference": "2024-06-30"},
            "checkpoints": [{"key": "final", "kind": "final", "offset_months": 24}],
            "grade_scale": {"kind": "pass_fail"},
            "aggregation": {"method": "trimmed_mean", "trim_min_reviewers": 7},
            "source": "test", "confidence": "L"}
    program = pr.program_from_dict(data)
    assert program.age_rule is not None
    assert program.age_rule.fixed_reference == date(2024, 6, 30)
    assert program.aggregation == pr.Aggregation(pr.AggregationMethod.TRIMMED_MEAN, 7)
    assert validate_program(program) == []
