"""Fixtures and sample records shared by the permit-side service tests."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from stdnum.cn import uscc

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.category import RouteInputs
from talentdesk.domain.enums import BusinessType, Category, Degree
from talentdesk.domain.permit_records import (
    Applicant,
    ApplicantDraft,
    CaseDraft,
    CategoryRequest,
    Employer,
    EmployerDraft,
    Handler,
    PassportDraft,
)
from talentdesk.domain.points import PointsInputs
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.cases import CaseService
from talentdesk.services.employers import EmployerService
from talentdesk.storage.database import Database
from talentdesk.storage.tables import AuditRow

TODAY = date(2026, 11, 27)
CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")
SUPERVISOR = Actor(3, "zhao", "赵强", Role.SUPERVISOR, "window-2")
HR_OFFICER = Actor(4, "sun", "孙丽", Role.HR_OFFICER, "hr-1")
ADMINISTRATOR = Actor(1, "admin", "管理员", Role.ADMINISTRATOR, "server")
READ_ONLY = (HR_OFFICER, ADMINISTRATOR)


class FakeClock:
    """A clock that moves one second per call, so audit entries keep their order."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 1, 30)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def valid_uscc(body: str) -> str:
    """A USCC with the right check character for 17 characters of body."""
    return body + uscc.calc_check_digit(body)


JIANGSU_USCC = valid_uscc("91320100MA1XYW123")
OTHER_USCC = valid_uscc("91320500MA2ABC456")


def person(**changes: Any) -> ApplicantDraft:
    values: dict[str, Any] = {
        "surname": "Müller",
        "given_names": "Anna Maria",
        "sex": "F",
        "birth_date": date(1988, 3, 14),
        "nationality": "DEU",
        "chinese_name": "安娜",
        "phone": "+49 30 1234567",
        "email": "anna@example.de",
        "education": "doctorate",
    }
    return ApplicantDraft(**{**values, **changes})


def passport(number: str = "C01X00T47", **changes: Any) -> PassportDraft:
    values: dict[str, Any] = {
        "number": number,
        "issuing_state": "D",
        "expiry_date": date(2031, 5, 1),
    }
    return PassportDraft(**{**values, **changes})


def employer_draft(**changes: Any) -> EmployerDraft:
    values: dict[str, Any] = {
        "name": "南京星河生物科技有限公司",
        "uscc": JIANGSU_USCC,
        "city": "南京",
        "district": "江宁区",
        "address": "江宁区秣周东路12号",
        "handlers": (Handler("王芳", "025-52110000", "wang@xinghe.cn"),),
    }
    return EmployerDraft(**{**values, **changes})


# 88 points with a doctorate (foreign-permits.md §1.5 worked example): A by points.
EIGHTY_EIGHT = PointsInputs(
    age=35,
    annual_salary_rmb=500_000,
    degree=Degree.DOCTORATE,
    work_experience_years=6,
    months_in_china_per_year=12,
    hsk_level=4,
    fortune500_experience=True,
)


def a_by_points() -> CategoryRequest:
    return CategoryRequest("南京", RouteInputs(degree=Degree.DOCTORATE), EIGHTY_EIGHT)


def b_by_b1() -> CategoryRequest:
    facts = RouteInputs(
        degree=Degree.BACHELOR, work_experience_years=3, confirmed=frozenset({"B1"})
    )
    return CategoryRequest("南京", facts)


def case_draft(applicant: Applicant, employer: Employer, **changes: Any) -> CaseDraft:
    values: dict[str, Any] = {
        "applicant_id": applicant.id,
        "employer_id": employer.id,
        "business_type": BusinessType.NEW_IN_CHINA,
        "position": "研发总监",
        "annual_salary": Decimal("500000"),
        "work_city": "南京",
        "category": Category.A,
        "contract_start": date(2027, 1, 1),
        "contract_end": date(2028, 12, 31),
        "category_request": a_by_points(),
    }
    return CaseDraft(**{**values, **changes})


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def applicants(database: Database, clock: FakeClock) -> ApplicantService:
    return ApplicantService(database, clock)


@pytest.fixture
def employers(database: Database, clock: FakeClock) -> EmployerService:
    return EmployerService(database, clock)


@pytest.fixture
def cases(database: Database, clock: FakeClock) -> CaseService:
    return CaseService(database, clock)


@pytest.fixture
def applicant(applicants: ApplicantService) -> Applicant:
    return applicants.create(CLERK, person(), passport(), TODAY)


@pytest.fixture
def employer(employers: EmployerService) -> Employer:
    return employers.create(CLERK, employer_draft(), TODAY)


@dataclasses.dataclass(frozen=True)
class Audited:
    username: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


def audit_entries(db: Database, entity: str | None = None) -> list[Audited]:
    """The audit trail in order, read straight from its table."""
    query = select(AuditRow).order_by(AuditRow.id)
    if entity is not None:
        query = query.where(AuditRow.entity == entity)
    with db.read() as session:
        return [
            Audited(r.username, r.action, r.entity, r.entity_id, json.loads(r.details))
            for r in session.scalars(query)
        ]
