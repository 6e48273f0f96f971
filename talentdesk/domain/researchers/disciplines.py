"""National discipline codes (学科门类 / 一级学科) shipped as data with their source."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType

from talentdesk.domain.problems import Problem

_FILE = "disciplines.json"


@dataclasses.dataclass(frozen=True)
class Discipline:
    """A first-level discipline and the degree category it belongs to."""

    code: str
    name: str
    category_code: str
    category_name: str


@functools.cache
def load_disciplines() -> Mapping[str, Discipline]:
    """Every first-level discipline by its 4-digit code, in catalogue order."""
    data = json.loads((resources.files("talentdesk.domain.researchers") / "data" / _FILE)
                      .read_text(encoding="utf-8"))
    return MappingProxyType({
        item["code"]: Discipline(item["code"], item["name"], category["code"], category["name"])
        for category in data["categories"]
        for item in category["disciplines"]
    })


def check_discipline(code: str, field: str = "discipline_code") -> list[Problem]:
    """discipline_unknown: code. An empty code is allowed (not every record has one yet)."""
    if code and code not in load_disciplines():
        return [Problem("discipline_unknown", field, {"code": code})]
    return []
