"""The columns and titles of the export-only rosters (cases, permits, results, audit trail)."""

from __future__ import annotations

import json
from collections.abc import Mapping

from talentdesk.excel.columns import APPLICANTS, EMPLOYERS, RESEARCHERS, Choice, ColumnSpec, Kind
from talentdesk.excel.monthly_report import labels
from talentdesk.excel.texts import ZH_CN, language_of

DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"


def _choices(group: str) -> tuple[Choice, ...]:
    return tuple(Choice(value, zh, en) for value, (zh, en) in labels(group).items())


def _as_is(value: object, _language: str) -> object:
    return value


def _json(value: object, _language: str) -> str | None:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str) if value else None


# The screens' words for track states (texts/workflow.py labels them for the interface).
_TRACK_STATES = (
    Choice("draft", "草稿", "Draft"),
    Choice("submitted", "预审中", "In pre-review"),
    Choice("returned", "已退回（一次性告知）", "Returned with notice"),
    Choice("awaiting_acceptance", "待受理", "Awaiting acceptance"),
    Choice("accepted", "已受理", "Accepted"),
    Choice("under_review", "审查中", "Under review"),
    Choice("correction_requested", "待补正", "Correction requested"),
    Choice("approved", "准予许可", "Approved"),
    Choice("refused", "不予许可", "Refused"),
    Choice("issued", "已发证", "Issued"),
    Choice("collected", "已领证", "Collected"),
    Choice("withdrawn", "已撤回", "Withdrawn"),
    Choice("cancelled", "已终止", "Cancelled"),
)
# As the audit viewer says them; other stored names are shown as stored.
_AUDIT_ACTIONS = (
    Choice("create", "新建", "Create"),
    Choice("update", "修改", "Change"),
    Choice("delete", "删除", "Delete"),
    Choice("transition", "状态变更", "Status change"),
    Choice("login", "登录", "Sign in"),
    Choice("export", "导出", "Export"),
    Choice("print", "打印", "Print"),
    Choice("import", "导入", "Import"),
    Choice("view_sensitive", "查看未脱敏信息", "View unmasked data"),
    Choice("reset_password", "重置密码", "Reset password"),
    Choice("unlock", "解锁", "Unlock"),
    Choice("backup", "备份", "Backup"),
    Choice("restore", "恢复", "Restore"),
)

_A = APPLICANTS.column
_CASE_NUMBER = ColumnSpec("case_number", "案件编号", "Case number", width=13)
_EMPLOYER = EMPLOYERS.column("name")
_NAMES = (_A("surname"), _A("given_names"), _A("chinese_name"), _A("nationality"))
_PASSPORT = _A("passport_number")
_TRACK = ColumnSpec("track", "许可类型", "Permit", width=10, choices=_choices("track"))
_ASSIGNED = ColumnSpec("assigned_to", "承办人", "Handled by", width=10)


def _state(key: str, zh: str, en: str) -> ColumnSpec:
    return ColumnSpec(key, zh, en, width=12, choices=_TRACK_STATES)


def _date(key: str, zh: str, en: str) -> ColumnSpec:
    return ColumnSpec(key, zh, en, Kind.DATE, width=12)


CASES = (
    _CASE_NUMBER,
    _date("received_on", "受理日期", "Received on"),
    *_NAMES,
    _PASSPORT,
    ColumnSpec("employer_name", "用人单位", "Employer", width=30),
    ColumnSpec("business_type", "业务类型", "Business type", width=18,
               choices=_choices("business_type")),
    ColumnSpec("category", "类别", "Category", width=10, choices=_choices("category")),
    _state("work_state", "工作许可状态", "Work permit"),
    _date("work_due", "工作许可办理期限", "Work permit due"),
    _state("residence_state", "居留许可状态", "Residence permit"),
    _date("residence_due", "居留许可办理期限", "Residence permit due"),
    ColumnSpec("working_days_left", "剩余工作日", "Working days left", Kind.INT, width=9),
    _ASSIGNED,
)  # fmt: skip

PERMITS = (
    _CASE_NUMBER,
    *_NAMES,
    _PASSPORT,
    ColumnSpec("employer_name", "用人单位", "Employer", width=30),
    _TRACK,
    ColumnSpec("number", "证件编号", "Permit number", Kind.IDENTIFIER, width=18),
    _date("issued_on", "发证日期", "Issued on"),
    _date("valid_from", "有效期自", "Valid from"),
    _date("valid_to", "有效期至", "Valid to"),
    _date("handled_on", "到期提醒处理日期", "Reminder handled on"),
    _ASSIGNED,
)

EXPIRING = (
    *PERMITS[:-2],
    ColumnSpec("days_left", "距到期天数", "Days left", Kind.INT, width=9),
    _ASSIGNED,
)

EMPLOYER_ROSTER = EMPLOYERS.columns
APPLICANT_ROSTER = APPLICANTS.columns

# The 花名册 columns the researcher records hold (the import template has more).
RESEARCHER_ROSTER = RESEARCHERS.select(
    (
        "name", "sex", "birth_date", "id_type", "id_number", "unit", "department", "title",
        "degree", "discipline_code", "mentor_name", "program", "program_year", "phone",
        "email",
    )
)  # fmt: skip

RESULTS = (
    RESEARCHERS.column("name"),
    RESEARCHERS.column("id_number"),
    RESEARCHERS.column("unit"),
    RESEARCHERS.column("program"),
    RESEARCHERS.column("program_year"),
    ColumnSpec("kind", "考核类型", "Assessment", width=8, choices=_choices("checkpoint_kind")),
    _date("due_on", "考核时间", "Due on"),
    _date("report_received_on", "报告提交日期", "Report received"),
    ColumnSpec("score", "得分", "Score", Kind.DECIMAL, width=8, number_format="0.00"),
    ColumnSpec("grade", "考核等次", "Grade", width=10, choices=_choices("grade")),
    _date("decided_on", "认定日期", "Decided on"),
)

AUDIT = (
    ColumnSpec("id", "记录号", "Entry", Kind.INT, width=9),
    ColumnSpec("at", "时间（UTC）", "Time (UTC)", Kind.DATE, width=19,
               number_format=DATETIME_FORMAT, format=_as_is),
    ColumnSpec("username", "用户", "User", width=14),
    ColumnSpec("workstation", "工作站", "Workstation", width=14),
    ColumnSpec("action", "操作", "Action", width=12, choices=_AUDIT_ACTIONS),
    ColumnSpec("entity", "对象", "Record type", width=14),
    ColumnSpec("entity_id", "对象编号", "Record", width=12),
    ColumnSpec("details", "详情", "Details", width=60, format=_json),
)  # fmt: skip

_TITLES: Mapping[str, tuple[str, str]] = {
    "cases": ("外国人来华工作许可案件花名册", "Work and residence permit cases"),
    "permits": ("已发证件花名册", "Issued permits"),
    "expiring": ("即将到期证件花名册", "Permits expiring soon"),
    "applicants": ("外国人员花名册", "Foreign nationals"),
    "employers": ("用人单位花名册", "Employers"),
    "researchers": ("青年科技人才花名册", "Young researchers"),
    "results": ("青年科技人才考核结果花名册", "Young researchers' assessment results"),
    "audit": ("审计日志", "Audit trail"),
}


def export_title(kind: str, language: str) -> str:
    """The roster's title row for an export kind (an ``ExportKind`` value)."""
    zh, en = _TITLES[kind]
    return zh if language_of(language) == ZH_CN else en
