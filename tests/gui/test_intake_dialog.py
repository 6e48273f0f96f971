"""The intake form driven from the keyboard: MRZ, names, employer, post, category, save."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

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
    qtbot.wait(100)  # let pending layout requests run before the picture
    dialog.grab().save(str(SCREENSHOTS / "intake.png"))


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
