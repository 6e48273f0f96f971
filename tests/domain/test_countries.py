"""Nationality lookup: ISO names in Chinese and English, search, passport MRZ codes."""

from __future__ import annotations

import re

import pytest

from talentdesk.domain.countries import (
    MrzCodeKind,
    country,
    iso_to_mrz,
    mrz_code,
    mrz_to_iso,
    nationalities,
    search_countries,
)


@pytest.mark.parametrize(
    ("code", "alpha3", "name_en", "name_zh"),
    [
        ("DEU", "DEU", "Germany", "德国"),
        ("CHN", "CHN", "China", "中国"),
        ("USA", "USA", "United States", "美国"),
        ("deu", "DEU", "Germany", "德国"),
        ("DE", "DEU", "Germany", "德国"),  # alpha-2
        ("D", "DEU", "Germany", "德国"),  # MRZ spelling
        ("GBN", "GBR", "United Kingdom", "英国"),
        ("ＪＰＮ", "JPN", "Japan", "日本"),  # full-width input
        ("KHM", "KHM", "Cambodia", "柬埔寨"),
        ("RKS", "RKS", "Kosovo", "科索沃"),
        ("XXA", "XXA", "Stateless person", "无国籍人"),
    ],
)
def test_country(code: str, alpha3: str, name_en: str, name_zh: str) -> None:
    found = country(code)
    assert found is not None
    assert (found.code, found.name_en, found.name_zh) == (alpha3, name_en, name_zh)


@pytest.mark.parametrize("code", ["", "ZZZ", "UTO", "UNO", "EUE", "XX"])
def test_country_unknown_or_not_a_nationality(code: str) -> None:
    assert country(code) is None


def test_iso_entries_carry_iso_codes_and_non_iso_ones_do_not() -> None:
    germany, kosovo = country("DEU"), country("RKS")
    assert germany is not None and kosovo is not None
    assert (germany.alpha2, germany.numeric, germany.is_iso) == ("DE", "276", True)
    assert (kosovo.alpha2, kosovo.numeric, kosovo.is_iso) == (None, None, False)


def test_nationalities_cover_iso_and_non_iso_nationalities_only() -> None:
    codes = [entry.code for entry in nationalities()]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))
    assert {"CHN", "DEU", "GBR", "RKS", "XXA", "XXB", "XXC", "XXX"} <= set(codes)
    assert not {"UNO", "UNA", "UNK", "EUE", "D", "GBD"} & set(codes)


def test_every_nationality_has_a_chinese_name() -> None:
    assert all(re.search(r"[\u4e00-\u9fff]", entry.name_zh) for entry in nationalities())


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("DEU", "DEU"),
        ("de", "DEU"),
        ("D", "DEU"),
        ("germany", "DEU"),
        ("Germ", "DEU"),
        ("德国", "DEU"),
        ("德", "DEU"),
        ("中国", "CHN"),
        ("South Korea", "KOR"),  # common name
        ("韩国", "KOR"),  # the catalogue only has 大韩民国
        ("柬埔寨", "KHM"),  # the catalogue misspells it 柬埔塞
        ("Federal Republic", "DEU"),  # official name
        ("无国籍", "XXA"),
        ("kosovo", "RKS"),
        ("ｇｅｒｍａｎｙ", "DEU"),
    ],
)
def test_search_ranks_best_match_first(query: str, first: str) -> None:
    assert search_countries(query)[0].code == first


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("korea", {"KOR", "PRK"}),
        ("refugee", {"XXB", "XXC"}),
        ("英国", {"GBR"}),
    ],
)
def test_search_finds_all_matches(query: str, expected: set[str]) -> None:
    assert expected <= {entry.code for entry in search_countries(query)}


def test_search_without_query_lists_everything() -> None:
    assert search_countries("  ") == list(nationalities())


def test_search_without_match_is_empty() -> None:
    assert search_countries("Atlantis") == []


@pytest.mark.parametrize(
    ("code", "kind", "iso", "name_zh"),
    [
        ("D", MrzCodeKind.COUNTRY_VARIANT, "DEU", "德国"),
        ("D<<", MrzCodeKind.COUNTRY_VARIANT, "DEU", "德国"),
        ("GBD", MrzCodeKind.COUNTRY_VARIANT, "GBR", "英国海外领土公民"),
        ("GBN", MrzCodeKind.COUNTRY_VARIANT, "GBR", "英国国民（海外）"),
        ("GBO", MrzCodeKind.COUNTRY_VARIANT, "GBR", "英国海外公民"),
        ("GBP", MrzCodeKind.COUNTRY_VARIANT, "GBR", "英国受保护人"),
        ("GBS", MrzCodeKind.COUNTRY_VARIANT, "GBR", "英国臣民"),
        ("GBR", MrzCodeKind.COUNTRY, "GBR", "英国"),
        ("RKS", MrzCodeKind.NON_ISO_STATE, None, "科索沃"),
        ("XXA", MrzCodeKind.NO_NATIONALITY, None, "无国籍人"),
        ("XXB", MrzCodeKind.NO_NATIONALITY, None, "难民（1951年公约）"),
        ("XXC", MrzCodeKind.NO_NATIONALITY, None, "难民（其他）"),
        ("XXX", MrzCodeKind.NO_NATIONALITY, None, "国籍不详"),
        ("UNO", MrzCodeKind.ORGANISATION, None, "联合国"),
        ("UNA", MrzCodeKind.ORGANISATION, None, "联合国专门机构"),
        ("UNK", MrzCodeKind.ORGANISATION, None, "科索沃居民（联合国科索沃特派团旅行证件）"),
        ("EUE", MrzCodeKind.ORGANISATION, None, "欧洲联盟"),
        ("XOM", MrzCodeKind.ORGANISATION, None, "马耳他骑士团"),
        ("XPO", MrzCodeKind.ORGANISATION, None, "国际刑警组织"),
        ("chn", MrzCodeKind.COUNTRY, "CHN", "中国"),
    ],
)
def test_mrz_code(code: str, kind: MrzCodeKind, iso: str | None, name_zh: str) -> None:
    found = mrz_code(code)
    assert found is not None
    assert (found.code, found.kind, found.iso_alpha3, found.name_zh) == (
        code.replace("<", "").upper(),
        kind,
        iso,
        name_zh,
    )
    assert mrz_to_iso(code) == iso


@pytest.mark.parametrize("code", ["UTO", "ZZZ", "", "<<<", "DE", "GB"])
def test_unknown_mrz_code(code: str) -> None:
    assert mrz_code(code) is None
    assert mrz_to_iso(code) is None


@pytest.mark.parametrize(("alpha3", "mrz"), [("DEU", "D"), ("GBR", "GBR"), ("CHN", "CHN")])
def test_iso_to_mrz(alpha3: str, mrz: str) -> None:
    assert iso_to_mrz(alpha3) == mrz
    assert mrz_to_iso(mrz) == alpha3
