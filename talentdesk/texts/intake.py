"""Texts of the intake form and case detail: check-digit states, category reasons, degrees."""

from __future__ import annotations

from talentdesk.error_texts import QT_TRANSLATE_NOOP

# Keys are the ``field`` of a Problem (the permit fields are in texts/permits.py).
FIELD_LABELS: dict[str, str] = {
    "names_confirmed": QT_TRANSLATE_NOOP("messages", "Names checked against the passport"),
    "degree": QT_TRANSLATE_NOOP("messages", "Highest degree"),
    "teaching_experience_years": QT_TRANSLATE_NOOP("messages", "Years of teaching experience"),
    "social_wage": QT_TRANSLATE_NOOP("messages", "Local average social wage"),
    "points": QT_TRANSLATE_NOOP("messages", "Points"),
    "b_age_relaxed": QT_TRANSLATE_NOOP("messages", "B age limit relaxed"),
    # B3's criterion key: a teaching qualification waives the two years of teaching.
    "B3-waiver": QT_TRANSLATE_NOOP("messages", "Teaching qualification"),
    # Points inputs the clerk ticks (the points table's rules name them).
    "vocational_level": QT_TRANSLATE_NOOP("messages", "Vocational certificate"),
    "former_chinese_national": QT_TRANSLATE_NOOP("messages", "Former Chinese national"),
    "chinese_taught_degree": QT_TRANSLATE_NOOP(
        "messages", "Bachelor's degree or higher taught in Chinese"
    ),
    "western_region": QT_TRANSLATE_NOOP("messages", "Western region"),
    "old_industrial_base": QT_TRANSLATE_NOOP("messages", "Old industrial base (the Northeast…)"),
    "special_area": QT_TRANSLATE_NOOP("messages", "Poverty county or other special area"),
    "high_level_foreign_university": QT_TRANSLATE_NOOP(
        "messages", "Graduate of a high-level foreign university"
    ),
    "fortune500_experience": QT_TRANSLATE_NOOP(
        "messages", "Worked for a Fortune Global 500 company"
    ),
    "holds_ip": QT_TRANSLATE_NOOP("messages", "Holds patents or other IP"),
    "continuous_china_5_years": QT_TRANSLATE_NOOP(
        "messages", "Worked in China 5 years without a break"
    ),
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
    "uscc_taken": QT_TRANSLATE_NOOP(
        "messages", "{field}: another employer is already registered with this code."
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

VOCATIONAL_LABELS: dict[str, str] = {
    "senior_worker": QT_TRANSLATE_NOOP("messages", "Senior worker"),
    "technician": QT_TRANSLATE_NOOP("messages", "Technician"),
    "senior_technician": QT_TRANSLATE_NOOP("messages", "Senior technician"),
    "top_international": QT_TRANSLATE_NOOP(
        "messages", "Highest internationally recognised certificate"
    ),
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

# The band of the points table a value fell into (points_rows), from the rule's bounds.
BAND_TEXTS: dict[str, str] = {
    "at_least": QT_TRANSLATE_NOOP("messages", "{value} ({at_least} and above)"),
    "at_least_below": QT_TRANSLATE_NOOP("messages", "{value} ({at_least} to under {below})"),
    "at_least_at_most": QT_TRANSLATE_NOOP("messages", "{value} ({at_least} to {at_most})"),
    "below": QT_TRANSLATE_NOOP("messages", "{value} (under {below})"),
    "per_unit": QT_TRANSLATE_NOOP(
        "messages", "{value} ({points} points at {at_least}, {per_unit} more for each 1 above)"
    ),
    "capped": QT_TRANSLATE_NOOP("messages", "{text}, capped at the item maximum of {max}"),
    "not_cumulative": QT_TRANSLATE_NOOP(
        "messages", "{text} (also met: {others}; they do not add up)"
    ),
}
