"""Checkpoint schedule of one enrollment: template, individual plan, extensions, termination."""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.eligibility import Person
from talentdesk.domain.researchers.programs import (
    CheckpointKind,
    EvaluationCategory,
    Program,
    Sex,
    checkpoint_outside_cycle,
)


class ExtensionReason(StrEnum):
    MATERNITY = "maternity"
    BREASTFEEDING = "breastfeeding"
    ILLNESS = "illness"
    ABROAD = "abroad"  # secondment or study abroad
    OTHER = "other"


# The 2021 measures grant pregnancy/breastfeeding extensions to women researchers (§1.7).
_WOMEN_ONLY_REASONS = frozenset({ExtensionReason.MATERNITY, ExtensionReason.BREASTFEEDING})


class TerminationReason(StrEnum):
    FAILED_ASSESSMENT = "failed_assessment"
    MISCONDUCT = "misconduct"  # integrity veto (品德为首)
    LEFT_UNIT = "left_unit"  # e.g. 双创 requires staying for the whole cycle
    OWN_REQUEST = "own_request"
    OTHER = "other"


@dataclasses.dataclass(frozen=True)
class Extension:
    """An approved pause from ``starts_on`` to ``ends_on`` (inclusive)."""

    reason: ExtensionReason
    starts_on: date
    ends_on: date
    approved_by: str
    note: str = ""

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1


@dataclasses.dataclass(frozen=True)
class Termination:
    on: date
    reason: TerminationReason
    approved_by: str
    note: str = ""


@dataclasses.dataclass(frozen=True)
class CheckpointOverride:
    """One change to the program's checkpoint template for a single person.

    A key from the template is moved (``offset_months``) or dropped (``skip``); a new key needs
    a ``kind`` and an ``offset_months`` and adds a checkpoint.
    """

    key: str
    offset_months: int | None = None
    kind: CheckpointKind | None = None
    skip: bool = False


@dataclasses.dataclass(frozen=True)
class IndividualPlan:
    """一人一策: agreed goals, checkpoint changes and support, with who approved them."""

    approved_by: str
    approved_on: date
    goals: tuple[str, ...] = ()
    checkpoints: tuple[CheckpointOverride, ...] = ()
    support_total: Decimal | None = None


@dataclasses.dataclass(frozen=True)
class Enrollment:
    """A person in a program from ``start``; ``key`` identifies it in alerts and exports."""

    key: str
    person: Person
    program: Program
    category: EvaluationCategory
    start: date
    extensions: tuple[Extension, ...] = ()
    plan: IndividualPlan | None = None
    termination: Termination | None = None

    @property
    def support_total(self) -> Decimal | None:
        if self.plan is not None and self.plan.support_total is not None:
            return self.plan.support_total
        return self.program.funding_total


@dataclasses.dataclass(frozen=True)
class ScheduledCheckpoint:
    """A checkpoint with the agreed due date (for audit) and the due date after extensions."""

    key: str
    kind: CheckpointKind
    original_due: date
    due: date
    cancelled: bool = False


@dataclasses.dataclass(frozen=True)
class Schedule:
    start: date
    original_end: date
    end: date
    checkpoints: tuple[ScheduledCheckpoint, ...]
    problems: tuple[Problem, ...] = ()

    def checkpoint(self, key: str) -> ScheduledCheckpoint:
        return next(c for c in self.checkpoints if c.key == key)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the month's last day (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def period_end(start: date, months: int) -> date:
    """Last day of ``months`` months from ``start`` (2024-07-01 and 24 give 2026-06-30)."""
    return add_months(start, months) - timedelta(days=1)


def build_schedule(enrollment: Enrollment) -> Schedule:
    """Generate the enrollment's checkpoints and cycle end.

    Order: template, then the individual plan's overrides (they set the agreed dates), then
    extensions by start date (each moves every checkpoint due on or after its first day, and the
    cycle end, by its length), then termination (cancels what falls after it). Invalid
    extensions are reported and shift nothing, so one typo cannot silently move all deadlines.

    Problems:
        category_not_in_program (field category): category, program.
        approver_missing (field approved_by): record ("plan", "extension", "termination").
        plan_checkpoint_unknown (field checkpoints): checkpoint.
        checkpoint_outside_cycle (field checkpoints): checkpoint, offset_months, cycle_months.
        extension_ends_before_start (field ends_on): starts_on, ends_on.
        extension_requires_female (field reason): reason.
        extension_outside_cycle (field starts_on): starts_on, cycle_start, cycle_end.
        extensions_overlap (field starts_on): starts_on, previous_starts_on, previous_ends_on.
        termination_outside_cycle (field on): terminated_on, cycle_start, cycle_end.
    """
    program = enrollment.program
    problems: list[Problem] = []
    if enrollment.category not in program.categories:
        problems.append(Problem("category_not_in_program", "category",
                                {"category": str(enrollment.category), "program": program.code}))
    offsets = _planned_offsets(enrollment, problems)
    start = enrollment.start
    original_end = period_end(start, program.cycle_months)
    planned = sorted(((period_end(start, months), key, kind)
                      for key, (kind, months) in offsets.items()))
    dues = {key: due for due, key, _ in planned}
    end = original_end
    previous: Extension | None = None
    for extension in sorted(enrollment.extensions, key=lambda e: (e.starts_on, e.ends_on)):
        extension_problems = _extension_problems(extension, enrollment.person.sex, start, end,
                                                 previous)
        problems += extension_problems
        if extension_problems:
            continue
        shift = timedelta(days=extension.days)
        dues = {key: due + shift if due >= extension.starts_on else due
                for key, due in dues.items()}
        end += shift
        previous = extension
    termination = enrollment.termination
    cutoff = None
    if termination is not None:
        if not termination.approved_by.strip():
            problems.append(_approver_missing("termination"))
        if start <= termination.on <= end:
            cutoff = termination.on
        else:
            problems.append(Problem("termination_outside_cycle", "on",
                                    {"terminated_on": termination.on, "cycle_start": start,
                                     "cycle_end": end}))
    checkpoints = tuple(
        ScheduledCheckpoint(key, kind, original, dues[key],
                            cancelled=cutoff is not None and dues[key] > cutoff)
        for original, key, kind in planned)
    return Schedule(start=start, original_end=original_end,
                    end=cutoff if cutoff is not None else end,
                    checkpoints=tuple(sorted(checkpoints, key=lambda c: (c.due, c.key))),
                    problems=tuple(problems))


def _planned_offsets(enrollment: Enrollment,
                     problems: list[Problem]) -> dict[str, tuple[CheckpointKind, int]]:
    program = enrollment.program
    offsets = {c.key: (c.kind, c.offset_months) for c in program.checkpoints}
    plan = enrollment.plan
    if plan is not None:
        if not plan.approved_by.strip():
            problems.append(_approver_missing("plan"))
        for override in plan.checkpoints:
            if override.skip:
                if offsets.pop(override.key, None) is None:
                    problems.append(_plan_checkpoint_unknown(override.key))
                continue
            current_kind, current_months = offsets.get(override.key, (None, None))
            kind = override.kind if override.kind is not None else current_kind
            months = (override.offset_months if override.offset_months is not None
                      else current_months)
            if kind is None or months is None:
                problems.append(_plan_checkpoint_unknown(override.key))
                continue
            if not 0 < months <= program.cycle_months:
                problems.append(checkpoint_outside_cycle(override.key, months,
                                                         program.cycle_months))
                continue
            offsets[override.key] = (kind, months)
    return offsets


def _extension_problems(extension: Extension, sex: Sex, start: date, end: date,
                        previous: Extension | None) -> list[Problem]:
    problems = []
    if not extension.approved_by.strip():
        problems.append(_approver_missing("extension"))
    if extension.ends_on < extension.starts_on:
        problems.append(Problem("extension_ends_before_start", "ends_on",
                                {"starts_on": extension.starts_on, "ends_on": extension.ends_on}))
    if extension.reason in _WOMEN_ONLY_REASONS and sex is not Sex.FEMALE:
        problems.append(Problem("extension_requires_female", "reason",
                                {"reason": str(extension.reason)}))
    if not start <= extension.starts_on <= end:
        problems.append(Problem("extension_outside_cycle", "starts_on",
                                {"starts_on": extension.starts_on, "cycle_start": start,
                                 "cycle_end": end}))
    if previous is not None and extension.starts_on <= previous.ends_on:
        # Overlapping pauses would count the shared days twice.
        problems.append(Problem("extensions_overlap", "starts_on",
                                {"starts_on": extension.starts_on,
                                 "previous_starts_on": previous.starts_on,
                                 "previous_ends_on": previous.ends_on}))
    return problems


def _approver_missing(record: str) -> Problem:
    return Problem("approver_missing", "approved_by", {"record": record})


def _plan_checkpoint_unknown(key: str) -> Problem:
    return Problem("plan_checkpoint_unknown", "checkpoints", {"checkpoint": key})

