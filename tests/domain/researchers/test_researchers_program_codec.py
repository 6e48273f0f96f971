"""Programs to JSON and back: every preset, and the grade bands an officer edited."""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from talentdesk.domain.researchers.program_codec import program_from_json, program_to_dict
from talentdesk.domain.researchers.programs import (
    AgeRule,
    ReferenceDateRule,
    load_program_presets,
)

PRESETS = load_program_presets()


@pytest.mark.parametrize("code", sorted(PRESETS))
def test_presets_survive_a_json_round_trip(code: str) -> None:
    program = PRESETS[code]
    assert program_from_json(json.loads(json.dumps(program_to_dict(program)))) == program


def test_edited_bands_quota_and_fixed_reference_are_kept() -> None:
    base = PRESETS["jiangsu_young_sponsorship"]
    scale = base.grade_scale
    edited = dataclasses.replace(
        base,
        grade_scale=dataclasses.replace(
            scale, top_quota=Fraction(3, 10),
            bands=(dataclasses.replace(scale.bands[0], min_score=Decimal("92.5")),
                   *scale.bands[1:])),
        age_rule=AgeRule(34, ReferenceDateRule.FIXED_DATE, True,
                         fixed_reference=date(2024, 6, 30)))
    data = json.loads(json.dumps(program_to_dict(edited)))
    assert data["grade_scale"]["bands"][0]["min_score"] == "92.5"
    assert program_from_json(data) == edited
