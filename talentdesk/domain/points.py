"""Points table (积分要素计分赋值表): versioned tables as data, scoring, suggested category."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Mapping
from datetime import date
from importlib import resources
from types import MappingProxyType
from typing import Any

from talentdesk.domain.enums import Category, Degree, VocationalLevel
from talentdesk.domain.problems import Problem

_TABLE_PREFIX = "points_"


@dataclasses.dataclass(frozen=True)
class Reason:
    """Why something scored or was decided: a stable code plus the values behind it."""

    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class PointsInputs:
    """What a table scores, in the table's units.

    Attributes:
        age: whole years at the application date.
        annual_salary_rmb: gross salary per year paid by the employer in China, whole yuan.
        work_experience_years: whole years; partial years are dropped (see the table's source).
        months_in_china_per_year: whole months the applicant works in China each year.
        hsk_level: level on the six-level HSK scale, None without a certificate.
        western_region, old_industrial_base, special_area: the 工作定向 locations.
        local_bonus: 地方鼓励性加分 the clerk grants under the provincial standard.
    """

    age: int
    annual_salary_rmb: int
    degree: Degree = Degree.BELOW_BACHELOR
    vocational_level: VocationalLevel | None = None
    work_experience_years: int = 0
    months_in_china_per_year: int = 0
    former_chinese_national: bool = False
    chinese_taught_degree: bool = False  # bachelor's or higher taught in Chinese
    hsk_level: int | None = None
    western_region: bool = False
    old_industrial_base: bool = False
    special_area: bool = False
    high_level_foreign_university: bool = False
    fortune500_experience: bool = False
    holds_ip: bool = False
    continuous_china_5_years: bool = False
    local_bonus: int = 0


_INPUT_NAMES = frozenset(f.name for f in dataclasses.fields(PointsInputs))


@dataclasses.dataclass(frozen=True)
class PointsRule:
    """One band or option of an item: either ``equals`` a value or lies within the bounds.

    ``per_unit_over`` adds that many points per unit above ``at_least`` (work experience:
    5 points at 2 years, +1 for each further year); the item maximum caps the result.
    """

    id: str
    input: str
    points: int
    equals: str | bool | None = None
    at_least: int | None = None
    below: int | None = None
    at_most: int | None = None
    per_unit_over: int = 0

    def __post_init__(self) -> None:
        bounded = (self.at_least, self.below, self.at_most) != (None, None, None)
        if (self.equals is None) == (not bounded) or (self.per_unit_over and self.at_least is None):
            raise ValueError(f"points rule {self.id!r}: needs equals or bounds, and per_unit_over "
                             "needs at_least")

    def matches(self, value: Any) -> bool:
        if value is None:
            return False
        if self.equals is not None:
            return bool(value == self.equals)
        return ((self.at_least is None or value >= self.at_least)
                and (self.below is None or value < self.below)
                and (self.at_most is None or value <= self.at_most))

    def points_for(self, value: int) -> int:
        if self.per_unit_over and self.at_least is not None:
            return self.points + self.per_unit_over * (value - self.at_least)
        return self.points


@dataclasses.dataclass(frozen=True)
class PointsItem:
    """One 计分项: the best matching rule counts (never the sum), capped at ``max_points``."""

    code: str
    label_zh: str
    label_en: str
    max_points: int
    rules: tuple[PointsRule, ...]

    @property
    def inputs(self) -> frozenset[str]:
        return frozenset(rule.input for rule in self.rules)


@dataclasses.dataclass(frozen=True)
class InputRange:
    """Values the table defines for one input; outside it the item cannot be scored."""

    at_least: int | None = None
    at_most: int | None = None


@dataclasses.dataclass(frozen=True)
class PointsTable:
    """One published version of the table, as loaded from ``data/<id>.json``."""

    id: str
    version: str
    title: str
    effective_from: date
    source: tuple[str, ...]
    thresholds: Mapping[Category, int]
    input_ranges: Mapping[str, InputRange]
    items: tuple[PointsItem, ...]

    def category_for(self, total: int) -> Category | None:
        """The highest category whose threshold ``total`` reaches ("以上" includes the number)."""
        for category, threshold in sorted(self.thresholds.items(), key=lambda kv: -kv[1]):
            if total >= threshold:
                return category
        # Below every threshold the points route simply does not apply. That is NOT category C:
        # C has routes of its own and is quota-managed (foreign-permits.md §1.4).
        return None


@dataclasses.dataclass(frozen=True)
class ItemScore:
    """Points one item earned and why.

    Reason codes: ``rule_matched`` and ``capped_at_item_max`` (rule, value, matched rule ids,
    and max), ``no_rule_matched``.
    """

    code: str
    points: int
    reason: Reason


@dataclasses.dataclass(frozen=True)
class PointsResult:
    """Outcome of scoring.

    With ``problems`` the items they touch are left out and ``suggested`` is None, so a form
    can show a running total without it being mistaken for a final one.
    """

    table_id: str
    table_version: str
    total: int
    items: tuple[ItemScore, ...]
    suggested: Category | None
    problems: tuple[Problem, ...] = ()


def score(inputs: PointsInputs, table_id: str) -> PointsResult:
    """Score ``inputs`` with the table ``table_id``; a case keeps the id it was scored with.

    Problems: ``points_table_unknown`` (table_id), ``value_below_minimum`` (value, min),
    ``value_above_maximum`` (value, max); the field is the input's name.
    """
    table = points_table(table_id)
    if table is None:
        unknown = Problem("points_table_unknown", "table_id", {"table_id": table_id})
        return PointsResult(table_id, "", 0, (), None, (unknown,))
    problems = tuple(_range_problems(inputs, table))
    invalid = {p.field for p in problems}
    items = tuple(_score_item(item, inputs) for item in table.items if not invalid & item.inputs)
    total = sum(item.points for item in items)
    suggested = None if problems else table.category_for(total)
    return PointsResult(table.id, table.version, total, items, suggested, problems)


def points_table(table_id: str) -> PointsTable | None:
    """The shipped table with this id, None if there is none."""
    return _tables().get(table_id)


def points_table_in_force(on: date) -> str | None:
    """Id of the newest table effective on ``on`` (for scoring a new case), None before all."""
    in_force = [t for t in _tables().values() if t.effective_from <= on]
    return max(in_force, key=lambda t: t.effective_from).id if in_force else None


def _range_problems(inputs: PointsInputs, table: PointsTable) -> list[Problem]:
    problems = []
    for name, allowed in table.input_ranges.items():
        value = getattr(inputs, name)
        if value is None:
            continue
        if allowed.at_least is not None and value < allowed.at_least:
            problems.append(Problem("value_below_minimum", name,
                                    {"value": value, "min": allowed.at_least}))
        elif allowed.at_most is not None and value > allowed.at_most:
            problems.append(Problem("value_above_maximum", name,
                                    {"value": value, "max": allowed.at_most}))
    return problems


def _score_item(item: PointsItem, inputs: PointsInputs) -> ItemScore:
    matched = [(rule, rule.points_for(getattr(inputs, rule.input)))
               for rule in item.rules if rule.matches(getattr(inputs, rule.input))]
    if not matched:
        return ItemScore(item.code, 0, Reason("no_rule_matched"))
    best, points = max(matched, key=lambda pair: pair[1])
    params: dict[str, Any] = {"rule": best.id, "value": getattr(inputs, best.input),
                              "matched": [rule.id for rule, _ in matched]}
    if points > item.max_points:
        return ItemScore(item.code, item.max_points,
                         Reason("capped_at_item_max", {**params, "max": item.max_points}))
    return ItemScore(item.code, points, Reason("rule_matched", params))


@functools.cache
def _tables() -> Mapping[str, PointsTable]:
    tables = {}
    for entry in (resources.files("talentdesk.domain") / "data").iterdir():
        if entry.name.startswith(_TABLE_PREFIX) and entry.name.endswith(".json"):
            table = _table_from_dict(json.loads(entry.read_text(encoding="utf-8")))
            if table.id != entry.name.removesuffix(".json"):
                raise ValueError(f"{entry.name}: id {table.id!r} does not match the file name")
            tables[table.id] = table
    return MappingProxyType(tables)


def _table_from_dict(data: Mapping[str, Any]) -> PointsTable:
    items = tuple(
        PointsItem(code=item["code"], label_zh=item["zh"], label_en=item["en"],
                   max_points=item["max"],
                   rules=tuple(PointsRule(**rule) for rule in item["rules"]))
        for item in data["items"]
    )
    unknown = {name for item in items for name in item.inputs} | set(data["input_ranges"])
    unknown -= _INPUT_NAMES
    if unknown:
        raise ValueError(f"points table {data['id']!r} names unknown inputs {sorted(unknown)}")
    return PointsTable(
        id=data["id"],
        version=data["version"],
        title=data["title"],
        effective_from=date.fromisoformat(data["effective_from"]),
        source=tuple(data["source"]),
        thresholds=MappingProxyType({Category(k): v for k, v in data["thresholds"].items()}),
        input_ranges=MappingProxyType({name: InputRange(**allowed)
                                       for name, allowed in data["input_ranges"].items()}),
        items=items,
    )
