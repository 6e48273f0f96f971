"""Researchers, programs and enrollments through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from talentdesk.domain.listing import ListQuery
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.programs import (
    CheckpointKind,
    EvaluationCategory,
    Sex,
    load_program_presets,
)
from talentdesk.domain.researchers.records import (
    EnrollmentRequest,
    EnrollmentStatus,
    IdType,
)
from talentdesk.domain.researchers.rewards import TrancheStatus
from talentdesk.domain.researchers.schedule import (
    CheckpointOverride,
    Extension,
    ExtensionReason,
    IndividualPlan,
    Termination,
    TerminationReason,
)
from talentdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from talentdesk.storage.tables import EnrollmentRow
from tests.services.researcher_fixtures import (
    BASIC,
    HR,
    READERS,
    audit_entries,
    enroll,
    person,
    program,
    services,
)

__all__ = ["services"]  # fixtures used by name


def codes(caught: pytest.ExceptionInfo[ValidationError]) -> list[tuple[str, str]]:
    return [(p.code, p.field) for p in caught.value.problems]


# --- researchers ------------------------------------------------------------------------------


def test_create_stores_the_normalised_id_and_audits(services: ResearcherServices,
                                                    database: Database):
    data = person(id_number=person().id_number.lower()[:-1] + person().id_number[-1].lower())
    created = services.researchers.create(HR, data)
    assert created.data.id_number == person().id_number
    assert created.age_on(date(2025, 4, 30)) == 32
    assert created.age_on(date(2025, 5, 1)) == 33
    assert audit_entries(database, "researcher") == [
        ("create", str(created.id), {"name": "王芳", "id_type": "resident_id", "unit": "南京大学"})]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"birth_date": date(1992, 5, 2)}, [("resident_id_birth_date_mismatch", "id_number")]),
        ({"sex": Sex.MALE}, [("resident_id_sex_mismatch", "id_number")]),
        ({"id_number": person().id_number[:-1] + ("0" if person().id_number[-1] != "0"
                                                  else "1")},
         [("resident_id_check_character", "id_number")]),
        ({"id_number": "3201"}, [("resident_id_length", "id_number")]),
        ({"id_type": IdType.PASSPORT, "id_number": "E1234"}, []),
        ({"id_type": IdType.PASSPORT, "id_number": "E1"}, [("passport_number_length",
                                                           "id_number")]),
        ({"id_type": IdType.PERMANENT_RESIDENCE_ID, "id_number": "USA123456789012"}, []),
        ({"id_type": IdType.PERMANENT_RESIDENCE_ID, "id_number": "US123"},
         [("permanent_residence_id_length", "id_number")]),
        ({"name": " ", "unit": ""}, [("required", "name"), ("required", "unit")]),
        ({"discipline_code": "9999"}, [("discipline_unknown", "discipline_code")]),
        ({"email": "wang.nju.edu.cn"}, [("email_invalid", "email")]),
    ],
)
def test_researcher_input_problems_name_the_field(services: ResearcherServices, changes: dict,
                                                  expected: list[tuple[str, str]]):
    data = dataclasses.replace(person(), **changes)
    if not expected:
        assert services.researchers.create(HR, data).data.id_type is data.id_type
        return
    with pytest.raises(ValidationError) as caught:
        services.researchers.create(HR, data)
    assert codes(caught) == expected


def test_the_same_id_number_is_refused_naming_its_holder(services: ResearcherServices):
    first = services.researchers.create(HR, person())
    with pytest.raises(ValidationError) as caught:
        services.researchers.create(HR, person("王芳芳"))
    assert caught.value.problems == [
        Problem("id_number_taken", "id_number", {"name": "王芳", "researcher_id": first.id})]


def test_update_records_field_changes_and_refuses_a_stale_version(
        services: ResearcherServices, database: Database):
    created = services.researchers.create(HR, person())
    updated = services.researchers.update(
        HR, created.id, created.version,
        dataclasses.replace(person(), title="副研究员", unit="南京大学"))
    assert updated.version == created.version + 1
    assert audit_entries(database, "researcher")[-1] == (
        "update", str(created.id), {"changes": {"title": ["", "副研究员"]}})
    with pytest.raises(ConflictError):
        services.researchers.update(HR, created.id, created.version, person())


def test_mentor_must_exist_and_not_be_the_researcher(services: ResearcherServices):
    created = services.researchers.create(HR, person())
    with pytest.raises(ValidationError) as caught:
        services.researchers.update(HR, created.id, created.version,
                                    dataclasses.replace(person(), mentor_id=created.id))
    assert codes(caught) == [("mentor_is_self", "mentor_id")]
    with pytest.raises(ValidationError) as caught:
        services.researchers.create(HR, person("李雷", seed=2, mentor_id=999))
    assert codes(caught) == [("mentor_unknown", "mentor_id")]


def test_changing_the_birth_date_moves_the_age_out_date(services: ResearcherServices,
                                                        database: Database):
    created = services.researchers.create(HR, person())
    enrollment = enroll(services, created, "jiangsu_young_sponsorship")
    born = date(1990, 5, 1)
    fixed = dataclasses.replace(person(birth=born), name="王芳")
    services.researchers.update(HR, created.id, created.version, fixed)
    with database.read() as session:
        stored = session.get(EnrollmentRow, enrollment.id)
        assert stored.ages_out_on == date(2026, 5, 1)  # ≤35 inclusive: out when turning 36


@pytest.mark.parametrize("reader", READERS)
def test_other_roles_read_but_never_write(services: ResearcherServices, reader):
    created = services.researchers.create(HR, person())
    assert services.researchers.get(reader, created.id).data.name == "王芳"
    assert services.researchers.page(reader, ListQuery(search="王芳")).total == 1
    sponsorship = program(services, "jiangsu_young_sponsorship")
    request = EnrollmentRequest(created.id, sponsorship.id, BASIC, date(2024, 7, 1), 2024)
    assert services.enrollments.preview(reader, request).acceptable
    refused = [
        lambda: services.researchers.create(reader, person("李雷", seed=3)),
        lambda: services.researchers.update(reader, created.id, created.version, person()),
        lambda: services.enrollments.enroll(reader, request),
        lambda: services.programs.create(reader, sponsorship.program),
        lambda: services.programs.set_active(reader, sponsorship.id, sponsorship.version, False),
    ]
    for call in refused:
        with pytest.raises(PermissionDeniedError):
            call()


# --- the list ---------------------------------------------------------------------------------


@pytest.fixture
def roster(services: ResearcherServices) -> dict[str, int]:
    people = [
        person("王伟", seed=1, sex=Sex.MALE, birth=date(1990, 1, 1), unit="南京大学"),
        person("王伟东", seed=2, sex=Sex.MALE, birth=date(1991, 1, 1), unit="东南大学"),
        person("李娜", seed=3, birth=date(1992, 1, 1), unit="东南大学", department="自动化学院"),
        person("Anna Smith", seed=4, id_type=IdType.PASSPORT, id_number="E7654321",
               unit="苏州大学"),
    ]
    return {p.name: services.researchers.create(HR, p).id for p in people}


@pytest.mark.parametrize(
    ("search", "names"),
    [
        ("王伟", ["王伟", "王伟东"]),  # two characters: below any trigram minimum
        ("王", ["王伟", "王伟东"]),
        ("伟东", []),  # names match from their start
        ("东南大学", ["李娜", "王伟东"]),
        ("东南 自动化", ["李娜"]),  # every term must match: unit and department
        ("anna", ["Anna Smith"]),
        ("ｅ７６５", ["Anna Smith"]),  # a passport number, full-width as an IME types it
        ("王 苏州", []),
    ],
)
def test_search_by_name_unit_and_identifier(services: ResearcherServices, roster, search,
                                            names):
    page = services.researchers.page(HR, ListQuery(search=search))
    assert sorted(r.name for r in page.rows) == sorted(names)
    assert page.total == len(names)


def test_search_by_id_number_prefix(services: ResearcherServices, roster):
    number = services.researchers.get(HR, roster["李娜"]).data.id_number
    page = services.researchers.page(HR, ListQuery(search=number[:10]))
    assert [r.name for r in page.rows] == ["李娜"]


def test_pages_sort_and_filter_in_sql(services: ResearcherServices, roster):
    first = services.researchers.page(HR, ListQuery(sort_key="unit", offset=0, limit=2))
    second = services.researchers.page(HR, ListQuery(sort_key="unit", offset=2, limit=2))
    assert (first.total, second.offset) == (4, 2)
    assert [r.unit for r in first.rows + second.rows] == ["东南大学", "东南大学", "南京大学",
                                                        "苏州大学"]
    assert [r.name for r in services.researchers.page(
        HR, ListQuery(filters={"sex": "male"})).rows] == ["王伟", "王伟东"]
    with pytest.raises(ValidationError) as caught:
        services.researchers.page(HR, ListQuery(sort_key="birth_date"))
    assert codes(caught) == [("sort_not_supported", "sort_key")]


# --- programs ---------------------------------------------------------------------------------


def test_presets_are_installed_once_at_first_use(services: ResearcherServices,
                                                 database: Database):
    listed = services.programs.list_programs(HR)
    assert {p.program.code for p in listed} == set(load_program_presets())
    assert all(p.is_preset and p.program == load_program_presets()[p.program.code]
               for p in listed)
    services.programs.list_programs(HR)
    assert [a for a, _, _ in audit_entries(database, "program")] == ["install_presets"]


def test_program_is_validated_before_saving(services: ResearcherServices):
    base = program(services, "cast_young_elite").program
    broken = dataclasses.replace(base, code="unit_youth", tranches=base.tranches[:2])
    with pytest.raises(ValidationError) as caught:
        services.programs.create(HR, broken)
    assert caught.value.problems == [
        Problem("tranche_shares_not_whole", "tranches", {"total": "2/3"})]
    with pytest.raises(ValidationError) as caught:
        services.programs.create(HR, base)
    assert codes(caught) == [("program_code_taken", "code")]


def test_program_edits_are_new_versions_and_enrollments_keep_theirs(
        services: ResearcherServices, database: Database):
    sponsorship = program(services, "jiangsu_young_sponsorship")
    researcher = services.researchers.create(HR, person())
    before = enroll(services, researcher, "jiangsu_young_sponsorship")
    longer = dataclasses.replace(sponsorship.program, cycle_years=3)
    edited = services.programs.update(HR, sponsorship.id, sponsorship.version, longer)
    assert edited.version == sponsorship.version + 1 and edited.program.cycle_years == 3
    kept = services.enrollments.get(HR, before.id)
    assert (kept.program_version, kept.program.cycle_years) == (sponsorship.version, 2)
    assert audit_entries(database, "program")[-1][2] == {"changes": {"cycle_years": [2, 3]}}
    with pytest.raises(ValidationError) as caught:
        services.programs.update(HR, sponsorship.id, edited.version,
                                 dataclasses.replace(longer, code="renamed"))
    assert codes(caught) == [("program_code_fixed", "code")]
    with pytest.raises(ConflictError):
        services.programs.update(HR, sponsorship.id, sponsorship.version, longer)


def test_custom_grade_thresholds_and_quota_survive_a_round_trip(services: ResearcherServices):
    base = program(services, "jiangsu_young_sponsorship")
    scale = base.program.grade_scale
    bands = (dataclasses.replace(scale.bands[0], min_score=Decimal("92.5")), *scale.bands[1:])
    edited = dataclasses.replace(
        base.program, grade_scale=dataclasses.replace(scale, bands=bands,
                                                      top_quota=Fraction(3, 10)))
    services.programs.update(HR, base.id, base.version, edited)
    assert services.programs.get(HR, base.id).program == edited


def test_withdrawn_program_refuses_new_enrollments(services: ResearcherServices):
    sponsorship = program(services, "jiangsu_young_sponsorship")
    services.programs.set_active(HR, sponsorship.id, sponsorship.version, False)
    assert sponsorship.id not in [p.id for p in services.programs.list_programs(HR)]
    researcher = services.researchers.create(HR, person())
    with pytest.raises(ValidationError) as caught:
        enroll(services, researcher, "jiangsu_young_sponsorship")
    assert codes(caught) == [("program_inactive", "program")]


# --- enrollment -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sex", "birth", "required"),
    [
        # NSFC youth fund, 2024 call: men under 35 and women under 40 on 1 January 2024.
        (Sex.MALE, date(1989, 1, 2), None),
        (Sex.MALE, date(1989, 1, 1), date(1989, 1, 2)),
        (Sex.FEMALE, date(1984, 1, 2), None),
        (Sex.FEMALE, date(1984, 1, 1), date(1984, 1, 2)),
    ],
)
def test_eligibility_refuses_with_the_exact_reason_at_the_boundary(
        services: ResearcherServices, sex: Sex, birth: date, required: date | None):
    researcher = services.researchers.create(HR, person(sex=sex, birth=birth))
    youth = program(services, "nsfc_young_scientists")
    request = EnrollmentRequest(researcher.id, youth.id, BASIC, date(2024, 1, 1), 2024)
    preview = services.enrollments.preview(HR, request)
    assert preview.eligibility.reference_date == date(2024, 1, 1)
    if required is None:
        assert preview.acceptable
        assert services.enrollments.enroll(HR, request).status is EnrollmentStatus.ACTIVE
        return
    limit = 40 if sex is Sex.FEMALE else 35
    expected = Problem("age_limit_exceeded", "birth_date",
                       {"birth_date": birth, "sex": str(sex), "age": limit, "limit": limit,
                        "inclusive": False, "reference_date": date(2024, 1, 1),
                        "required_born_on_or_after": required})
    assert preview.problems == (expected,)
    with pytest.raises(ValidationError) as caught:
        services.enrollments.enroll(HR, request)
    assert caught.value.problems == [expected]
    assert services.enrollments.enrollments_of(HR, researcher.id) == []


def test_category_outside_the_program_is_refused(services: ResearcherServices):
    researcher = services.researchers.create(HR, person())
    with pytest.raises(ValidationError) as caught:
        enroll(services, researcher, "nsfc_young_scientists",
               category=EvaluationCategory.PUBLIC_INTEREST)
    assert codes(caught) == [("category_not_in_program", "category")]


def test_schedule_is_stored_and_an_extension_shifts_later_checkpoints_and_the_end(
        services: ResearcherServices, database: Database):
    researcher = services.researchers.create(HR, person())
    enrollment = enroll(services, researcher, "cas_youth_promotion", date(2024, 1, 1))
    assert [(c.key, c.due) for c in enrollment.checkpoints] == [
        ("annual_1", date(2024, 12, 31)), ("mid_term", date(2025, 12, 31)),
        ("annual_3", date(2026, 12, 31)), ("final", date(2027, 12, 31))]
    assert enrollment.end == date(2027, 12, 31)
    maternity = Extension(ExtensionReason.MATERNITY, date(2025, 3, 1), date(2025, 5, 29),
                          "人事处 陈处长")  # 90 days
    extended = services.enrollments.add_extension(HR, enrollment.id, enrollment.version,
                                                  maternity)
    assert [(c.key, c.original_due, c.due) for c in extended.checkpoints] == [
        ("annual_1", date(2024, 12, 31), date(2024, 12, 31)),
        ("mid_term", date(2025, 12, 31), date(2026, 3, 31)),
        ("annual_3", date(2026, 12, 31), date(2027, 3, 31)),
        ("final", date(2027, 12, 31), date(2028, 3, 30))]
    assert (extended.original_end, extended.end) == (date(2027, 12, 31), date(2028, 3, 30))
    assert extended.extensions == (maternity,)
    assert [c.cohort for c in extended.checkpoints][1:] == [
        "cas_youth_promotion:mid_term:2026", "cas_youth_promotion:annual_3:2027",
        "cas_youth_promotion:final:2028"]
    action, _, details = audit_entries(database, "enrollment")[-1]
    assert (action, details["end"]) == ("extend", "2028-03-30")


def test_invalid_extension_is_refused_and_shifts_nothing(services: ResearcherServices):
    researcher = services.researchers.create(HR, person("张伟", sex=Sex.MALE))
    enrollment = enroll(services, researcher, "cas_youth_promotion", date(2024, 1, 1))
    with pytest.raises(ValidationError) as caught:
        services.enrollments.add_extension(
            HR, enrollment.id, enrollment.version,
            Extension(ExtensionReason.MATERNITY, date(2025, 3, 1), date(2025, 2, 1), ""))
    assert codes(caught) == [("approver_missing", "approved_by"),
                             ("extension_ends_before_start", "ends_on"),
                             ("extension_requires_female", "reason")]
    assert services.enrollments.get(HR, enrollment.id).checkpoints == enrollment.checkpoints


def test_concurrent_enrollments_but_not_twice_in_one_program(services: ResearcherServices):
    researcher = services.researchers.create(HR, person())
    enroll(services, researcher, "jiangsu_young_sponsorship")
    enroll(services, researcher, "nsfc_young_scientists", date(2024, 1, 1))
    assert len(services.enrollments.enrollments_of(HR, researcher.id)) == 2
    with pytest.raises(ValidationError) as caught:
        enroll(services, researcher, "jiangsu_young_sponsorship", date(2025, 7, 1), 2025)
    assert caught.value.problems == [
        Problem("already_enrolled", "program",
                {"program": "江苏省青年科技人才托举工程", "start": date(2024, 7, 1),
                 "end": date(2026, 6, 30)})]


def test_early_termination_cancels_later_checkpoints_and_blocks_tranches(
        services: ResearcherServices, database: Database):
    researcher = services.researchers.create(HR, person(birth=date(1993, 1, 1)))
    enrollment = enroll(services, researcher, "cast_young_elite")
    ended = services.enrollments.terminate(
        HR, enrollment.id, enrollment.version,
        Termination(date(2025, 9, 1), TerminationReason.LEFT_UNIT, "人事处", "调往外省"))
    assert ended.status is EnrollmentStatus.TERMINATED and ended.end == date(2025, 9, 1)
    assert [(c.key, c.cancelled) for c in ended.checkpoints] == [
        ("annual_1", False), ("annual_2", True), ("final", True)]
    assert {t.status for t in ended.tranches} == {TrancheStatus.BLOCKED}
    assert audit_entries(database, "enrollment")[-1][2]["reason"] == "left_unit"
    with pytest.raises(ValidationError) as caught:
        services.enrollments.terminate(HR, ended.id, ended.version, Termination(
            date(2025, 9, 2), TerminationReason.OTHER, "人事处"))
    assert codes(caught) == [("enrollment_not_active", "status")]


def test_individual_plan_overrides_checkpoints_and_support(services: ResearcherServices,
                                                          database: Database):
    researcher = services.researchers.create(HR, person(birth=date(1993, 1, 1)))
    enrollment = enroll(services, researcher, "cast_young_elite")
    plan = IndividualPlan(
        approved_by="分管副院长 周明", approved_on=date(2024, 8, 1),
        goals=("建成独立课题组", "在国内期刊发表代表作"),
        checkpoints=(CheckpointOverride("annual_2", skip=True),
                     CheckpointOverride("mid_term", offset_months=18,
                                        kind=CheckpointKind.MID_TERM)),
        support_total=Decimal("450000"))
    planned = services.enrollments.set_plan(HR, enrollment.id, enrollment.version, plan)
    assert [(c.key, c.due) for c in planned.checkpoints] == [
        ("annual_1", date(2025, 6, 30)), ("mid_term", date(2025, 12, 31)),
        ("final", date(2027, 6, 30))]
    assert planned.plan == plan
    assert [t.amount for t in planned.tranches] == [Decimal("150000.00")] * 3
    details = audit_entries(database, "enrollment")[-1][2]
    assert details["changes"]["approved_by"] == [None, "分管副院长 周明"]
    with pytest.raises(ValidationError) as caught:
        services.enrollments.set_plan(HR, planned.id, planned.version,
                                      dataclasses.replace(plan, approved_by=" "))
    assert codes(caught) == [("approver_missing", "approved_by")]
