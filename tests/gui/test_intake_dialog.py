"""The intake form driven from the keyboard: MRZ, names, employer, post, category, save."""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel

from talentdesk.app import build_services
from talentdesk.domain.enums import Category
from talentdesk.domain.mrz import build_td3
from talentdesk.gui.areas import build_main_window
from talentdesk.gui.dialogs.intake_dialog import EmployerDialog, IntakeDialog
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.case_detail_view import CaseDetailView
from talentdesk.services.registry import Services
from talentdesk.settings import Settings
from tests.gui.conftest import activate
from tests.gui.typing import type_into
from tests.services.permit_fixtures import (
    CLERK,
    case_draft,
    employer_draft,
    passport,
    person,
    valid_uscc,
)

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 27)
# `make screenshots` points this at docs/screenshots; a plain test run leaves the repo alone.
SCREENSHOTS = Path(os.environ.get("TALENTDESK_SCREENSHOTS", tempfile.gettempdir()))
LINE1, LINE2 = build_td3(
    issuing_state="D",
    surname="SCHMIDT",
    given_names="ANNA MARIA",
    passport_number="C01X00T47",
    nationality="D",
    birth_date=date(1988, 3, 14),
    sex="F",
    expiry_date=date(2031, 5, 1),
)


@pytest.fixture
def services(sqlite_database) -> Services:
    return build_services(sqlite_database)


@pytest.fixture
def employer(services):
    return services.employers.create(CLERK, employer_draft(), TODAY)


def intake(qtbot, services) -> IntakeDialog:
    dialog = IntakeDialog(services, CLERK, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def key(qtbot, widget, name: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, name, modifier)


def focused():
    return QApplication.focusWidget()


def scan(qtbot, dialog: IntakeDialog, line2: str = LINE2) -> None:
    """A keyboard-wedge reader: line 1, Enter, line 2, Enter, into the focused MRZ box."""
    assert focused() is dialog.mrz
    qtbot.keyClicks(dialog.mrz, LINE1)
    key(qtbot, dialog.mrz, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.mrz, line2)
    key(qtbot, dialog.mrz, Qt.Key.Key_Return)


def fill_post(qtbot, dialog: IntakeDialog, employer_text: str = "星河") -> None:
    """Names confirmed, an employer picked and a post that earns a suggested category."""
    dialog.names_confirmed.setChecked(True)
    type_into(qtbot, dialog.employer_search, employer_text)
    key(qtbot, dialog.employer_search, Qt.Key.Key_Return)
    type_into(qtbot, dialog.position, "工程师")
    qtbot.keyClicks(dialog.annual_salary, "500000")
    key(qtbot, dialog.degree, Qt.Key.Key_End)
    dialog.work_years.setValue(6)


def test_keyboard_intake_creates_the_case_with_its_checklist(qtbot, zh_app, services, employer):
    dialog = intake(qtbot, services)
    scan(qtbot, dialog)
    assert dialog.surname.text() == "SCHMIDT"
    assert dialog.given_names.text() == "ANNA MARIA"
    assert dialog.nationality.text() == "DEU"
    assert dialog.passport_number.text() == "C01X00T47"
    assert dialog.birth_date.text() == "1988-03-14"
    assert dialog.passport_expiry.text() == "2031-05-01"
    for field in ("passport_number", "birth_date", "expiry_date"):
        assert dialog.check_labels[field].text() == "校验位正确"
    assert dialog.names_note.text() == "请核对姓名"
    # The names carry no check digit: saving before confirming them names the field.
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "姓名已与护照核对" in dialog.summary.text()
    assert dialog.case is None
    key(qtbot, dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.names_confirmed.isChecked)  # a mnemonic clicks after an animation
    assert dialog.names_note.text() == ""

    key(qtbot, dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.employer_search
    type_into(qtbot, dialog.employer_search, "星河")
    key(qtbot, dialog.employer_search, Qt.Key.Key_Return)
    assert dialog.employer == employer
    key(qtbot, dialog, Qt.Key.Key_J, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.position
    type_into(qtbot, dialog.position, "研发总监")
    key(qtbot, dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.annual_salary
    qtbot.keyClicks(dialog.annual_salary, "500000")
    key(qtbot, dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focused(), "2027-01-01")
    key(qtbot, focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2028-12-31")
    assert (dialog.contract_start.text(), dialog.contract_end.text()) == (
        "2027-01-01", "2028-12-31"
    )
    key(qtbot, dialog, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    key(qtbot, focused(), Qt.Key.Key_End)  # the highest degree is listed last
    assert dialog.degree.currentData() == "doctorate"
    key(qtbot, focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.work_years
    qtbot.keyClicks(dialog.work_years, "6")

    points = dialog.evaluation.points
    assert points is not None and points.total > 0
    rows = {dialog.points_items.item(r, 0).text(): dialog.points_items.item(r, 1).text()
            for r in range(dialog.points_items.rowCount())}
    assert rows["总分"] == str(points.total)
    suggested = dialog.evaluation.suggestion.category
    assert suggested is not None
    assert dialog.suggestion.text().startswith("建议类别：")
    assert dialog.category.currentData() == str(suggested)

    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.summary.text() == ""
    case = services.cases.get_case(CLERK, dialog.case.id)
    assert case.category.category is suggested
    assert case.details.position == "研发总监"
    assert (case.details.contract_start, case.details.contract_end) == (
        date(2027, 1, 1), date(2028, 12, 31)
    )
    assert case.applicant.details.surname == "SCHMIDT"
    assert dialog.case_number.text().endswith(case.case_number)
    assert dialog.checklist.count() == len(case.checklist) > 0
    assert any("护照" in dialog.checklist.item(i).text() for i in range(dialog.checklist.count()))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.resize(1340, 720)  # a counter screen (the offscreen one is smaller)
    qtbot.wait(100)  # let pending layout requests run before the picture
    dialog.grab().save(str(SCREENSHOTS / "intake.png"))


def points_shown(dialog: IntakeDialog) -> dict[str, tuple[str, str]]:
    """Points item -> (points, why) as the table shows them."""
    table = dialog.points_items
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}


def test_every_points_input_is_typed_and_moves_the_total_across_the_thresholds(
    qtbot, zh_app, services, employer
):
    dialog = intake(qtbot, services)
    scan(qtbot, dialog)
    fill_post(qtbot, dialog)  # salary 20 + doctorate 20 + 6 years 9 + 12 months 15 + age 15
    shown = points_shown(dialog)
    assert shown["总分"][0] == "79"
    assert shown["国内聘用单位支付年薪"] == ("20", "500000（450000及以上）")
    assert shown["工作年限"] == ("9", "6（满2计5分，每多1加1分）")
    assert shown["年龄"] == ("15", "38（26至45）")
    assert dialog.suggestion.text().splitlines()[0] == "建议类别：B类（外国专业人才）"
    assert "A6：79 分，未达到 85 分" in dialog.suggestion.text()

    activate(qtbot, dialog)
    key(qtbot, dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # HSK level
    assert focused() is dialog.hsk_level
    for _ in range(4):
        key(qtbot, dialog.hsk_level, Qt.Key.Key_Down)
    assert dialog.hsk_level.currentText() == "HSK 4级"
    assert points_shown(dialog)["汉语水平"] == ("4", "取值 4")
    assert points_shown(dialog)["总分"][0] == "83"
    key(qtbot, dialog, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # former Chinese national
    qtbot.waitUntil(dialog.points_flags["former_chinese_national"].isChecked)
    # The Chinese item takes its best option only: 5, not 4 + 5.
    assert points_shown(dialog)["汉语水平"] == (
        "5", "曾具有中国国籍（另符合：汉语水平（HSK）等级，不累加）"
    )
    assert points_shown(dialog)["总分"][0] == "84"
    assert dialog.category.currentData() == "B"

    # One key for the extra credits leads to the first; Tab to the fourth, 5 years in China.
    key(qtbot, dialog, Qt.Key.Key_7, Qt.KeyboardModifier.AltModifier)
    assert focused() is dialog.points_flags["high_level_foreign_university"]
    for _ in range(3):
        key(qtbot, focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.points_flags["continuous_china_5_years"]
    key(qtbot, focused(), Qt.Key.Key_Space)
    assert dialog.points_flags["continuous_china_5_years"].isChecked()
    shown = points_shown(dialog)
    assert shown["总分"][0] == "89"
    extra = next(label for label in shown if label.startswith("加分项"))
    assert shown[extra] == ("5", "在华连续工作满5年")
    assert dialog.evaluation.suggestion.category is Category.A
    assert dialog.suggestion.text().splitlines()[:2] == ["建议类别：A类（外国高端人才）",
                                                         "按 A6 符合A类"]
    assert dialog.category.currentData() == "A"  # the choice follows the suggestion

    # Inputs the table scores and Jiangsu rarely uses are there too.
    dialog.vocational_level.setCurrentIndex(dialog.vocational_level.findData("technician"))
    dialog.location.setCurrentIndex(dialog.location.findData("western_region"))
    dialog.local_bonus.setValue(3)
    shown = points_shown(dialog)
    assert shown["工作定向"] == ("10", "西部地区")
    assert shown["受教育程度或取得职业技能资格证书"][0] == "20"  # the doctorate still counts
    local = next(label for label in shown if label.startswith("地方鼓励性"))
    assert shown[local] == ("3", "3")
    assert shown["总分"][0] == "102"
    dialog.location.setCurrentIndex(0)
    dialog.local_bonus.setValue(0)

    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.case is not None, dialog.summary.text()
    stored = services.cases.get_case(CLERK, dialog.case.id)
    assert stored.category.points_total == 89
    inputs = stored.details.category_request.points_inputs
    assert (inputs.hsk_level, inputs.former_chinese_national, inputs.continuous_china_5_years,
            str(inputs.vocational_level)) == (4, True, True, "technician")


def test_inputs_appear_only_where_their_route_needs_them(qtbot, zh_app, services, employer):
    dialog = intake(qtbot, services)
    scan(qtbot, dialog)
    fill_post(qtbot, dialog)
    teaching = (dialog.teaching_years, dialog.teaching_waiver)
    assert not any(w.isVisible() for w in teaching)
    assert not dialog.b_age_relaxed.isVisible()
    assert dialog.hsk_level.isVisible()

    b3 = next(dialog.confirmed.item(i) for i in range(dialog.confirmed.count())
              if dialog.confirmed.item(i).data(Qt.ItemDataRole.UserRole) == "B3")
    b3.setCheckState(Qt.CheckState.Checked)  # a language teacher: B3 asks for teaching years
    assert all(w.isVisible() for w in teaching)
    dialog.use_points.setChecked(False)
    dialog.teaching_years.setValue(1)
    assert dialog.evaluation.suggestion.category is None
    assert "B3：教学工作年限：1 年，少于 2 年；教学资质 未经材料核实" in dialog.suggestion.text()
    # The waiver follows the teaching years in the tab order; Space ticks it.
    activate(qtbot, dialog)
    dialog.teaching_years.setFocus()
    key(qtbot, dialog.teaching_years, Qt.Key.Key_Tab)
    assert focused() is dialog.teaching_waiver
    key(qtbot, dialog.teaching_waiver, Qt.Key.Key_Space)
    assert dialog.teaching_waiver.isChecked()
    assert dialog.evaluation.suggestion.category is Category.B
    assert "按 B3 符合B类" in dialog.suggestion.text()
    # Without points the points inputs are hidden and nothing is scored.
    assert not dialog.hsk_level.isVisible() and dialog.evaluation.points is None
    assert dialog.points_items.rowCount() == 0

    # Above the B age limit B needs the authority's relaxation, asked only then.
    dialog.birth_date.setDate(QDate(1960, 1, 1))
    assert dialog.b_age_relaxed.isVisible()
    assert dialog.evaluation.suggestion.category is None
    assert "66" in dialog.suggestion.text(), dialog.suggestion.text()
    dialog.b_age_relaxed.setChecked(True)
    assert dialog.evaluation.suggestion.category is Category.B
    assert "66" in dialog.suggestion.text(), dialog.suggestion.text()


def mnemonics(dialog: IntakeDialog) -> Counter[str]:
    """Alt+key of every label, button and group box title, hidden rows included: each can be
    shown together with all the others."""
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    keys = (QKeySequence.mnemonic(text).toString() for text in texts)
    return Counter(key for key in keys if key)


def test_every_mnemonic_on_the_form_is_unique(qtbot, zh_app, services):
    dialog = intake(qtbot, services)
    keys = mnemonics(dialog)
    assert [key for key, count in keys.items() if count > 1] == []
    # The two clashes reported: the waiver and New employer, the age relaxation and Sex.
    assert keys["Alt+W"] == keys["Alt+X"] == 1
    assert dialog.new_employer.text() == "新建用人单位(&W)…"
    assert "(&W)" not in dialog.teaching_waiver.text()
    assert dialog.b_age_relaxed.text().endswith("(&V)")


def test_the_form_fits_a_1366_by_768_screen_with_a_taskbar(qtbot, zh_app, services, employer):
    dialog = intake(qtbot, services)
    assert dialog.width() <= 1340 and dialog.height() <= 720
    # Every row a route can ask for, a duplicate and problems shown: the form scrolls up and
    # down inside the same size, and nothing is cut off at the side.
    scan(qtbot, dialog)
    fill_post(qtbot, dialog)
    dialog.confirmed.item(0).setCheckState(Qt.CheckState.Checked)
    b3 = next(dialog.confirmed.item(i) for i in range(dialog.confirmed.count())
              if dialog.confirmed.item(i).data(Qt.ItemDataRole.UserRole) == "B3")
    b3.setCheckState(Qt.CheckState.Checked)
    dialog.birth_date.setDate(QDate(1960, 1, 1))
    dialog.category.setCurrentIndex(dialog.category.findData("C"))
    dialog.save()  # another category without a reason: problems appear
    assert dialog.summary.isVisible()
    dialog.resize(1340, 720)
    qtbot.wait(50)
    assert dialog.width() <= 1340 and dialog.height() <= 720
    assert dialog.b_age_relaxed.isVisible() and dialog.teaching_waiver.isVisible()
    assert not dialog.scroll.horizontalScrollBar().isVisible()
    assert dialog.scroll.verticalScrollBar().isVisible()
    form = dialog.scroll.widget()
    assert form.width() <= dialog.scroll.viewport().width()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "intake_1366.png"))


def test_a_broken_check_digit_says_wrong_and_blocks_nothing_else(
    qtbot, zh_app, services, employer
):
    dialog = intake(qtbot, services)
    printed = (int(LINE2[9]) + 1) % 10
    scan(qtbot, dialog, LINE2[:9] + str(printed) + LINE2[10:])
    assert dialog.check_labels["passport_number"].text() == (
        f"校验位错误（印有 {printed}，应为 {LINE2[9]}）"
    )
    assert dialog.check_labels["birth_date"].text() == "校验位正确"
    assert dialog.surname.text() == "SCHMIDT"
    assert dialog.birth_date.text() == "1988-03-14"
    fill_post(qtbot, dialog)
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.case is not None, dialog.summary.text()


def test_a_known_applicant_shows_the_diff_and_is_reused(qtbot, zh_app, services, employer):
    known = services.applicants.create(
        CLERK, person(surname="Schmidt", given_names="Anna"), passport(), TODAY
    )
    dialog = intake(qtbot, services)
    scan(qtbot, dialog)
    assert dialog.duplicates.isVisible()
    diff = {dialog.diff.item(r, 0).text(): (dialog.diff.item(r, 1).text(),
                                            dialog.diff.item(r, 2).text())
            for r in range(dialog.diff.rowCount())}
    assert diff["名"] == ("ANNA", "ANNA MARIA")
    assert diff["护照号码"] == ("C01X00T47", "C01X00T47")
    key(qtbot, dialog, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.use_existing.isChecked)
    fill_post(qtbot, dialog, employer.details.uscc)
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.case is not None, dialog.summary.text()
    assert dialog.case.applicant.id == known.id
    assert services.applicants.search(CLERK, "Schmidt").total == 1


def test_another_category_without_a_reason_is_refused_naming_the_field(
    qtbot, zh_app, services, employer
):
    dialog = intake(qtbot, services)
    scan(qtbot, dialog)
    fill_post(qtbot, dialog)
    suggested = dialog.evaluation.suggestion.category
    assert suggested is not None
    other = next(c for c in Category if c is not suggested)
    dialog.category.setFocus()
    dialog.category.setCurrentIndex(dialog.category.findData(str(other)))
    dialog.category.activated.emit(dialog.category.currentIndex())
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.case is None
    error = dialog.field_errors["override_reason"]
    assert not error.isHidden() and "请填写理由" in error.text()
    assert dialog.summary.text().startswith("改变类别的理由：")
    assert focused() is dialog.override_reason
    type_into(qtbot, dialog.override_reason, "主管部门认定的紧缺岗位")
    key(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.case is not None and dialog.case.category.category is other
    # The applicant saved by the refused attempt is reused, not registered twice.
    assert services.applicants.search(CLERK, "Schmidt").total == 1


def test_a_wrong_uscc_names_the_expected_check_character(qtbot, zh_app, services):
    dialog = EmployerDialog(services, CLERK, TODAY)
    qtbot.addWidget(dialog)
    good = valid_uscc("91320100MA1XYW999")
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    type_into(qtbot, dialog.name, "苏州测试科技有限公司")
    qtbot.keyClicks(dialog.uscc, wrong)
    type_into(qtbot, dialog.handler, "张伟")
    dialog.buttons.accepted.emit()
    assert good[-1] in dialog.message.text() and "统一社会信用代码" in dialog.message.text()
    assert dialog.employer is None


def test_ctrl_n_in_the_main_window_opens_the_intake_and_a_case_opens_in_its_window(
    qtbot, zh_app, services, employer, tmp_path
):
    window = build_main_window(
        services, CLERK, Settings(), tmp_path / "settings.json", UiState(tmp_path / "ui.ini")
    )
    qtbot.addWidget(window)
    activate(qtbot, window)
    action = window.findChild(QAction, "new_case")
    assert action.text() == "新建受理(&N)…"
    key(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), IntakeDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "新建受理"
    dialog.close()
    applicant = services.applicants.create(CLERK, person(), passport(), TODAY)
    case = services.cases.create_case(CLERK, case_draft(applicant, employer), TODAY)
    window.show_area("cases")
    window.current_view().open_requested.emit(case.id)
    detail = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CaseDetailView) and w.isVisible())
    assert detail.windowTitle() == f"案件 {case.case_number}"
    detail.close()
