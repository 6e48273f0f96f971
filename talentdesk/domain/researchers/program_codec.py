"""A program as JSON and back: the presets' layout plus the grade bands an officer edited."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from talentdesk.domain.researchers.programs import (
    AgeRule,
    GradeBand,
    Program,
    program_from_dict,
)


def program_to_dict(program: Program) -> dict[str, Any]:
    """The JSON form of ``program``; ``program_from_json`` reads it back unchanged.

    Numbers that must stay exact (amounts, shares, thresholds) are strings, as in the presets.
    """
    scale = program.grade_scale
    scale_data: dict[str, Any] = {
        "kind": str(scale.kind),
        "bands": [{"grade": b.grade, "label": b.label, "min_score": str(b.min_score)}
                  for b in scale.bands],
    }
    if scale.top_quota is not None:
        scale_data["top_quota"] = str(scale.top_quota)
    return {
        "code": program.code,
        "name": program.name,
        "owner": program.owner,
        "level": str(program.level),
        "categories": [str(c) for c in program.categories],
        "cycle_years": program.cycle_years,
        "age_rule": _age_rule_to_dict(program.age_rule),
        "checkpoints": [{"key": c.key, "kind": str(c.kind), "offset_months": c.offset_months}
                        for c in program.checkpoints],
        "grade_scale": scale_data,
        "tranches": [{"key": t.key, "share": str(t.share),
                      "release_checkpoint": t.release_checkpoint} for t in program.tranches],
        "aggregation": {"method": str(program.aggregation.method),
                        "trim_min_reviewers": program.aggregation.trim_min_reviewers},
        "funding_total": None if program.funding_total is None else str(program.funding_total),
        "max_representative_works": program.max_representative_works,
        "domestic_journal_min_share": (None if program.domestic_journal_min_share is None
                                       else str(program.domestic_journal_min_share)),
        "source": program.source,
        "confidence": program.confidence,
        "unverified": sorted(program.unverified),
    }


def program_from_json(data: Mapping[str, Any]) -> Program:
    """Read the presets' layout; grade bands stored with the program replace the standard ones."""
    program = program_from_dict(data)
    bands = data["grade_scale"].get("bands")
    if not bands:
        return program
    scale = dataclasses.replace(
        program.grade_scale,
        bands=tuple(GradeBand(b["grade"], b["label"], Decimal(b["min_score"])) for b in bands))
    return dataclasses.replace(program, grade_scale=scale)


def _age_rule_to_dict(rule: AgeRule | None) -> dict[str, Any] | None:
    if rule is None:
        return None
    return {
        "limit": rule.limit,
        "reference": str(rule.reference),
        "inclusive": rule.inclusive,
        "male_limit": rule.male_limit,
        "female_limit": rule.female_limit,
        "reference_month": rule.reference_month,
        "reference_day": rule.reference_day,
        "fixed_reference": (None if rule.fixed_reference is None
                            else rule.fixed_reference.isoformat()),
    }
