"""Tranches gated by checkpoint decisions; contribution rewards with caps and 就高不重复."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from talentdesk.domain.researchers.evaluation import CheckpointDecision, Decision
from talentdesk.domain.researchers.programs import TrancheTemplate, load_program_presets
from talentdesk.domain.researchers.rewards import (
    RewardClaim,
    RewardPolicy,
    RewardStatus,
    Tranche,
    TrancheStatus,
    load_reward_policies,
    plan_tranches,
    settle_rewards,
    tranche_states,
)

D = Decimal
PRESETS = load_program_presets()


def with_shares(*shares: tuple[str, str | None]):
    tranches = tuple(TrancheTemplate(f"t{i + 1}", Fraction(share), gate)
                     for i, (share, gate) in enumerate(shares))
    return dataclasses.replace(PRESETS["cast_young_elite"], tranches=tranches)


@pytest.mark.parametrize(
    ("program", "total", "amounts"),
    [
        # CAST 托举: 10万 a year for 3 years.
        (PRESETS["cast_young_elite"], D(300_000), [D(100_000)] * 3),
        # 海门 东洲英才: 4:3:3.
        (with_shares(("2/5", None), ("3/10", "annual_1"), ("3/10", "annual_2")), D(100_000),
         [D(40_000), D(30_000), D(30_000)]),
        # 日照: 50 % at the start, 50 % after the mid-term review.
        (with_shares(("1/2", None), ("1/2", "annual_1")), D(150_000), [D(75_000)] * 2),
        # Thirds of 10万: the last tranche takes the odd fen.
        (PRESETS["cast_young_elite"], D(100_000),
         [D("33333.33"), D("33333.33"), D("33333.34")]),
    ],
)
def test_plan_tranches(program, total: Decimal, amounts: list[Decimal]) -> None:
    tranches = plan_tranches(program, total)
    assert [t.amount for t in tranches] == amounts
    assert sum(t.amount for t in tranches) == total


START = Tranche("t1", D(50_000))
MID = Tranche("t2", D(50_000), "mid_term")


def decided(*options: Decision, key: str = "mid_term") -> CheckpointDecision:
    return CheckpointDecision(key, frozenset(options), date(2025, 7, 15), "考核委员会")


@pytest.mark.parametrize(
    ("decisions", "paid", "terminated", "statuses", "problems"),
    [
        ((), {}, False, [TrancheStatus.DUE, TrancheStatus.PENDING], []),
        ((), {"t1": date(2024, 7, 10)}, False, [TrancheStatus.PAID, TrancheStatus.PENDING], []),
        ((decided(Decision.CONTINUE, Decision.RELEASE_TRANCHE),), {}, False,
         [TrancheStatus.DUE, TrancheStatus.DUE], []),
        # Continue alone, or a warning, withholds the gated money (缓拨).
        ((decided(Decision.CONTINUE),), {}, False, [TrancheStatus.DUE, TrancheStatus.BLOCKED], []),
        ((decided(Decision.WARN),), {}, False, [TrancheStatus.DUE, TrancheStatus.BLOCKED], []),
        # Termination stops every unpaid tranche.
        ((decided(Decision.TERMINATE),), {"t1": date(2024, 7, 10)}, False,
         [TrancheStatus.PAID, TrancheStatus.BLOCKED], []),
        ((), {}, True, [TrancheStatus.BLOCKED, TrancheStatus.BLOCKED], []),
        # A decision on another checkpoint does not release this one.
        ((decided(Decision.RELEASE_TRANCHE, key="annual_1"),), {}, False,
         [TrancheStatus.DUE, TrancheStatus.PENDING], []),
        ((decided(Decision.WARN),), {"t2": date(2025, 8, 1)}, False,
         [TrancheStatus.DUE, TrancheStatus.PAID], ["tranche_paid_without_release"]),
    ],
)
def test_tranche_states(decisions: tuple[CheckpointDecision, ...], paid: dict[str, date],
                        terminated: bool, statuses: list[TrancheStatus],
                        problems: list[str]) -> None:
    states, found = tranche_states([START, MID], decisions, paid, terminated=terminated)
    assert [s.status for s in states] == statuses
    assert [p.code for p in found] == problems


def test_released_tranche_records_the_decision_date() -> None:
    states, _ = tranche_states([MID], [decided(Decision.RELEASE_TRANCHE)], {})
    assert states[0].released_on == date(2025, 7, 15)


POLICIES = load_reward_policies()
EXCELLENT = "suzhou_excellent_talent_contribution"  # cumulative ≤100万
HIGH_END = "suzhou_high_end_talent"  # ≤40万 a year
OVERSEAS = "jiangsu_overseas_permit_tax_reward"


def test_reward_presets_follow_section_1_8() -> None:
    assert POLICIES[EXCELLENT].cumulative_cap == D(1_000_000)
    assert POLICIES[HIGH_END].annual_cap == D(400_000)
    groups = {POLICIES[c].exclusivity_group for c in (EXCELLENT, HIGH_END, OVERSEAS)}
    assert len(groups) == 1


def claim(policy: str, year: int, amount: int) -> RewardClaim:
    return RewardClaim(policy, year, D(amount))


@pytest.mark.parametrize(
    ("claims", "granted", "statuses", "codes"),
    [
        ([claim(HIGH_END, 2024, 500_000)], [400_000], [RewardStatus.CAPPED],
         [["reward_capped_annual"]]),
        # Cumulative cap of 100万 across years.
        ([claim(EXCELLENT, 2023, 600_000), claim(EXCELLENT, 2024, 600_000)], [600_000, 400_000],
         [RewardStatus.GRANTED, RewardStatus.CAPPED], [[], ["reward_capped_cumulative"]]),
        ([claim(EXCELLENT, 2023, 1_000_000), claim(EXCELLENT, 2024, 10_000)], [1_000_000, 0],
         [RewardStatus.GRANTED, RewardStatus.CAPPED], [[], ["reward_capped_cumulative"]]),
        # 就高不重复: the higher amount after caps wins (40万 beats 30万, not 50万 claimed).
        ([claim(EXCELLENT, 2024, 300_000), claim(HIGH_END, 2024, 500_000)], [0, 400_000],
         [RewardStatus.EXCLUDED, RewardStatus.CAPPED],
         [["reward_excluded_same_year"], ["reward_capped_annual"]]),
        ([claim(EXCELLENT, 2024, 450_000), claim(HIGH_END, 2024, 500_000)], [450_000, 0],
         [RewardStatus.GRANTED, RewardStatus.EXCLUDED], [[], ["reward_excluded_same_year"]]),
        # Equal amounts: the policy code that sorts first is kept.
        ([claim(OVERSEAS, 2024, 200_000), claim(HIGH_END, 2024, 200_000)], [200_000, 0],
         [RewardStatus.GRANTED, RewardStatus.EXCLUDED], [[], ["reward_excluded_same_year"]]),
        # Different years do not exclude each other.
        ([claim(EXCELLENT, 2023, 300_000), claim(HIGH_END, 2024, 300_000)], [300_000, 300_000],
         [RewardStatus.GRANTED, RewardStatus.GRANTED], [[], []]),
        # The same policy twice in one year pays once.
        ([claim(HIGH_END, 2024, 100_000), claim(HIGH_END, 2024, 150_000)], [0, 150_000],
         [RewardStatus.EXCLUDED, RewardStatus.GRANTED], [["reward_excluded_same_year"], []]),
        ([claim("unknown", 2024, 1)], [0], [RewardStatus.EXCLUDED], [["reward_policy_unknown"]]),
    ],
)
def test_settle_rewards(claims: list[RewardClaim], granted: list[int],
                        statuses: list[RewardStatus], codes: list[list[str]]) -> None:
    awards = settle_rewards(claims, POLICIES)
    assert [a.granted for a in awards] == [D(g) for g in granted]
    assert [a.status for a in awards] == statuses
    assert [[p.code for p in a.problems] for a in awards] == codes


def test_exclusion_names_the_kept_reward() -> None:
    awards = settle_rewards([claim(EXCELLENT, 2024, 300_000), claim(HIGH_END, 2024, 500_000)],
                            POLICIES)
    assert awards[0].problems[0].params == {
        "policy": EXCELLENT, "year": 2024, "group": "suzhou_talent_reward",
        "kept_policy": HIGH_END, "kept_amount": D(400_000)}


def test_cumulative_cap_counts_earlier_grants() -> None:
    (award,) = settle_rewards([claim(EXCELLENT, 2025, 200_000)], POLICIES,
                              granted_before={EXCELLENT: D(900_000)})
    assert award.granted == D(100_000)
    assert award.problems[0].params == {
        "policy": EXCELLENT, "year": 2025, "claimed": D(200_000), "granted": D(100_000),
        "cap": D(1_000_000), "granted_before": D(900_000)}


def test_policy_without_group_excludes_only_itself() -> None:
    policies = {**POLICIES, "solo": RewardPolicy("solo", "单列奖励")}
    awards = settle_rewards([claim("solo", 2024, 50_000), claim(HIGH_END, 2024, 100_000)],
                            policies)
    assert [a.status for a in awards] == [RewardStatus.GRANTED, RewardStatus.GRANTED]
