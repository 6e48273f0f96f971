"""Declarative column specs (headers, aliases, kind, width, masking) and the shipped roster sets."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from talentdesk.domain.enums import Degree
from talentdesk.domain.identifiers import (
    check_passport_number,
    check_permanent_residence_id,
    check_resident_id,
    check_uscc,
)
from talentdesk.domain.problems import Problem
from talentdesk.excel import values as v
from talentdesk.excel.texts import ZH_CN, language_of

Parser = Callable[[object], Any]  # raw cell value -> stored value, or raises CellValueError
Formatter = Callable[[Any, str], Any]  # stored value, language -> what the cell shows
Checker = Callable[[Any], list[Problem]]  # a parsed value -> broken domain rules
RowCheck = Callable[[Mapping[str, Any]], list[Problem]]  # rules across columns of one row

DATE_FORMAT = "yyyy-mm-dd"
MONTH_FORMAT = 'yyyy"."mm'
TEXT_FORMAT = "@"


class Kind(StrEnum):
    TEXT = "text"
    DATE = "date"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    IDENTIFIER = "identifier"  # digits that are text: ID, passport and credit-code numbers


@dataclasses.dataclass(frozen=True)
class Choice:
    """One allowed value of a coded column: the stored code and what each language shows."""

    value: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()

    def label(self, language: str) -> str:
        return self.zh if language_of(language) == ZH_CN else self.en

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(v.choice_key(t) for t in (self.value, self.zh, self.en, *self.aliases))


# Distinct values a coded column remembers (the texts read, the cells written): a roster
# repeats a handful, and the cap keeps free text in a coded column from growing the cache.
REMEMBERED_CODES = 1024


class ChoiceCodec:
    """Parsing and formatting of one coded column by dictionary lookups."""

    def __init__(self, choices: Sequence[Choice]) -> None:
        self._choices = tuple(choices)
        self._by_key: dict[str, str] = {}
        for choice in self._choices:
            for key in choice.keys:
                if self._by_key.setdefault(key, choice.value) != choice.value:
                    raise ValueError(f"{key!r} names two choices")
        self._labels: dict[str, dict[str, str]] = {}  # per language name as callers pass it
        self._seen: dict[str, str] = {}

    def parse(self, raw: object) -> str:
        """The stored code of a value typed as its code, a label in either language or an alias."""
        if type(raw) is str and (known := self._seen.get(raw)) is not None:
            return known
        typed = v.parse_text(raw)
        value = self._by_key.get(v.choice_key(typed))
        if value is None:
            labels = "、".join(choice.zh for choice in self._choices)
            raise v.CellValueError("choice_invalid", value=typed, choices=labels)
        if type(raw) is str and len(self._seen) < REMEMBERED_CODES:
            self._seen[raw] = value
        return value

    def format(self, value: object, language: str) -> str | None:
        if value is None:
            return None
        labels = self._labels.get(language)
        if labels is None:
            labels = self._labels[language] = {c.value: c.label(language) for c in self._choices}
        # A code newer than this list is shown rather than hidden.
        return labels.get(value) or str(value)  # type: ignore[call-overload]


def format_text(value: object, _language: str) -> str | None:
    return None if value is None else str(value)


def _format_date(value: object, _language: str) -> date | None:
    return value.date() if isinstance(value, datetime) else value  # type: ignore[return-value]


def _format_number(value: object, _language: str) -> object:
    return value


_PARSERS: dict[Kind, Parser] = {
    Kind.TEXT: v.parse_text,
    Kind.DATE: v.parse_date,
    Kind.INT: v.parse_int,
    Kind.DECIMAL: v.parse_decimal,
    Kind.BOOL: v.parse_bool,
    Kind.IDENTIFIER: v.parse_identifier,
}
_FORMATTERS: dict[Kind, Formatter] = {
    Kind.TEXT: format_text,
    Kind.DATE: _format_date,
    Kind.INT: _format_number,
    Kind.DECIMAL: _format_number,
    Kind.BOOL: v.format_bool,
    Kind.IDENTIFIER: format_text,
}
_NUMBER_FORMATS = {Kind.DATE: DATE_FORMAT, Kind.IDENTIFIER: TEXT_FORMAT}


@dataclasses.dataclass(frozen=True)
class ColumnSpec:
    """One column of a roster, for export, import and the import template alike.

    Attributes:
        key: the record field (dict key or attribute) the column holds.
        zh, en: the header in each UI language (zh_CN and en).
        aliases: other headers real sheets use for it (either language); matching ignores
            case, blanks, punctuation, ``*`` marks and bracketed hints such as （万元）.
        keep: characters left visible at the start and end when ``sensitive`` masks it.
        choices: allowed coded values (a drop-down in the template).
        number_format: Excel format of the cells; by default dates get DATE_FORMAT and
            identifiers the text format ``@``.
        example: the stored value the template's example row shows.
        parse, format: override the kind's default conversion (see values.py).
        check: domain rules for a parsed value (e.g. the resident ID check character).
    """

    key: str
    zh: str
    en: str
    kind: Kind = Kind.TEXT
    aliases: tuple[str, ...] = ()
    width: float = 14
    required: bool = False
    sensitive: bool = False
    keep: tuple[int, int] = (3, 4)
    choices: tuple[Choice, ...] = ()
    max_length: int | None = None
    number_format: str | None = None
    example: Any = None
    parse: Parser = None  # type: ignore[assignment]  # filled in from kind
    format: Formatter = None  # type: ignore[assignment]
    check: Checker | None = None

    def __post_init__(self) -> None:
        codec = ChoiceCodec(self.choices) if self.choices else None
        if self.parse is None:
            object.__setattr__(self, "parse", codec.parse if codec else _PARSERS[self.kind])
        if self.format is None:
            object.__setattr__(self, "format", codec.format if codec else _FORMATTERS[self.kind])
        if self.number_format is None:
            object.__setattr__(self, "number_format", _NUMBER_FORMATS.get(self.kind))

    def header(self, language: str) -> str:
        return self.zh if language_of(language) == ZH_CN else self.en

    @property
    def names(self) -> tuple[str, ...]:
        return (self.zh, self.en, *self.aliases)


@dataclasses.dataclass(frozen=True)
class ColumnSet:
    """A roster kind: its columns in export order and the rules that span columns."""

    name: str
    columns: tuple[ColumnSpec, ...]
    row_checks: tuple[RowCheck, ...] = ()

    def __post_init__(self) -> None:
        alias_index(self.columns)  # refuse ambiguous headers when the set is declared

    def column(self, key: str) -> ColumnSpec:
        for spec in self.columns:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def select(self, keys: Sequence[str]) -> tuple[ColumnSpec, ...]:
        """The columns of a list view, in its order (the export of "what I see")."""
        return tuple(self.column(key) for key in keys)


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")


def header_key(header: object) -> str:
    """What a header is matched on: "身份证号码*", "身份证号码（18位）" and " 身份证 号码" agree."""
    folded = unicodedata.normalize("NFKC", str(header)).casefold()
    return "".join(c for c in _BRACKETED.sub("", folded) if c.isalnum())


def alias_index(columns: Sequence[ColumnSpec]) -> dict[str, ColumnSpec]:
    """Header key -> column; ValueError when two columns share a key or a header."""
    index: dict[str, ColumnSpec] = {}
    keys: set[str] = set()
    for spec in columns:
        if spec.key in keys:
            raise ValueError(f"column key {spec.key!r} appears twice")
        keys.add(spec.key)
        for name in spec.names:
            other = index.setdefault(header_key(name), spec)
            if other is not spec:
                raise ValueError(f"header {name!r} matches both {other.key!r} and {spec.key!r}")
    return index


# ---------------------------------------------------------------- shared columns and choices

_DEGREES = (
    Choice(Degree.DOCTORATE, "博士", "Doctorate", ("博士学位", "博士研究生", "PhD", "Doctor")),
    Choice(Degree.MASTER, "硕士", "Master", ("硕士学位", "硕士研究生", "研究生")),
    Choice(Degree.BACHELOR, "学士", "Bachelor", ("学士学位", "本科", "大学本科")),
    Choice(Degree.BELOW_BACHELOR, "学士以下", "Below bachelor", ("无", "无学位", "大专", "专科")),
)
_PHONE_ALIASES = ("电话", "手机", "手机号", "手机号码", "联系方式", "Telephone", "Mobile", "Tel")
_EMAIL_ALIASES = ("邮箱", "电子邮件", "E-mail", "Email address", "Mail")


def _phone(**overrides: Any) -> ColumnSpec:
    spec = dict(
        key="phone", zh="联系电话", en="Phone", aliases=_PHONE_ALIASES, width=16,
        max_length=40, parse=v.parse_phone, example="13812345678",
    )  # fmt: skip
    return ColumnSpec(**(spec | overrides))


def _birth_date(**overrides: Any) -> ColumnSpec:
    spec = dict(
        key="birth_date", zh="出生日期", en="Date of birth", kind=Kind.DATE,
        aliases=("出生年月", "出生年月日", "生日", "Birth date", "DOB"), width=12, required=True,
    )  # fmt: skip
    return ColumnSpec(**(spec | overrides))


def _email(**overrides: Any) -> ColumnSpec:
    spec = dict(
        key="email", zh="电子邮箱", en="Email", aliases=_EMAIL_ALIASES, width=26,
        max_length=120, example="someone@example.com",
    )  # fmt: skip
    return ColumnSpec(**(spec | overrides))


# ---------------------------------------------------------------- applicants (permit side)

APPLICANTS = ColumnSet(
    "applicants",
    (
        ColumnSpec(
            "surname", "姓", "Surname", aliases=("英文姓", "姓氏", "Last name", "Family name"),
            width=16, required=True, max_length=80, example="SMITH",
        ),
        ColumnSpec(
            "given_names", "名", "Given names",
            aliases=("英文名", "Given name", "First name", "First names"),
            width=20, max_length=120, example="JOHN DAVID",
        ),
        ColumnSpec(
            "chinese_name", "中文姓名", "Chinese name", aliases=("中文名",), width=12,
            max_length=60, example="史密斯",
        ),
        ColumnSpec(
            "sex", "性别", "Sex", aliases=("Gender",), width=8, required=True,
            choices=(
                Choice("M", "男", "Male", ("男性",)),
                Choice("F", "女", "Female", ("女性",)),
                Choice("X", "未指明", "Unspecified"),
            ),
            example="M",
        ),
        _birth_date(example=date(1985, 6, 15)),
        ColumnSpec(
            "nationality", "国籍", "Nationality", aliases=("国家", "国籍地区", "Citizenship"),
            width=14, required=True, parse=v.parse_nationality, format=v.format_nationality,
            example="GBR",
        ),
        ColumnSpec(
            "passport_number", "护照号码", "Passport No.", Kind.IDENTIFIER,
            aliases=("护照号", "护照编号", "Passport number", "Passport"),
            width=14, required=True, sensitive=True, keep=(2, 2), max_length=20,
            check=check_passport_number, example="E12345678",
        ),
        ColumnSpec(
            "issuing_state", "签发国", "Issuing state",
            aliases=("护照签发国", "签发国家", "Issuing country"),
            width=14, parse=v.parse_nationality, format=v.format_nationality, example="GBR",
        ),
        ColumnSpec(
            "passport_expiry", "护照有效期至", "Passport expiry", Kind.DATE,
            aliases=("护照有效期", "护照到期日", "Date of expiry", "Passport expiry date"),
            width=13, example=date(2033, 3, 31),
        ),
        _phone(),
        _email(),
        ColumnSpec(
            "education", "最高学位", "Highest degree", aliases=("学位", "学历", "Degree"),
            width=10, choices=_DEGREES, example=Degree.MASTER.value,
        ),
        ColumnSpec(
            "visa_status", "签证情况", "Visa status", aliases=("签证", "签证状态", "Visa"),
            width=16, max_length=120, example="Z字签证",
        ),
    ),
)  # fmt: skip


# ---------------------------------------------------------------- employers

EMPLOYERS = ColumnSet(
    "employers",
    (
        ColumnSpec(
            "name", "单位名称", "Employer",
            aliases=("用人单位", "用人单位名称", "企业名称", "公司名称", "单位", "Employer name",
                     "Company", "Company name"),
            width=32, required=True, max_length=200, example="南京示例科技有限公司",
        ),
        ColumnSpec(
            "uscc", "统一社会信用代码", "USCC", Kind.IDENTIFIER,
            aliases=("信用代码", "社会信用代码", "统一代码", "Unified social credit code",
                     "Credit code"),
            width=22, required=True, max_length=18, check=check_uscc,
            example="91320106917400292L",
        ),
        ColumnSpec(
            "city", "所在城市", "City", aliases=("城市", "所在市", "设区市"), width=10,
            required=True, max_length=40, example="南京市",
        ),
        ColumnSpec(
            "district", "区县", "District", aliases=("所在区县", "县区", "区"), width=10,
            max_length=40, example="鼓楼区",
        ),
        ColumnSpec(
            "address", "单位地址", "Address", aliases=("地址", "注册地址", "办公地址"),
            width=36, max_length=300, example="南京市鼓楼区示例路1号",
        ),
        _phone(example="025-83000000"),
        _email(example="hr@example.com"),
        ColumnSpec(
            "fortune_global_500", "世界500强", "Fortune Global 500", Kind.BOOL,
            aliases=("是否世界500强", "世界五百强"), width=10, example=False,
        ),
        ColumnSpec(
            "studio_level", "工作室级别", "Studio level", aliases=("外国专家工作室级别",),
            width=10,
            choices=(
                Choice("municipal", "市级", "Municipal"),
                Choice("provincial", "省级", "Provincial"),
            ),
        ),
        ColumnSpec(
            "studio_year", "工作室认定年份", "Studio year", Kind.INT,
            aliases=("认定年份",), width=10,
        ),
        ColumnSpec(
            "credit_notes", "信用情况", "Credit notes", aliases=("信用记录", "信用备注"),
            width=24,
        ),
        # The employer's authorised handler (registration needs one); an import adds it to
        # those on file, or corrects the phone and email of the one with this name.
        ColumnSpec(
            "handler_name", "经办人", "Handler",
            aliases=("经办人姓名", "联系人", "联系人姓名", "Contact person", "Handler name"),
            width=10, max_length=80, example="王芳",
        ),
        _phone(
            key="handler_phone", zh="经办人电话", en="Handler phone",
            aliases=("经办人手机", "联系人电话", "联系人手机", "Contact phone"),
            example="13812345678",
        ),
        _email(
            key="handler_email", zh="经办人邮箱", en="Handler email",
            aliases=("联系人邮箱", "Contact email"), example="wang@example.com",
        ),
    ),
)  # fmt: skip


# ---------------------------------------------------------------- young researchers (花名册)

_SEXES = (
    Choice("male", "男", "Male", ("M", "男性")),
    Choice("female", "女", "Female", ("F", "女性")),
)
_ID_TYPES = (
    Choice("resident_id", "居民身份证", "Resident ID", ("身份证", "公民身份号码")),
    Choice("permanent_residence_id", "外国人永久居留身份证", "Permanent residence ID",
           ("永久居留身份证", "永居证")),
    Choice("passport", "护照", "Passport"),
)  # fmt: skip
# GB/T 4762-1984 political status codes, shown by their usual short names.
_POLITICAL = (
    Choice("01", "中共党员", "CPC member", ("中国共产党党员", "党员")),
    Choice("02", "中共预备党员", "CPC probationary member", ("中国共产党预备党员", "预备党员")),
    Choice("03", "共青团员", "CYL member", ("中国共产主义青年团团员", "团员")),
    Choice("04", "民革党员", "RCCK member", ("民革会员", "中国国民党革命委员会会员")),
    Choice("05", "民盟盟员", "CDL member", ("中国民主同盟盟员",)),
    Choice("06", "民建会员", "CNDCA member", ("中国民主建国会会员",)),
    Choice("07", "民进会员", "CAPD member", ("中国民主促进会会员",)),
    Choice("08", "农工党党员", "CPWDP member", ("中国农工民主党党员",)),
    Choice("09", "致公党党员", "CZGP member", ("中国致公党党员",)),
    Choice("10", "九三学社社员", "Jiusan Society member"),
    Choice("11", "台盟盟员", "TDSL member", ("台湾民主自治同盟盟员",)),
    Choice("12", "无党派人士", "Non-partisan", ("无党派民主人士",)),
    Choice("13", "群众", "Masses", ("普通群众",)),
)
# Values are domain EvaluationCategory values (young-researchers.md §1.9).
_EVALUATION = (
    Choice("basic_research", "基础研究", "Basic research", ("基础研究类",)),
    Choice("applied_technology", "应用研究与技术开发", "Applied research and development",
           ("应用研究", "技术开发", "应用研究和技术开发类")),
    Choice("technology_transfer", "成果转化", "Technology transfer", ("成果转化类",)),
    Choice("public_interest", "社会公益研究", "Public-interest research", ("社会公益", "公益研究")),
    Choice("major_mission", "重大任务", "Major mission", ("承担重大任务", "重大任务类")),
)  # fmt: skip
_POST_CATEGORIES = (
    Choice("professional", "专业技术岗位", "Professional", ("专业技术", "专技")),
    Choice("management", "管理岗位", "Management", ("管理",)),
    Choice("skilled_support", "工勤技能岗位", "Skilled support", ("工勤技能", "工勤")),
)
_SEX_FROM_CHOICE = {"male": "M", "female": "F"}
_EXAMPLE_ID = "320102199005178128"  # valid check character, Nanjing Xuanwu, female, 1990-05-17


def check_researcher_id(row: Mapping[str, Any]) -> list[Problem]:
    """The ID number by its type (a resident ID by default), and its birth date and sex
    against the row's own columns.
    """
    number = row.get("id_number")
    if not number:
        return []
    id_type = row.get("id_type") or "resident_id"
    if id_type == "permanent_residence_id":
        return check_permanent_residence_id(number, "id_number")
    if id_type == "passport":
        return check_passport_number(number, "id_number")
    return check_resident_id(
        number,
        "id_number",
        birth_date=row.get("birth_date"),
        sex=_SEX_FROM_CHOICE.get(row.get("sex") or ""),
    )


RESEARCHERS = ColumnSet(
    "researchers",
    (
        ColumnSpec(
            "name", "姓名", "Name", aliases=("名字", "Full name", "Name of researcher"),
            width=10, required=True, max_length=40, example="李晓雯",
        ),
        ColumnSpec(
            "sex", "性别", "Sex", aliases=("Gender",), width=6, required=True, choices=_SEXES,
            example="female",
        ),
        _birth_date(example=date(1990, 5, 17)),
        ColumnSpec(
            "id_type", "证件类型", "ID type", aliases=("证件种类", "Document type"), width=12,
            choices=_ID_TYPES, example="resident_id",
        ),
        ColumnSpec(
            "id_number", "身份证号", "ID number", Kind.IDENTIFIER,
            aliases=("身份证号码", "公民身份号码", "身份证", "证件号码", "证件号", "ID No.",
                     "ID card number", "Resident ID number"),
            width=21, required=True, sensitive=True, keep=(3, 4), max_length=32,
            example=_EXAMPLE_ID,
        ),
        ColumnSpec("ethnicity", "民族", "Ethnicity", width=8, max_length=20, example="汉族"),
        ColumnSpec(
            "political_status", "政治面貌", "Political status", aliases=("政治身份",),
            width=12, choices=_POLITICAL, example="01",
        ),
        ColumnSpec(
            "native_place", "籍贯", "Native place", width=12, max_length=40, example="江苏南京",
        ),
        ColumnSpec(
            "unit", "所在单位", "Unit", aliases=("工作单位", "单位名称", "Employer"), width=24,
            required=True, max_length=120, example="江苏省示例科学研究院",
        ),
        ColumnSpec(
            "department", "所在部门/课题组", "Department",
            aliases=("所在部门", "课题组", "部门", "院系", "Team", "Research group"),
            width=18, max_length=120, example="材料研究所",
        ),
        ColumnSpec(
            "post_category", "岗位类别", "Post category", width=12, choices=_POST_CATEGORIES,
            example="professional",
        ),
        ColumnSpec(
            "post_grade", "岗位等级", "Post grade", Kind.INT, aliases=("岗位级别",), width=8,
            example=10,
        ),
        ColumnSpec(
            "title", "专业技术职务", "Professional title",
            aliases=("职称", "专业技术职称", "Title"), width=14, max_length=40, example="副研究员",
        ),
        ColumnSpec(
            "title_date", "职称取得时间", "Title since", Kind.DATE,
            aliases=("取得时间", "职称取得日期"), width=11, parse=v.parse_month,
            number_format=MONTH_FORMAT, example=date(2021, 12, 1),
        ),
        ColumnSpec(
            "degree", "最高学位", "Highest degree", aliases=("学位", "Degree"), width=10,
            choices=_DEGREES, example=Degree.DOCTORATE.value,
        ),
        ColumnSpec(
            "education", "最高学历", "Highest education", aliases=("学历", "Education"),
            width=12, max_length=20, example="博士研究生",
        ),
        ColumnSpec(
            "graduate_school", "毕业院校", "University",
            aliases=("毕业学校", "毕业院校及专业", "School"), width=20, max_length=80,
            example="南京大学",
        ),
        ColumnSpec(
            "major", "所学专业", "Major", aliases=("专业",), width=16, max_length=60,
            example="材料科学与工程",
        ),
        ColumnSpec(
            "graduation_date", "毕业时间", "Graduated", Kind.DATE,
            aliases=("毕业年月", "毕业日期", "Graduation date"), width=11, parse=v.parse_month,
            number_format=MONTH_FORMAT, example=date(2018, 7, 1),
        ),
        ColumnSpec(
            "joined_on", "来单位时间", "Joined", Kind.DATE,
            aliases=("来本单位时间", "入职时间", "入职日期", "Date joined"), width=11,
            parse=v.parse_month, number_format=MONTH_FORMAT, example=date(2018, 9, 1),
        ),
        # A 4-digit code with leading zeros (0812), so it must stay text like an ID number.
        ColumnSpec(
            "discipline_code", "学科代码", "Discipline code", Kind.IDENTIFIER,
            aliases=("一级学科代码", "学科领域代码"), width=9, max_length=4, example="0805",
        ),
        ColumnSpec(
            "research_direction", "研究方向", "Research field", aliases=("研究领域",),
            width=20, max_length=120, example="固态电池材料",
        ),
        ColumnSpec(
            "evaluation_category", "评价类别", "Evaluation category", aliases=("评价类型",),
            width=16, choices=_EVALUATION, example="basic_research",
        ),
        ColumnSpec(
            "mentor_name", "导师", "Mentor", aliases=("导师姓名", "学术导师"), width=10,
            max_length=40, example="王建国",
        ),
        ColumnSpec(
            "program", "入选项目", "Program", aliases=("人才项目", "项目名称", "入选人才项目"),
            width=24, max_length=200, example="江苏省青年科技人才托举工程",
        ),
        ColumnSpec(
            "program_year", "入选年度", "Year selected", Kind.INT,
            aliases=("入选年份", "年度", "Call year"), width=8, example=2024,
        ),
        ColumnSpec(
            "funding", "资助金额（万元）", "Funding (10k CNY)", Kind.DECIMAL,
            aliases=("资助经费", "资助金额万元"), width=10, example=Decimal("30"),
        ),
        _phone(),
        _email(),
        ColumnSpec(
            "remarks", "备注", "Remarks", aliases=("Notes", "Comments", "说明"), width=24,
        ),
    ),
    row_checks=(check_researcher_id,),
)  # fmt: skip

COLUMN_SETS: Mapping[str, ColumnSet] = {s.name: s for s in (APPLICANTS, EMPLOYERS, RESEARCHERS)}
