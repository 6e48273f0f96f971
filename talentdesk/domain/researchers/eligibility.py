"""Age eligibility for a program on its reference date, refusing with the exact reason."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.programs import AgeRule, Program, ReferenceDateRule, Sex


@dataclasses.dataclass(frozen=True)
class Person:
    birth_date: date
    sex: Sex


@dataclasses.dataclass(frozen=True)
class ReferenceContext:
    """The call being applied to: its year, and its deadline when the rule counts from it."""

    application_year: int
    application_deadline: date | None = None


@dataclasses.dataclass(frozen=True)
class EligibilityResult:
    """Outcome of an age check; ``reference_date`` and ``age`` are None when no rule applies."""

    problems: tuple[Problem, ...] = ()
    reference_date: date | None = None
    age: int | None = None

    @property
    def eligible(self) -> bool:
        return not self.problems


def age_on(birth: date, ref: date) -> int:
    """Completed years (周岁) on ``ref``.

    Someone born on 29 February completes a year on 1 March in common years: comparing
    (month, day) pairs gives exactly that, with no special case.
    """
    had_birthday = (ref.month, ref.day) >= (birth.month, birth.day)
    return ref.year - birth.year - (0 if had_birthday else 1)


def turns_age_on(birth: date, years: int) -> date:
    """The first day on which ``age_on(birth, day) == years`` (1 March for a 29 February birth)."""
    try:
        return birth.replace(year=birth.year + years)
    except ValueError:
        return date(birth.year + years, 3, 1)


def earliest_birth_date(limit: int, inclusive: bool, ref: date) -> date:
    """The earliest birth date still within the limit on ``ref`` ("born on or after" in notices)."""
    too_old_at = limit + 1 if inclusive else limit
    year = ref.year - too_old_at
    try:
        last_too_old = date(year, ref.month, ref.day)
    except ValueError:
        # ref is 29 February and ``year`` is common: people born on 28 February are too old,
        # people born on 1 March are not (see age_on).
        last_too_old = date(year, 2, 28)
    return last_too_old + timedelta(days=1)


def ages_out_on(person: Person, rule: AgeRule) -> date:
    """The first reference date on which ``person`` no longer meets ``rule``."""
    limit = rule.limit_for(person.sex)
    return turns_age_on(person.birth_date, limit + 1 if rule.inclusive else limit)


def reference_date(rule: AgeRule, context: ReferenceContext) -> date | None:
    """The day ages are counted on for this call; None when the rule's input is missing."""
    match rule.reference:
        case ReferenceDateRule.DAY_OF_APPLICATION_YEAR:
            return date(context.application_year, rule.reference_month, rule.reference_day)
        case ReferenceDateRule.APPLICATION_DEADLINE:
            return context.application_deadline
        case ReferenceDateRule.FIXED_DATE:
            return rule.fixed_reference


def check_eligibility(person: Person, program: Program,
                      context: ReferenceContext) -> EligibilityResult:
    """Check ``person`` against the program's age rule for the call in ``context``.

    Problems (field ``birth_date`` unless noted):
        reference_date_missing (field application_deadline or age_rule): rule.
        born_after_reference_date: birth_date, reference_date, required_born_on_or_before.
        age_limit_exceeded: birth_date, sex, age, limit, inclusive, reference_date,
            required_born_on_or_after.
    """
    rule = program.age_rule
    if rule is None:
        return EligibilityResult()
    ref = reference_date(rule, context)
    if ref is None:
        field = ("application_deadline" if rule.reference is ReferenceDateRule.APPLICATION_DEADLINE
                 else "age_rule")
        return EligibilityResult(
            (Problem("reference_date_missing", field, {"rule": str(rule.reference)}),))
    birth = person.birth_date
    if birth > ref:
        # Almost always a typo in the birth date; an age below zero would read as "eligible".
        return EligibilityResult(
            (Problem("born_after_reference_date", "birth_date",
                     {"birth_date": birth, "reference_date": ref,
                      "required_born_on_or_before": ref}),),
            reference_date=ref)
    age = age_on(birth, ref)
    limit = rule.limit_for(person.sex)
    earliest = earliest_birth_date(limit, rule.inclusive, ref)
    if birth < earliest:
        return EligibilityResult(
            (Problem("age_limit_exceeded", "birth_date",
                     {"birth_date": birth, "sex": str(person.sex), "age": age, "limit": limit,
                      "inclusive": rule.inclusive, "reference_date": ref,
                      "required_born_on_or_after": earliest}),),
            reference_date=ref, age=age)
    return EligibilityResult(reference_date=ref, age=age)
