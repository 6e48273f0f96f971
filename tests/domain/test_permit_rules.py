"""Permit-side rules: Jiangsu cities, applicant names and checks, case tracks and periods."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from talentdesk.domain.applicants import check_applicant, mrz_diff, name_key, search_text
from talentdesk.domain.cases import (
    TRACKS,
    age_on,
    check_case,
    format_case_number,
    tracks_for,
)
from talentdesk.domain.checklist import default_checklist_config
from talentdesk.domain.enums import BusinessType, Category
from talentdesk.domain.jiangsu import check_jiangsu_city, jiangsu_cities, jiangsu_city
from talentdesk.domain.mrz import build_td3, parse_td3
from talentdesk.domain.permit_records import ApplicantDraft, CaseDraft, Passport

TODAY = date(2026, 11, 27)


def test_jiangsu_has_thirteen_cities_found_by_code_and_names():
    cities = jiangsu_cities()
    assert len(cities) == 13 and len({c.code for c in cities}) == 13
    assert all(c.code.startswith("32") and c.code.endswith("00") for c in cities)
    for text in ("320800", "淮安", "淮安市", "Huai'an", "huaian", "ＨＵＡＩＡＮ"):
        found = jiangsu_city(text)
        assert found is not None and found.name_zh == "淮安市", text
    assert jiangsu_city("上海") is None and jiangsu_city("310000") is None
    assert [p.code for p in check_jiangsu_city("杭州")] == ["city_not_in_jiangsu"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Müller", "MULLER"),
        ("Jean-Paul", "JEAN PAUL"),
        ("O'Neil", "ONEIL"),
        ("anna  maria", "ANNA<MARIA"),
        ("Ｓｍｉｔｈ", "smith"),
        ("Çelik", "CELIK"),
    ],
)
def test_names_compare_without_accents_spacing_or_width(a: str, b: str):
    assert name_key(a) == name_key(b)


def test_different_names_keep_different_keys():
    assert name_key("MUELLER") != name_key("MULLER")  # ICAO's Ü→UE is a real difference


def person(**changes: object) -> ApplicantDraft:
    values: dict[str, object] = {
        "surname": "MÜLLER",
        "given_names": "ANNA",
        "sex": "F",
        "birth_date": date(1988, 3, 14),
        "nationality": "DEU",
    }
    return ApplicantDraft(**{**values, **changes})  # type: ignore[arg-type]


def test_search_text_holds_accented_and_plain_names_and_every_passport():
    text = search_text(person(chinese_name="安娜"), ["C01X00T47", "K1234567"])
    assert text == "MÜLLER ANNA MULLER 安娜 C01X00T47 K1234567"


@pytest.mark.parametrize(("born", "ok"), [(date(1906, 1, 1), True), (date(1905, 12, 31), False)])
def test_birth_dates_more_than_120_years_back_are_typing_errors(born: date, ok: bool):
    assert (check_applicant(person(birth_date=born), TODAY) == []) is ok


def test_mrz_diff_compares_names_by_key_and_dates_exactly():
    lines = build_td3(
        issuing_state="D",
        surname="Müller",
        given_names="Anna",
        passport_number="C01X00T47",
        nationality="D",
        birth_date=date(1988, 3, 15),
        sex="F",
        expiry_date=date(2031, 5, 1),
    )
    mrz, _problems = parse_td3(lines, today=TODAY)
    assert mrz is not None
    stored = Passport(1, "C01X00T47", "DEU", date(2031, 5, 1), True, datetime(2026, 1, 5), "li")
    diff = {d.field: d for d in mrz_diff(person(), stored, mrz)}
    assert not diff["surname"].differs and diff["surname"].from_mrz == "MULLER"
    assert diff["birth_date"].differs
    assert [f for f, d in diff.items() if d.differs] == ["birth_date"]


def test_tracks_agree_with_the_checklist_configuration():
    """A checklist item never belongs to a track its business type does not create."""
    config = default_checklist_config()
    assert set(TRACKS) == set(BusinessType)
    for business_type, entries in config.lists.items():
        used = {track for entry in entries for track in entry.tracks}
        assert used == set(tracks_for(business_type)), business_type


def case(business_type: BusinessType, start: date, end: date) -> CaseDraft:
    return CaseDraft(
        1,
        1,
        business_type,
        "工程师",
        Decimal("300000"),
        "南京",
        Category.B,
        start,
        end,
        category_request=None,
    )


@pytest.mark.parametrize(
    ("business_type", "days", "code"),
    [
        (BusinessType.SHORT_TERM, 90, None),
        (BusinessType.SHORT_TERM, 91, "short_term_too_long"),
        (BusinessType.NEW_IN_CHINA, 90, "period_is_short_term"),
        (BusinessType.NEW_IN_CHINA, 91, None),
        (BusinessType.EXTENSION, 30, None),
    ],
)
def test_ninety_days_separate_short_term_from_long_term_work(business_type, days, code):
    start = date(2027, 1, 1)
    end = date.fromordinal(start.toordinal() + days - 1)
    found = {p.code for p in check_case(case(business_type, start, end))}
    found.discard("category_evaluation_required")
    assert found == ({code} if code else set())


def test_age_and_case_numbers():
    assert age_on(date(2000, 2, 29), date(2026, 2, 28)) == 25
    assert age_on(date(2000, 2, 29), date(2026, 3, 1)) == 26
    assert format_case_number(2026, 123) == "2026-000123"
    assert format_case_number(2026, 1_234_567) == "2026-1234567"
