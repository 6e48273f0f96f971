"""The statistics page in Chinese: last month by default, charts whose series carry the figures,
tables as shown, PNG and Excel saves, and the 统计月报 export.

The office is the hand-counted one of tests/services/statistics_fixtures.py (October 2026).
"""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QHorizontalBarSeries, QStackedBarSeries
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from talentdesk.app import build_services
from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.statistics import Period, ReportTable
from talentdesk.domain.statistics_tables import LABEL_GROUPS, TEXT_KEYS
from talentdesk.gui.areas import build_main_window
from talentdesk.gui.background import wait_for_background_jobs
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views import statistics_view
from talentdesk.gui.views.statistics_view import (
    MAX_COLUMN_WIDTH,
    QtWords,
    StatisticsView,
    TablePanel,
)
from talentdesk.services.statistics import StatisticsService
from talentdesk.settings import Settings
from tests.services.statistics_fixtures import fill_permit_office, fill_researcher_office

pytestmark = pytest.mark.gui

SUPERVISOR = Actor(3, "zhao", "赵强", Role.SUPERVISOR, "window-2")


@pytest.fixture
def view(qtbot, zh_app, sqlite_database) -> StatisticsView:
    fill_permit_office(sqlite_database)
    fill_researcher_office(sqlite_database)
    service = StatisticsService(sqlite_database, clock=lambda: datetime(2026, 11, 27, 9, 0))
    view = StatisticsView(service, SUPERVISOR, "zh_CN")
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.refreshed):
        view.show()  # the figures are read when the page is first shown, on a worker thread
    qtbot.waitExposed(view)
    return view


def _bars(chart) -> tuple[list[str], dict[str, list[float]]]:
    (series,) = chart.series()
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    return axis.categories(), {s.label(): [s.at(i) for i in range(s.count())]
                               for s in series.barSets()}


def test_last_month_is_shown_by_default(view):
    assert view.preset.currentText() == "上月"
    assert (view.first.date().toPython(), view.last.date().toPython()) == (
        date(2026, 10, 1), date(2026, 10, 31),
    )
    assert not view.first.isEnabled()
    counts, rates = view.summary_tables
    assert counts.texts()[:7] == [
        ["统计期间", "2026年10月"], ["制表日期", "2026年11月27日"], ["收件量（案件）", "6"],
        ["受理量（事项）", "7"], ["办结量（事项）", "8"], ["批准", "6"], ["不予批准", "2"],
    ]
    assert rates.texts() == [["批准率", "75.0%"], ["不予批准率", "25.0%"], ["按期办结率", "75.0%"]]
    assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == [
        "概览", "受理与办结", "不予批准原因", "办理时长", "即将到期", "青年人才",
    ]


def test_the_business_type_chart_carries_the_figures(view):
    chart = view.volume_chart.chart
    assert chart.title() == "按业务类型统计"
    assert isinstance(chart.series()[0], QBarSeries)
    categories, sets = _bars(chart)
    assert categories == [
        "境外申请工作许可通知", "境内申请", "来华工作90日以下", "延期", "变更（单位、岗位或护照）",
    ]
    assert sets == {
        "收件量（案件）": [1, 2, 1, 1, 1],
        "受理量（事项）": [1, 3, 1, 2, 0],
        "办结量（事项）": [1, 5, 1, 1, 0],
    }
    assert view.volume_table.texts()[1] == [
        "境内申请", "2", "3", "5", "4", "1", "80.0%", "20.0%",
    ]
    assert view.volume_table.texts()[4][-2:] == ["—", "—"], "no decision: no rate, not 0 %"


def test_switching_to_nationality_redraws_chart_and_table(qtbot, view):
    view.dimension.setCurrentIndex(view.dimension.findData("nationality"))
    categories, sets = _bars(view.volume_chart.chart)
    assert categories == ["美国", "德国", "大韩民国", "日本", "法国"]
    assert sets["收件量（案件）"] == [2, 1, 1, 1, 1]
    view.dimension.setCurrentIndex(view.dimension.findData("category"))
    categories, sets = _bars(view.volume_chart.chart)
    assert categories == ["A类（外国高端人才）", "B类（外国专业人才）", "C类（其他外国人员）"]
    assert sets["办结量（事项）"] == [1, 5, 2]


def test_processing_refusal_and_expiry_charts(view):
    categories, sets = _bars(view.processing_chart.chart)
    assert categories == [
        "工作许可：90日以下工作决定", "工作许可：A类审查", "工作许可：B、C类审查",
        "居留许可：居留许可决定",
    ]
    assert sets["中位数"] == [5, 4, 8.5, 8]
    assert sets["90%分位数"] == pytest.approx([5, 4, 11.8, 8.8])
    assert sets["承诺时限"] == [5, 5, 10, 15]
    assert isinstance(view.reasons_chart.chart.series()[0], QHorizontalBarSeries)
    # Qt draws horizontal bars bottom-up: the most given reason comes last, so it is on top
    assert _bars(view.reasons_chart.chart) == (
        ["学历、职业资格或工作经历不符合要求", "有犯罪记录"], {"件数": [1, 2]},
    )
    assert isinstance(view.expiries_chart.chart.series()[0], QStackedBarSeries)
    categories, sets = _bars(view.expiries_chart.chart)
    assert categories[0] == "2026年11月" and categories[-1] == "2027年10月"
    assert sets["工作许可"] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert sets["居留许可"] == [1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0]
    assert view.processing_table.texts()[2] == [
        "工作许可：B、C类审查", "10", "工作日", "4", "8.2", "8.5", "11.8", "3", "75.0%",
    ]


def test_researcher_page_charts_ages_and_lists_every_table(view):
    categories, sets = _bars(view.ages_chart.chart)
    assert categories == ["30岁以下", "30–34岁", "35–39岁", "40–44岁", "45岁及以上"]
    assert sets == {"人数": [1, 3, 1, 1, 1]}
    titles = [panel.title.text() for panel in view.researcher_tables]
    assert titles == [
        "在册人数（按项目）", "在册人数（按评价类别）", "年龄分布（期末在册）",
        "考核等级（本期作出考核结论）", "逾期未交考核报告（期末）", "延期",
    ]
    assert view.researcher_tables[3].texts()[0] == ["年度", "优秀", "2"]


def test_a_custom_period_reads_its_own_figures(qtbot, view):
    with qtbot.waitSignal(view.refreshed):
        view.set_period(date(2026, 9, 1), date(2026, 9, 30))
    counts = dict(view.summary_tables[0].texts())
    # September: cases 1 (28th) and 7 (10th) received; 7's residence permit refused on the 30th
    assert (counts["统计期间"], counts["收件量（案件）"], counts["办结量（事项）"]) == (
        "2026年9月", "2", "1")
    assert view.first.isEnabled()
    view.last.setDate(QDate(2026, 8, 15))  # before the first day: held at the first day
    assert view.period() == Period(date(2026, 9, 1), date(2026, 9, 1))


def test_a_long_program_name_leaves_the_figures_beside_it_in_sight(qtbot, zh_app):
    long_name = "江苏省333高层次人才培养工程（第五期）第一层次中青年首席科学家"
    panel = TablePanel(lambda _table, _path: "")
    qtbot.addWidget(panel)
    panel.resize(470, 300)
    panel.show_table(ReportTable("在册人数（按项目）", ("人才项目", "在册人数", "本期入选"),
                                 ((long_name, 2, 1), ("江苏省双创团队", 1, 0))))  # fmt: skip
    panel.show()
    qtbot.waitExposed(panel)
    table = panel.widget
    assert table.columnWidth(0) <= MAX_COLUMN_WIDTH
    last = table.columnCount() - 1
    right_edge = table.columnViewportPosition(last) + table.columnWidth(last)
    assert right_edge <= table.viewport().width(), "every figure shows without scrolling"
    assert table.item(0, 0).text() == long_name and table.item(0, 0).toolTip() == long_name
    assert table.item(0, 1).toolTip() == "", "figures need no tooltip"


def test_every_chart_saves_as_a_png(tmp_path, view):
    target = tmp_path / "业务类型.png"
    assert view.volume_chart.save_png(target)
    image = QImage(str(target))
    assert not image.isNull() and image.width() > 200 and image.height() > 100


def test_a_table_exports_to_excel_through_its_button(qtbot, monkeypatch, tmp_path, view):
    target = tmp_path / "按业务类型统计.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(view.volume_table.export_button, Qt.MouseButton.LeftButton)
    assert view.volume_table.message.text() == f"已保存：{target}"
    rows = list(load_workbook(target).active.iter_rows(min_row=3, values_only=True))
    assert rows[0][:3] == ("业务类型", "收件量（案件）", "受理量（事项）")
    assert rows[2] == ("境内申请", 2, 3, 5, 4, 1, 0.8, 0.2)


def test_the_monthly_report_exports_through_its_button(qtbot, monkeypatch, tmp_path, view):
    target = tmp_path / "统计月报.xlsx"
    asked = []

    def ask(parent, caption, name, filters):
        asked.append((caption, name))
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    assert view.export_button.text() == "导出统计月报(&E)…"
    with qtbot.waitSignal(view.report_done, timeout=20_000) as done:
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
        assert view.message.text() == "正在生成统计月报…" and not view.export_button.isEnabled()
    assert done.args == [True]
    assert asked == [("导出统计月报", "统计月报2026年10月.xlsx")]
    assert view.message.text() == f"统计月报已保存：{target}"
    book = load_workbook(target)
    assert book.sheetnames[0] == "概览" and book["概览"]["A1"].value == "统计月报（2026年10月）"


def test_a_write_failure_is_explained_in_chinese(qtbot, tmp_path, view):
    with qtbot.waitSignal(view.report_done) as done:
        view.export_report(tmp_path / "no such folder" / "report.xlsx")
    assert done.args == [False]
    assert view.message.text() == "文件无法写入：文件夹或文件不存在"


def test_the_qt_words_translate_every_key_of_the_tables(zh_app):
    day = date(2026, 1, 2)
    samples = {
        "month": {"year": 2026, "month": 1}, "span": {"first": day, "last": day},
        "date": {"d": day}, "month_label": {"d": day}, "below": {"ceiling": 30},
        "band": {"floor": 30, "last": 34}, "above": {"floor": 45}, "by": {"what": "x"},
        "track_limit": {"track": "a", "limit": "b"},
    }
    chinese = QtWords("zh_CN")
    # the English source of each key, as the code holds it
    untranslated = [
        key for key, source in statistics_view._TEXTS.items()
        if chinese(key, **samples.get(key, {})) == source.format(**samples.get(key, {}))
    ]
    assert set(statistics_view._TEXTS) == set(TEXT_KEYS) and untranslated == []
    assert [chinese.label(g, v) for g, v in (
        ("limit", "review_a"), ("unit", "days"), ("grade", "excellent"), ("track", "work_permit"),
        ("evaluation_category", "basic_research"), ("checkpoint_kind", "final"),
    )] == ["A类审查", "日", "优秀", "工作许可", "基础研究类", "期满"]
    assert all(chinese.label(group, "unknown") == "unknown" for group in LABEL_GROUPS)


def test_the_statistics_area_of_the_main_window_is_this_page(qtbot, zh_app, sqlite_database,
                                                              tmp_path):
    window = build_main_window(
        build_services(sqlite_database), SUPERVISOR, Settings(), tmp_path / "s.json",
        UiState(tmp_path / "ui.ini"),
    )
    qtbot.addWidget(window)
    window.show_area("statistics")
    assert isinstance(window.current_view(), StatisticsView)


def test_figures_are_computed_off_the_gui_thread_and_the_newest_period_wins(
    qtbot, zh_app, sqlite_database
):
    fill_permit_office(sqlite_database)
    service = StatisticsService(sqlite_database, clock=lambda: datetime(2026, 11, 27, 9, 0))
    gate = threading.Event()

    class SlowSeptember:
        """The service, held up on September until the test lets it go."""

        def __getattr__(self, name: str):
            return getattr(service, name)

        def permit_statistics(self, actor, period):
            if period.first.month == 9:
                gate.wait(10)
            return service.permit_statistics(actor, period)

    view = StatisticsView(SlowSeptember(), SUPERVISOR, "zh_CN")
    qtbot.addWidget(view)
    view.set_period(date(2026, 9, 1), date(2026, 9, 30))
    # The GUI thread is free: the page says what it is doing and refuses a second refresh.
    assert view.busy and not view.refresh_button.isEnabled()
    assert view.message.text() == "正在计算 2026年9月 的统计数据…"
    with qtbot.waitSignal(view.refreshed):
        view.set_period(date(2026, 8, 1), date(2026, 8, 31))
    gate.set()
    assert wait_for_background_jobs()
    qtbot.wait(50)  # September's late answer is delivered, and must be ignored
    assert dict(view.summary_tables[0].texts())["统计期间"] == "2026年8月"
    assert not view.busy and view.refresh_button.isEnabled()


def test_closing_the_page_while_figures_are_computed_is_harmless(qtbot, zh_app, sqlite_database):
    service = StatisticsService(sqlite_database, clock=lambda: datetime(2026, 11, 27, 9, 0))
    gate = threading.Event()

    class Held:
        def __getattr__(self, name: str):
            return getattr(service, name)

        def permit_statistics(self, actor, period):
            gate.wait(10)
            return service.permit_statistics(actor, period)

    view = StatisticsView(Held(), SUPERVISOR, "zh_CN")
    view.refresh()
    view.deleteLater()
    qtbot.wait(10)  # the page is gone before its figures are
    gate.set()
    assert wait_for_background_jobs()
    qtbot.wait(50)  # the late answer finds no page, and no error is raised
