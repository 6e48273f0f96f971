"""Young researchers through the real widgets, in Chinese: add, enroll, review, list, edit."""

from __future__ import annotations

import random
import threading
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from talentdesk.domain.fake_ids import fake_resident_id
from talentdesk.domain.researchers.evaluation import (
    Decision,
    RepresentativeWork,
    WorkRole,
    WorkType,
)
from talentdesk.domain.researchers.programs import EvaluationCategory, Sex
from talentdesk.domain.researchers.records import (
    EnrollmentRequest,
    IdType,
    ResearcherInput,
)
from talentdesk.gui.background import wait_for_background_jobs
from talentdesk.gui.dialogs.enrollment_dialog import EnrollmentDialog
from talentdesk.gui.dialogs.program_editor import ProgramEditor
from talentdesk.gui.dialogs.researcher_dialog import ResearcherDialog
from talentdesk.gui.dialogs.review_dialog import ReviewDialog
from talentdesk.gui.dialogs.support_dialog import SupportDialog
from talentdesk.gui.dialogs.works_dialog import WorksDialog
from talentdesk.gui.views.researcher_alerts_panel import ResearcherAlertsPanel
from talentdesk.gui.views.researcher_detail import ResearcherDetail
from talentdesk.gui.views.researchers_view import ResearchersView
from talentdesk.services.researcher_alerts import ResearcherAlertService
from talentdesk.services.researcher_services import ResearcherServices
from tests.gui.conftest import activate
from tests.gui.modal import when_modal
from tests.gui.typing import type_into
from tests.services.researcher_fixtures import CLERK, HR, FakeClock

pytestmark = pytest.mark.gui

TODAY = date(2025, 3, 1)
BORN = date(1992, 5, 1)
ID_NUMBER = fake_resident_id(random.Random(7), birth_date=BORN, sex="F")


@pytest.fixture
def services(sqlite_database) -> ResearcherServices:
    return ResearcherServices.build(sqlite_database, FakeClock())


def _program(services: ResearcherServices, code: str):
    return next(p for p in services.programs.list_programs(HR) if p.program.code == code)


def _ok(qtbot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


def _type_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """Type into a table cell as a user does: open its editor, type, press Enter."""
    table.setFocus()
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    QApplication.processEvents()  # the previous cell's editor goes away
    (editor,) = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    QApplication.processEvents()


def test_add_enroll_and_review_through_the_widgets(qtbot, zh_app, services):
    # A new researcher: the resident ID fills in the birth date and sex.
    dialog = ResearcherDialog(services.researchers, HR)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.windowTitle() == "新增人才"
    type_into(qtbot, dialog.name, "王芳")
    type_into(qtbot, dialog.id_number, ID_NUMBER)
    qtbot.keyClick(dialog.id_number, Qt.Key_Tab)
    assert dialog.birth_date.date().toString("yyyy-MM-dd") == "1992-05-01"
    assert dialog.sex.currentText() == "女"
    _ok(qtbot, dialog.buttons)
    assert dialog.message.text() == "请填写“单位”。"
    type_into(qtbot, dialog.unit, "南京大学")
    _ok(qtbot, dialog.buttons)
    researcher = dialog.result_record
    assert researcher is not None and researcher.data.unit == "南京大学"

    # Enrolling: the verdict is shown before saving, with the exact reason for a refusal.
    enrolling = EnrollmentDialog(services.enrollments, HR, researcher,
                                 services.programs.list_programs(HR), TODAY)
    qtbot.addWidget(enrolling)
    activate(qtbot, enrolling)
    enrolling.program.setCurrentIndex(enrolling.program.findText("中国科协青年人才托举工程"))
    enrolling.call_year.selectAll()
    qtbot.keyClicks(enrolling.call_year, "2025")
    assert enrolling.verdict.text() == (
        "不符合条件：截至参考日 2025-12-31 年满 33 周岁，年龄上限为 32 周岁，"
        "须为 1993-01-01 以后（含当日）出生。")
    ok = enrolling.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    enrolling.call_year.selectAll()
    qtbot.keyClicks(enrolling.call_year, "2024")
    enrolling.start.setDate(enrolling.start.date().fromString("2024-01-01", "yyyy-MM-dd"))
    assert enrolling.verdict.text() == "符合条件：截至参考日 2024-12-31 年满 32 周岁。"
    assert "年度 annual_1: 2024-12-31" in enrolling.schedule.text()
    assert ok.isEnabled()
    _ok(qtbot, enrolling.buttons)
    enrollment = enrolling.result_record
    annual = enrollment.checkpoints[0]

    # Reviewing the first annual checkpoint.
    review = ReviewDialog(services.assessments, HR, annual.id, TODAY)
    qtbot.addWidget(review)
    activate(qtbot, review)
    for name, unit in (("赵明", "东南大学"), ("钱红", "浙江大学"), ("孙强", "南京大学")):
        type_into(qtbot, review.new_name, name)
        type_into(qtbot, review.new_unit, unit)
        qtbot.mouseClick(review.new_button, Qt.LeftButton)
    assert review.message.text() == "须回避：评审专家与被评人同属一个单位（南京大学）。"
    assert review.table.rowCount() == 2
    headers = [review.table.horizontalHeaderItem(c).text()
               for c in range(review.table.columnCount())]
    assert headers[2:] == ["品德与科研诚信不通过", "代表作（质量、原创性、本人贡献）（45）",
                           "任务书目标完成情况（20）", "能力与潜力（20）",
                           "人才培养、服务与合作（15）", "总分"]
    for row, score in ((0, "92"), (1, "88")):
        for column in range(3, 7):
            _type_cell(qtbot, review.table, row, column, score)
    assert review.aggregate.text() == "综合得分：90.00 · 等级：优秀（2 份评分表中 2 份计入）"
    _type_cell(qtbot, review.table, 1, 3, "60")
    assert review.aggregate.text() == "综合得分：83.70 · 等级：良好（2 份评分表中 2 份计入）"
    _type_cell(qtbot, review.table, 1, 3, "88")
    qtbot.mouseClick(review.save_button, Qt.LeftButton)
    assert review.message.text() == ""
    assert review.stored.text() == "已保存结果：90.00，等级 优秀"

    # The decision continues the enrollment and releases the next tranche.
    for option, text in ((Decision.CONTINUE, "继续支持"),
                         (Decision.RELEASE_TRANCHE, "拨付下一期经费")):
        assert review.options[option].text() == text
        qtbot.mouseClick(review.options[option], Qt.LeftButton)
    type_into(qtbot, review.decided_by, "评审委员会")
    qtbot.mouseClick(review.decide_button, Qt.LeftButton)
    assert review.message.text() == ""
    stored = services.enrollments.get(HR, enrollment.id)
    assert stored.checkpoints[0].grade == "excellent"
    assert [str(t.status) for t in stored.tranches] == ["due", "due", "pending"]


@pytest.fixture
def roster(services) -> dict[str, int]:
    ids = {}
    for seed, (name, born, sex, unit) in enumerate([
            ("王伟", date(1990, 1, 1), Sex.MALE, "东南大学"),
            ("王伟东", date(1991, 6, 1), Sex.MALE, "南京大学"),
            ("李娜", BORN, Sex.FEMALE, "苏州大学")]):
        number = fake_resident_id(random.Random(seed), birth_date=born,
                                  sex="M" if sex is Sex.MALE else "F")
        ids[name] = services.researchers.create(HR, ResearcherInput(
            name, sex, born, IdType.RESIDENT_ID, number, unit, "化学化工学院", "0703")).id
    return ids


def test_list_search_and_detail_with_age_and_timeline(qtbot, zh_app, services, roster):
    services.enrollments.enroll(HR, EnrollmentRequest(
        roster["李娜"], _program(services, "jiangsu_young_sponsorship").id,
        EvaluationCategory.BASIC_RESEARCH, date(2024, 7, 1), 2024))
    view = ResearchersView(services, HR, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    activate(qtbot, view)
    qtbot.waitUntil(lambda: view.model.total == 3)
    type_into(qtbot, view.list.search, "王伟")
    qtbot.waitUntil(lambda: view.model.total == 2)
    assert [view.model.row_at(r).name for r in range(2)] == ["王伟", "王伟东"]
    view.list.search.clear()
    type_into(qtbot, view.list.search, "苏州")
    qtbot.waitUntil(lambda: view.model.total == 1)
    view.list.table.selectRow(0)
    assert view.detail.title.text() == "李娜"
    assert view.detail.age.text() == "32 周岁"
    top = view.detail.tree.topLevelItem(0)
    assert top.text(0) == "江苏省青年科技人才托举工程（基础研究类）"
    assert top.text(1) == "2024-07-01 – 2026-06-30"
    assert [top.child(i).text(0) for i in range(2)] == ["年度 annual_1", "期满 final"]


def test_program_editor_saves_a_new_version_or_names_the_problem(qtbot, zh_app, services):
    record = _program(services, "cast_young_elite")
    editor = ProgramEditor(services.programs, HR, record, record.program)
    qtbot.addWidget(editor)
    activate(qtbot, editor)
    editor.tabs.setCurrentIndex(4)
    _type_cell(qtbot, editor.tranches, 2, 1, "1/2")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    assert editor.message.text() == "经费分期：各期比例合计为 7/6，不等于 1。"
    _type_cell(qtbot, editor.tranches, 2, 1, "1/3")
    editor.tabs.setCurrentIndex(3)
    _type_cell(qtbot, editor.bands, 0, 2, "92")
    editor.top_quota.selectAll()
    qtbot.keyClicks(editor.top_quota, "20")
    qtbot.mouseClick(editor.save_button, Qt.LeftButton)
    assert editor.message.text() == ""
    saved = services.programs.get(HR, record.id)
    assert saved.version == record.version + 1
    assert saved.program.grade_scale.bands[0].min_score == Decimal("92")
    assert str(saved.program.grade_scale.top_quota) == "1/5"


def test_alerts_panel_groups_what_needs_doing(qtbot, zh_app, services, roster):
    services.enrollments.enroll(HR, EnrollmentRequest(
        roster["李娜"], _program(services, "nsfc_young_scientists").id,
        EvaluationCategory.BASIC_RESEARCH, date(2024, 1, 1), 2024))
    panel = ResearcherAlertsPanel(services.alerts, HR, lambda: TODAY)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.refresh()
    assert panel.summary.text() == "报告逾期 1"
    group = panel.tree.topLevelItem(0)
    assert group.text(0) == "报告逾期（1）"
    assert [group.child(0).text(c) for c in range(4)] == [
        "年度报告已逾期 60 天", "李娜", "国家自然科学基金青年科学基金项目", "2024-12-31"]


def _enroll(services: ResearcherServices, researcher_id: int, code: str):
    return services.enrollments.enroll(HR, EnrollmentRequest(
        researcher_id, _program(services, code).id, EvaluationCategory.BASIC_RESEARCH,
        date(2024, 1, 1), 2024))


def _focused():
    return QApplication.focusWidget()


def test_a_work_added_by_keyboard_shows_in_the_detail(qtbot, zh_app, services, roster):
    _enroll(services, roster["李娜"], "nsfc_young_scientists")
    detail = ResearcherDetail(services, HR, lambda: TODAY)
    qtbot.addWidget(detail)
    detail.resize(1300, 700)
    detail.show_researcher(roster["李娜"])
    activate(qtbot, detail)
    detail.tree.setFocus()
    qtbot.keyClick(detail.tree, Qt.Key_Home)  # the enrollment
    qtbot.keyClick(detail.tree, Qt.Key_Down)  # its first checkpoint
    assert detail.tree.currentItem().text(0) == "年度 annual_1"

    def add_patent(dialog: WorksDialog) -> None:
        assert dialog.windowTitle() == "代表作"
        assert dialog.rules.text() == ("已提交代表作 0 项，本项目最多 5 项。\n"
                                       "基础研究类：论文中发表在国内科技期刊上的不少于 1/3。")
        qtbot.waitUntil(dialog.type.hasFocus)  # once the dialog is the active window
        qtbot.keyClick(dialog.type, Qt.Key_Down)
        qtbot.keyClick(dialog.type, Qt.Key_Down)
        assert dialog.type.currentText() == "专利"
        qtbot.keyClick(dialog.type, Qt.Key_Tab)
        assert _focused() is dialog.title
        type_into(qtbot, dialog.title, "一种高稳定性钙钛矿薄膜的制备方法")
        qtbot.keyClick(dialog.title, Qt.Key_Tab)
        assert _focused() is dialog.date
        qtbot.keyClicks(dialog.date, "20240901")  # each section moves on when full
        qtbot.keyClick(dialog.date, Qt.Key_Tab)
        assert _focused() is dialog.role
        for _ in range(4):
            qtbot.keyClick(dialog.role, Qt.Key_Down)
        assert dialog.role.currentText() == "发明人"
        # The Chinese-journal box is for papers only, so Tab passes it by.
        qtbot.keyClick(dialog.role, Qt.Key_Tab)
        assert _focused() is dialog.significance
        type_into(qtbot, dialog.significance, "已许可企业实施")
        qtbot.keyClick(dialog.significance, Qt.Key_Tab)
        assert _focused() is dialog.add_button
        qtbot.keyClick(dialog.add_button, Qt.Key_Space)
        assert dialog.message.text() == ""
        assert [dialog.table.item(0, c).text() for c in range(6)] == [
            "专利", "一种高稳定性钙钛矿薄膜的制备方法", "2024-09-01", "发明人", "",
            "已许可企业实施"]
        assert dialog.rules.text().startswith("已提交代表作 1 项")
        assert dialog.title.text() == ""  # ready for the next one
        done.append(dialog)
        qtbot.keyClick(dialog, Qt.Key_Escape)

    done: list[WorksDialog] = []
    failures = when_modal(add_patent)
    qtbot.keyClick(detail, Qt.Key_W, Qt.AltModifier)
    qtbot.waitUntil(lambda: bool(done or failures))  # a mnemonic clicks after an animation
    assert not failures, failures
    checkpoint = detail.tree.currentItem()
    assert checkpoint.text(0) == "年度 annual_1"
    assert [checkpoint.child(0).text(c) for c in range(4)] == [
        "代表作：专利《一种高稳定性钙钛矿薄膜的制备方法》", "2024-09-01", "发明人",
        "已许可企业实施"]


def _paper(title: str, domestic: bool = True) -> RepresentativeWork:
    return RepresentativeWork(WorkType.PAPER, title, date(2024, 6, 1), WorkRole.FIRST_AUTHOR,
                              "提出新机制", domestic)


def test_works_over_the_cap_or_the_domestic_share_are_refused(qtbot, zh_app, services,
                                                              roster):
    checkpoint = _enroll(services, roster["李娜"], "nsfc_young_scientists").checkpoints[0]
    services.assessments.set_works(HR, checkpoint.id, checkpoint.version,
                                   [_paper(f"论文{i}") for i in range(5)])
    dialog = WorksDialog(services.assessments, HR, checkpoint.id, TODAY)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.rules.text().startswith("已提交代表作 5 项，本项目最多 5 项。")
    type_into(qtbot, dialog.title, "第六篇论文")
    type_into(qtbot, dialog.significance, "补充")
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    assert dialog.message.text() == "代表作：已提交 6 项，本项目最多允许 5 项。"
    assert dialog.table.rowCount() == 5
    assert dialog.title.text() == "第六篇论文"  # kept, to be corrected
    # Basic research needs 2 of 5 papers in Chinese journals: three may move abroad.
    dialog.table.selectRow(0)
    assert dialog.title.text() == "论文0" and dialog.domestic.isChecked()
    for row in range(3):
        dialog.table.selectRow(row)
        qtbot.keyClick(dialog.domestic, Qt.Key_Space)
        qtbot.mouseClick(dialog.update_button, Qt.LeftButton)
        assert dialog.message.text() == ""
        assert dialog.table.item(row, 4).text() == ""
    dialog.table.selectRow(3)
    qtbot.keyClick(dialog.domestic, Qt.Key_Space)
    qtbot.mouseClick(dialog.update_button, Qt.LeftButton)
    assert dialog.message.text() == (
        "代表作：5 篇论文中只有 1 篇发表在国内科技期刊，至少需要 2 篇（比例 1/3）。")
    assert dialog.table.item(3, 4).text() == "是"
    dialog.table.selectRow(4)
    qtbot.mouseClick(dialog.remove_button, Qt.LeftButton)
    assert dialog.message.text() == (
        "代表作：4 篇论文中只有 1 篇发表在国内科技期刊，至少需要 2 篇（比例 1/3）。")
    assert dialog.table.rowCount() == 5


def test_tranches_and_a_reward_claim_with_caps_and_the_higher_one_only(qtbot, zh_app, services,
                                                                       roster):
    _enroll(services, roster["李娜"], "cast_young_elite")
    researcher = services.researchers.get(HR, roster["李娜"])
    dialog = SupportDialog(services.support, HR, researcher,
                           services.enrollments.enrollments_of(HR, researcher.id), TODAY)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert dialog.windowTitle() == "李娜 的经费与奖励"
    assert [dialog.tranches.item(0, c).text() for c in range(5)] == [
        "中国科协青年人才托举工程", "tranche_1", "100,000.00", "入选即拨", "待拨付"]
    assert dialog.tranches.item(1, 3).text() == "考核节点 annual_1"
    assert dialog.tranche_totals.text() == (
        "待考核 200,000.00 · 待拨付 100,000.00 · 已拨付 0.00 · 暂停拨付 0.00")
    assert "就高不重复" in dialog.policy_rules.text()
    assert "苏州市高端人才奖励计划：每年最多 400,000.00 元" in dialog.policy_rules.text()

    def claim(downs: int, year: str, amount: str) -> None:
        dialog.policy.setFocus()
        qtbot.keyClick(dialog.policy, Qt.Key_Home)
        for _ in range(downs):
            qtbot.keyClick(dialog.policy, Qt.Key_Down)
        qtbot.keyClick(dialog.policy, Qt.Key_Tab)
        assert _focused() is dialog.year
        dialog.year.lineEdit().selectAll()
        qtbot.keyClicks(dialog.year, year)
        qtbot.keyClick(dialog.year, Qt.Key_Tab)
        assert _focused() is dialog.amount
        qtbot.keyClicks(dialog.amount, amount)
        qtbot.keyClick(dialog.amount, Qt.Key_Return)  # "Add claim" is the default button
        assert dialog.message.text() == ""

    claim(1, "2024", "500000")
    assert [dialog.table.item(0, c).text() for c in range(6)] == [
        "2024", "苏州市高端人才奖励计划", "500,000.00", "400,000.00", "已按上限核减",
        "2024 年度：申请 500,000.00，核定 400,000.00（年度上限 400,000.00）。"]
    claim(0, "2024", "300000")
    assert [dialog.table.item(1, c).text() for c in range(6)] == [
        "2024", "苏州市优秀人才贡献奖励", "300,000.00", "0.00", "不予发放（就高不重复）",
        "2024 年度：不予发放，当年已发放金额更高的 苏州市高端人才奖励计划（400,000.00），"
        "就高不重复。"]
    assert dialog.granted_total.text() == "累计核定：400,000.00 元"
    stored = services.support.rewards_of(HR, researcher.id)
    assert [(r.claim.policy, r.granted) for r in stored] == [
        ("suzhou_high_end_talent", Decimal(400000)),
        ("suzhou_excellent_talent_contribution", Decimal(0))]
    # Withdrawing the higher claim lets the other one be paid.
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.withdraw_button, Qt.LeftButton)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 3).text() == "300,000.00"
    assert dialog.table.item(0, 4).text() == "全额核定"
    type_into(qtbot, dialog.amount, "十万")
    qtbot.mouseClick(dialog.add_button, Qt.LeftButton)
    assert dialog.message.text() == "金额：“十万”无法识别。"


def test_other_roles_see_works_and_money_but_change_nothing(qtbot, zh_app, services, roster):
    _enroll(services, roster["李娜"], "cast_young_elite")
    detail = ResearcherDetail(services, CLERK, lambda: TODAY)
    qtbot.addWidget(detail)
    detail.show_researcher(roster["李娜"])
    assert detail.support_button.isEnabled() and not detail.works_button.isEnabled()
    researcher = services.researchers.get(CLERK, roster["李娜"])
    dialog = SupportDialog(services.support, CLERK, researcher, detail.enrollments, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.tranches.rowCount() == 3
    assert not dialog.add_button.isEnabled() and not dialog.amount.isEnabled()


class _Gated:
    """The alert service, held back until the test lets it answer."""

    def __init__(self, alerts: ResearcherAlertService) -> None:
        self._alerts = alerts
        self.gate = threading.Event()
        self.answered = threading.Event()
        self.thread: threading.Thread | None = None

    def dashboard_alerts(self, actor, today):
        self.thread = threading.current_thread()
        if not self.gate.wait(10):
            raise TimeoutError("the panel read the alerts on the GUI thread")
        try:
            return self._alerts.dashboard_alerts(actor, today)
        finally:
            self.answered.set()


def test_alerts_panel_fills_from_a_worker_thread(qtbot, zh_app, services, roster):
    _enroll(services, roster["李娜"], "nsfc_young_scientists")
    services.enrollments.enroll(HR, EnrollmentRequest(
        roster["王伟"], _program(services, "jiangsu_young_sponsorship").id,
        EvaluationCategory.BASIC_RESEARCH, date(2024, 4, 1), 2024))
    gated = _Gated(services.alerts)
    panel = ResearcherAlertsPanel(gated, HR, lambda: TODAY)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.summary.text() == "正在读取提醒…"
    assert not panel.refresh_button.isEnabled()
    assert panel.tree.topLevelItemCount() == 0
    gated.gate.set()
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0, timeout=10_000)
    assert gated.thread is not threading.main_thread()
    assert panel.refresh_button.isEnabled()
    rows = [[group.text(0)] + [[group.child(i).text(c) for c in range(4)]
                               for i in range(group.childCount())]
            for group in map(panel.tree.topLevelItem, range(panel.tree.topLevelItemCount()))]
    assert rows == [
        ["报告逾期（1）", ["年度报告已逾期 60 天", "李娜", "国家自然科学基金青年科学基金项目",
                          "2024-12-31"]],
        ["报告即将到期（1）", ["年度报告 30 天后到期", "王伟", "江苏省青年科技人才托举工程",
                              "2025-03-31"]],
        ["周期内超龄（1）", ["在周期结束（2026-03-31）前超过 35 周岁年龄上限", "王伟",
                            "江苏省青年科技人才托举工程", "2026-01-01"]]]
    assert panel.summary.text() == "报告逾期 1 · 报告即将到期 1 · 周期内超龄 1"


def test_deleting_the_alerts_panel_while_it_reads_is_harmless(qtbot, zh_app, services, roster):
    gated = _Gated(services.alerts)
    panel = ResearcherAlertsPanel(gated, HR, lambda: TODAY)
    panel.refresh()
    assert panel.busy
    panel.deleteLater()
    qtbot.wait(10)  # the panel is gone before its alerts are
    gated.gate.set()
    assert wait_for_background_jobs()
    qtbot.waitUntil(gated.answered.is_set, timeout=10_000)
    qtbot.wait(100)  # the late answer finds no panel, and no error reaches the event loop
