"""统计月报: every statistics table of a period in one workbook, with native Excel charts.

A supervisor forwards the file as it is, so it carries its own title, period and date, labels
every code in the reader's language, and draws its charts from the cells of its tables (a
reader who corrects a cell sees the chart follow). Small and styled: openpyxl's normal mode.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from datetime import date

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as OpenpyxlCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from talentdesk.domain.countries import country
from talentdesk.domain.statistics import (
    OTHERS,
    Cell,
    Dimension,
    PermitStatistics,
    ReportTable,
    ResearcherStatistics,
)
from talentdesk.domain.statistics_tables import (
    ages_table,
    assessment_tables,
    enrollment_tables,
    expiries_table,
    period_text,
    processing_table,
    reasons_table,
    summary_tables,
    volume_table,
)
from talentdesk.domain.tracks import refusal_reasons
from talentdesk.excel import sheets
from talentdesk.excel.texts import EN, ZH_CN

PERCENT = "0.0%"
_A4 = 9  # the OOXML paper-size code
DECIMAL = "0.0"
_TITLE_ROW, _FIRST_TABLE_ROW = 1, 3
_GAP = 2  # empty rows between two tables of a sheet
_CHART_WIDTH_CM, _CHART_HEIGHT_CM = 18, 9
_CHART_ROWS = 20  # rows a chart of that height covers, so the next one goes below it

_TEXTS: dict[str, dict[str, str]] = {
    ZH_CN: {
        "report": "统计月报",
        "title": "{report}（{period}）",
        "month": "{year}年{month}月",
        # attributes, not strftime: Windows strftime cannot take Chinese in its format
        "span": "{first.year}年{first.month}月{first.day}日至"
        "{last.year}年{last.month}月{last.day}日",
        "period": "统计期间",
        "generated": "制表日期",
        "date": "{d.year}年{d.month}月{d.day}日",
        "item": "项目",
        "value": "数值",
        "summary": "概览",
        "rates": "比率",
        "rate": "比率",
        "business_type": "业务类型",
        "category": "类别",
        "nationality": "国籍",
        "district": "用人单位所在地区",
        "received": "收件量（案件）",
        "accepted": "受理量（事项）",
        "decided": "办结量（事项）",
        "approved": "批准",
        "refused": "不予批准",
        "approval_rate": "批准率",
        "refusal_rate": "不予批准率",
        "on_time_rate": "按期办结率",
        "others": "其他",
        "by": "按{what}统计",
        "reasons": "不予批准原因",
        "reason": "原因",
        "tracks": "件数",
        "share": "占不予批准件数比例",
        "processing_sheet": "办理时长",
        "track_limit": "{track}：{limit}",
        "processing": "办理时长（工作日，不含补正期间）",
        "track": "许可",
        "limit": "承诺时限",
        "limit_unit": "时限单位",
        "measured": "办结件数",
        "mean": "平均办理时长",
        "median": "中位数",
        "p90": "90%分位数",
        "on_time": "按期办结",
        "expiries_sheet": "即将到期",
        "expiries": "即将到期（统计期间后12个月）",
        "expiry_month": "月份",
        "month_label": "{d.year}年{d.month}月",
        "total": "合计",
        "researchers": "青年人才",
        "program": "项目",
        "enrolled": "在册人数",
        "started": "本期入选",
        "evaluation_category": "评价类别",
        "by_program": "在册人数（按项目）",
        "by_category": "在册人数（按评价类别）",
        "ages": "年龄分布（期末在册）",
        "age_band": "年龄段",
        "people": "人数",
        "below": "{ceiling}岁以下",
        "band": "{floor}–{last}岁",
        "above": "{floor}岁及以上",
        "assessments": "考核与延期",
        "grades": "考核等级（本期作出考核结论）",
        "checkpoint": "考核类型",
        "grade": "等级",
        "count": "数量",
        "overdue": "逾期未交考核报告（期末）",
        "reports": "份数",
        "extensions": "延期",
        "extension_reason": "延期原因",
        "extension_started": "本期开始",
        "extension_running": "期末延期中",
        "enrolled_total": "青年人才在册人数",
        "overdue_total": "逾期未交考核报告",
    },
    EN: {
        "report": "Monthly statistics report",
        "title": "{report} ({period})",
        "month": "{month:02d}/{year}",
        "span": "{first:%Y-%m-%d} to {last:%Y-%m-%d}",
        "period": "Period",
        "generated": "Prepared on",
        "date": "{d:%Y-%m-%d}",
        "item": "Item",
        "value": "Value",
        "summary": "Summary",
        "rates": "Rates",
        "rate": "Rate",
        "business_type": "Business type",
        "category": "Category",
        "nationality": "Nationality",
        "district": "Employer's district",
        "received": "Received",
        "accepted": "Accepted",
        "decided": "Decided",
        "approved": "Approved",
        "refused": "Refused",
        "approval_rate": "Approval rate",
        "refusal_rate": "Refusal rate",
        "on_time_rate": "On-time rate",
        "others": "Others",
        "by": "By {what}",
        "reasons": "Refusal reasons",
        "reason": "Reason",
        "tracks": "Applications",
        "share": "Share of refusals",
        "processing_sheet": "Processing time",
        "track_limit": "{track}: {limit}",
        "processing": "Processing time (working days, corrections excluded)",
        "track": "Permit",
        "limit": "Promised limit",
        "limit_unit": "Limit counted in",
        "measured": "Decided",
        "mean": "Mean",
        "median": "Median",
        "p90": "90th percentile",
        "on_time": "On time",
        "expiries_sheet": "Expiring",
        "expiries": "Expiring (12 months after the period)",
        "expiry_month": "Month",
        "month_label": "{d:%Y-%m}",
        "total": "Total",
        "researchers": "Young researchers",
        "program": "Program",
        "enrolled": "Enrolled",
        "started": "Started",
        "evaluation_category": "Evaluation category",
        "by_program": "Enrolled by program",
        "by_category": "Enrolled by evaluation category",
        "ages": "Ages (enrolled at the end)",
        "age_band": "Age",
        "people": "Researchers",
        "below": "under {ceiling}",
        "band": "{floor}–{last}",
        "above": "{floor} and over",
        "assessments": "Assessments",
        "grades": "Grades decided in the period",
        "checkpoint": "Checkpoint",
        "grade": "Grade",
        "count": "Count",
        "overdue": "Overdue reports (at the end)",
        "reports": "Reports",
        "extensions": "Extensions",
        "extension_reason": "Reason",
        "extension_started": "Started",
        "extension_running": "Running at the end",
        "enrolled_total": "Young researchers enrolled",
        "overdue_total": "Overdue assessment reports",
    },
}

# Stored values by group (``LABEL_GROUPS``) → (Chinese, English) labels, as the screens say
# them.
_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "business_type": {
        "notice_from_abroad": ("境外申请工作许可通知", "Notice, applied from abroad"),
        "card_after_entry": ("入境后申领工作许可证", "Card after entry"),
        "new_in_china": ("境内申请", "New, applied in China"),
        "short_term": ("来华工作90日以下", "Work of 90 days or less"),
        "extension": ("延期", "Extension"),
        "change": ("变更（单位、岗位或护照）", "Change of employer, post or passport"),
        "reissue": ("补办", "Reissue"),
        "cancellation": ("注销", "Cancellation"),
    },
    "category": {
        "A": ("A类（外国高端人才）", "Category A (high-end talent)"),
        "B": ("B类（外国专业人才）", "Category B (professional)"),
        "C": ("C类（其他外国人员）", "Category C (other)"),
    },
    "track": {
        "work_permit": ("工作许可", "Work permit"),
        "residence_permit": ("居留许可", "Residence permit"),
    },
    "limit": {
        "review_a": ("A类审查", "Review, category A"),
        "review_other": ("B、C类审查", "Review, categories B and C"),
        "decision_short_term": ("90日以下工作决定", "Decision, 90 days or less"),
        "residence_decision": ("居留许可决定", "Residence decision"),
    },
    "unit": {"working_days": ("工作日", "working days"), "days": ("日", "days")},
    "evaluation_category": {
        "major_mission": ("承担国家重大攻关任务类", "Major national mission"),
        "basic_research": ("基础研究类", "Basic research"),
        "applied_technology": ("应用研究和技术开发类", "Applied research and development"),
        "technology_transfer": ("科技成果转化类", "Technology transfer"),
        "public_interest": ("社会公益研究类", "Public-interest research"),
    },
    "checkpoint_kind": {
        "annual": ("年度", "Annual"),
        "mid_term": ("中期", "Mid-term"),
        "final": ("期满", "Final"),
    },
    "grade": {
        "excellent": ("优秀", "Excellent"),
        "good": ("良好", "Good"),
        "fair": ("一般", "Fair"),
        "pass": ("合格", "Pass"),
        "fail": ("不合格", "Fail"),
        "a": ("A（优）", "A"),
        "b": ("B（良）", "B"),
        "c": ("C（中）", "C"),
        "d": ("D（差）", "D"),
    },
    "extension_reason": {
        "maternity": ("孕期及生育", "Pregnancy and childbirth"),
        "breastfeeding": ("哺乳期", "Breastfeeding"),
        "illness": ("疾病", "Illness"),
        "abroad": ("外派或出国（境）研修", "Secondment or study abroad"),
        "other": ("其他", "Other"),
    },
}



def labels(group: str) -> dict[str, tuple[str, str]]:
    """Stored value -> (Chinese, English) label in one group, for the export rosters too."""
    return _LABELS[group]

class _Words:
    """The report's words in one language (a ``statistics_tables.Words``)."""

    def __init__(self, language: str) -> None:
        self._zh = language != EN
        self._texts = _TEXTS[ZH_CN if self._zh else EN]

    def __call__(self, key: str, **params: object) -> str:
        return self._texts[key].format(**params)

    def label(self, group: str, value: str) -> str:
        labels = _LABELS[group].get(value)
        return (labels[0] if self._zh else labels[1]) if labels else value

    def nationality(self, code: str) -> str:
        if code == OTHERS:
            return self("others")
        found = country(code)
        return (found.name_zh if self._zh else found.name_en) if found else code

    def reason(self, code: str) -> str:
        found = refusal_reasons().get(code)
        return (found.zh if self._zh else found.en) if found else code


@dataclasses.dataclass(frozen=True)
class _Chart:
    """A chart drawn from one table of its sheet: categories from its first column, one
    series per value column (0-based, as in ``ReportTable``)."""

    table: int
    value_columns: tuple[int, ...]
    line: bool = False


@dataclasses.dataclass(frozen=True)
class _Sheet:
    name: str
    tables: tuple[ReportTable, ...]
    charts: tuple[_Chart, ...] = ()


def write_monthly_report(
    target: str | os.PathLike[str],
    permits: PermitStatistics,
    researchers: ResearcherStatistics,
    *,
    generated_on: date,
    language: str = ZH_CN,
) -> None:
    """Write the 统计月报 of ``permits.period`` to ``target`` (replaced only when complete)."""
    words = _Words(language)
    title = words("title", report=words("report"), period=period_text(words, permits.period))
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in _sheets(permits, researchers, words, generated_on):
        _write_sheet(wb.create_sheet(sheets.sheet_name(sheet.name)), title, sheet)
    wb.properties.title = title
    sheets.save(wb, target)


def write_table(target: str | os.PathLike[str], table: ReportTable) -> None:
    """One table as a workbook of its own (the "save as Excel" of every table on screen)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheets.sheet_name(table.title)
    _write_sheet(ws, table.title, _Sheet(table.title, (table,)), table_titles=False)
    sheets.save(wb, target)


def _sheets(
    permits: PermitStatistics,
    researchers: ResearcherStatistics,
    w: _Words,
    generated_on: date,
) -> list[_Sheet]:
    volume_chart = (_Chart(0, (1, 2, 3)),)  # received, accepted, decided
    return [
        _Sheet(w("summary"), summary_tables(w, permits, researchers, generated_on)),
        *(
            # dozens of districts: their table suffices
            _Sheet(
                w(str(d)),
                (volume_table(w, d, permits.volume(d)),),
                () if d is Dimension.DISTRICT else volume_chart,
            )
            for d in Dimension
        ),
        _Sheet(w("reasons"), (reasons_table(w, permits),), (_Chart(0, (1,)),)),
        # median and 90th percentile against the promised limit
        _Sheet(w("processing_sheet"), (processing_table(w, permits),), (_Chart(0, (5, 6, 1)),)),
        _Sheet(w("expiries_sheet"), (expiries_table(w, permits),), (_Chart(0, (1, 2), line=True),)),
        _Sheet(
            w("researchers"),
            (*enrollment_tables(w, researchers), ages_table(w, researchers)),
            (_Chart(0, (1,)), _Chart(2, (1,))),
        ),
        _Sheet(w("assessments"), assessment_tables(w, researchers)),
    ]


# --- writing ------------------------------------------------------------------------------------


def _write_sheet(ws: Worksheet, title: str, sheet: _Sheet, *, table_titles: bool = True) -> None:
    """The title, then the tables one under another, the charts to their right; printed on
    A4 landscape, one page wide."""
    ws.cell(_TITLE_ROW, 1, title).font = sheets.TITLE_FONT
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = _A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    row = _FIRST_TABLE_ROW
    placed: list[tuple[int, int]] = []  # (header row, last row) of each table
    for table in sheet.tables:
        if table_titles:
            ws.cell(row, 1, table.title).font = sheets.BOLD
            row += 1
        _write_table(ws, table, row)
        placed.append((row, row + len(table.rows)))
        row += len(table.rows) + 1 + _GAP
    _fit_columns(ws, sheet.tables)
    anchor = get_column_letter(max(len(t.headers) for t in sheet.tables) + 2)
    chart_row = _FIRST_TABLE_ROW
    for spec in sheet.charts:
        header_row, last = placed[spec.table]
        if last > header_row:  # an empty table draws no chart
            ws.add_chart(
                _chart(ws, sheet.tables[spec.table], spec, header_row, last), f"{anchor}{chart_row}"
            )
            chart_row += _CHART_ROWS


def _write_table(ws: Worksheet, table: ReportTable, header_row: int) -> None:
    for column, header in enumerate(table.headers, 1):
        cell = ws.cell(header_row, column, header)
        cell.font, cell.fill = sheets.BOLD, sheets.HEADER_FILL
        cell.alignment, cell.border = sheets.CENTERED, sheets.BOXED
    for offset, values in enumerate(table.rows, 1):
        for index, value in enumerate(values):
            cell = ws.cell(header_row + offset, index + 1)
            _set_value(cell, value)
            cell.border = sheets.BOXED
            if index in table.percent_columns:
                cell.number_format = PERCENT
            elif index in table.decimal_columns:
                cell.number_format = DECIMAL


def _set_value(cell: OpenpyxlCell, value: Cell) -> None:
    if isinstance(value, str):
        text = sheets.clean_text(value)
        cell.value = text
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if sheets.needs_guard(text):
            cell.quotePrefix = True
    else:
        cell.value = value


def _chart(
    ws: Worksheet, table: ReportTable, spec: _Chart, header_row: int, last: int
) -> BarChart | LineChart:
    chart = LineChart() if spec.line else BarChart()
    if not spec.line:
        chart.type = "col"
        chart.grouping = "clustered"
    chart.title = table.title
    chart.width, chart.height = _CHART_WIDTH_CM, _CHART_HEIGHT_CM
    for column in spec.value_columns:
        data = Reference(ws, min_col=column + 1, min_row=header_row, max_row=last)
        chart.add_data(data, titles_from_data=True)
    categories = Reference(ws, min_col=1, min_row=header_row + 1, max_row=last)
    chart.set_categories(categories)
    # openpyxl 3.1 leaves the axes' "delete" unset, which current Excel reads as hidden.
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    return chart


def _fit_columns(ws: Worksheet, tables: Sequence[ReportTable]) -> None:
    """Width from the longest text of each column; a CJK character is two columns wide."""
    widths: dict[int, int] = {}
    for table in tables:
        for values in (table.headers, *table.rows):
            for column, value in enumerate(values, 1):
                text = "" if value is None else str(value)
                width = sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)
                widths[column] = max(widths.get(column, 8), min(width + 2, 60))
    for column, width in widths.items():
        ws.column_dimensions[get_column_letter(column)].width = width
