"""Money: tranche payments (paid, due, blocked) and contribution rewards with caps."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import field_changes
from talentdesk.domain.permissions import Action
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.records import RewardRecord, TrancheRecord
from talentdesk.domain.researchers.rewards import (
    RewardClaim,
    RewardPolicy,
    Tranche,
    TrancheStatus,
    load_reward_policies,
    settle_rewards,
    tranche_states,
)
from talentdesk.services.common import Clock, audit, local_today, require, utc_now
from talentdesk.services.researchers import check_version, found, refuse
from talentdesk.storage.database import Database
from talentdesk.storage.repos import researchers as repo
from talentdesk.storage.tables import RewardClaimRow, TrancheRow


class SupportService:
    """What was paid, what is due and what is blocked; rewards after caps and 就高不重复."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def reward_policies(self, actor: Actor) -> list[RewardPolicy]:
        require(actor, Action.READ_RESEARCHERS)
        return list(load_reward_policies().values())

    def record_payment(self, actor: Actor, tranche_id: int, expected_version: int,
                       paid_on: date, reference: str = "") -> TrancheRecord:
        """Record that a released tranche was paid; a pending or blocked one is refused."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            row = found(session.get(TrancheRow, tranche_id), "tranche", tranche_id)
            check_version(row, expected_version, "tranche", tranche_id)
            current = _tranche_record(session, row)
            if current.status is TrancheStatus.PAID:
                refuse([Problem("tranche_already_paid", "paid_on", {"tranche": row.key})])
            if current.status is TrancheStatus.BLOCKED:
                refuse([Problem("tranche_blocked", "paid_on", {"tranche": row.key})])
            decisions = [d for d in map(repo.checkpoint_decision,
                                        repo.checkpoint_rows(session, row.enrollment_id))
                         if d is not None]
            _, problems = tranche_states([Tranche(row.key, row.amount, row.release_checkpoint)],
                                         decisions, {row.key: paid_on})
            if paid_on > local_today(now):
                problems.append(Problem("date_in_future", "paid_on", {"date": paid_on}))
            refuse(problems)
            row.paid_on = paid_on
            row.payment_reference = reference.strip()
            repo.stamp(row, now, actor.username)
            session.flush()
            audit(session, actor, now, "pay", "tranche", row.id,
                  {"enrollment_id": row.enrollment_id, "tranche": row.key,
                   "amount": row.amount, "paid_on": paid_on, "reference": row.payment_reference})
            return _tranche_record(session, row)

    def rewards_of(self, actor: Actor, researcher_id: int) -> list[RewardRecord]:
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            return [repo.to_reward(r) for r in repo.reward_rows(session, researcher_id)]

    def add_reward_claim(self, actor: Actor, researcher_id: int,
                         claim: RewardClaim) -> list[RewardRecord]:
        """Add a claim and settle all of the person's claims again, every year in order."""
        require(actor, Action.EDIT_RESEARCHERS)
        problems = []
        if claim.policy not in load_reward_policies():
            problems.append(Problem("reward_policy_unknown", "policy", {"policy": claim.policy}))
        if claim.amount <= 0:
            problems.append(Problem("amount_not_positive", "amount", {"amount": claim.amount}))
        refuse(problems)
        now = self._clock()
        with self._db.write() as session:
            found(repo.get_researcher_row(session, researcher_id), "researcher", researcher_id)
            row = RewardClaimRow(researcher_id=researcher_id, policy=claim.policy,
                                 year=claim.year, claimed=claim.amount, granted=Decimal(0),
                                 status="", problems=[])
            repo.stamp(row, now, actor.username, new=True)
            session.add(row)
            session.flush()
            changes = _settle(session, researcher_id, now, actor.username)
            audit(session, actor, now, "claim_reward", "researcher", researcher_id,
                  {"claim_id": row.id, "policy": claim.policy, "year": claim.year,
                   "claimed": claim.amount, "granted": row.granted, "changes": changes})
            return [repo.to_reward(r) for r in repo.reward_rows(session, researcher_id)]

    def withdraw_reward_claim(self, actor: Actor, claim_id: int,
                              expected_version: int) -> list[RewardRecord]:
        """Remove a claim entered by mistake; the others are settled again."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            row = found(session.get(RewardClaimRow, claim_id), "reward_claim", claim_id)
            check_version(row, expected_version, "reward_claim", claim_id)
            researcher_id = row.researcher_id
            session.delete(row)
            session.flush()
            changes = _settle(session, researcher_id, now, actor.username)
            audit(session, actor, now, "withdraw_reward", "researcher", researcher_id,
                  {"claim_id": claim_id, "policy": row.policy, "year": row.year,
                   "changes": changes})
            return [repo.to_reward(r) for r in repo.reward_rows(session, researcher_id)]


def _tranche_record(session: Session, row: TrancheRow) -> TrancheRecord:
    enrollment = found(repo.get_enrollment_row(session, row.enrollment_id), "enrollment",
                       row.enrollment_id)
    record = repo.load_enrollments(session, [enrollment])[0]
    return next(t for t in record.tranches if t.id == row.id)


def _settle(session: Session, researcher_id: int, now: datetime, by: str) -> dict[str, list]:
    """Store what ``settle_rewards`` grants on each of the person's claims; returns changes."""
    rows = repo.reward_rows(session, researcher_id)
    awards = settle_rewards([RewardClaim(r.policy, r.year, r.claimed) for r in rows],
                            load_reward_policies())
    changes: dict[str, list] = {}
    for row, award in zip(rows, awards, strict=True):
        new = {"granted": award.granted, "status": str(award.status),
               "problems": [{"code": p.code, "field": p.field,
                             "params": {k: str(v) for k, v in p.params.items()}}
                            for p in award.problems]}
        old = {"granted": row.granted, "status": row.status, "problems": row.problems}
        if field_changes(old, new):
            changes[str(row.id)] = [row.status, new["status"]]
            for name, value in new.items():
                setattr(row, name, value)
            repo.stamp(row, now, by)
    session.flush()
    return changes
