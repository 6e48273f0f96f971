"""Money: funding tranches gated by checkpoint decisions, contribution rewards with caps."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from types import MappingProxyType

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.evaluation import CheckpointDecision, Decision
from talentdesk.domain.researchers.programs import Program, preset_section

_CENT = Decimal("0.01")


@dataclasses.dataclass(frozen=True)
class Tranche:
    """Money for one enrollment, released at enrollment (no checkpoint) or by a checkpoint."""

    key: str
    amount: Decimal
    release_checkpoint: str | None = None


def plan_tranches(program: Program, total: Decimal) -> tuple[Tranche, ...]:
    """Split ``total`` yuan by the program's tranche shares.

    Amounts are cut to the fen and the last tranche takes the remainder, so the tranches
    always add up to the total (1/3 of 10万 is not a whole number of fen).
    """
    tranches = []
    remaining = total
    for index, template in enumerate(program.tranches):
        if index == len(program.tranches) - 1:
            amount = remaining
        else:
            amount = (total * template.share.numerator / template.share.denominator).quantize(
                _CENT, rounding=ROUND_DOWN)
        remaining -= amount
        tranches.append(Tranche(template.key, amount, template.release_checkpoint))
    return tuple(tranches)


class TrancheStatus(StrEnum):
    PENDING = "pending"  # its checkpoint has not been decided
    DUE = "due"  # released, not yet paid
    PAID = "paid"
    BLOCKED = "blocked"  # withheld (缓拨) or stopped by termination


@dataclasses.dataclass(frozen=True)
class TrancheState:
    tranche: Tranche
    status: TrancheStatus
    released_on: date | None = None
    paid_on: date | None = None


def tranche_states(tranches: Sequence[Tranche], decisions: Sequence[CheckpointDecision],
                   paid_on: Mapping[str, date], *, terminated: bool = False,
                   ) -> tuple[tuple[TrancheState, ...], list[Problem]]:
    """Where each tranche stands.

    A gated tranche is released only by a decision on its checkpoint that includes
    RELEASE_TRANCHE; any other decision there (continue alone, warn, terminate) withholds it.
    Termination, or a TERMINATE decision on any checkpoint, blocks every unpaid tranche;
    money already paid is a clawback question outside this module.

    Args:
        paid_on: payment date by tranche key.

    Problems: tranche_paid_without_release (field paid_on): tranche, paid_on.
    """
    by_checkpoint = {d.checkpoint_key: d for d in decisions}
    stopped = terminated or any(Decision.TERMINATE in d.options for d in decisions)
    states = []
    problems = []
    for tranche in tranches:
        gate = tranche.release_checkpoint
        decision = by_checkpoint.get(gate) if gate is not None else None
        released = gate is None or (decision is not None
                                    and Decision.RELEASE_TRANCHE in decision.options)
        released_on = decision.decided_on if decision is not None and released else None
        paid = paid_on.get(tranche.key)
        if paid is not None:
            if not released:
                problems.append(Problem("tranche_paid_without_release", "paid_on",
                                        {"tranche": tranche.key, "paid_on": paid}))
            status = TrancheStatus.PAID
        elif stopped:
            status = TrancheStatus.BLOCKED
        elif released:
            status = TrancheStatus.DUE
        elif decision is not None:
            status = TrancheStatus.BLOCKED
        else:
            status = TrancheStatus.PENDING
        states.append(TrancheState(tranche, status, released_on, paid))
    return tuple(states), problems


@dataclasses.dataclass(frozen=True)
class RewardPolicy:
    """A contribution-reward policy (人才贡献奖励) and its limits per person.

    Attributes:
        annual_cap: most one person may get from this policy in one year.
        cumulative_cap: most one person may get from this policy over all years.
        exclusivity_group: policies sharing a group pay only one of them per year, the
            highest (就高不重复).
    """

    code: str
    name: str
    annual_cap: Decimal | None = None
    cumulative_cap: Decimal | None = None
    exclusivity_group: str | None = None
    source: str = ""
    confidence: str = ""


@functools.cache
def load_reward_policies() -> Mapping[str, RewardPolicy]:
    """The §1.8 Suzhou/Jiangsu reward policies shipped as presets, by code."""
    return MappingProxyType({
        data["code"]: RewardPolicy(
            code=data["code"], name=data["name"],
            annual_cap=Decimal(data["annual_cap"]) if data["annual_cap"] else None,
            cumulative_cap=Decimal(data["cumulative_cap"]) if data["cumulative_cap"] else None,
            exclusivity_group=data["exclusivity_group"],
            source=data["source"], confidence=data["confidence"])
        for data in preset_section("reward_policies")
    })


@dataclasses.dataclass(frozen=True)
class RewardClaim:
    """What one person would get from ``policy`` in ``year`` before caps and exclusivity."""

    policy: str
    year: int
    amount: Decimal


class RewardStatus(StrEnum):
    GRANTED = "granted"
    CAPPED = "capped"
    EXCLUDED = "excluded"


@dataclasses.dataclass(frozen=True)
class RewardAward:
    claim: RewardClaim
    granted: Decimal
    status: RewardStatus
    problems: tuple[Problem, ...] = ()


def settle_rewards(claims: Sequence[RewardClaim], policies: Mapping[str, RewardPolicy],
                   granted_before: Mapping[str, Decimal] | None = None,
                   ) -> tuple[RewardAward, ...]:
    """Apply caps and exclusivity to one person's claims; awards come back in claim order.

    Years are settled in order so cumulative caps see earlier years. Within a year, each
    exclusivity group (a policy without one is its own group, so a policy pays once a year)
    keeps the claim worth most after caps, because 就高 means the person gets the higher
    amount; ties go to the policy code that sorts first.

    Args:
        granted_before: amounts already granted per policy code in earlier, settled years.

    Problems (field amount unless noted):
        reward_policy_unknown (field policy): policy.
        reward_capped_annual: policy, year, claimed, granted, cap.
        reward_capped_cumulative: policy, year, claimed, granted, cap, granted_before.
        reward_excluded_same_year: policy, year, group, kept_policy, kept_amount.
    """
    cumulative = dict(granted_before or {})
    awards: dict[int, RewardAward] = {}
    for year in sorted({c.year for c in claims}):
        groups: dict[str, list[tuple[int, Decimal, list[Problem]]]] = {}
        for index, claim in enumerate(claims):
            if claim.year != year:
                continue
            policy = policies.get(claim.policy)
            if policy is None:
                awards[index] = RewardAward(claim, Decimal(0), RewardStatus.EXCLUDED, (
                    Problem("reward_policy_unknown", "policy", {"policy": claim.policy}),))
                continue
            granted, problems = _capped(claim, policy, cumulative.get(policy.code, Decimal(0)))
            groups.setdefault(policy.exclusivity_group or policy.code, []).append(
                (index, granted, problems))
        for group, members in groups.items():
            best = min(members, key=lambda m: (-m[1], claims[m[0]].policy))
            kept = claims[best[0]]
            for index, granted, problems in members:
                claim = claims[index]
                if index != best[0]:
                    awards[index] = RewardAward(claim, Decimal(0), RewardStatus.EXCLUDED, (
                        Problem("reward_excluded_same_year", "amount",
                                {"policy": claim.policy, "year": year, "group": group,
                                 "kept_policy": kept.policy, "kept_amount": best[1]}),))
                    continue
                status = RewardStatus.CAPPED if problems else RewardStatus.GRANTED
                awards[index] = RewardAward(claim, granted, status, tuple(problems))
                cumulative[claim.policy] = cumulative.get(claim.policy, Decimal(0)) + granted
    return tuple(awards[i] for i in range(len(claims)))


def _capped(claim: RewardClaim, policy: RewardPolicy,
            before: Decimal) -> tuple[Decimal, list[Problem]]:
    granted = claim.amount
    problems = []
    params = {"policy": policy.code, "year": claim.year, "claimed": claim.amount}
    if policy.annual_cap is not None and granted > policy.annual_cap:
        granted = policy.annual_cap
        problems.append(Problem("reward_capped_annual", "amount",
                                {**params, "granted": granted, "cap": policy.annual_cap}))
    if policy.cumulative_cap is not None and before + granted > policy.cumulative_cap:
        granted = max(policy.cumulative_cap - before, Decimal(0))
        problems.append(Problem("reward_capped_cumulative", "amount",
                                {**params, "granted": granted, "cap": policy.cumulative_cap,
                                 "granted_before": before}))
    return granted, problems
