"""Fixtures and builders shared by the young-researcher service tests."""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.fake_ids import fake_resident_id
from talentdesk.domain.researchers.programs import EvaluationCategory, Sex
from talentdesk.domain.researchers.records import (
    EnrollmentRecord,
    EnrollmentRequest,
    IdType,
    ProgramRecord,
    ResearcherInput,
    ResearcherRecord,
    ReviewerInput,
    ReviewerRecord,
    ScoreEntry,
)
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from talentdesk.storage.tables import AuditRow

HR = Actor(4, "sun", "孙丽", Role.HR_OFFICER, "hr-1")
CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")
SUPERVISOR = Actor(3, "zhao", "赵强", Role.SUPERVISOR, "window-2")
ADMINISTRATOR = Actor(1, "admin", "管理员", Role.ADMINISTRATOR, "server")
READERS = (CLERK, SUPERVISOR, ADMINISTRATOR)
BASIC = EvaluationCategory.BASIC_RESEARCH


class FakeClock:
    """2025-03-01 09:00, moving one second per call so audit entries keep their order."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def services(database: Database) -> ResearcherServices:
    return ResearcherServices.build(database, FakeClock())


def person(name: str = "王芳", *, birth: date = date(1992, 5, 1), sex: Sex = Sex.FEMALE,
           unit: str = "南京大学", seed: int = 1, **changes: Any) -> ResearcherInput:
    """A researcher with a valid resident ID matching the birth date and sex."""
    number = fake_resident_id(random.Random(seed), birth_date=birth,
                              sex="F" if sex is Sex.FEMALE else "M")
    values: dict[str, Any] = {"name": name, "sex": sex, "birth_date": birth,
                              "id_type": IdType.RESIDENT_ID, "id_number": number, "unit": unit,
                              "department": "化学化工学院", "discipline_code": "0703"}
    values.update(changes)
    return ResearcherInput(**values)


def program(services: ResearcherServices, code: str) -> ProgramRecord:
    return next(p for p in services.programs.list_programs(HR, include_inactive=True)
                if p.program.code == code)


def enroll(services: ResearcherServices, researcher: ResearcherRecord, code: str,
           start: date = date(2024, 7, 1), call_year: int = 2024,
           category: EvaluationCategory = BASIC) -> EnrollmentRecord:
    return services.enrollments.enroll(
        HR, EnrollmentRequest(researcher.id, program(services, code).id, category, start,
                              call_year))


def reviewer(services: ResearcherServices, name: str, unit: str = "东南大学",
             **changes: Any) -> ReviewerRecord:
    return services.assessments.create_reviewer(HR, ReviewerInput(name, unit, **changes))


def scores(value: str, *keys: str) -> dict[str, Decimal]:
    return dict.fromkeys(keys, Decimal(value))


BASIC_KEYS = ("representative_works", "mission_performance", "capability_potential",
              "cultivation_service")


def score_all(services: ResearcherServices, checkpoint_id: int,
              values: list[str]) -> None:
    """Seat one new reviewer per value and give each that score on every indicator."""
    for index in range(len(values)):
        expert = reviewer(services, f"专家{checkpoint_id}-{index}", f"外单位{index}")
        detail = services.assessments.detail(HR, checkpoint_id)
        services.assessments.assign_reviewer(HR, checkpoint_id, detail.checkpoint.version,
                                             expert.id)
    detail = services.assessments.detail(HR, checkpoint_id)
    entries = [ScoreEntry(seat.id, scores(value, *BASIC_KEYS))
               for seat, value in zip(detail.scorecards, values, strict=True)]
    services.assessments.record_scores(HR, checkpoint_id, detail.checkpoint.version, entries)


def audit_entries(database: Database, entity: str) -> list[tuple[str, str, dict]]:
    with database.read() as session:
        rows = session.scalars(select(AuditRow).where(AuditRow.entity == entity)
                               .order_by(AuditRow.id))
        return [(r.action, r.entity_id, json.loads(r.details)) for r in rows]
