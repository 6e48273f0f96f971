"""The prefecture-level cities of Jiangsu, as data: employers' and work locations' cities."""

from __future__ import annotations

import dataclasses
import functools
import json
import unicodedata
from importlib import resources

from talentdesk.domain.problems import Problem


@dataclasses.dataclass(frozen=True)
class City:
    """A 设区市; ``code`` (GB/T 2260) is what the database stores."""

    code: str
    name_zh: str
    name_en: str


@functools.cache
def jiangsu_cities() -> tuple[City, ...]:
    """The 13 cities in code order, from ``data/jiangsu_cities.json``."""
    path = resources.files("talentdesk.domain").joinpath("data", "jiangsu_cities.json")
    raw = json.loads(path.read_text("utf-8"))["cities"]
    return tuple(City(c["code"], c["zh"], c["en"]) for c in sorted(raw, key=lambda c: c["code"]))


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold().replace("'", "")


@functools.cache
def _by_key() -> dict[str, City]:
    keys: dict[str, City] = {}
    for city in jiangsu_cities():
        # Clerks type "南京" as often as "南京市", and imports carry codes or English names.
        for key in (city.code, city.name_zh, city.name_zh.removesuffix("市"), city.name_en):
            keys[_fold(key)] = city
    return keys


def jiangsu_city(text: str) -> City | None:
    """The city for a code, a Chinese name (with or without 市) or an English name."""
    return _by_key().get(_fold(text))


def check_jiangsu_city(value: str, field: str = "city") -> list[Problem]:
    """Problems: ``required``; ``city_not_in_jiangsu`` (value)."""
    if not value.strip():
        return [Problem("required", field)]
    if jiangsu_city(value) is None:
        return [Problem("city_not_in_jiangsu", field, {"value": value.strip()})]
    return []
