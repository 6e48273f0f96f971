"""Cases moved through their tracks for the workflow, radar and document tests."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from typing import Any

import pytest
from sqlalchemy import update

from talentdesk.domain.accounts import Actor
from talentdesk.domain.enums import Category, ChecklistStatus, Track
from talentdesk.domain.permit_records import Applicant, Case, Employer
from talentdesk.domain.tracks import TrackAction
from talentdesk.domain.workflow_records import CaseWorkflow, TransitionOutcome
from talentdesk.services.calendar_admin import CalendarAdminService
from talentdesk.services.cases import CaseService
from talentdesk.services.workflow import WorkflowService
from talentdesk.storage.database import Database
from talentdesk.storage.tables import ChecklistItemRow
from tests.services.permit_fixtures import (
    CLERK,
    FakeClock,
    a_by_points,
    b_by_b1,
    case_draft,
)

WP, RP = Track.WORK_PERMIT, Track.RESIDENCE_PERMIT
A = TrackAction


@pytest.fixture
def workflow(database: Database, clock: FakeClock) -> WorkflowService:
    return WorkflowService(database, clock)


@pytest.fixture
def calendar_admin(database: Database, clock: FakeClock) -> CalendarAdminService:
    return CalendarAdminService(database, clock)


def at_least(clock: FakeClock, day: date) -> None:
    """Move the clock forward to ``day`` (never back, so the timeline stays in order)."""
    clock.now = max(clock.now, datetime.combine(day, time(9, 0)))


def complete_checklist(db: Database, case_id: int,
                       status: ChecklistStatus = ChecklistStatus.RECEIVED) -> None:
    """Every item received, as the counter would record them one by one."""
    with db.write() as session:
        session.execute(update(ChecklistItemRow).where(ChecklistItemRow.case_id == case_id)
                        .values(status=str(status)))


@dataclasses.dataclass
class Desk:
    """A clerk at the window: opens cases and takes actions on given working days."""

    db: Database
    cases: CaseService
    workflow: WorkflowService
    clock: FakeClock
    applicant: Applicant
    employer: Employer
    actor: Actor = CLERK

    def open(self, received: date, category: Category = Category.B, *,
             complete: bool = True, **changes: Any) -> Case:
        at_least(self.clock, received)
        changes.setdefault("category_request",
                           a_by_points() if category is Category.A else b_by_b1())
        draft = case_draft(self.applicant, self.employer, category=category, **changes)
        case = self.cases.create_case(self.actor, draft, received)
        if complete:
            complete_checklist(self.db, case.id)
        return case

    def now(self, case_id: int) -> CaseWorkflow:
        return self.workflow.workflow(self.actor, case_id, self.clock.now.date())

    def act(self, case_id: int, track: Track, action: TrackAction, on: date,
            **options: Any) -> TransitionOutcome:
        at_least(self.clock, on)
        version = self.now(case_id).track(track).version
        return self.workflow.transition(self.actor, case_id, track, action, on_date=on,
                                        expected_version=version, **options)

    def run(self, case_id: int, track: Track, steps: list[tuple[TrackAction, date]]
            ) -> TransitionOutcome:
        """Several actions in a row, each on its working day."""
        outcomes = [self.act(case_id, track, action, on) for action, on in steps]
        return outcomes[-1]


@pytest.fixture
def desk(database: Database, cases: CaseService, workflow: WorkflowService, clock: FakeClock,
         applicant: Applicant, employer: Employer) -> Desk:
    return Desk(database, cases, workflow, clock, applicant, employer)


def to_review(desk: Desk, case_id: int, track: Track, submitted: date, accepted: date
              ) -> TransitionOutcome:
    """Submit, pass pre-review, accept and start the review."""
    return desk.run(case_id, track, [(A.SUBMIT, submitted), (A.PASS_PRE_REVIEW, submitted),
                                     (A.ACCEPT, accepted), (A.START_REVIEW, accepted)])


def to_approved(desk: Desk, case_id: int, track: Track, submitted: date, decided: date
                ) -> TransitionOutcome:
    to_review(desk, case_id, track, submitted, submitted)
    return desk.act(case_id, track, A.APPROVE, decided)


def issue_work_permit(desk: Desk, case_id: int, submitted: date, decided: date) -> None:
    """Approve and issue the work permit, which the residence permit waits for (art. 16)."""
    version = to_approved(desk, case_id, Track.WORK_PERMIT, submitted, decided
                          ).workflow.track(Track.WORK_PERMIT).version
    desk.workflow.issue_permit(CLERK, case_id, Track.WORK_PERMIT, "320100202611230001", decided,
                               decided.replace(year=decided.year + 1), expected_version=version,
                               on_date=decided)
