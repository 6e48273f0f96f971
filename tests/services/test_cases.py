"""Cases: numbers, tracks per business type, classification, checklist rules, 容缺, roles."""

from __future__ import annotations

import dataclasses
import threading
from datetime import date
from decimal import Decimal

import pytest

from talentdesk.domain.category import RouteInputs
from talentdesk.domain.checklist import generate_checklist
from talentdesk.domain.enums import BusinessType, Category, ChecklistStatus, Degree, Track
from talentdesk.domain.permit_records import Applicant, Case, CategoryRequest, Employer
from talentdesk.domain.tracks import CaseState, TrackState
from talentdesk.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from talentdesk.services.cases import CaseService
from talentdesk.storage.database import Database
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    EIGHTY_EIGHT,
    HR_OFFICER,
    READ_ONLY,
    SUPERVISOR,
    TODAY,
    FakeClock,
    a_by_points,
    applicant,
    applicants,
    audit_entries,
    b_by_b1,
    case_draft,
    cases,
    clock,
    employer,
    employers,
)

__all__ = ["applicant", "applicants", "cases", "clock", "employer", "employers"]  # fixtures

WP, RP = Track.WORK_PERMIT, Track.RESIDENCE_PERMIT
S = ChecklistStatus


def codes(error: pytest.ExceptionInfo[ValidationError]) -> set[tuple[str, str]]:
    return {(p.code, p.field) for p in error.value.problems}


def entry(case: Case, code: str):
    return next(e for e in case.checklist if e.item.code == code)


def tick(
    cases: CaseService,
    case: Case,
    code: str,
    status: ChecklistStatus,
    *,
    reason: str = "",
    document_date: date | None = None,
    authenticated: bool = False,
    foreign_issued: bool = True,
) -> Case:
    return cases.update_checklist_item(
        CLERK,
        case.id,
        code,
        status,
        reason,
        document_date,
        authenticated,
        entry(case, code).version,
        TODAY,
        foreign_issued=foreign_issued,
    )


@pytest.fixture
def a_case(cases: CaseService, applicant: Applicant, employer: Employer) -> Case:
    return cases.create_case(CLERK, case_draft(applicant, employer), TODAY)


# --- social wages and classification ----------------------------------------------------------


def test_social_wages_are_configuration_for_administrators(cases: CaseService, database: Database):
    cases.set_social_wage(ADMINISTRATOR, "南京", 2024, Decimal("110000"), "南京统计局")
    cases.set_social_wage(ADMINISTRATOR, "Nanjing", 2024, Decimal("118000"), "更正")
    cases.set_social_wage(ADMINISTRATOR, "320500", 2024, Decimal("125000"), "")
    assert [(w.city, w.year, w.annual_amount) for w in cases.list_social_wages(HR_OFFICER)] == [
        ("320100", 2024, Decimal("118000")),
        ("320500", 2024, Decimal("125000")),
    ]
    assert len(cases.list_social_wages(CLERK, "南京")) == 1
    entry_ = audit_entries(database, "social_wage")[1]
    assert (entry_.entity_id, entry_.details["annual_amount"]) == (
        "320100/2024",
        ["110000.00", "118000"],
    )
    for actor in (CLERK, SUPERVISOR, HR_OFFICER):
        with pytest.raises(PermissionDeniedError):
            cases.set_social_wage(actor, "南京", 2025, Decimal("1"), "")
    with pytest.raises(ValidationError) as caught:
        cases.set_social_wage(ADMINISTRATOR, "上海", 1900, Decimal("0"), "")
    assert codes(caught) == {
        ("city_not_in_jiangsu", "city"),
        ("year_invalid", "year"),
        ("amount_not_positive", "annual_amount"),
    }


def test_points_route_explains_every_item(cases: CaseService):
    evaluation = cases.evaluate_category(HR_OFFICER, a_by_points(), TODAY)
    assert evaluation.suggestion.category is Category.A
    assert evaluation.points is not None and evaluation.points.total == 88
    assert evaluation.points.table_id == "points_2017"
    by_item = {i.code: (i.points, i.reason.code) for i in evaluation.points.items}
    assert len(by_item) == 9 and all(p >= 0 and code for p, code in by_item.values())
    assert sum(p for p, _ in by_item.values()) == 88
    met = next(r for r in evaluation.suggestion.routes if r.route == "A6")
    assert met.met and met.reasons[0].code == "points_threshold_reached"


def test_salary_routes_use_last_years_wage_of_the_work_city(cases: CaseService):
    request = CategoryRequest("南京", RouteInputs(age=40, annual_salary_rmb=720_000))
    missing = cases.evaluate_category(CLERK, request, TODAY)
    a3 = next(r for r in missing.suggestion.routes if r.route == "A3-salary")
    assert not a3.met and {r.params.get("input") for r in a3.reasons} == {"social_wage"}
    # Only 2024 is published when a 2026 case asks for 2025: the latest earlier figure serves.
    cases.set_social_wage(ADMINISTRATOR, "南京", 2024, Decimal("120000"), "")
    cases.set_social_wage(ADMINISTRATOR, "南京", 2026, Decimal("200000"), "")
    evaluation = cases.evaluate_category(CLERK, request, TODAY)
    assert evaluation.social_wage is not None and evaluation.social_wage.year == 2024
    assert evaluation.suggestion.category is Category.A
    assert "A3-salary" in evaluation.suggestion.explanation[0].params["routes"]


# --- creating cases ---------------------------------------------------------------------------


def test_case_numbers_run_per_year(cases: CaseService, applicant, employer):
    draft = case_draft(applicant, employer)
    numbers = [cases.create_case(CLERK, draft, TODAY).case_number for _ in range(3)]
    assert numbers == ["2026-000001", "2026-000002", "2026-000003"]
    next_year = dataclasses.replace(draft, contract_start=date(2027, 2, 1))
    assert cases.create_case(CLERK, next_year, date(2027, 1, 4)).case_number == "2027-000001"
    assert cases.create_case(CLERK, draft, TODAY).case_number == "2026-000004"


def test_a_refused_case_takes_no_number(cases: CaseService, applicant, employer):
    with pytest.raises(ValidationError):
        cases.create_case(CLERK, case_draft(applicant, employer, position=""), TODAY)
    assert cases.create_case(CLERK, case_draft(applicant, employer), TODAY).case_number == (
        "2026-000001"
    )


def test_create_stores_category_points_time_limits_tracks_and_timeline(
    a_case: Case, database: Database
):
    category = a_case.category
    assert (category.category, category.suggested, category.route) == (Category.A, Category.A, "A6")
    assert (category.points_table, category.points_total) == ("points_2017", 88)
    assert len(category.points_items) == 9 and "A6" in category.routes_met
    assert category.explanation[0].code == "category_routes_met"
    assert a_case.time_limits_version == "2017-guide"
    assert (a_case.window, a_case.assigned_to, a_case.received_on) == ("window-1", "li", TODAY)
    assert a_case.state is CaseState.DRAFT
    assert [(t.track, t.state) for t in a_case.tracks] == [
        (WP, TrackState.DRAFT),
        (RP, TrackState.DRAFT),
    ]
    assert [(e.action, e.username, e.to_state) for e in a_case.events] == [
        ("create", "li", "draft")
    ]
    assert a_case.applicant.id == a_case.details.applicant_id
    assert a_case.employer.details.city == "320100"
    # Age comes from the stored birth date; the request's is replaced.
    assert a_case.details.category_request is not None
    assert a_case.details.category_request.facts.age == 38
    (created,) = [e for e in audit_entries(database, "case") if e.action == "create"]
    assert created.details["case_number"] == "2026-000001"
    assert created.details["tracks"] == ["work_permit", "residence_permit"]
    assert created.details["category"] == [None, "A"]


# Which permits each business type applies for: see domain/cases.py TRACKS for the reasons.
EXPECTED_TRACKS = {
    BusinessType.NOTICE_FROM_ABROAD: (WP,),
    BusinessType.CARD_AFTER_ENTRY: (WP, RP),
    BusinessType.NEW_IN_CHINA: (WP, RP),
    BusinessType.SHORT_TERM: (WP,),
    BusinessType.EXTENSION: (WP, RP),
    BusinessType.CHANGE: (WP, RP),
    BusinessType.REISSUE: (WP,),
    BusinessType.CANCELLATION: (WP,),
}


@pytest.mark.parametrize("business_type", list(BusinessType))
def test_tracks_are_created_together_where_the_business_needs_both(
    cases: CaseService, applicant, employer, business_type: BusinessType
):
    changes: dict[str, object] = {"business_type": business_type}
    if business_type is BusinessType.SHORT_TERM:
        changes["contract_end"] = date(2027, 3, 31)
    case = cases.create_case(CLERK, case_draft(applicant, employer, **changes), TODAY)
    assert tuple(t.track for t in case.tracks) == EXPECTED_TRACKS[business_type]
    assert {t.state for t in case.tracks} == {TrackState.DRAFT}
    generated = generate_checklist(business_type, Category.A).items
    assert [e.item.code for e in case.checklist] == [i.code for i in generated]


def test_categories_carry_over_where_nothing_is_classified(cases: CaseService, applicant, employer):
    draft = case_draft(
        applicant,
        employer,
        business_type=BusinessType.CANCELLATION,
        category=Category.B,
        category_request=None,
        contract_start=None,
        contract_end=None,
        annual_salary=Decimal("0"),
    )
    case = cases.create_case(CLERK, draft, TODAY)
    assert (case.category.category, case.category.suggested) == (Category.B, None)
    assert case.details.category_request is None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"category_request": None}, {("category_evaluation_required", "category")}),
        ({"work_city": "上海"}, {("city_not_in_jiangsu", "work_city")}),
        ({"contract_end": date(2026, 12, 31)}, {("contract_ends_before_start", "contract_end")}),
        ({"contract_end": None}, {("required", "contract_end")}),
        (
            {"annual_salary": Decimal("0"), "category": Category.B, "category_request": b_by_b1()},
            {("salary_not_positive", "annual_salary")},
        ),
        ({"business_type": BusinessType.SHORT_TERM}, {("short_term_too_long", "contract_end")}),
        ({"contract_end": date(2027, 3, 31)}, {("period_is_short_term", "contract_end")}),
    ],
)
def test_invalid_cases_name_the_field(cases: CaseService, applicant, employer, changes, expected):
    with pytest.raises(ValidationError) as caught:
        cases.create_case(CLERK, case_draft(applicant, employer, **changes), TODAY)
    assert codes(caught) == expected


def test_unknown_applicant_or_employer(cases: CaseService, applicant, employer):
    for changes in ({"applicant_id": applicant.id + 99}, {"employer_id": employer.id + 99}):
        with pytest.raises(NotFoundError):
            cases.create_case(CLERK, case_draft(applicant, employer, **changes), TODAY)


def test_overriding_the_suggestion_needs_a_written_reason_and_is_audited(
    cases: CaseService, applicant, employer, database: Database
):
    draft = case_draft(applicant, employer, category=Category.B)
    with pytest.raises(ValidationError) as caught:
        cases.create_case(CLERK, draft, TODAY)
    assert codes(caught) == {("category_override_reason_missing", "override_reason")}
    reason = "积分材料中的年薪证明未盖章，按B类受理"
    case = cases.create_case(CLERK, dataclasses.replace(draft, override_reason=reason), TODAY)
    assert (case.category.category, case.category.suggested) == (Category.B, Category.A)
    # 88 points also reach B: the stored route is the chosen category's.
    assert case.category.override_reason == reason and case.category.route == "B6"
    (override,) = [e for e in audit_entries(database, "case") if e.action == "override_category"]
    assert override.details == {"suggested": "A", "chosen": "B", "reason": reason}
    # A B case lists work experience as mandatory, an A case does not.
    assert entry(case, "work_qualification_proof").item.mandatory


# --- checklist --------------------------------------------------------------------------------


def test_checklist_is_generated_pending_from_business_type_and_category(a_case: Case):
    generated = {
        i.code: i.mandatory for i in generate_checklist(BusinessType.NEW_IN_CHINA, Category.A).items
    }
    assert {e.item.code: e.item.mandatory for e in a_case.checklist} == generated
    assert not generated["work_qualification_proof"]
    assert {e.item.status for e in a_case.checklist} == {S.PENDING}
    assert entry(a_case, "non_criminal_record").item.label_zh == "无犯罪记录证明"


def test_documents_older_than_six_months_cannot_be_verified(
    cases: CaseService, a_case: Case, database: Database
):
    old = date(2026, 5, 26)  # valid until 2026-11-26, the day before today
    with pytest.raises(ValidationError) as caught:
        tick(
            cases, a_case, "non_criminal_record", S.VERIFIED, document_date=old, authenticated=True
        )
    assert codes(caught) == {("document_too_old", "non_criminal_record")}
    received = tick(cases, a_case, "non_criminal_record", S.RECEIVED, document_date=old)
    item = entry(received, "non_criminal_record")
    assert (item.item.status, item.version) == (S.RECEIVED, 2)
    assert {p.code for p in item.findings} == {
        "document_too_old",
        "document_authentication_missing",
    }
    verified = tick(
        cases,
        received,
        "non_criminal_record",
        S.VERIFIED,
        document_date=date(2026, 5, 27),
        authenticated=True,
    )
    assert entry(verified, "non_criminal_record").findings == ()
    last = audit_entries(database, "case")[-1]
    assert last.action == "update_checklist_item"
    assert last.details["item"] == "non_criminal_record"
    assert last.details["changes"]["status"] == ["received", "verified"]
    with pytest.raises(ConflictError):
        tick(cases, a_case, "non_criminal_record", S.PENDING)


def test_apostille_is_due_only_for_documents_issued_abroad(cases: CaseService, a_case: Case):
    with pytest.raises(ValidationError) as caught:
        tick(cases, a_case, "degree_or_qualification", S.VERIFIED)
    assert codes(caught) == {("document_authentication_missing", "degree_or_qualification")}
    chinese_degree = tick(
        cases, a_case, "degree_or_qualification", S.VERIFIED, foreign_issued=False
    )
    assert entry(chinese_degree, "degree_or_qualification").item.status is S.VERIFIED


def test_dated_documents_need_their_date_to_be_verified(cases: CaseService, a_case: Case):
    with pytest.raises(ValidationError) as caught:
        tick(cases, a_case, "health_certificate", S.VERIFIED)
    assert codes(caught) == {("document_date_required", "health_certificate")}


def test_cannot_provide_needs_a_reason(cases: CaseService, a_case: Case):
    with pytest.raises(ValidationError) as caught:
        tick(cases, a_case, "photo", S.CANNOT_PROVIDE, reason="  ")
    assert codes(caught) == {("cannot_provide_reason_missing", "reason")}
    case = tick(cases, a_case, "photo", S.CANNOT_PROVIDE, reason="申请人在境外，下周补交")
    assert entry(case, "photo").item.note == "申请人在境外，下周补交"


def test_the_passport_must_outlast_the_contract(cases: CaseService, applicant, employer):
    long_contract = case_draft(applicant, employer, contract_end=date(2031, 12, 31))
    case = cases.create_case(CLERK, long_contract, TODAY)
    with pytest.raises(ValidationError) as caught:
        tick(cases, case, "passport", S.VERIFIED)
    assert codes(caught) == {("passport_expires_before_period_end", "passport_expiry")}
    short = cases.create_case(CLERK, case_draft(applicant, employer), TODAY)
    assert entry(tick(cases, short, "passport", S.VERIFIED), "passport").findings == ()


def test_rongque_lets_a_category_cases_be_accepted_with_items_missing(
    cases: CaseService, a_case: Case, applicant, employer
):
    mandatory = {e.item.code for e in a_case.checklist if e.item.mandatory}
    assert a_case.acceptance.ok and set(a_case.acceptance.rongque) == mandatory
    b_case = cases.create_case(
        CLERK,
        case_draft(applicant, employer, category=Category.B, category_request=b_by_b1()),
        TODAY,
    )
    b_mandatory = {e.item.code for e in b_case.checklist if e.item.mandatory}
    assert not b_case.acceptance.ok and b_case.acceptance.rongque == ()
    assert {p.field for p in b_case.acceptance.problems} == b_mandatory
    for code in sorted(b_mandatory):
        b_case = tick(cases, b_case, code, S.NOT_APPLICABLE)
    assert b_case.acceptance.ok


def test_stale_checklist_item_is_a_conflict(cases: CaseService, a_case: Case):
    tick(cases, a_case, "photo", S.RECEIVED)
    with pytest.raises(ConflictError):
        tick(cases, a_case, "photo", S.VERIFIED)


# --- updating and reading ---------------------------------------------------------------------


def test_update_case_audits_changes_and_keeps_fixed_fields(
    cases: CaseService, a_case: Case, database: Database
):
    draft = dataclasses.replace(
        a_case.details, position="首席科学家", annual_salary=Decimal("600000")
    )
    updated = cases.update_case(SUPERVISOR, a_case.id, draft, a_case.stamp.version, TODAY)
    assert updated.details.position == "首席科学家"
    assert (updated.stamp.updated_by, updated.stamp.version) == ("zhao", 2)
    assert updated.case_number == a_case.case_number
    last = audit_entries(database, "case")[-1]
    assert last.action == "update"
    assert last.details["position"] == ["研发总监", "首席科学家"]
    assert last.details["annual_salary"] == ["500000.00", "600000.00"]
    with pytest.raises(ConflictError):
        cases.update_case(CLERK, a_case.id, draft, a_case.stamp.version, TODAY)
    moved = dataclasses.replace(draft, business_type=BusinessType.EXTENSION)
    with pytest.raises(ValidationError) as caught:
        cases.update_case(CLERK, a_case.id, moved, updated.stamp.version, TODAY)
    assert codes(caught) == {("cannot_change", "business_type")}


def test_recategorising_updates_mandatory_items(cases: CaseService, a_case: Case):
    draft = dataclasses.replace(
        a_case.details, category=Category.B, override_reason="用人单位撤回A类人才认定申请"
    )
    updated = cases.update_case(CLERK, a_case.id, draft, a_case.stamp.version, TODAY)
    assert (updated.category.category, updated.category.suggested) == (Category.B, Category.A)
    assert entry(updated, "work_qualification_proof").item.mandatory
    assert updated.category.points_table == "points_2017"
    assert not updated.acceptance.ok


def test_read_only_roles_may_read_cases_but_not_write(
    cases: CaseService, a_case: Case, applicant, employer
):
    for actor in READ_ONLY:
        assert cases.get_case(actor, a_case.id).case_number == a_case.case_number
        with pytest.raises(PermissionDeniedError):
            cases.create_case(actor, case_draft(applicant, employer), TODAY)
        with pytest.raises(PermissionDeniedError):
            cases.update_case(actor, a_case.id, a_case.details, a_case.stamp.version, TODAY)
        with pytest.raises(PermissionDeniedError):
            cases.update_checklist_item(
                actor, a_case.id, "photo", S.RECEIVED, "", None, False, 1, TODAY
            )
    with pytest.raises(NotFoundError):
        cases.get_case(CLERK, a_case.id + 1)


# --- several windows at once ------------------------------------------------------------------


def test_concurrent_windows_never_share_a_case_number(database: Database, applicant, employer):
    """4 windows (own engines and sessions) × 25 cases: 100 numbers, no gaps, no repeats."""
    draft = case_draft(
        applicant,
        employer,
        category=Category.B,
        category_request=b_by_b1(),
        business_type=BusinessType.EXTENSION,
    )
    numbers: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(4)

    def window() -> None:
        db = Database(database.url)
        service = CaseService(db, FakeClock())
        try:
            start.wait()
            for _ in range(25):
                number = service.create_case(CLERK, draft, TODAY).case_number
                with lock:
                    numbers.append(number)
        except BaseException as exc:  # reported below; a thread cannot raise into pytest
            failures.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=window) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(numbers) == [f"2026-{n:06d}" for n in range(1, 101)]


def test_points_inputs_keep_their_table_and_scores(cases: CaseService, a_case: Case):
    request = a_case.details.category_request
    assert request is not None and request.points_inputs is not None
    assert request.points_inputs.degree is Degree.DOCTORATE
    assert request.points_inputs.annual_salary_rmb == 500_000
    assert request.points_table == "points_2017"
    assert dataclasses.replace(request.points_inputs, age=35) == EIGHTY_EIGHT
