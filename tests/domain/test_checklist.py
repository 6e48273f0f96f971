"""Checklist generation, document validity and 容缺 acceptance."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import pytest

from talentdesk.domain.checklist import (
    ChecklistItem,
    can_accept,
    check_authentication,
    check_document_age,
    check_passport_validity,
    checklist_config_from_json,
    default_checklist_config,
    generate_checklist,
)
from talentdesk.domain.enums import BusinessType, Category, ChecklistStatus, Track
from talentdesk.domain.problems import Problem

WP, RP = Track.WORK_PERMIT, Track.RESIDENCE_PERMIT


def items_of(business_type: BusinessType,
             category: Category = Category.B) -> dict[str, ChecklistItem]:
    return {i.code: i for i in generate_checklist(business_type, category).items}


def with_status(items: dict[str, ChecklistItem], status: ChecklistStatus,
                **overrides: ChecklistStatus) -> list[ChecklistItem]:
    return [dataclasses.replace(item, status=overrides.get(code, status))
            for code, item in items.items()]


@pytest.mark.parametrize("business_type", list(BusinessType))
@pytest.mark.parametrize("category", list(Category))
def test_every_business_type_and_category_has_a_checklist(business_type: BusinessType,
                                                          category: Category) -> None:
    checklist = generate_checklist(business_type, category)
    assert (checklist.business_type, checklist.category) == (business_type, category)
    assert (checklist.config_id, checklist.config_version) == ("checklists", "2025.1")
    assert any(item.mandatory for item in checklist.items)
    assert all(item.label_zh and item.label_en and item.tracks for item in checklist.items)


def test_notice_from_abroad_is_the_national_work_permit_list() -> None:
    items = items_of(BusinessType.NOTICE_FROM_ABROAD)
    assert [code for code, item in items.items() if item.mandatory] == [
        "application_form", "work_qualification_proof", "degree_or_qualification",
        "non_criminal_record", "health_certificate", "employment_contract", "passport", "photo"]
    assert {track for item in items.values() for track in item.tracks} == {WP}
    record = items["non_criminal_record"]
    assert (record.needs_apostille, record.max_age_months) == (True, 6)
    assert items["health_certificate"].max_age_months == 6


@pytest.mark.parametrize("business_type", [
    BusinessType.CARD_AFTER_ENTRY, BusinessType.NEW_IN_CHINA, BusinessType.EXTENSION,
    BusinessType.CHANGE,
])
def test_one_window_business_types_carry_both_tracks(business_type: BusinessType) -> None:
    items = items_of(business_type)
    assert items["visa_document_form"].tracks == {RP}
    assert items["passport"].tracks == {WP, RP}


@pytest.mark.parametrize(("business_type", "codes"), [
    (BusinessType.REISSUE, ["reissue_application_form", "loss_declaration", "damaged_card"]),
    (BusinessType.CANCELLATION, ["cancellation_application", "work_permit_card"]),
])
def test_work_permit_only_business_types(business_type: BusinessType, codes: list[str]) -> None:
    items = items_of(business_type)
    assert list(items) == codes
    assert all(item.tracks == {WP} for item in items.values())


@pytest.mark.parametrize(("category", "mandatory"), [
    (Category.A, False), (Category.B, True), (Category.C, True),
])
def test_work_experience_proof_is_optional_for_a_only(category: Category,
                                                      mandatory: bool) -> None:
    for business_type in (BusinessType.NOTICE_FROM_ABROAD, BusinessType.NEW_IN_CHINA):
        item = items_of(business_type, category)["work_qualification_proof"]
        assert item.mandatory is mandatory


def test_extension_health_certificate_is_optional() -> None:
    assert not items_of(BusinessType.EXTENSION)["health_certificate"].mandatory


RECORD = items_of(BusinessType.NOTICE_FROM_ABROAD)["non_criminal_record"]
HEALTH = items_of(BusinessType.NOTICE_FROM_ABROAD)["health_certificate"]
PASSPORT = items_of(BusinessType.NOTICE_FROM_ABROAD)["passport"]


@pytest.mark.parametrize("item", [RECORD, HEALTH], ids=["non_criminal_record", "health"])
@pytest.mark.parametrize(("issued", "submitted", "valid_until"), [
    (date(2025, 1, 15), date(2025, 7, 15), None),  # exactly 6 months: still valid
    (date(2025, 1, 15), date(2025, 7, 16), date(2025, 7, 15)),  # a day past
    (date(2024, 8, 31), date(2025, 2, 28), None),  # month end clamps to the shorter month
    (date(2024, 8, 31), date(2025, 3, 1), date(2025, 2, 28)),
    (date(2023, 8, 31), date(2024, 2, 29), None),  # leap year
    (date(2025, 7, 15), date(2025, 7, 15), None),  # issued on the submission day
])
def test_dated_documents_at_most_six_months_old(item: ChecklistItem, issued: date,
                                                submitted: date, valid_until: date | None) -> None:
    problems = check_document_age(item, issued, submitted)
    if valid_until is None:
        assert problems == []
    else:
        assert problems == [Problem("document_too_old", item.code, {
            "item": item.code, "issued_on": issued, "submission_date": submitted,
            "max_months": 6, "valid_until": valid_until})]


def test_document_issued_after_submission_is_a_problem() -> None:
    assert check_document_age(RECORD, date(2025, 7, 16), date(2025, 7, 15)) == [
        Problem("document_issued_after_submission", "non_criminal_record", {
            "item": "non_criminal_record", "issued_on": date(2025, 7, 16),
            "submission_date": date(2025, 7, 15)})]


def test_undated_kinds_of_document_have_no_age_limit() -> None:
    assert check_document_age(PASSPORT, date(2015, 1, 1), date(2025, 7, 15)) == []


@pytest.mark.parametrize(("expiry", "problems"), [
    (date(2027, 6, 30), []),
    (date(2026, 6, 30), []),  # valid through the last day of the period
    (date(2026, 6, 29), [Problem("passport_expires_before_period_end", "passport_expiry",
                                 {"expiry": date(2026, 6, 29), "period_end": date(2026, 6, 30)})]),
])
def test_passport_valid_to_the_end_of_the_requested_period(expiry: date,
                                                           problems: list[Problem]) -> None:
    assert check_passport_validity(expiry, date(2026, 6, 30)) == problems


@pytest.mark.parametrize(("item", "foreign", "authenticated", "problem"), [
    (RECORD, True, False, True),
    (RECORD, True, True, False),
    (RECORD, False, False, False),  # issued in China: nothing to authenticate
    (HEALTH, True, False, False),  # this kind of document needs no apostille
])
def test_apostille_or_legalisation_for_foreign_documents(item: ChecklistItem, foreign: bool,
                                                         authenticated: bool,
                                                         problem: bool) -> None:
    expected = [Problem("document_authentication_missing", item.code, {"item": item.code})]
    assert check_authentication(item, foreign, authenticated) == (expected if problem else [])


def test_apostille_flag_is_on_foreign_issued_kinds() -> None:
    items = items_of(BusinessType.NEW_IN_CHINA)
    assert {code for code, item in items.items() if item.needs_apostille} == {
        "degree_or_qualification", "non_criminal_record", "family_documents"}


NOTICE_B = items_of(BusinessType.NOTICE_FROM_ABROAD, Category.B)
NOTICE_A = items_of(BusinessType.NOTICE_FROM_ABROAD, Category.A)


@pytest.mark.parametrize("status", [ChecklistStatus.RECEIVED, ChecklistStatus.VERIFIED])
@pytest.mark.parametrize("category", list(Category))
def test_complete_checklist_is_accepted(status: ChecklistStatus, category: Category) -> None:
    result = can_accept(with_status(NOTICE_B, status), category)
    assert (result.ok, result.problems, result.rongque) == (True, (), ())


def test_not_applicable_counts_and_optional_items_may_stay_pending() -> None:
    items = with_status(NOTICE_B, ChecklistStatus.RECEIVED,
                        health_certificate=ChecklistStatus.NOT_APPLICABLE,
                        family_documents=ChecklistStatus.PENDING,
                        other_materials=ChecklistStatus.PENDING)
    assert can_accept(items, Category.B).ok


@pytest.mark.parametrize("category", [Category.B, Category.C])
def test_b_and_c_cannot_be_accepted_with_missing_items(category: Category) -> None:
    items = with_status(NOTICE_B, ChecklistStatus.RECEIVED,
                        non_criminal_record=ChecklistStatus.PENDING)
    result = can_accept(items, category)
    assert (result.ok, result.rongque) == (False, ())
    assert result.problems == (Problem("checklist_item_missing", "non_criminal_record", {
        "item": "non_criminal_record", "status": ChecklistStatus.PENDING}),)


def test_a_is_accepted_with_missing_items_and_flagged_rongque() -> None:
    items = with_status(NOTICE_A, ChecklistStatus.RECEIVED,
                        non_criminal_record=ChecklistStatus.PENDING,
                        health_certificate=ChecklistStatus.PENDING)
    result = can_accept(items, Category.A)
    assert (result.ok, result.problems) == (True, ())
    assert result.rongque == ("non_criminal_record", "health_certificate")


def test_cannot_provide_needs_a_written_reason_even_for_a() -> None:
    items = with_status(NOTICE_A, ChecklistStatus.RECEIVED,
                        health_certificate=ChecklistStatus.CANNOT_PROVIDE)
    result = can_accept(items, Category.A)
    assert not result.ok
    assert result.problems == (Problem("cannot_provide_reason_missing", "health_certificate",
                                       {"item": "health_certificate"}),)
    explained = [dataclasses.replace(i, note="体检机构预约已满，入境后补交")
                 if i.code == "health_certificate" else i for i in items]
    result = can_accept(explained, Category.A)
    assert (result.ok, result.rongque) == (True, ("health_certificate",))


def test_config_cites_sources_and_unverified_parts() -> None:
    config = default_checklist_config()
    assert any("UNVERIFIED" in line for line in config.source)
    assert any("short_term" in line for line in config.source)


def shipped_json() -> dict[str, Any]:
    path = resources.files("talentdesk.domain") / "data" / "checklists.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_edited_config_is_used_and_carries_its_version() -> None:
    data = shipped_json()
    data["version"] = "2026.1"
    data["lists"]["cancellation"].append(
        {"code": "passport", "mandatory": True, "tracks": ["work_permit"]})
    config = checklist_config_from_json(json.dumps(data))
    checklist = generate_checklist(BusinessType.CANCELLATION, Category.B, config)
    assert checklist.config_version == "2026.1"
    assert [i.code for i in checklist.items][-1] == "passport"


@pytest.mark.parametrize(("edit", "message"), [
    (lambda d: d["lists"].pop("reissue"), "no list for"),
    (lambda d: d["lists"]["change"].append(
        {"code": "typo", "mandatory": True, "tracks": ["work_permit"]}), "unknown items"),
    (lambda d: d["category_rules"]["A"]["optional"].append("typo"), "unknown items"),
    (lambda d: d["lists"]["change"][0].update(tracks=[]), "without tracks"),
])
def test_broken_config_is_refused(edit: Callable[[dict[str, Any]], object],
                                  message: str) -> None:
    data = shipped_json()
    edit(data)
    with pytest.raises(ValueError, match=message):
        checklist_config_from_json(json.dumps(data))
