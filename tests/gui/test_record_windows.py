"""Applicant and employer windows: opened from their lists by keyboard, edited, saved, read-only
for HR officers; USCC messages, passport renewal with history, masked numbers."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from talentdesk.app import build_services
from talentdesk.domain.permit_records import Handler, StudioLevel
from talentdesk.gui.areas import build_main_window
from talentdesk.gui.dialogs.conflict_dialog import DIFFERENT, ConflictDialog
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.applicant_window import ApplicantWindow, RenewPassportDialog
from talentdesk.gui.views.case_detail_view import CaseDetailView
from talentdesk.gui.views.employer_window import EmployerWindow
from talentdesk.services.registry import Services
from talentdesk.settings import Settings
from talentdesk.storage.database import Database
from tests.gui.conftest import activate
from tests.gui.modal import when_modal
from tests.gui.typing import type_into
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    HR_OFFICER,
    audit_entries,
    case_draft,
    employer_draft,
    passport,
    person,
    valid_uscc,
)

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 27)
SCREENSHOTS = Path(os.environ.get("TALENTDESK_SCREENSHOTS", tempfile.gettempdir()))
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def services(sqlite_database) -> Services:
    return build_services(sqlite_database)


@pytest.fixture
def employer(services):
    return services.employers.create(CLERK, employer_draft(), TODAY)


@pytest.fixture
def applicant(services):
    return services.applicants.create(CLERK, person(), passport(), TODAY)


@pytest.fixture
def case(services, applicant, employer):
    return services.cases.create_case(CLERK, case_draft(applicant, employer), TODAY)


def focused():
    return QApplication.focusWidget()


def open_window(qtbot, kind, services, record_id, actor=CLERK):
    window = kind(services, actor, record_id, lambda: TODAY)
    qtbot.addWidget(window)
    activate(qtbot, window)
    return window


def top_level(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def shot(qtbot, window, name: str) -> None:
    """The window as it opens, for `make screenshots` (or a temporary folder)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)  # let pending layout requests run before the picture
    window.grab().save(str(SCREENSHOTS / name))


@pytest.mark.parametrize("area", ["applicants", "employers"])
def test_a_record_opens_from_its_list_by_keyboard_and_a_save_shows_in_the_list(
    qtbot, zh_app, services, case, tmp_path, area
):
    main = build_main_window(
        services, CLERK, Settings(), tmp_path / "settings.json", UiState(tmp_path / "ui.ini")
    )
    qtbot.addWidget(main)
    activate(qtbot, main)
    main.show_area(area)
    view = main.current_view()
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 1)
    qtbot.keyClick(main, Qt.Key.Key_F, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is view.list.table
    qtbot.keyClick(view.list.table, Qt.Key.Key_Return)
    kind = ApplicantWindow if area == "applicants" else EmployerWindow
    window = top_level(kind)
    activate(qtbot, window)
    if kind is ApplicantWindow:
        qtbot.keyClick(window, Qt.Key.Key_H, ALT)
        assert focused() is window.chinese_name
        window.chinese_name.clear()
        type_into(qtbot, window.chinese_name, "施密特")
        column, expected = 1, "施密特"
    else:
        qtbot.keyClick(window, Qt.Key.Key_N, ALT)
        assert focused() is window.name
        window.name.clear()
        type_into(qtbot, window.name, "南京星河新材料有限公司")
        column, expected = 0, "南京星河新材料有限公司"
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.summary.text() == "已保存。"
    qtbot.waitUntil(lambda: view.list.model.index(0, column).data() == expected)
    # The record's cases are listed; Enter opens one in the case window.
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == 1)
    assert window.cases.model.index(0, 0).data() == case.case_number
    window.cases.table.setFocus()
    window.cases.table.selectRow(0)
    qtbot.keyClick(window.cases.table, Qt.Key.Key_Return)
    detail = top_level(CaseDetailView)
    assert detail.case.id == case.id
    detail.close()
    shot(qtbot, window, f"{area[:-1]}_window.png")
    window.close()


def test_a_wrong_uscc_names_the_expected_character_and_keeps_the_input(
    qtbot, zh_app, services, employer
):
    window = open_window(qtbot, EmployerWindow, services, employer.id)
    good = valid_uscc("91320100MA1XYW888")
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    qtbot.keyClick(window, Qt.Key.Key_U, ALT)
    window.uscc.selectAll()
    qtbot.keyClicks(window.uscc, wrong)
    qtbot.keyClick(window.uscc, Qt.Key.Key_Tab)  # leaving the field checks it at once
    error = window.rows.errors["uscc"]
    assert not error.isHidden() and f"应为{good[-1]}" in error.text(), error.text()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert "统一社会信用代码" in window.summary.text() and good[-1] in window.summary.text()
    assert window.uscc.text() == wrong
    assert focused() is window.uscc
    assert services.employers.get(CLERK, employer.id).details.uscc == employer.details.uscc
    shot(qtbot, window, "employer_uscc.png")
    qtbot.keyClick(window, Qt.Key.Key_U, ALT)
    window.uscc.selectAll()
    qtbot.keyClicks(window.uscc, good)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.rows.errors["uscc"].isHidden()
    assert services.employers.get(CLERK, employer.id).details.uscc == good


def test_employer_handlers_and_studio_are_edited(qtbot, zh_app, services, employer):
    window = open_window(qtbot, EmployerWindow, services, employer.id)
    assert not window._studio_year_row.isVisible()  # no studio: no year asked
    qtbot.keyClick(window, Qt.Key.Key_H, ALT)
    assert focused() is window.handlers[0][0]
    second = window.handlers[1]
    type_into(qtbot, second[0], "王芳")
    qtbot.keyClicks(second[2], "wang@example")  # not an address: refused, naming the handler
    window.studio_level.setFocus()
    window.studio_level.setCurrentIndex(window.studio_level.findData("provincial"))
    assert window._studio_year_row.isVisible()
    window.studio_year.setValue(2021)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert not window.rows.errors["handlers"].isHidden()
    assert "经办人" in window.rows.errors["handlers"].text()
    second[2].setText("wang@example.com")
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    stored = services.employers.get(CLERK, employer.id).details
    assert [h.name for h in stored.handlers] == [employer.details.handlers[0].name, "王芳"]
    assert (stored.studio_level, stored.studio_year) == (StudioLevel.PROVINCIAL, 2021)


def test_a_renewed_passport_joins_the_history_and_numbers_are_masked(
    qtbot, zh_app, services, applicant, sqlite_database
):
    window = open_window(qtbot, ApplicantWindow, services, applicant.id)
    assert window.passports.rowCount() == 1
    assert window.passports.item(0, 0).text() == "C0****T47"

    def renew(dialog) -> None:
        assert isinstance(dialog, RenewPassportDialog)
        qtbot.waitUntil(lambda: focused() is dialog.number)
        qtbot.keyClicks(dialog.number, "C02Y11U58")
        qtbot.keyClick(dialog.number, Qt.Key.Key_Return)  # OK is the default button

    failures = when_modal(renew)
    qtbot.keyClick(window, Qt.Key.Key_R, ALT)  # a mnemonic clicks after an animation
    qtbot.waitUntil(lambda: bool(failures) or window.passports.rowCount() == 2)
    assert not failures, failures
    shown = [(window.passports.item(r, 0).text(), window.passports.item(r, 3).text())
             for r in range(2)]
    assert shown == [("C0****U58", "是"), ("C0****T47", "")]
    stored = services.applicants.get(CLERK, applicant.id)
    assert [p.number for p in stored.passports] == ["C02Y11U58", "C01X00T47"]
    # The full numbers only once the viewing is recorded.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, ALT)
    qtbot.waitUntil(lambda: window.passports.item(0, 0).text() == "C02Y11U58")
    views = [a for a in audit_entries(sqlite_database, "applicant") if a.action == "view_sensitive"]
    assert [(a.username, a.details) for a in views] == [
        (CLERK.username, {"field": "passport_number"})
    ]
    shot(qtbot, window, "applicant_passports.png")


def test_hr_officers_only_read(qtbot, zh_app, services, applicant, employer):
    window = open_window(qtbot, ApplicantWindow, services, applicant.id, HR_OFFICER)
    assert window.save_button.isHidden() and window.renew.isHidden()
    assert window.surname.isReadOnly() and not window.sex.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert services.applicants.get(CLERK, applicant.id).stamp.version == applicant.stamp.version
    assert not window.unmask.isHidden()  # HR officers may see full numbers, audited
    other = open_window(qtbot, EmployerWindow, services, employer.id, HR_OFFICER)
    assert other.save_button.isHidden() and other.uscc.isReadOnly()
    assert not other.studio_level.isEnabled()
    # An administrator reads too, but never the full passport number.
    admin = open_window(qtbot, ApplicantWindow, services, applicant.id, ADMINISTRATOR)
    assert admin.save_button.isHidden() and admin.unmask.isHidden()
    assert admin.passports.item(0, 0).text() == "C0****T47"


@pytest.fixture
def two_services(services, sqlite_database):
    """A second window's services with a connection of its own to the same SQLite file."""
    other = Database(sqlite_database.url)
    yield services, build_services(other)
    other.dispose()


def versions(dialog: ConflictDialog) -> dict[str, tuple[str, str, bool]]:
    """Field -> (yours, saved now, highlighted) as the conflict dialog shows them."""
    table = dialog.table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text(),
                                      table.item(r, 1).background().color() == DIFFERENT)
            for r in range(table.rowCount())}


def test_a_stale_applicant_save_shows_both_versions_and_keep_mine_saves_on_top(
    qtbot, zh_app, two_services, applicant
):
    first, second = two_services
    window_1 = open_window(qtbot, ApplicantWindow, first, applicant.id)
    window_2 = open_window(qtbot, ApplicantWindow, second, applicant.id)
    window_1.phone.setText("025-12345678")
    activate(qtbot, window_1)
    qtbot.keyClick(window_1, Qt.Key.Key_S, CTRL)
    assert window_1.summary.text() == "已保存。"

    activate(qtbot, window_2)
    window_2.email.setText("anna@example.com")
    window_2.visa_status.setText("工作类居留许可")
    shown = {}

    def keep_mine(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        shown.update(versions(dialog))
        assert "申请人 MÜLLER, ANNA MARIA" in dialog.findChild(QLabel, "intro").text()
        dialog.grab().save(str(SCREENSHOTS / "conflict_applicant.png"))
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)

    failures = when_modal(keep_mine)
    qtbot.keyClick(window_2, Qt.Key.Key_S, CTRL)
    assert failures == []
    assert shown["电子邮箱"] == ("anna@example.com", "anna@example.de", True)
    assert shown["联系电话"] == ("+49 30 1234567", "025-12345678", True)
    assert shown["现持签证或居留状态"] == ("工作类居留许可", "", True)
    assert shown["姓"] == ("MÜLLER", "MÜLLER", False)
    assert shown["性别"] == ("女", "女", False)
    assert shown["出生日期"] == ("1988-03-14", "1988-03-14", False)
    # Keep mine: the second window's form is stored over the version the first one saved.
    stored = first.applicants.get(CLERK, applicant.id)
    assert (stored.details.email, stored.details.visa_status, stored.details.phone) == (
        "anna@example.com", "工作类居留许可", "+49 30 1234567")
    assert stored.stamp.version == applicant.stamp.version + 2
    assert window_2.summary.text() == "已保存。"


def test_cancel_keeps_the_input_and_take_theirs_shows_the_saved_version(
    qtbot, zh_app, two_services, applicant
):
    first, second = two_services
    window = open_window(qtbot, ApplicantWindow, second, applicant.id)
    first.applicants.update(CLERK, applicant.id, person(phone="123"), applicant.stamp.version,
                            TODAY)
    window.email.setText("anna@example.com")
    failures = when_modal(lambda dialog: dialog.reject())
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert failures == []
    assert window.summary.text() == "未保存：此记录已在另一个窗口中被修改。"
    assert (window.email.text(), window.phone.text()) == ("anna@example.com", "+49 30 1234567")
    assert first.applicants.get(CLERK, applicant.id).details.email == "anna@example.de"

    # Saving again compares once more; Take theirs drops the input and shows what is stored.
    failures = when_modal(
        lambda dialog: qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert failures == []
    assert (window.email.text(), window.phone.text()) == ("anna@example.de", "123")
    stored = first.applicants.get(CLERK, applicant.id)
    assert (stored.details.email, stored.details.phone) == ("anna@example.de", "123")
    window.email.setText("anna@example.org")  # now based on the stored version: saves
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert window.summary.text() == "已保存。"
    assert first.applicants.get(CLERK, applicant.id).details.email == "anna@example.org"


def test_a_stale_employer_save_shows_handlers_and_studio_side_by_side(
    qtbot, zh_app, two_services, employer
):
    first, second = two_services
    window = open_window(qtbot, EmployerWindow, second, employer.id)
    first.employers.update(
        CLERK, employer.id,
        employer_draft(handlers=(Handler("李雷", "025-52110001", "li@xinghe.cn"),),
                       studio_level=StudioLevel.PROVINCIAL, studio_year=2024),
        employer.stamp.version, TODAY)
    window.address.setText("江宁区秣周东路12号3栋")
    shown = {}

    def keep_mine(dialog) -> None:
        shown.update(versions(dialog))
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)

    failures = when_modal(keep_mine)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert failures == []
    assert shown["经办人 1"] == ("王芳 / 025-52110000 / wang@xinghe.cn",
                                 "李雷 / 025-52110001 / li@xinghe.cn", True)
    assert shown["经办人 2"] == ("", "", False)
    assert shown["外国专家工作室级别"][:2] == ("无", "省级")
    assert shown["工作室认定年份"] == ("", "2024", True)  # no studio, no year
    assert shown["地址"][2]
    stored = first.employers.get(CLERK, employer.id).details
    assert stored.address == "江宁区秣周东路12号3栋"
    assert stored.handlers[0].name == "王芳" and stored.studio_level is None
    assert not window.studio_year.isVisibleTo(window)
