"""Applicants: intake with the duplicate check, edits, passport history, MRZ preview, roles."""

from __future__ import annotations

from datetime import date

import pytest

from talentdesk.domain.mrz import CheckField, CheckStatus, build_td3
from talentdesk.domain.permit_records import DuplicateReason
from talentdesk.errors import (
    ConflictError,
    DuplicateError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from talentdesk.services.applicants import ApplicantService
from talentdesk.storage.database import Database
from tests.services.permit_fixtures import (
    CLERK,
    READ_ONLY,
    SUPERVISOR,
    TODAY,
    applicant,
    applicants,
    audit_entries,
    clock,
    passport,
    person,
)

__all__ = ["applicant", "applicants", "clock"]  # fixtures used by name


def mrz_lines(**changes: object) -> tuple[str, str]:
    values: dict[str, object] = {
        "issuing_state": "D",
        "surname": "Müller",
        "given_names": "Anna Maria",
        "passport_number": "C01X00T47",
        "nationality": "D",
        "birth_date": date(1988, 3, 14),
        "sex": "F",
        "expiry_date": date(2031, 5, 1),
    }
    return build_td3(**{**values, **changes})  # type: ignore[arg-type]


def test_create_stores_normal_forms_the_current_passport_and_an_audit_entry(
    applicant, database: Database
):
    assert applicant.details.surname == "MÜLLER"
    assert applicant.details.given_names == "ANNA MARIA"
    assert applicant.details.nationality == "DEU"
    assert applicant.passport is not None and applicant.passport.issuing_state == "DEU"
    assert applicant.passports == (applicant.passport,)
    assert applicant.stamp.created_by == "li" and applicant.stamp.version == 1
    (entry,) = audit_entries(database, "applicant")
    assert (entry.action, entry.username, entry.entity_id) == ("create", "li", str(applicant.id))
    assert entry.details["surname"] == [None, "MÜLLER"]
    assert entry.details["passport_number"] == [None, "C01X00T47"]


@pytest.mark.parametrize(
    ("draft", "document", "expected"),
    [
        (person(surname=" "), passport(), {("required", "surname")}),
        (person(nationality="XYZ"), passport(), {("nationality_unknown", "nationality")}),
        (person(sex="Q"), passport(), {("sex_invalid", "sex")}),
        (person(birth_date=date(2027, 1, 1)), passport(), {("birth_date_in_future", "birth_date")}),
        (person(education="phd"), passport(), {("education_invalid", "education")}),
        (person(email="anna-at-example"), passport(), {("email_invalid", "email")}),
        (person(), passport("C01-X"), {("passport_number_length", "passport_number")}),
        (
            person(),
            passport("C01X0#T47"),
            {("passport_number_invalid_character", "passport_number")},
        ),
        (person(), passport(issuing_state="QQQ"), {("issuing_state_unknown", "issuing_state")}),
        (
            person(),
            passport(expiry_date=date(2026, 11, 26)),
            {("passport_expired", "passport_expiry")},
        ),
    ],
)
def test_invalid_input_names_the_field_and_saves_nothing(
    applicants: ApplicantService, database: Database, draft, document, expected
):
    with pytest.raises(ValidationError) as caught:
        applicants.create(CLERK, draft, document, TODAY)
    assert {(p.code, p.field) for p in caught.value.problems} == expected
    assert applicants.search(CLERK, "").total == 0 and audit_entries(database) == []


def test_single_name_passports_are_accepted(applicants: ApplicantService):
    created = applicants.create(CLERK, person(surname="Sukarno", given_names=""), passport(), TODAY)
    assert created.details.given_names == ""


def test_same_passport_number_and_nationality_offers_the_existing_record(
    applicants: ApplicantService, applicant
):
    other = person(surname="Schmidt", given_names="Eva", birth_date=date(1990, 1, 1))
    with pytest.raises(DuplicateError) as caught:
        applicants.create(CLERK, other, passport("c01x00t47", issuing_state="DEU"), TODAY)
    (candidate,) = caught.value.matches
    assert candidate.applicant == applicant
    assert candidate.reasons == (DuplicateReason.SAME_PASSPORT,)
    # Confirming cannot give one passport to two people.
    with pytest.raises(ValidationError) as refused:
        applicants.create(CLERK, other, passport("C01X00T47"), TODAY, allow_duplicate=True)
    assert refused.value.problems[0].code == "passport_already_recorded"
    # The same number from another country is someone else.
    austrian = person(
        surname="Schmidt", given_names="Eva", birth_date=date(1990, 1, 1), nationality="AUT"
    )
    applicants.create(CLERK, austrian, passport("C01X00T47", issuing_state="AUT"), TODAY)


def test_same_names_birth_date_and_nationality_match_however_they_are_spelled(
    applicants: ApplicantService, applicant, database: Database
):
    same = person(surname="MULLER", given_names="anna-maria")
    with pytest.raises(DuplicateError) as caught:
        applicants.create(CLERK, same, passport("K7654321"), TODAY)
    (candidate,) = caught.value.matches
    assert (candidate.applicant.id, candidate.reasons) == (
        applicant.id,
        (DuplicateReason.SAME_IDENTITY,),
    )
    assert [c.applicant.id for c in applicants.find_duplicates(CLERK, same)] == [applicant.id]
    second = applicants.create(CLERK, same, passport("K7654321"), TODAY, allow_duplicate=True)
    assert second.id != applicant.id
    entry = audit_entries(database, "applicant")[-1]
    assert entry.details["confirmed_not_duplicate_of"] == [None, [applicant.id]]
    # Another birth date or nationality is another person.
    assert applicants.find_duplicates(CLERK, person(birth_date=date(1988, 3, 15))) == ()
    assert applicants.find_duplicates(CLERK, person(nationality="AUT")) == ()


def test_update_audits_each_changed_field_and_refuses_a_stale_version(
    applicants: ApplicantService, applicant, database: Database
):
    changed = person(phone="138 0000 0000", chinese_name="穆安娜")
    updated = applicants.update(SUPERVISOR, applicant.id, changed, applicant.stamp.version, TODAY)
    assert updated.details.chinese_name == "穆安娜"
    assert (updated.stamp.updated_by, updated.stamp.version) == ("zhao", 2)
    entry = audit_entries(database, "applicant")[-1]
    assert entry.action == "update"
    assert entry.details == {
        "phone": ["+49 30 1234567", "138 0000 0000"],
        "chinese_name": ["安娜", "穆安娜"],
    }
    with pytest.raises(ConflictError):
        applicants.update(CLERK, applicant.id, person(phone="1"), applicant.stamp.version, TODAY)
    assert applicants.search(CLERK, "穆安娜").items[0].id == applicant.id


def test_update_into_another_applicants_identity_is_a_duplicate(
    applicants: ApplicantService, applicant
):
    other = applicants.create(CLERK, person(surname="Schmidt"), passport("X1234567"), TODAY)
    with pytest.raises(DuplicateError):
        applicants.update(CLERK, other.id, person(), other.stamp.version, TODAY)
    # Editing an already confirmed look-alike's phone number does not ask again.
    twin = applicants.create(CLERK, person(), passport("Y1234567"), TODAY, allow_duplicate=True)
    applicants.update(CLERK, twin.id, person(phone="110"), twin.stamp.version, TODAY)


def test_renewal_adds_a_passport_and_keeps_the_old_one(
    applicants: ApplicantService, applicant, database: Database
):
    renewed = applicants.add_passport(
        CLERK,
        applicant.id,
        passport("C9ZZ88K11", expiry_date=date(2036, 5, 1)),
        applicant.stamp.version,
        TODAY,
    )
    assert renewed.passport is not None and renewed.passport.number == "C9ZZ88K11"
    assert [(p.number, p.is_current) for p in renewed.passports] == [
        ("C9ZZ88K11", True),
        ("C01X00T47", False),
    ]
    assert renewed.stamp.version == applicant.stamp.version + 1
    entry = audit_entries(database, "applicant")[-1]
    assert entry.action == "renew_passport"
    assert entry.details["passport_number"] == ["C01X00T47", "C9ZZ88K11"]
    # The old number still finds the person, at intake and in search.
    assert applicants.search(CLERK, "c01x00t47").total == 1
    with pytest.raises(DuplicateError):
        applicants.create(
            CLERK,
            person(surname="X", birth_date=date(1970, 1, 1)),
            passport("C01X00T47", issuing_state="AUT"),
            TODAY,
        )
    with pytest.raises(ConflictError):
        applicants.add_passport(
            CLERK, applicant.id, passport("Q1234567"), applicant.stamp.version, TODAY
        )


def test_mrz_preview_diffs_an_existing_applicant_and_saves_nothing(
    applicants: ApplicantService, applicant, database: Database
):
    before = audit_entries(database)
    lines = mrz_lines(passport_number="C9ZZ88K11", expiry_date=date(2036, 5, 1))
    preview = applicants.preview_mrz(CLERK, lines, applicant.id, TODAY)
    assert preview.problems == ()
    assert preview.checks[CheckField.COMPOSITE].status is CheckStatus.CORRECT
    differs = {d.field: (d.current, d.from_mrz) for d in preview.diff if d.differs}
    assert differs == {
        "passport_number": ("C01X00T47", "C9ZZ88K11"),
        "passport_expiry": (date(2031, 5, 1), date(2036, 5, 1)),
    }, "MÜLLER stored and MULLER read are the same name"
    assert {d.field for d in preview.diff} >= {"surname", "birth_date", "nationality", "sex"}
    assert audit_entries(database) == before
    assert applicants.get(CLERK, applicant.id) == applicant


def test_mrz_preview_for_a_new_applicant_offers_duplicates_and_reports_bad_digits(
    applicants: ApplicantService, applicant
):
    preview = applicants.preview_mrz(CLERK, mrz_lines(), None, TODAY)
    assert [c.applicant.id for c in preview.duplicates] == [applicant.id]
    assert set(preview.duplicates[0].reasons) == set(DuplicateReason)
    line1, line2 = mrz_lines()
    broken = applicants.preview_mrz(CLERK, (line1, line2[:-1] + "0"), None, TODAY)
    assert [(p.code, p.field) for p in broken.problems] == [("mrz_check_digit_wrong", "composite")]
    assert applicants.preview_mrz(CLERK, "P<D<<", None, TODAY).mrz is None


def test_read_only_roles_may_read_but_not_write(applicants: ApplicantService, applicant):
    for actor in READ_ONLY:
        assert applicants.get(actor, applicant.id) == applicant
        assert applicants.search(actor, "muller").total == 1
        with pytest.raises(PermissionDeniedError):
            applicants.create(actor, person(surname="New"), passport("N1234567"), TODAY)
        with pytest.raises(PermissionDeniedError):
            applicants.update(actor, applicant.id, person(), applicant.stamp.version, TODAY)
        with pytest.raises(PermissionDeniedError):
            applicants.add_passport(
                actor, applicant.id, passport("N1234567"), applicant.stamp.version, TODAY
            )
    with pytest.raises(NotFoundError):
        applicants.get(CLERK, applicant.id + 1000)


def test_search_matches_names_chinese_name_and_passport_numbers(applicants: ApplicantService):
    for surname, chinese, number in (
        ("Smith", "史密斯", "A1111111"),
        ("Smithson", "", "B2222222"),
        ("Jones", "琼斯", "C3333333"),
    ):
        applicants.create(
            CLERK,
            person(surname=surname, chinese_name=chinese),
            passport(number),
            TODAY,
            allow_duplicate=True,
        )
    assert [a.details.surname for a in applicants.search(CLERK, "smith").items] == [
        "SMITH",
        "SMITHSON",
    ]
    assert applicants.search(CLERK, "琼斯").items[0].details.surname == "JONES"
    assert applicants.search(CLERK, "B2222").total == 1
    assert applicants.search(CLERK, "anna smith").total == 2
    assert applicants.search(CLERK, "100%").total == 0
    page = applicants.search(CLERK, "", offset=1, limit=1)
    assert (len(page.items), page.total) == (1, 3)
