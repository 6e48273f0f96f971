"""统计月报: the workbook reopened, every sheet, every figure and every chart checked.

The figures come from the hand-counted office of tests/services/statistics_fixtures.py (their
derivation is spelled out in tests/services/test_statistics.py); here they must land in the
right cells, labelled in Chinese, with charts that read those cells.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.chart import BarChart, LineChart

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.statistics import ReportTable
from talentdesk.services.statistics import StatisticsService
from talentdesk.storage.database import Database
from tests.services.statistics_fixtures import (
    OCTOBER,
    fill_permit_office,
    fill_researcher_office,
)

SUPERVISOR = Actor(3, "zhao", "赵强", Role.SUPERVISOR, "window-2")
TITLE = "统计月报（2026年10月）"
SHEETS = [
    "概览",
    "业务类型",
    "类别",
    "国籍",
    "用人单位所在地区",
    "不予批准原因",
    "办理时长",
    "即将到期",
    "青年人才",
    "考核与延期",
]


@pytest.fixture(scope="module")
def workbook(tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path):
    folder = tmp_path_factory.mktemp("report")
    path = folder / "db.sqlite3"
    path.write_bytes(sqlite_template.read_bytes())
    db = Database(path)
    try:
        fill_permit_office(db)
        fill_researcher_office(db)
        service = StatisticsService(db, clock=lambda: datetime(2026, 11, 27, 9, 0))
        target = folder / "统计月报.xlsx"
        service.monthly_report(SUPERVISOR, OCTOBER, target, "zh_CN")
    finally:
        db.dispose()
    assert [p.name for p in folder.iterdir() if p.name.startswith(".~")] == [], "temp file left"
    return load_workbook(target)


def _table(ws, header: str) -> list[tuple]:
    """The rows under the header row whose first cell is ``header``, up to the first gap."""
    rows = list(ws.iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == header)
    body = []
    for row in rows[start + 1 :]:
        if row[0] is None:
            break
        body.append(tuple(v for v in row if v is not None))
    return [tuple(v for v in rows[start] if v is not None), *body]


def test_every_sheet_is_there_with_the_report_title(workbook):
    assert workbook.sheetnames == SHEETS
    assert {workbook[name]["A1"].value for name in SHEETS} == {TITLE}
    assert workbook.properties.title == TITLE


def test_summary_totals_and_rates(workbook):
    ws = workbook["概览"]
    assert _table(ws, "项目")[1:] == [
        ("统计期间", "2026年10月"),
        ("制表日期", "2026年11月27日"),
        ("收件量（案件）", 6),
        ("受理量（事项）", 7),
        ("办结量（事项）", 8),
        ("批准", 6),
        ("不予批准", 2),
        ("青年人才在册人数", 7),  # people: one of them is in two programs
        ("逾期未交考核报告", 3),
    ]
    rates = [row for row in ws.iter_rows(min_row=1) if row[0].value in ("批准率", "按期办结率")]
    assert [(r[0].value, r[1].value, r[1].number_format) for r in rates] == [
        ("批准率", 0.75, "0.0%"),
        ("按期办结率", 0.75, "0.0%"),
    ]


def test_volume_sheets_label_every_code_in_chinese(workbook):
    assert _table(workbook["业务类型"], "业务类型") == [
        ("业务类型", "收件量（案件）", "受理量（事项）", "办结量（事项）", "批准", "不予批准",
         "批准率", "不予批准率"),
        ("境外申请工作许可通知", 1, 1, 1, 1, 0, 1, 0),
        ("境内申请", 2, 3, 5, 4, 1, 0.8, 0.2),
        ("来华工作90日以下", 1, 1, 1, 0, 1, 0, 1),
        ("延期", 1, 2, 1, 1, 0, 1, 0),
        ("变更（单位、岗位或护照）", 1, 0, 0, 0, 0),  # nothing decided: empty rates, not 0 %
    ]
    assert _table(workbook["类别"], "类别")[1:] == [
        ("A类（外国高端人才）", 1, 1, 1, 1, 0, 1, 0),
        ("B类（外国专业人才）", 4, 4, 5, 4, 1, 0.8, 0.2),
        ("C类（其他外国人员）", 1, 2, 2, 1, 1, 0.5, 0.5),
    ]
    # the report keeps the top 10 nationalities: all five, none folded into 其他
    assert _table(workbook["国籍"], "国籍")[1:] == [
        ("美国", 2, 1, 4, 4, 0, 1, 0),
        ("德国", 1, 2, 2, 1, 1, 0.5, 0.5),
        ("大韩民国", 1, 2, 1, 1, 0, 1, 0),
        ("日本", 1, 1, 1, 0, 1, 0, 1),
        ("法国", 1, 1, 0, 0, 0),
    ]
    assert _table(workbook["用人单位所在地区"], "用人单位所在地区")[1:] == [
        ("苏州市工业园区", 2, 4, 3, 2, 1, 2 / 3, 1 / 3),
        ("南京市鼓楼区", 2, 2, 1, 0, 1, 0, 1),
        ("南京市玄武区", 2, 1, 4, 4, 0, 1, 0),
    ]
    change = next(r for r in workbook["业务类型"].iter_rows() if str(r[0].value).startswith("变更"))
    assert [c.value for c in change[:8]] == ["变更（单位、岗位或护照）", 1, 0, 0, 0, 0, None, None]
    assert change[6].number_format == "0.0%"


def test_refusal_reasons_processing_time_and_expiries(workbook):
    assert _table(workbook["不予批准原因"], "原因")[1:] == [
        ("有犯罪记录", 2, 1),
        ("学历、职业资格或工作经历不符合要求", 1, 0.5),
    ]
    processing = _table(workbook["办理时长"], "许可")
    assert processing[0] == (
        "许可",
        "承诺时限",
        "时限单位",
        "办结件数",
        "平均办理时长",
        "中位数",
        "90%分位数",
        "按期办结",
        "按期办结率",
    )
    assert processing[1:3] == [
        ("工作许可：90日以下工作决定", 5, "工作日", 1, 5, 5, 5, 1, 1),
        ("工作许可：A类审查", 5, "工作日", 1, 4, 4, 4, 1, 1),
    ]
    assert processing[3][:6] == ("工作许可：B、C类审查", 10, "工作日", 4, 8.25, 8.5)
    assert processing[3][6] == pytest.approx(11.8) and processing[3][7:] == (3, 0.75)
    assert processing[4][:6] == ("居留许可：居留许可决定", 15, "日", 2, 8, 8)
    assert processing[4][6] == pytest.approx(8.8) and processing[4][7:] == (1, 0.5)
    expiries = _table(workbook["即将到期"], "月份")
    assert expiries[0] == ("月份", "工作许可", "居留许可", "合计")
    assert [row[0] for row in expiries[1:]] == [
        *(f"2026年{m}月" for m in (11, 12)),
        *(f"2027年{m}月" for m in range(1, 11)),
    ]
    assert {row[0]: row[1:] for row in expiries[1:] if row[3]} == {
        "2026年11月": (1, 1, 2),
        "2027年3月": (0, 1, 1),
        "2027年10月": (1, 0, 1),
    }


def test_researcher_sheets(workbook):
    ws = workbook["青年人才"]
    assert _table(ws, "项目")[1:] == [
        ("江苏省青年科技人才托举工程", 5, 2),
        ("国家自然科学基金青年科学基金项目", 3, 1),
        ("江苏省双创博士", 0, 1),
    ]
    assert _table(ws, "评价类别")[1:] == [
        ("基础研究类", 4, 1),
        ("应用研究和技术开发类", 2, 2),
        ("科技成果转化类", 1, 0),
        ("社会公益研究类", 1, 1),
    ]
    assert _table(ws, "年龄段")[1:] == [
        ("30岁以下", 1),
        ("30–34岁", 3),
        ("35–39岁", 1),
        ("40–44岁", 1),
        ("45岁及以上", 1),
    ]
    ws = workbook["考核与延期"]
    assert _table(ws, "考核类型")[1:] == [
        ("年度", "优秀", 2),
        ("年度", "良好", 1),
        ("中期", "合格", 1),
        ("期满", "优秀", 1),
        ("期满", "不合格", 1),
    ]
    assert _table(ws, "项目")[1:] == [
        ("江苏省青年科技人才托举工程", 2),
        ("国家自然科学基金青年科学基金项目", 1),
    ]
    assert _table(ws, "延期原因")[1:] == [("孕期及生育", 1, 1), ("疾病", 1, 1)]


def _series(chart) -> list[tuple[str, str]]:
    return [(s.tx.strRef.f, s.val.numRef.f) for s in chart.series]


def test_native_charts_read_the_table_cells(workbook):
    charts = {name: workbook[name]._charts for name in SHEETS}
    assert {name: len(c) for name, c in charts.items()} == {
        "概览": 0,
        "业务类型": 1,
        "类别": 1,
        "国籍": 1,
        "用人单位所在地区": 0,
        "不予批准原因": 1,
        "办理时长": 1,
        "即将到期": 1,
        "青年人才": 2,
        "考核与延期": 0,
    }
    # the business-type table's header is on row 4 (title row 1, table title row 3)
    volume = charts["业务类型"][0]
    assert isinstance(volume, BarChart) and volume.type == "col"
    assert _series(volume) == [
        ("'业务类型'!B4", "'业务类型'!$B$5:$B$9"),
        ("'业务类型'!C4", "'业务类型'!$C$5:$C$9"),
        ("'业务类型'!D4", "'业务类型'!$D$5:$D$9"),
    ]
    assert volume.series[0].cat.numRef.f == "'业务类型'!$A$5:$A$9"
    # median, 90th percentile and the promised limit, per track and limit
    assert _series(charts["办理时长"][0]) == [
        ("'办理时长'!F4", "'办理时长'!$F$5:$F$8"),
        ("'办理时长'!G4", "'办理时长'!$G$5:$G$8"),
        ("'办理时长'!B4", "'办理时长'!$B$5:$B$8"),
    ]
    expiry = charts["即将到期"][0]
    assert isinstance(expiry, LineChart)
    assert _series(expiry) == [
        ("'即将到期'!B4", "'即将到期'!$B$5:$B$16"),
        ("'即将到期'!C4", "'即将到期'!$C$5:$C$16"),
    ]


def test_a_single_table_saves_as_its_own_workbook(tmp_path, sqlite_database):
    table = ReportTable(
        "按国籍统计",
        ("国籍", "受理量（事项）", "批准率"),
        (("美国", 3, 0.5), ("=1+1", 1, None)),
        percent_columns=frozenset({2}),
    )
    target = tmp_path / "table.xlsx"
    StatisticsService(sqlite_database).export_table(SUPERVISOR, table, target)
    ws = load_workbook(target).active
    assert ws.title == "按国籍统计" and ws["A1"].value == "按国籍统计"
    assert [[c.value for c in row] for row in ws.iter_rows(min_row=3)] == [
        ["国籍", "受理量（事项）", "批准率"],
        ["美国", 3, 0.5],
        ["=1+1", 1, None],
    ]
    assert ws["C4"].number_format == "0.0%"
    assert ws["A5"].data_type == "s" and ws["A5"].quotePrefix, "text, never a formula"


def test_the_report_speaks_english_when_the_interface_does(tmp_path, sqlite_database):
    fill_permit_office(sqlite_database)
    fill_researcher_office(sqlite_database)
    service = StatisticsService(sqlite_database, clock=lambda: datetime(2026, 11, 27, 9, 0))
    target = tmp_path / "report.xlsx"
    service.monthly_report(SUPERVISOR, OCTOBER, target, "en")
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Summary", "Business type", "Category"]
    assert book["Summary"]["A1"].value == "Monthly statistics report (10/2026)"
    assert _table(book["Nationality"], "Nationality")[1][0] == "United States"
    assert _table(book["Processing time"], "Permit")[1][:3] == (
        "Work permit: Decision, 90 days or less",
        5,
        "working days",
    )
