"""The expiry radar panel, the dashboard, and the notice after login."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from talentdesk.app import build_services
from talentdesk.domain.enums import Category, Track
from talentdesk.domain.tracks import TrackAction
from talentdesk.gui.areas import build_main_window
from talentdesk.gui.main_window import MainWindow
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.case_detail_view import CaseDetailView
from talentdesk.gui.views.dashboard_view import DashboardView, install_radar_notice
from talentdesk.gui.views.radar_panel import RadarPanel
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.cases import CaseService
from talentdesk.services.employers import EmployerService
from talentdesk.services.radar import RadarService
from talentdesk.services.researcher_alerts import ResearcherAlertService
from talentdesk.services.workflow import WorkflowService
from talentdesk.settings import Settings
from talentdesk.storage.tables import IssuedPermitRow
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    HR_OFFICER,
    TODAY,
    FakeClock,
    b_by_b1,
    case_draft,
    employer_draft,
    passport,
    person,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def radar(sqlite_database) -> RadarService:
    return RadarService(sqlite_database, FakeClock())


@pytest.fixture
def desk_data(sqlite_database) -> dict[str, int]:
    """One case overdue in pre-review, one with permits expiring 5, 20, 35 and 60 days on."""
    clock = FakeClock()
    applicant = ApplicantService(sqlite_database, clock).create(CLERK, person(), passport(),
                                                                TODAY)
    employer = EmployerService(sqlite_database, clock).create(CLERK, employer_draft(), TODAY)
    cases = CaseService(sqlite_database, clock)
    draft = case_draft(applicant, employer, category=Category.B, category_request=b_by_b1())
    late = cases.create_case(CLERK, draft, date(2026, 11, 2)).id
    WorkflowService(sqlite_database, clock).transition(
        CLERK, late, Track.WORK_PERMIT, TrackAction.SUBMIT, on_date=date(2026, 11, 2),
        expected_version=1)
    holder = cases.create_case(CLERK, draft, date(2026, 11, 2)).id
    with sqlite_database.write() as session:
        for offset in (5, 20, 35, 60):
            valid_to = TODAY + timedelta(days=offset)
            session.add(IssuedPermitRow(
                case_id=holder, applicant_id=applicant.id, kind=str(Track.WORK_PERMIT),
                number=f"3201002025{offset:08d}", valid_from=valid_to - timedelta(days=364),
                valid_to=valid_to, issued_on=valid_to - timedelta(days=364), handled_by=""))
    return {"late": late, "holder": holder}


def texts(item) -> list[str]:
    return [item.child(i).text(0) for i in range(item.childCount())]


def test_radar_groups_and_opens_cases(qtbot, zh_app, radar, desk_data):
    panel = RadarPanel(radar, CLERK, today=lambda: TODAY, page_size=2)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.counted) as counted:
        panel.refresh()
    assert counted.args == [6]  # 1 overdue, 1 extension to file now, 4 expiring
    groups = {k: panel.groups[k].text(0) for k in panel.groups}
    assert groups[7] == "7 天内到期的证件" and groups[90] == "90 天内到期的证件"
    first_group = panel.tree.topLevelItem(0)
    assert first_group.text(0) == "已超期案件 (1)"
    row = first_group.child(0)
    assert [row.text(c) for c in range(1, 5)] == [
        "MÜLLER ANNA MARIA 安娜", "工作许可 · 预审中", "2026-11-09", "已超期 14 个工作日"]
    assert texts(panel.groups[7]) == ["2026-000002"]
    assert texts(panel.groups[30]) == ["2026-000002"]
    # Page size 2: the rest of the expiring permits come on demand.
    assert texts(panel.groups[90]) == ["显示更多（已显示 2 / 4）…"]
    more = panel.groups[90].child(0)
    panel.tree.itemDoubleClicked.emit(more, 0)
    assert texts(panel.groups[90]) == ["2026-000002", "2026-000002"]
    with qtbot.waitSignal(panel.open_case) as opened:
        panel.tree.itemDoubleClicked.emit(row, 0)
    assert opened.args == [desk_data["late"]]


def test_marking_handled(qtbot, zh_app, radar, desk_data):
    panel = RadarPanel(radar, CLERK, today=lambda: TODAY)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.handled_button.text() == "标记已处理(&H)"
    panel.tree.topLevelItem(0).child(0).setSelected(True)  # an overdue case
    assert not panel.handled_button.isEnabled()  # handled by acting on the case
    panel.tree.clearSelection()
    panel.groups[7].child(0).setSelected(True)
    assert panel.handled_button.isEnabled()
    with qtbot.waitSignal(panel.counted) as counted:
        qtbot.mouseClick(panel.handled_button, Qt.MouseButton.LeftButton)
    assert counted.args == [5]
    assert panel.groups[7].isHidden()


def test_dashboard_opens_first_with_the_count_after_login(qtbot, zh_app, radar, desk_data,
                                                          tmp_path):
    dashboard = DashboardView(radar, CLERK, today=lambda: TODAY)
    views = {"dashboard": lambda: dashboard}
    window = MainWindow(CLERK, "test.sqlite3", views, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    label = install_radar_notice(window, dashboard, radar, CLERK, today=lambda: TODAY)
    assert label is not None and label.text() == "到期提醒：6 项待处理"
    assert window.current_view() is dashboard
    window.show()
    qtbot.waitExposed(window)
    assert dashboard.radar is not None and dashboard.radar.total == 6


def test_dashboard_panels_by_role(qtbot, zh_app, radar, sqlite_database):
    alerts = ResearcherAlertService(sqlite_database)
    dashboard = DashboardView(radar, ADMINISTRATOR, alerts)
    qtbot.addWidget(dashboard)
    assert dashboard.radar is None and dashboard.alerts is None
    assert dashboard.empty.text() == "暂无待处理事项。"
    hr = DashboardView(radar, HR_OFFICER, alerts)
    qtbot.addWidget(hr)
    assert hr.radar is None and hr.alerts is not None and hr.empty.isHidden()
    clerk = DashboardView(radar, CLERK, alerts)
    qtbot.addWidget(clerk)
    assert clerk.radar is not None and clerk.alerts is None
    clerk.add_panel(QLabel("窗口公告"))
    assert clerk.layout().count() == 3


def test_double_click_on_the_radar_opens_the_case_window(qtbot, zh_app, sqlite_database,
                                                          desk_data, tmp_path):
    services = build_services(sqlite_database)
    window = build_main_window(services, CLERK, Settings(), tmp_path / "settings.json",
                               UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show()
    panel = window.current_view().radar
    qtbot.waitUntil(lambda: panel.tree.topLevelItem(0) is not None
                    and panel.tree.topLevelItem(0).childCount() > 0)
    overdue = panel.tree.topLevelItem(0).child(0)
    panel.tree.itemDoubleClicked.emit(overdue, 0)
    detail = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, CaseDetailView) and w.isVisible())
    assert detail.windowTitle() == f"案件 {overdue.text(0)}"
    detail.close()
