"""Texts of the intake form and case detail: check-digit states, category reasons, degrees."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from talentdesk.domain.points import Reason

# Keys are the ``field`` of a Problem (the permit fields are in texts/permits.py).
FIELD_LABELS: dict[str, str] = {
    "names_confirmed": QT_TRANSLATE_NOOP("messages", "Names checked against the passport"),
    "degree": QT_TRANSLATE_NOOP("messages", "Highest degree"),
    "teaching_experience_years": QT_TRANSLATE_NOOP("messages", "Years of teaching experience"),
    "social_wage": QT_TRANSLATE_NOOP("messages", "Local average social wage"),
    "points": QT_TRANSLATE_NOOP("messages", "Points"),
}

# Problems the intake form itself finds before calling a service.
PROBLEM_TEXTS: dict[str, str] = {
    "names_not_confirmed": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: the MRZ names carry no check digit; compare them with the passport and tick "
        "the box.",
    ),
    "employer_not_chosen": QT_TRANSLATE_NOOP(
        "messages", "{field}: choose an employer from the list or register a new one."
    ),
}

CHECK_TEXTS: dict[str, str] = {
    "correct": QT_TRANSLATE_NOOP("messages", "check digit correct"),
    "wrong": QT_TRANSLATE_NOOP(
        "messages", "check digit WRONG (printed {printed}, expected {expected})"
    ),
    "not_printed": QT_TRANSLATE_NOOP("messages", "check digit not printed"),
}

SEX_LABELS: dict[str, str] = {
    "F": QT_TRANSLATE_NOOP("messages", "Female"),
    "M": QT_TRANSLATE_NOOP("messages", "Male"),
    "X": QT_TRANSLATE_NOOP("messages", "Unspecified"),
}

DEGREE_LABELS: dict[str, str] = {
    "below_bachelor": QT_TRANSLATE_NOOP("messages", "Below bachelor"),
    "bachelor": QT_TRANSLATE_NOOP("messages", "Bachelor"),
    "master": QT_TRANSLATE_NOOP("messages", "Master"),
    "doctorate": QT_TRANSLATE_NOOP("messages", "Doctorate"),
}

YES_NO: dict[bool, str] = {
    True: QT_TRANSLATE_NOOP("messages", "yes"),
    False: QT_TRANSLATE_NOOP("messages", "no"),
}

# Reason codes of domain/category.py and domain/points.py, with their params filled in.
REASON_TEXTS: dict[str, str] = {
    "route_input_missing": QT_TRANSLATE_NOOP("messages", "{input} not entered yet"),
    "confirmed": QT_TRANSLATE_NOOP("messages", "{key} confirmed from the documents"),
    "not_confirmed": QT_TRANSLATE_NOOP("messages", "{key} not confirmed from the documents"),
    "degree_sufficient": QT_TRANSLATE_NOOP("messages", "degree {degree} meets {required}"),
    "degree_insufficient": QT_TRANSLATE_NOOP("messages", "degree {degree} is below {required}"),
    "years_sufficient": QT_TRANSLATE_NOOP("messages", "{input}: {years}, at least {required}"),
    "years_insufficient": QT_TRANSLATE_NOOP(
        "messages", "{input}: {years}, fewer than {required}"
    ),
    "salary_multiple_reached": QT_TRANSLATE_NOOP(
        "messages", "salary {salary} reaches {multiple}× the {year} average wage ({required})"
    ),
    "salary_multiple_not_reached": QT_TRANSLATE_NOOP(
        "messages", "salary {salary} is below {multiple}× the {year} average wage ({required})"
    ),
    "points_incomplete": QT_TRANSLATE_NOOP("messages", "points cannot be totalled yet"),
    "points_threshold_reached": QT_TRANSLATE_NOOP(
        "messages", "{total} points reach the threshold of {threshold}"
    ),
    "points_below_threshold": QT_TRANSLATE_NOOP(
        "messages", "{total} points are below the threshold of {threshold}"
    ),
    "age_below_minimum": QT_TRANSLATE_NOOP("messages", "age {age} is below {min}"),
    "b_age_above_limit": QT_TRANSLATE_NOOP(
        "messages", "age {age} is above the B limit of {max} (routes {routes} not counted)"
    ),
    "b_age_limit_relaxed": QT_TRANSLATE_NOOP(
        "messages", "age {age} is above {max}, but the limit was relaxed"
    ),
    "category_routes_met": QT_TRANSLATE_NOOP("messages", "category {category} by {routes}"),
    "c_quota_managed": QT_TRANSLATE_NOOP("messages", "C posts are quota-managed"),
    "no_route_met": QT_TRANSLATE_NOOP("messages", "no route of A, B or C is met"),
    "points_below_b_not_c": QT_TRANSLATE_NOOP(
        "messages", "{total} points are below {threshold}: that alone does not make C"
    ),
    "rule_matched": QT_TRANSLATE_NOOP("messages", "value {value}"),
    "capped_at_item_max": QT_TRANSLATE_NOOP("messages", "value {value}, capped at {max}"),
    "no_rule_matched": QT_TRANSLATE_NOOP("messages", "no band applies"),
}


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


def sex_label(value: str) -> str:
    text = SEX_LABELS.get(value)
    return _t(text) if text else value


def _value_text(value: object) -> object:
    """A points input as the clerk keyed it: degrees named, yes/no rather than True/False."""
    if isinstance(value, bool):
        return _t(YES_NO[value])
    if isinstance(value, str) and value in DEGREE_LABELS:
        return degree_label(value)
    return value


def reason_text(reason: Reason) -> str:
    """One category or points reason as a phrase; inputs and degrees are named, not coded."""
    from talentdesk.gui.messages import field_label  # messages imports this package

    template = REASON_TEXTS.get(reason.code)
    if template is None:
        return reason.code
    params = dict(reason.params)
    if "input" in params:
        params["input"] = field_label(str(params["input"]))
    for key in ("degree", "required", "value"):
        if key in params:
            params[key] = _value_text(params[key])
    if isinstance(params.get("routes"), list | tuple):
        params["routes"] = "、".join(str(r) for r in params["routes"])
    return _fill(_t(template), params)
