"""Fixed words the workbooks print (序号, 填报单位 …) in each UI language; no Qt here."""

from __future__ import annotations

ZH_CN = "zh_CN"
EN = "en"

_TEXTS: dict[str, dict[str, str]] = {
    ZH_CN: {
        "index": "序号",
        "roster_sheet": "花名册",
        "page_footer": "第 &P 页，共 &N 页",
        "unit": "填报单位：{unit}",
        "report_date": "填报日期：{date}",
        "date": "{d.year}年{d.month}月{d.day}日",
        "yes": "是",
        "no": "否",
        "source_row": "原行号",
        "errors": "错误说明",
        "template_sheet": "导入模板",
        "notes_sheet": "填写说明",
        "lists_sheet": "代码表",
        "notes_column": "列名",
        "notes_required": "必填",
        "notes_format": "格式",
        "notes_values": "可选值",
        "notes_example": "示例",
        "kind_text": "文本",
        "kind_identifier": "文本（请勿以数字格式录入，以免丢失前导零或末几位）",
        "kind_date": "日期，如 2026-01-05",
        "kind_month": "年月，如 2026.01",
        "kind_int": "整数",
        "kind_decimal": "数字",
        "kind_bool": "是 / 否",
        "date_error": "请输入日期，如 2026-01-05。",
        "list_error": "请从下拉列表中选择。",
        "note_1": "第1行为表头：请勿改动表头文字，列的顺序可以调整，多余的列导入时忽略。",
        "note_2": "第2行为示例，导入前请删除或覆盖。",
        "note_3": "红色表头为必填项。",
        "note_4": "日期可写作 2026-01-05、2026/01/05、2026.1.5 或 2026年1月5日。",
        "note_5": "身份证号、护照号码等证件号码请按文本录入：超过15位的数字会被表格软件改写。",
    },
    EN: {
        "index": "No.",
        "roster_sheet": "Roster",
        "page_footer": "Page &P of &N",
        "unit": "Unit: {unit}",
        "report_date": "Date: {date}",
        "date": "{d:%Y-%m-%d}",
        "yes": "Yes",
        "no": "No",
        "source_row": "Source row",
        "errors": "Errors",
        "template_sheet": "Import",
        "notes_sheet": "Notes",
        "lists_sheet": "Lists",
        "notes_column": "Column",
        "notes_required": "Required",
        "notes_format": "Format",
        "notes_values": "Allowed values",
        "notes_example": "Example",
        "kind_text": "Text",
        "kind_identifier": "Text (never a number: spreadsheets drop leading zeros and digits)",
        "kind_date": "Date, e.g. 2026-01-05",
        "kind_month": "Year and month, e.g. 2026.01",
        "kind_int": "Whole number",
        "kind_decimal": "Number",
        "kind_bool": "Yes / No",
        "date_error": "Please enter a date, e.g. 2026-01-05.",
        "list_error": "Please choose a value from the list.",
        "note_1": "Row 1 holds the headers: keep their text; columns may be reordered, "
        "extra columns are ignored.",
        "note_2": "Row 2 is an example: delete or overwrite it before importing.",
        "note_3": "Red headers are required.",
        "note_4": "Dates may be written 2026-01-05, 2026/01/05, 2026.1.5 or 2026年1月5日.",
        "note_5": "Enter ID and passport numbers as text: spreadsheets rewrite numbers "
        "longer than 15 digits.",
    },
}


def language_of(language: str) -> str:
    """The supported language closest to a UI locale name ("zh_CN", "zh", "en_US" …)."""
    return ZH_CN if language.lower().startswith("zh") else EN


def text(language: str, key: str, **params: object) -> str:
    template = _TEXTS[language_of(language)][key]
    return template.format(**params) if params else template
