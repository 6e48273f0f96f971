"""A/B/C classification: routes as data, route evaluation, suggested category, overrides."""

from __future__ import annotations

import dataclasses

from talentdesk.domain.enums import Category, Degree
from talentdesk.domain.points import PointsResult, Reason, points_table
from talentdesk.domain.problems import Problem

# General condition for every category (foreign-permits.md §1.1).
MIN_AGE = 18
# B-category age limit (§1.3); the authority may relax it "确有需要的", see RouteInputs.
B_MAX_AGE = 60
_DEGREE_ORDER = tuple(Degree)  # declared lowest first
_CONFIRMED = "confirmed:"


@dataclasses.dataclass(frozen=True)
class SocialWage:
    """本地区上年度社会平均工资 of one city for one year; configuration, never hard-coded."""

    city: str
    year: int
    annual_rmb: int


@dataclasses.dataclass(frozen=True)
class RouteInputs:
    """Facts the routes look at; None means not asked yet.

    Attributes:
        confirmed: criterion keys the clerk has checked against the documents. A route's
            criterion key is its code ("A1"); B3's teaching-experience waiver is "B3-waiver".
        points: the applicant's points result, for A6 and B6.
        social_wage: the local average wage, for the salary routes.
        b_age_relaxed: the authority agreed to relax the B age limit for this applicant.
    """

    age: int | None = None
    degree: Degree | None = None
    work_experience_years: int | None = None
    teaching_experience_years: int | None = None
    annual_salary_rmb: int | None = None
    social_wage: SocialWage | None = None
    points: PointsResult | None = None
    confirmed: frozenset[str] = frozenset()
    b_age_relaxed: bool = False


Check = tuple[bool, tuple[Reason, ...]]


def _missing(name: str) -> Check:
    return False, (Reason("route_input_missing", {"input": name}),)


@dataclasses.dataclass(frozen=True)
class Confirmed:
    """A criterion only a person can judge from the documents (programme, award, post...)."""

    key: str

    @property
    def needs(self) -> tuple[str, ...]:
        return (_CONFIRMED + self.key,)

    def check(self, inputs: RouteInputs) -> Check:
        met = self.key in inputs.confirmed
        return met, (Reason("confirmed" if met else "not_confirmed", {"key": self.key}),)


@dataclasses.dataclass(frozen=True)
class MinDegree:
    """Highest degree at least ``degree``."""

    degree: Degree

    @property
    def needs(self) -> tuple[str, ...]:
        return ("degree",)

    def check(self, inputs: RouteInputs) -> Check:
        if inputs.degree is None:
            return _missing("degree")
        met = _DEGREE_ORDER.index(inputs.degree) >= _DEGREE_ORDER.index(self.degree)
        params = {"degree": inputs.degree, "required": self.degree}
        return met, (Reason("degree_sufficient" if met else "degree_insufficient", params),)


@dataclasses.dataclass(frozen=True)
class MinYears:
    """A count of whole years (``field`` of RouteInputs) at least ``years``."""

    field: str
    years: int

    @property
    def needs(self) -> tuple[str, ...]:
        return (self.field,)

    def check(self, inputs: RouteInputs) -> Check:
        value = getattr(inputs, self.field)
        if value is None:
            return _missing(self.field)
        met = value >= self.years
        params = {"input": self.field, "years": value, "required": self.years}
        return met, (Reason("years_sufficient" if met else "years_insufficient", params),)


@dataclasses.dataclass(frozen=True)
class SalaryMultiple:
    """Average salary at least ``multiple`` × the local previous-year average social wage."""

    multiple: int

    @property
    def needs(self) -> tuple[str, ...]:
        return ("annual_salary_rmb", "social_wage")

    def check(self, inputs: RouteInputs) -> Check:
        if inputs.annual_salary_rmb is None or inputs.social_wage is None:
            reasons = tuple(r for name in self.needs if getattr(inputs, name) is None
                            for r in _missing(name)[1])
            return False, reasons
        wage = inputs.social_wage
        required = self.multiple * wage.annual_rmb
        met = inputs.annual_salary_rmb >= required
        params = {"salary": inputs.annual_salary_rmb, "multiple": self.multiple,
                  "required": required, "city": wage.city, "year": wage.year}
        code = "salary_multiple_reached" if met else "salary_multiple_not_reached"
        return met, (Reason(code, params),)


@dataclasses.dataclass(frozen=True)
class PointsReach:
    """Points total reaches the threshold the scoring table sets for ``category``."""

    category: Category

    @property
    def needs(self) -> tuple[str, ...]:
        return ("points",)

    def check(self, inputs: RouteInputs) -> Check:
        result = inputs.points
        if result is None:
            return _missing("points")
        table = points_table(result.table_id)
        if table is None or result.problems:
            return False, (Reason("points_incomplete", {"table_id": result.table_id}),)
        threshold = table.thresholds[self.category]
        met = result.total >= threshold
        params = {"total": result.total, "threshold": threshold, "table_id": result.table_id}
        return met, (Reason("points_threshold_reached" if met else "points_below_threshold",
                            params),)


@dataclasses.dataclass(frozen=True)
class AnyOf:
    """At least one of ``conditions``."""

    conditions: tuple[Condition, ...]

    @property
    def needs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for c in self.conditions for n in c.needs))

    def check(self, inputs: RouteInputs) -> Check:
        checks = [c.check(inputs) for c in self.conditions]
        for met, reasons in checks:
            if met:
                return True, reasons
        return False, tuple(r for _, reasons in checks for r in reasons)


Condition = Confirmed | MinDegree | MinYears | SalaryMultiple | PointsReach | AnyOf


@dataclasses.dataclass(frozen=True)
class Route:
    """One way into a category; met when every condition is."""

    code: str
    category: Category
    label_zh: str
    label_en: str
    conditions: tuple[Condition, ...]

    @property
    def needs(self) -> tuple[str, ...]:
        """What a form must ask: RouteInputs field names, or ``confirmed:<key>`` checkboxes."""
        return tuple(dict.fromkeys(n for c in self.conditions for n in c.needs))


@dataclasses.dataclass(frozen=True)
class RouteResult:
    """A route's outcome: all reasons when met, only the failing ones when not."""

    route: str
    category: Category
    met: bool
    reasons: tuple[Reason, ...]


@dataclasses.dataclass(frozen=True)
class CategorySuggestion:
    """The suggested category (None: no route met, the applicant is not eligible) and why."""

    category: Category | None
    routes: tuple[RouteResult, ...]
    explanation: tuple[Reason, ...]


def _route(code: str, category: Category, zh: str, en: str, *conditions: Condition) -> Route:
    return Route(code, category, zh, en, conditions or (Confirmed(code),))


# 外国人来华工作分类标准（试行）, foreign-permits.md §1.2–1.4. Criteria a clerk judges from
# documents (programme lists, award lists, A4/A5 whose exact wording is unverified, the
# "top-100" ranking, quota posts) are confirmations rather than guessed thresholds.
ROUTES: tuple[Route, ...] = (
    _route("A1", Category.A, "入选国内人才引进计划", "Selected for a domestic talent programme"),
    _route("A2", Category.A, "符合国际公认的专业成就认定标准",
           "Internationally recognised professional achievement"),
    _route("A3", Category.A, "符合市场导向的鼓励类岗位需要", "Market-oriented encouraged post"),
    _route("A3-salary", Category.A, "工资收入不低于本地区上年度社会平均工资6倍",
           "Average salary at least 6× the local previous-year average wage", SalaryMultiple(6)),
    _route("A4", Category.A, "创新创业人才", "Innovation and entrepreneurship talent"),
    _route("A5", Category.A, "优秀青年人才", "Outstanding young talent"),
    _route("A6", Category.A, "计点积分在85分以上", "Points at or above the A threshold",
           PointsReach(Category.A)),
    _route("B1", Category.B, "学士及以上学位且2年及以上相关工作经历",
           "Bachelor's degree or higher and 2+ years of relevant work in a listed role",
           MinDegree(Degree.BACHELOR), MinYears("work_experience_years", 2), Confirmed("B1")),
    _route("B2", Category.B, "取得国际通用职业技能资格证书或急需紧缺技能型人才",
           "International vocational certificate, or skilled talent in urgent shortage"),
    _route("B3", Category.B, "外语教学人员", "Foreign language teacher",
           Confirmed("B3"), MinDegree(Degree.BACHELOR),
           # Education/language/teaching degree, home-country teacher certificate or accepted
           # TEFL (in China or ≥120 class hours) waives the two years of teaching.
           AnyOf((MinYears("teaching_experience_years", 2), Confirmed("B3-waiver")))),
    _route("B4", Category.B, "工资收入不低于本地区上年度社会平均工资4倍",
           "Average salary at least 4× the local previous-year average wage", SalaryMultiple(4)),
    _route("B5", Category.B, "符合国家有关部门规定的专门人员、项目人员",
           "Special or project personnel under national department rules"),
    _route("B6", Category.B, "计点积分在60分以上", "Points at or above the B threshold",
           PointsReach(Category.B)),
    _route("BX1", Category.B, "在中国境内高校取得硕士及以上学位的优秀毕业生",
           "Excellent graduate with a master's or higher from a Chinese university",
           MinDegree(Degree.MASTER), Confirmed("BX1")),
    _route("BX2", Category.B, "在国（境）外前100名高校取得硕士及以上学位",
           "Master's or higher from a top-100 foreign university (ranking unverified)",
           MinDegree(Degree.MASTER), Confirmed("BX2")),
    # The standard lists C routes without numbers; C1–C8 is talentdesk's own numbering.
    _route("C1", Category.C, "经主管部门批准或根据政府间协议聘用的人员",
           "Employed with the competent authority's approval or under an intergovernmental "
           "agreement"),
    _route("C2", Category.C, "根据政府间协议来华实习的外国青年",
           "Foreign youth interning under an intergovernmental agreement"),
    _route("C3", Category.C, "随外国高端人才来华的家政服务人员",
           "Domestic helper accompanying an A-category talent"),
    _route("C4", Category.C, "远洋捕捞等特殊领域人员", "Deep-sea fishing and other special fields"),
    _route("C5", Category.C, "季节性劳务人员", "Seasonal labour"),
    _route("C6", Category.C, "其他配额管理岗位人员", "Other quota-managed posts"),
    # Listed by Beijing and Shanghai; whether Jiangsu lists them is for the window to confirm.
    _route("C7", Category.C, "来华短期工作（90日以下）", "Temporary work of 90 days or less"),
    _route("C8", Category.C, "符合条件的外国留学生、毕业生",
           "Foreign students or graduates meeting the specified conditions"),
)


def evaluate_route(route: Route, inputs: RouteInputs) -> RouteResult:
    """Whether ``route`` is met, with the reasons (reason codes are listed in the report)."""
    checks = [condition.check(inputs) for condition in route.conditions]
    met = all(ok for ok, _ in checks)
    reasons = tuple(r for ok, rs in checks if met or not ok for r in rs)
    return RouteResult(route.code, route.category, met, reasons)


def suggest_category(inputs: RouteInputs) -> CategorySuggestion:
    """The highest category with a met route, after the general and B age conditions."""
    results = tuple(evaluate_route(route, inputs) for route in ROUTES)
    if inputs.age is None:
        return CategorySuggestion(None, results, (Reason("route_input_missing", {"input": "age"}),))
    if inputs.age < MIN_AGE:
        below = Reason("age_below_minimum", {"age": inputs.age, "min": MIN_AGE})
        return CategorySuggestion(None, results, (below,))
    explanation: list[Reason] = []
    for category in Category:
        met = [r.route for r in results if r.met and r.category is category]
        if not met:
            continue
        if category is Category.B and inputs.age > B_MAX_AGE:
            params = {"age": inputs.age, "max": B_MAX_AGE}
            if not inputs.b_age_relaxed:
                explanation.append(Reason("b_age_above_limit", {**params, "routes": met}))
                continue
            explanation.append(Reason("b_age_limit_relaxed", params))
        explanation.append(Reason("category_routes_met", {"category": category, "routes": met}))
        if category is Category.C:
            explanation.append(Reason("c_quota_managed"))
        return CategorySuggestion(category, results, tuple(explanation))
    if not any(r.met for r in results):
        explanation.append(Reason("no_route_met"))
        explanation.extend(_points_note(inputs.points))
    return CategorySuggestion(None, results, tuple(explanation))


def _points_note(points: PointsResult | None) -> list[Reason]:
    table = points_table(points.table_id) if points is not None else None
    if points is None or table is None or points.problems:
        return []
    threshold = table.thresholds[Category.B]
    if points.total >= threshold:
        return []
    # Spelled out because "under 60 points means C" is a common misreading: C has its own
    # routes, and someone who meets none of A, B or C is simply not eligible (§1.4).
    return [Reason("points_below_b_not_c", {"total": points.total, "threshold": threshold})]


def check_override(suggestion: CategorySuggestion, chosen: Category | None,
                   reason: str) -> list[Problem]:
    """Choosing another category than suggested needs a written reason.

    Problems: ``category_override_reason_missing`` (suggested, chosen) on ``override_reason``;
    ``category_unsuggested_reason_missing`` (chosen) when no route was met at all.
    """
    if chosen == suggestion.category or reason.strip():
        return []
    if suggestion.category is None:
        return [Problem("category_unsuggested_reason_missing", "override_reason",
                        {"chosen": chosen})]
    return [Problem("category_override_reason_missing", "override_reason",
                    {"suggested": suggestion.category, "chosen": chosen})]
