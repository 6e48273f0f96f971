"""Office configuration pages: the working-day calendar, document templates, radar lead times."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from talentdesk.domain.workcalendar import DayKind
from talentdesk.domain.workflow_records import DocumentKind
from talentdesk.gui.views.calendar_admin_page import CalendarAdminPage
from talentdesk.gui.views.document_templates_page import DocumentTemplatesPage
from talentdesk.gui.views.radar_settings_page import RadarSettingsPage
from talentdesk.paths import resource_path
from talentdesk.services.calendar_admin import CalendarAdminService
from talentdesk.services.cases import CaseService
from talentdesk.services.documents import DocumentService
from talentdesk.services.radar import RadarService
from talentdesk.services.workflow import WorkflowService
from tests.gui.typing import type_into
from tests.services.permit_fixtures import ADMINISTRATOR, CLERK

pytestmark = pytest.mark.gui

NOTICE = "国办发明电〔2026〕12号"


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_administrator_enters_a_holiday_and_completes_the_year(qtbot, zh_app, sqlite_database):
    calendar = CalendarAdminService(sqlite_database)
    page = CalendarAdminPage(calendar, ADMINISTRATOR, today=date(2027, 1, 5))
    qtbot.addWidget(page)
    page.show()
    assert page.status.text() == "工作日数据库未包含 2027 年。 该年度的期限为暂定。"
    click(qtbot, page.complete_button)
    assert page.message.text() == "请填写“通知文号”。"
    type_into(qtbot, page.notice, NOTICE)
    click(qtbot, page.complete_button)
    assert page.message.text().startswith("工作日数据库未包含 2027 年，请先录入该年度的节假日")
    page.day.setDate(QDate(2027, 1, 1))
    page.kind.setCurrentIndex(page.kind.findData(DayKind.HOLIDAY))
    click(qtbot, page.save_button)
    assert page.message.text() == "已保存。已重新计算 0 个在办期限。"
    assert [page.table.item(0, c).text() for c in range(4)] == [
        "2027-01-01", "法定节假日", NOTICE, "admin"]
    page.day.setDate(QDate(2027, 1, 4))
    page.kind.setCurrentIndex(page.kind.findData(DayKind.MAKEUP_WORKDAY))
    click(qtbot, page.save_button)
    assert page.message.text() == "2027-01-04 是周一至周五，本来就是工作日；调休上班日应在周末。"
    click(qtbot, page.complete_button)
    assert page.status.text() == (
        f"工作日数据库未包含 2027 年。 已由 admin 声明录入完整（{NOTICE}）。")
    assert page.complete_button.text() == "撤销完整声明(&W)"
    assert not calendar.calendar().is_working_day(date(2027, 1, 1))


def test_clerks_read_the_calendar_only(qtbot, zh_app, sqlite_database):
    page = CalendarAdminPage(CalendarAdminService(sqlite_database), CLERK, today=date(2026, 5, 1))
    qtbot.addWidget(page)
    page.show()
    assert page.status.text() == "工作日数据库已包含 2026 年。"
    assert not page.save_button.isEnabled() and not page.complete_button.isEnabled()


def test_templates_are_checked_previewed_and_saved(qtbot, zh_app, sqlite_database):
    cases = CaseService(sqlite_database)
    documents = DocumentService(sqlite_database, cases, WorkflowService(sqlite_database),
                                resource_path("templates"))
    page = DocumentTemplatesPage(documents, ADMINISTRATOR)
    qtbot.addWidget(page)
    page.show()
    assert page.selected_kind() is DocumentKind.ACCEPTANCE_RECEIPT
    assert page.state.text() == "系统默认模板"
    assert "[case_number]" in page.preview_view.toPlainText()
    page.editor.setPlainText("<p>${nope}</p>")
    click(qtbot, page.save_button)
    assert page.message.text() == "该文书没有占位符“nope”。"
    page.editor.setPlainText("<p>苏州工业园区 受理回执 ${case_number}</p>")
    click(qtbot, page.save_button)
    assert page.state.text() == "本单位自定义模板"
    assert page.message.text() == "已保存。下次打印将使用此模板。"
    assert page.preview_view.toPlainText() == "苏州工业园区 受理回执 [case_number]"
    click(qtbot, page.reset_button)
    assert page.state.text() == "系统默认模板"


def test_radar_lead_times(qtbot, zh_app, sqlite_database):
    radar = RadarService(sqlite_database)
    page = RadarSettingsPage(radar, ADMINISTRATOR)
    qtbot.addWidget(page)
    page.show()
    assert page.leads.text() == "90, 30, 7"
    page.leads.clear()
    type_into(qtbot, page.leads, "60，14、3")
    click(qtbot, page.save_button)
    assert page.message.text() == "已保存。"
    assert radar.settings(CLERK).leads == (60, 14, 3)
    page.leads.setText("abc")
    click(qtbot, page.save_button)
    assert page.message.text() == "请至少填写一个提前提醒天数，每个须在 1 至 366 天之间。"
