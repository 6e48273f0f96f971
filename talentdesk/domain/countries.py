"""Nationalities: ISO 3166-1 alpha-3 with Chinese and English names, and passport MRZ codes."""

from __future__ import annotations

import functools
import gettext
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

import pycountry


@dataclass(frozen=True)
class Country:
    """One entry of the nationality list.

    ``code`` is the ISO 3166-1 alpha-3 code, or for the few nationalities ISO has no code for
    (Kosovo, stateless, refugee, unspecified) the ICAO 9303 code printed in passports; those
    entries have no ``alpha2``/``numeric``.
    """

    code: str
    name_en: str
    name_zh: str
    alpha2: str | None = None
    numeric: str | None = None

    @property
    def is_iso(self) -> bool:
        return self.alpha2 is not None


class MrzCodeKind(StrEnum):
    COUNTRY = "country"  # the ISO alpha-3 code itself
    COUNTRY_VARIANT = "country_variant"  # ICAO spelling of an ISO country: D, GBD, GBN ...
    NON_ISO_STATE = "non_iso_state"  # a state ISO 3166-1 does not list (RKS)
    NO_NATIONALITY = "no_nationality"  # stateless, refugee, unspecified (XXA ... XXX)
    ORGANISATION = "organisation"  # issuer is an organisation, not a state (UNO, EUE ...)


@dataclass(frozen=True)
class MrzCode:
    """What a three-letter (or shorter) passport MRZ code stands for."""

    code: str
    kind: MrzCodeKind
    iso_alpha3: str | None
    name_en: str
    name_zh: str


# ICAO 9303 Part 3 codes that are not ISO 3166-1 alpha-3 codes: (kind, ISO code, English, Chinese).
# The British codes all map to GBR, but the code itself records which British status the holder
# has, so callers keep the raw code next to the ISO one.
_MRZ_ONLY: dict[str, tuple[MrzCodeKind, str | None, str, str]] = {
    "D": (MrzCodeKind.COUNTRY_VARIANT, "DEU", "Germany", "德国"),
    "GBD": (
        MrzCodeKind.COUNTRY_VARIANT,
        "GBR",
        "British Overseas Territories Citizen",
        "英国海外领土公民",
    ),
    "GBN": (MrzCodeKind.COUNTRY_VARIANT, "GBR", "British National (Overseas)", "英国国民（海外）"),
    "GBO": (MrzCodeKind.COUNTRY_VARIANT, "GBR", "British Overseas Citizen", "英国海外公民"),
    "GBP": (MrzCodeKind.COUNTRY_VARIANT, "GBR", "British Protected Person", "英国受保护人"),
    "GBS": (MrzCodeKind.COUNTRY_VARIANT, "GBR", "British Subject", "英国臣民"),
    "RKS": (MrzCodeKind.NON_ISO_STATE, None, "Kosovo", "科索沃"),
    "XXA": (MrzCodeKind.NO_NATIONALITY, None, "Stateless person", "无国籍人"),
    "XXB": (MrzCodeKind.NO_NATIONALITY, None, "Refugee (1951 Convention)", "难民（1951年公约）"),
    "XXC": (MrzCodeKind.NO_NATIONALITY, None, "Refugee (other)", "难民（其他）"),
    "XXX": (MrzCodeKind.NO_NATIONALITY, None, "Unspecified nationality", "国籍不详"),
    "UNO": (MrzCodeKind.ORGANISATION, None, "United Nations", "联合国"),
    "UNA": (MrzCodeKind.ORGANISATION, None, "United Nations specialized agency", "联合国专门机构"),
    "UNK": (
        MrzCodeKind.ORGANISATION,
        None,
        "Resident of Kosovo (UNMIK travel document)",
        "科索沃居民（联合国科索沃特派团旅行证件）",
    ),
    "EUE": (MrzCodeKind.ORGANISATION, None, "European Union", "欧洲联盟"),
    "XOM": (MrzCodeKind.ORGANISATION, None, "Sovereign Military Order of Malta", "马耳他骑士团"),
    "XPO": (MrzCodeKind.ORGANISATION, None, "Interpol", "国际刑警组织"),
}

# pycountry's zh_CN catalogue (iso-codes) misspells Cambodia; fixed here until upstream does.
_ZH_CORRECTIONS = {"KHM": "柬埔寨"}
# Short names clerks type that are not part of the catalogue's formal name ("大韩民国").
_ZH_SEARCH_ALIASES = {"KOR": ("韩国",)}

# Non-ISO codes a person can hold as a nationality (organisations issue documents, they are
# not nationalities), so the nationality list offers them next to the ISO countries.
_NON_ISO_NATIONALITY_KINDS = (MrzCodeKind.NON_ISO_STATE, MrzCodeKind.NO_NATIONALITY)


def _fold(text: str) -> str:
    """Search key: full-width to half-width, case-insensitive, no surrounding blanks."""
    return unicodedata.normalize("NFKC", text).strip().casefold()


@functools.cache
def _tables() -> tuple[dict[str, Country], dict[str, tuple[str, ...]]]:
    """Countries by code, and folded search keys per code; built once, searched per keystroke."""
    zh = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"])
    by_code: dict[str, Country] = {}
    keys: dict[str, tuple[str, ...]] = {}
    for entry in pycountry.countries:
        # ISO's short name is the one the Chinese catalogue translates and, unlike some common
        # names ("Taiwan"), fits a Chinese office, so it is the display name; common and
        # official names are only search terms.
        found = by_code[entry.alpha_3] = Country(
            code=entry.alpha_3,
            name_en=entry.name,
            name_zh=_ZH_CORRECTIONS.get(entry.alpha_3) or zh.gettext(entry.name),
            alpha2=entry.alpha_2,
            numeric=entry.numeric,
        )
        names = (
            found.name_en,
            found.name_zh,
            getattr(entry, "common_name", None),
            getattr(entry, "official_name", None),
            *_ZH_SEARCH_ALIASES.get(entry.alpha_3, ()),
        )
        keys[entry.alpha_3] = tuple(_fold(name) for name in names if name)
    for code, (kind, _iso, name_en, name_zh) in _MRZ_ONLY.items():
        if kind in _NON_ISO_NATIONALITY_KINDS:
            by_code[code] = Country(code=code, name_en=name_en, name_zh=name_zh)
            keys[code] = (_fold(name_en), _fold(name_zh))
    return by_code, keys


def nationalities() -> tuple[Country, ...]:
    """Every selectable nationality, ordered by code."""
    by_code, _keys = _tables()
    return tuple(by_code[code] for code in sorted(by_code))


# Rosters repeat a few dozen spellings over and over: an import asks four times per row.
@functools.lru_cache(maxsize=1024)
def country(code: str) -> Country | None:
    """The nationality with this alpha-3 (or ICAO-only) code; alpha-2 and MRZ codes also work."""
    by_code, _keys = _tables()
    key = _fold(code).upper()
    if key in by_code:
        return by_code[key]
    iso = mrz_to_iso(key)
    if iso is not None:
        return by_code[iso]
    entry = pycountry.countries.get(alpha_2=key) if len(key) == 2 else None
    return by_code[entry.alpha_3] if entry is not None else None


def search_countries(query: str) -> list[Country]:
    """Nationalities matching a code, or part of an English or Chinese name; best first.

    Exact codes rank first, then names that start with the query, then names containing it.
    """
    by_code, keys = _tables()
    needle = _fold(query)
    if not needle:
        return list(nationalities())
    exact = country(needle)
    ranked: list[tuple[int, str, Country]] = []
    for code, entry in by_code.items():
        if entry == exact:
            continue
        if any(key.startswith(needle) for key in keys[code]):
            ranked.append((1, code, entry))
        elif any(needle in key for key in keys[code]):
            ranked.append((2, code, entry))
    ranked.sort(key=lambda item: item[:2])
    return ([exact] if exact else []) + [entry for _rank, _code, entry in ranked]


def mrz_code(code: str) -> MrzCode | None:
    """Meaning of a passport MRZ country code (filler ``<`` allowed: ``"D<<"``); None if unknown."""
    key = code.replace("<", "").strip().upper()
    if key in _MRZ_ONLY:
        kind, iso, name_en, name_zh = _MRZ_ONLY[key]
        return MrzCode(code=key, kind=kind, iso_alpha3=iso, name_en=name_en, name_zh=name_zh)
    entry = pycountry.countries.get(alpha_3=key) if len(key) == 3 else None
    if entry is None:
        return None
    iso_country = _tables()[0][entry.alpha_3]
    return MrzCode(
        code=key,
        kind=MrzCodeKind.COUNTRY,
        iso_alpha3=key,
        name_en=iso_country.name_en,
        name_zh=iso_country.name_zh,
    )


def mrz_to_iso(code: str) -> str | None:
    """ISO alpha-3 for an MRZ code (``D`` -> ``DEU``, ``GBN`` -> ``GBR``); None if there is none."""
    found = mrz_code(code)
    return found.iso_alpha3 if found else None


def iso_to_mrz(alpha3: str) -> str:
    """The code a passport prints for an ISO alpha-3 nationality: only Germany differs (``D``)."""
    return "D" if alpha3 == "DEU" else alpha3
