"""Employers: USCC with its check character, Jiangsu cities, 1–3 handlers, studio, roles."""

from __future__ import annotations

import pytest

from talentdesk.domain.permit_records import Handler, StudioLevel
from talentdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from talentdesk.services.employers import EmployerService
from talentdesk.storage.database import Database
from tests.services.permit_fixtures import (
    CLERK,
    JIANGSU_USCC,
    OTHER_USCC,
    READ_ONLY,
    SUPERVISOR,
    TODAY,
    audit_entries,
    clock,
    employer,
    employer_draft,
    employers,
)

__all__ = ["clock", "employer", "employers"]  # fixtures used by name

HANDLERS = tuple(
    Handler(name, f"0{n}", "") for n, name in enumerate(("王芳", "李雷", "韩梅梅", "张伟"))
)


def problems_of(employers: EmployerService, **changes) -> set[tuple[str, str]]:
    with pytest.raises(ValidationError) as caught:
        employers.create(CLERK, employer_draft(**changes), TODAY)
    return {(p.code, p.field) for p in caught.value.problems}


def test_create_stores_the_city_code_and_handlers_with_an_audit_entry(employer, database: Database):
    assert employer.details.city == "320100"
    assert employer.details.uscc == JIANGSU_USCC
    assert employer.details.handlers == (Handler("王芳", "025-52110000", "wang@xinghe.cn"),)
    assert employer.stamp.created_by == "li"
    (entry,) = audit_entries(database, "employer")
    assert entry.action == "create" and entry.details["city"] == [None, "320100"]
    assert entry.details["handlers"][1] == [
        {"name": "王芳", "phone": "025-52110000", "email": "wang@xinghe.cn"}
    ]


def test_a_wrong_check_character_names_the_expected_one(employers: EmployerService):
    wrong = JIANGSU_USCC[:-1] + ("0" if JIANGSU_USCC[-1] != "0" else "1")
    with pytest.raises(ValidationError) as caught:
        employers.create(CLERK, employer_draft(uscc=wrong), TODAY)
    (problem,) = caught.value.problems
    assert (problem.code, problem.field) == ("uscc_check_character", "uscc")
    assert problem.params == {"expected": JIANGSU_USCC[-1], "actual": wrong[-1]}


def test_uscc_is_unique_in_any_spacing(employers: EmployerService, employer):
    spaced = " ".join(JIANGSU_USCC[i : i + 6] for i in range(0, 18, 6)).lower()
    with pytest.raises(ConflictError) as caught:
        employers.create(CLERK, employer_draft(uscc=spaced, name="另一家公司"), TODAY)
    assert caught.value.detail == "uscc_taken"
    assert employers.find_by_uscc(CLERK, spaced) == employer


@pytest.mark.parametrize("count", [1, 2, 3])
def test_one_to_three_handlers_are_accepted(employers: EmployerService, count: int):
    created = employers.create(CLERK, employer_draft(handlers=HANDLERS[:count]), TODAY)
    assert created.details.handlers == HANDLERS[:count]


@pytest.mark.parametrize("count", [0, 4])
def test_no_handler_or_more_than_three_are_refused(employers: EmployerService, count: int):
    assert problems_of(employers, handlers=HANDLERS[:count]) == {("handlers_count", "handlers")}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"name": " "}, {("required", "name")}),
        ({"city": "上海"}, {("city_not_in_jiangsu", "city")}),
        ({"city": ""}, {("required", "city")}),
        ({"uscc": "9132"}, {("uscc_length", "uscc")}),
        ({"handlers": (Handler(" "),)}, {("handler_name_required", "handlers")}),
        ({"email": "x@"}, {("email_invalid", "email")}),
        ({"studio_level": StudioLevel.PROVINCIAL}, {("studio_year_required", "studio_year")}),
        ({"studio_year": 2020}, {("studio_level_required", "studio_level")}),
        (
            {"studio_level": StudioLevel.MUNICIPAL, "studio_year": 2027},
            {("studio_year_invalid", "studio_year")},
        ),
    ],
)
def test_invalid_employers_name_the_field(employers: EmployerService, changes, expected):
    assert problems_of(employers, **changes) == expected


@pytest.mark.parametrize("city", ["苏州", "苏州市", "Suzhou", "320500"])
def test_cities_are_recognised_by_name_or_code(employers: EmployerService, city: str):
    assert employers.create(CLERK, employer_draft(city=city), TODAY).details.city == "320500"


def test_update_audits_changed_fields_and_handlers(
    employers: EmployerService, employer, database: Database
):
    draft = employer_draft(
        handlers=HANDLERS[:2],
        fortune_global_500=True,
        studio_level=StudioLevel.PROVINCIAL,
        studio_year=2023,
    )
    updated = employers.update(SUPERVISOR, employer.id, draft, employer.stamp.version, TODAY)
    assert updated.details.handlers == HANDLERS[:2]
    assert updated.details.studio_level is StudioLevel.PROVINCIAL
    assert (updated.stamp.updated_by, updated.stamp.version) == ("zhao", 2)
    entry = audit_entries(database, "employer")[-1]
    assert entry.action == "update"
    assert set(entry.details) == {"handlers", "fortune_global_500", "studio_level", "studio_year"}
    assert entry.details["studio_level"] == [None, "provincial"]
    with pytest.raises(ConflictError) as stale:
        employers.update(CLERK, employer.id, draft, employer.stamp.version, TODAY)
    assert stale.value.detail == "stale"


def test_update_to_another_employers_uscc_is_a_conflict(employers: EmployerService, employer):
    other = employers.create(CLERK, employer_draft(uscc=OTHER_USCC, name="苏州公司"), TODAY)
    with pytest.raises(ConflictError):
        employers.update(
            CLERK, other.id, employer_draft(name="苏州公司"), other.stamp.version, TODAY
        )


def test_read_only_roles_may_read_but_not_write(employers: EmployerService, employer):
    for actor in READ_ONLY:
        assert employers.get(actor, employer.id) == employer
        with pytest.raises(PermissionDeniedError):
            employers.create(actor, employer_draft(uscc=OTHER_USCC), TODAY)
        with pytest.raises(PermissionDeniedError):
            employers.update(actor, employer.id, employer_draft(), employer.stamp.version, TODAY)


def test_search_by_name_uscc_prefix_and_city(employers: EmployerService, employer):
    suzhou = employers.create(
        CLERK, employer_draft(uscc=OTHER_USCC, name="苏州纳米材料有限公司", city="苏州"), TODAY
    )
    assert {e.id for e in employers.search(CLERK, "有限公司").items} == {suzhou.id, employer.id}
    assert [e.id for e in employers.search(CLERK, "纳米").items] == [suzhou.id]
    assert [e.id for e in employers.search(CLERK, OTHER_USCC[:8].lower()).items] == [suzhou.id]
    assert [e.id for e in employers.search(CLERK, city="南京").items] == [employer.id]
    assert employers.search(CLERK, "_").total == 0
