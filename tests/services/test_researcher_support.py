"""Tranches paid, due and blocked; contribution rewards with caps and 就高不重复."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from talentdesk.domain.researchers.evaluation import CheckpointDecision, Decision
from talentdesk.domain.researchers.rewards import RewardClaim, RewardStatus, TrancheStatus
from talentdesk.errors import PermissionDeniedError, ValidationError
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from tests.services.researcher_fixtures import (
    CLERK,
    HR,
    audit_entries,
    enroll,
    person,
    services,
)

__all__ = ["services"]  # fixtures used by name


def codes(caught: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in caught.value.problems]


def statuses(services: ResearcherServices, enrollment_id: int) -> list[str]:
    return [str(t.status) for t in services.enrollments.get(HR, enrollment_id).tranches]


def test_tranches_paid_due_and_blocked(services: ResearcherServices, database: Database):
    """CAST 托举: 30万 in thirds; the 2nd needs annual_1 to release it, the 3rd annual_2."""
    researcher = services.researchers.create(HR, person(birth=date(1994, 1, 1)))
    enrollment = enroll(services, researcher, "cast_young_elite", date(2023, 7, 1), 2023)
    first, second, third = enrollment.tranches
    assert [t.amount for t in enrollment.tranches] == [Decimal("100000.00")] * 3
    assert statuses(services, enrollment.id) == ["due", "pending", "pending"]
    paid = services.support.record_payment(HR, first.id, first.version, date(2023, 8, 1),
                                           "财拨〔2023〕12号")
    assert (paid.status, paid.paid_on) == (TrancheStatus.PAID, date(2023, 8, 1))
    with pytest.raises(ValidationError) as caught:
        services.support.record_payment(HR, second.id, second.version, date(2024, 8, 1))
    assert codes(caught) == ["tranche_paid_without_release"]
    annual_1, annual_2, _ = enrollment.checkpoints
    services.assessments.record_decision(
        HR, annual_1.id, annual_1.version,
        CheckpointDecision("annual_1", frozenset({Decision.CONTINUE, Decision.RELEASE_TRANCHE}),
                           date(2024, 7, 20), "评审委员会"))
    services.assessments.record_decision(
        HR, annual_2.id, annual_2.version,
        CheckpointDecision("annual_2", frozenset({Decision.CONTINUE, Decision.WARN}),
                           date(2025, 2, 20), "评审委员会"))
    assert statuses(services, enrollment.id) == ["paid", "due", "blocked"]
    with pytest.raises(ValidationError) as caught:
        services.support.record_payment(HR, third.id, third.version, date(2025, 2, 25))
    assert codes(caught) == ["tranche_blocked"]
    services.support.record_payment(HR, second.id, second.version, date(2024, 8, 1))
    assert statuses(services, enrollment.id) == ["paid", "paid", "blocked"]
    assert [a for a, _, _ in audit_entries(database, "tranche")] == ["pay", "pay"]
    with pytest.raises(PermissionDeniedError):
        services.support.record_payment(CLERK, third.id, third.version, date(2025, 2, 25))


def test_rewards_pay_only_the_highest_of_an_exclusive_group(services: ResearcherServices,
                                                           database: Database):
    researcher = services.researchers.create(HR, person())
    services.support.add_reward_claim(
        HR, researcher.id, RewardClaim("suzhou_high_end_talent", 2024, Decimal("500000")))
    awards = services.support.add_reward_claim(
        HR, researcher.id,
        RewardClaim("suzhou_excellent_talent_contribution", 2024, Decimal("300000")))
    high_end, contribution = awards
    # 50万 is capped at 40万 a year, still above 30万: 就高 keeps it, the other is excluded.
    assert (high_end.status, high_end.granted) == (RewardStatus.CAPPED, Decimal("400000"))
    assert [p.code for p in high_end.problems] == ["reward_capped_annual"]
    assert (contribution.status, contribution.granted) == (RewardStatus.EXCLUDED, Decimal(0))
    assert contribution.problems[0].code == "reward_excluded_same_year"
    assert contribution.problems[0].params["kept_policy"] == "suzhou_high_end_talent"
    assert Decimal(audit_entries(database, "researcher")[-1][2]["granted"]) == 0


def test_cumulative_cap_across_years_and_withdrawal(services: ResearcherServices):
    researcher = services.researchers.create(HR, person())
    for year in (2022, 2023):
        awards = services.support.add_reward_claim(
            HR, researcher.id,
            RewardClaim("suzhou_excellent_talent_contribution", year, Decimal("600000")))
    assert [(a.granted, a.status) for a in awards] == [
        (Decimal("600000"), RewardStatus.GRANTED), (Decimal("400000"), RewardStatus.CAPPED)]
    first = awards[0]
    awards = services.support.withdraw_reward_claim(HR, first.id, first.version)
    assert [(a.claim.year, a.granted, a.status) for a in awards] == [
        (2023, Decimal("600000"), RewardStatus.GRANTED)]


def test_unknown_policy_or_amount_is_refused(services: ResearcherServices):
    researcher = services.researchers.create(HR, person())
    with pytest.raises(ValidationError) as caught:
        services.support.add_reward_claim(HR, researcher.id,
                                          RewardClaim("made_up", 2024, Decimal("0")))
    assert codes(caught) == ["reward_policy_unknown", "amount_not_positive"]
    assert services.support.rewards_of(HR, researcher.id) == []
