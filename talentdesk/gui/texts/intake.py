"""Translated texts of the intake form and case detail: check digits, category and points."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from talentdesk.domain.points import ItemScore, PointsItem, PointsRule, Reason, points_table
from talentdesk.gui.texts.workflow import chinese_ui
from talentdesk.texts.intake import (
    BAND_TEXTS,
    CHECK_TEXTS,
    DEGREE_LABELS,
    REASON_TEXTS,
    SEX_LABELS,
    VOCATIONAL_LABELS,
    YES_NO,
)


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def check_text(status: str, printed: str = "", expected: str = "") -> str:
    """“check digit correct / WRONG / not printed”, for the label beside a field."""
    text = CHECK_TEXTS.get(status)
    return _fill(_t(text), {"printed": printed, "expected": expected}) if text else status


def degree_label(value: str) -> str:
    text = DEGREE_LABELS.get(value)
    return _t(text) if text else value


def vocational_label(value: str) -> str:
    text = VOCATIONAL_LABELS.get(value)
    return _t(text) if text else value


def sex_label(value: str) -> str:
    text = SEX_LABELS.get(value)
    return _t(text) if text else value


def _value_text(value: object) -> object:
    """A points input as the clerk keyed it: degrees named, yes/no rather than True/False."""
    if isinstance(value, bool):
        return _t(YES_NO[value])
    if isinstance(value, str) and value in DEGREE_LABELS:
        return degree_label(value)
    if isinstance(value, str) and value in VOCATIONAL_LABELS:
        return vocational_label(value)
    return value


def reason_text(reason: Reason) -> str:
    """One category or points reason as a phrase; inputs and degrees are named, not coded."""
    from talentdesk.gui.messages import field_label  # messages imports this package

    template = REASON_TEXTS.get(reason.code)
    if template is None:
        return reason.code
    params = dict(reason.params)
    for key in ("input", "key"):  # a route code has no label and stays as it is
        if key in params:
            params[key] = field_label(str(params[key]))
    for key in ("degree", "required", "value"):
        if key in params:
            params[key] = _value_text(params[key])
    if isinstance(params.get("routes"), list | tuple):
        params["routes"] = "、".join(str(r) for r in params["routes"])
    return _fill(_t(template), params)


def points_rows(table_id: str, scores: Sequence[ItemScore]) -> list[tuple[str, str, str]]:
    """(item, points, why) per scored item: the band or option the value fell into, a cap,
    and options that also matched but do not add up."""
    table = points_table(table_id)
    items = {item.code: item for item in table.items} if table else {}
    rows = []
    for score in scores:
        item = items.get(score.code)
        if item is None:
            rows.append((score.code, str(score.points), reason_text(score.reason)))
            continue
        label = item.label_zh if chinese_ui() else item.label_en
        rows.append((label, str(score.points), _points_reason(item, score.reason)))
    return rows


def _points_reason(item: PointsItem, reason: Reason) -> str:
    rules = {rule.id: rule for rule in item.rules}
    rule = rules.get(reason.params.get("rule", ""))
    if rule is None:
        return reason_text(reason)
    text = _rule_text(rule, reason.params.get("value"))
    if reason.code == "capped_at_item_max":
        text = _fill(_t(BAND_TEXTS["capped"]), {"text": text, "max": reason.params["max"]})
    others = [rules[r] for r in reason.params.get("matched", ()) if r != rule.id and r in rules]
    if others:
        names = "、".join(_option_name(other) for other in others)
        text = _fill(_t(BAND_TEXTS["not_cumulative"]), {"text": text, "others": names})
    return text


def _option_name(rule: PointsRule) -> str:
    """An option that also matched: by its value's label, else by the input it looks at."""
    from talentdesk.gui.messages import field_label  # messages imports this package

    if rule.equals is None or isinstance(rule.equals, bool):
        return field_label(rule.input)
    return str(_value_text(rule.equals))


def _rule_text(rule: PointsRule, value: object) -> str:
    """A yes/no option by its name, a degree or certificate by its label, a number with its
    band."""
    from talentdesk.gui.messages import field_label  # messages imports this package

    if isinstance(rule.equals, bool):
        return field_label(rule.input)
    if rule.equals is not None:
        return str(_value_text(value))
    bounds = {"value": value, "at_least": rule.at_least, "below": rule.below,
              "at_most": rule.at_most, "points": rule.points, "per_unit": rule.per_unit_over}
    if rule.per_unit_over and rule.points:
        return _fill(_t(BAND_TEXTS["per_unit"]), bounds)
    if rule.per_unit_over:  # counted one for one (the local bonus): the value says it all
        return str(value)
    if rule.at_least is not None and rule.at_least == rule.at_most:  # a band of one value
        return _fill(_t(REASON_TEXTS["rule_matched"]), bounds)
    shape = "_".join(key for key in ("at_least", "below", "at_most") if bounds[key] is not None)
    return _fill(_t(BAND_TEXTS[shape]), bounds)
