"""Young researchers through the real widgets, in Chinese: add, enroll, review, list, edit."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from talentdesk.domain.fake_ids import fake_resident_id
from talentdesk.domain.researchers.evaluation import Decision
from talentdesk.domain.researchers.programs import EvaluationCategory, Sex
from talentdesk.domain.researchers.records import (
    EnrollmentRequest,
    IdType,
    ResearcherInput,
)
from talentdesk.gui.dialogs.enrollment_dialog import EnrollmentDialog
from talentdesk.gui.dialogs.program_editor import ProgramEditor
from talentdesk.gui.dialogs.researcher_dialog import ResearcherDialog
from talentdesk.gui.dialogs.review_dialog import ReviewDialog
from talentdesk.gui.views.researcher_alerts_panel import ResearcherAlertsPanel
from talentdesk.gui.views.researchers_view import ResearchersView
from talentdesk.services.researcher_services import ResearcherServices
from tests.gui.conftest import activate
from tests.gui.typing import type_into
from tests.services.researcher_fixtures import HR, FakeClock

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
