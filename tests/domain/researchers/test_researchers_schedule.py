"""Checkpoint schedules: generation, extensions shifting later dates, termination, 一人一策."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.eligibility import Person
from talentdesk.domain.researchers.programs import (
    CheckpointKind,
    EvaluationCategory,
    Sex,
    load_program_presets,
)
from talentdesk.domain.researchers.schedule import (
    CheckpointOverride,
    Enrollment,
    Extension,
    ExtensionReason,
    IndividualPlan,
    Termination,
    TerminationReason,
    add_months,
    build_schedule,
    period_end,
)

PRESETS = load_program_presets()
BASIC = EvaluationCategory.BASIC_RESEARCH
WOMAN = Person(date(1990, 3, 15), Sex.FEMALE)
MAN = Person(date(1990, 3, 15), Sex.MALE)


def nsfc_youth(person: Person = WOMAN, **changes) -> Enrollment:
    """NSFC youth fund, 3 years from 2024-01-01: reports due 2024-12-31, 2025-12-31, 2026-12-31."""
    return Enrollment("e1", person, PRESETS["nsfc_young_scientists"], BASIC, date(2024, 1, 1),
                      **changes)


def dues(enrollment: Enrollment) -> dict[str, date]:
    return {c.key: c.due for c in build_schedule(enrollment).checkpoints}


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 7, 1), 24, date(2026, 7, 1)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 1, 31), 1, date(2023, 2, 28)),
        (date(2024, 11, 15), 3, date(2025, 2, 15)),
        (date(2024, 3, 31), -1, date(2024, 2, 29)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_jiangsu_sponsorship_cycle_matches_the_2024_round() -> None:
    # 2024 round: 2024-07-01 to 2026-06-30.
    enrollment = Enrollment("e", WOMAN, PRESETS["jiangsu_young_sponsorship"], BASIC,
                            date(2024, 7, 1))
    schedule = build_schedule(enrollment)
    assert (schedule.end, schedule.original_end) == (date(2026, 6, 30), date(2026, 6, 30))
    assert period_end(date(2024, 7, 1), 24) == date(2026, 6, 30)
    assert [(c.key, c.due) for c in schedule.checkpoints] == [
        ("annual_1", date(2025, 6, 30)), ("final", date(2026, 6, 30))]
    assert schedule.problems == ()


def test_generated_schedule_from_template() -> None:
    schedule = build_schedule(nsfc_youth())
    assert [(c.key, c.kind, c.original_due, c.due) for c in schedule.checkpoints] == [
        ("annual_1", CheckpointKind.ANNUAL, date(2024, 12, 31), date(2024, 12, 31)),
        ("annual_2", CheckpointKind.ANNUAL, date(2025, 12, 31), date(2025, 12, 31)),
        ("final", CheckpointKind.FINAL, date(2026, 12, 31), date(2026, 12, 31)),
    ]


def ext(reason: ExtensionReason, start: date, end: date, approver: str = "人事处") -> Extension:
    return Extension(reason, start, end, approver)


MATERNITY_2025 = ext(ExtensionReason.MATERNITY, date(2025, 1, 1), date(2025, 12, 31))  # 365 d


@pytest.mark.parametrize(
    ("extensions", "expected", "end"),
    [
        # Only checkpoints on or after the first day of the pause move.
        ((MATERNITY_2025,),
         {"annual_1": date(2024, 12, 31), "annual_2": date(2026, 12, 31),
          "final": date(2027, 12, 31)}, date(2027, 12, 31)),
        # A pause starting on a due day moves that checkpoint too (31 days here).
        ((ext(ExtensionReason.ILLNESS, date(2024, 12, 31), date(2025, 1, 30)),),
         {"annual_1": date(2025, 1, 31), "annual_2": date(2026, 1, 31),
          "final": date(2027, 1, 31)}, date(2027, 1, 31)),
        # Two pauses add up, in days: 365, then 90 (2028-02 has 29 days).
        ((ext(ExtensionReason.BREASTFEEDING, date(2026, 1, 1), date(2026, 3, 31)),
          MATERNITY_2025),
         {"annual_1": date(2024, 12, 31), "annual_2": date(2027, 3, 31),
          "final": date(2028, 3, 30)}, date(2028, 3, 30)),
        # A pause after the last checkpoint only moves the cycle end.
        ((ext(ExtensionReason.ABROAD, date(2026, 12, 31), date(2026, 12, 31)),),
         {"annual_1": date(2024, 12, 31), "annual_2": date(2025, 12, 31),
          "final": date(2027, 1, 1)}, date(2027, 1, 1)),
    ],
)
def test_extensions_shift_later_checkpoints_and_end(extensions: tuple[Extension, ...],
                                                    expected: dict[str, date], end: date) -> None:
    schedule = build_schedule(nsfc_youth(extensions=extensions))
    assert schedule.problems == ()
    assert {c.key: c.due for c in schedule.checkpoints} == expected
    assert schedule.end == end
    assert schedule.original_end == date(2026, 12, 31)
    assert schedule.checkpoint("final").original_due == date(2026, 12, 31)


ORIGINAL = {"annual_1": date(2024, 12, 31), "annual_2": date(2025, 12, 31),
            "final": date(2026, 12, 31)}


@pytest.mark.parametrize(
    ("person", "extensions", "code", "params"),
    [
        (MAN, (MATERNITY_2025,), "extension_requires_female", {"reason": "maternity"}),
        (WOMAN, (ext(ExtensionReason.OTHER, date(2025, 2, 1), date(2025, 1, 1)),),
         "extension_ends_before_start",
         {"starts_on": date(2025, 2, 1), "ends_on": date(2025, 1, 1)}),
        (WOMAN, (ext(ExtensionReason.OTHER, date(2027, 1, 1), date(2027, 2, 1)),),
         "extension_outside_cycle",
         {"starts_on": date(2027, 1, 1), "cycle_start": date(2024, 1, 1),
          "cycle_end": date(2026, 12, 31)}),
        (WOMAN, (ext(ExtensionReason.OTHER, date(2025, 1, 1), date(2025, 2, 1), approver=" "),),
         "approver_missing", {"record": "extension"}),
    ],
)
def test_invalid_extensions_shift_nothing(person: Person, extensions: tuple[Extension, ...],
                                          code: str, params: dict) -> None:
    schedule = build_schedule(nsfc_youth(person, extensions=extensions))
    assert [(p.code, p.params) for p in schedule.problems] == [(code, params)]
    assert {c.key: c.due for c in schedule.checkpoints} == ORIGINAL


def test_overlapping_extension_is_reported_and_skipped() -> None:
    overlapping = ext(ExtensionReason.ILLNESS, date(2025, 6, 1), date(2025, 6, 30))
    schedule = build_schedule(nsfc_youth(extensions=(MATERNITY_2025, overlapping)))
    assert schedule.problems == (
        Problem("extensions_overlap", "starts_on",
                {"starts_on": date(2025, 6, 1), "previous_starts_on": date(2025, 1, 1),
                 "previous_ends_on": date(2025, 12, 31)}),)
    assert schedule.end == date(2027, 12, 31)


def test_early_termination_cancels_later_checkpoints() -> None:
    termination = Termination(date(2025, 6, 30), TerminationReason.LEFT_UNIT, "院长办公会")
    schedule = build_schedule(nsfc_youth(termination=termination))
    assert schedule.end == date(2025, 6, 30)
    assert [(c.key, c.cancelled) for c in schedule.checkpoints] == [
        ("annual_1", False), ("annual_2", True), ("final", True)]


@pytest.mark.parametrize(
    ("termination", "code", "params"),
    [
        (Termination(date(2027, 1, 1), TerminationReason.OTHER, "x"), "termination_outside_cycle",
         {"terminated_on": date(2027, 1, 1), "cycle_start": date(2024, 1, 1),
          "cycle_end": date(2026, 12, 31)}),
        (Termination(date(2025, 1, 1), TerminationReason.MISCONDUCT, ""), "approver_missing",
         {"record": "termination"}),
    ],
)
def test_termination_problems(termination: Termination, code: str, params: dict) -> None:
    schedule = build_schedule(nsfc_youth(termination=termination))
    assert [(p.code, p.params) for p in schedule.problems] == [(code, params)]


def plan(*overrides: CheckpointOverride, approver: str = "分管院领导", **changes) -> IndividualPlan:
    return IndividualPlan(approver, date(2024, 1, 15), checkpoints=overrides, **changes)


def test_individual_plan_moves_skips_and_adds_checkpoints() -> None:
    enrollment = nsfc_youth(plan=plan(
        CheckpointOverride("annual_2", skip=True),
        CheckpointOverride("annual_1", offset_months=6),
        CheckpointOverride("mid_term", kind=CheckpointKind.MID_TERM, offset_months=18),
        goals=("2 篇代表作", "建成课题组"), support_total=Decimal(250_000)))
    schedule = build_schedule(enrollment)
    assert schedule.problems == ()
    assert [(c.key, c.kind, c.due) for c in schedule.checkpoints] == [
        ("annual_1", CheckpointKind.ANNUAL, date(2024, 6, 30)),
        ("mid_term", CheckpointKind.MID_TERM, date(2025, 6, 30)),
        ("final", CheckpointKind.FINAL, date(2026, 12, 31)),
    ]
    assert enrollment.support_total == Decimal(250_000)
    assert nsfc_youth().support_total == Decimal(200_000)


@pytest.mark.parametrize(
    ("individual", "code", "params"),
    [
        (plan(CheckpointOverride("extra", offset_months=12)), "plan_checkpoint_unknown",
         {"checkpoint": "extra"}),
        (plan(CheckpointOverride("extra", skip=True)), "plan_checkpoint_unknown",
         {"checkpoint": "extra"}),
        (plan(CheckpointOverride("final", offset_months=40)), "checkpoint_outside_cycle",
         {"checkpoint": "final", "offset_months": 40, "cycle_months": 36}),
        (plan(approver=""), "approver_missing", {"record": "plan"}),
    ],
)
def test_individual_plan_problems(individual: IndividualPlan, code: str, params: dict) -> None:
    schedule = build_schedule(nsfc_youth(plan=individual))
    assert [(p.code, p.params) for p in schedule.problems] == [(code, params)]
    assert {c.key: c.due for c in schedule.checkpoints} == ORIGINAL


def test_plan_dates_are_the_original_dates_extensions_shift() -> None:
    schedule = build_schedule(nsfc_youth(
        plan=plan(CheckpointOverride("annual_2", offset_months=30)),
        extensions=(MATERNITY_2025,)))
    annual_2 = schedule.checkpoint("annual_2")
    assert (annual_2.original_due, annual_2.due) == (date(2026, 6, 30), date(2027, 6, 30))


def test_category_must_belong_to_program() -> None:
    enrollment = Enrollment("e", WOMAN, PRESETS["nsfc_young_scientists"],
                            EvaluationCategory.TECHNOLOGY_TRANSFER, date(2024, 1, 1))
    assert build_schedule(enrollment).problems == (
        Problem("category_not_in_program", "category",
                {"category": "technology_transfer", "program": "nsfc_young_scientists"}),)
