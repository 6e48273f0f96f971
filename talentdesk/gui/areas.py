"""Which view fills which area of the main window; later features register theirs here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.gui.main_window import MainWindow
from talentdesk.gui.printing import DocumentPrinter
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.applicants_view import ApplicantsView
from talentdesk.gui.views.case_windows import CaseWindows
from talentdesk.gui.views.cases_view import CasesView
from talentdesk.gui.views.dashboard_view import DashboardView, install_radar_notice
from talentdesk.gui.views.employers_view import EmployersView
from talentdesk.gui.views.researchers_view import ResearchersView
from talentdesk.gui.views.settings_area import settings_area
from talentdesk.gui.views.statistics_view import StatisticsView
from talentdesk.services.registry import Services
from talentdesk.settings import Settings


def build_main_window(
    services: Services, actor: Actor, settings: Settings, settings_path: Path, ui_state: UiState
) -> MainWindow:
    dashboard = DashboardView(services.radar, actor, services.researchers.alerts)
    # The lists read nothing until shown. Hook for the detail views: connect each list's
    # open_requested(id) (Enter or double click on a row) to what opens that record.
    cases = CasesView(
        services.lists, actor, services.workflow, DocumentPrinter(services.documents, actor)
    )
    applicants = ApplicantsView(services.lists, actor)
    employers = EmployersView(services.lists, actor)
    views: dict[str, Callable[[], QWidget]] = {
        "dashboard": lambda: dashboard,
        "cases": lambda: cases,
        "applicants": lambda: applicants,
        "employers": lambda: employers,
        "researchers": lambda: ResearchersView(services.researchers, actor),
        "statistics": lambda: StatisticsView(services.statistics, actor, settings.language),
        "settings": lambda: settings_area(services, actor, settings, settings_path),
    }
    window = MainWindow(actor, services.database_label, views, ui_state)
    install_radar_notice(window, dashboard, services.radar, actor)
    case_windows = CaseWindows(window, services, actor)
    cases.open_requested.connect(case_windows.open_case)
    dashboard.open_case.connect(case_windows.open_case)

    def open_researcher(researcher_id: int) -> None:
        window.show_area("researchers")
        window.view("researchers").detail.show_researcher(researcher_id)

    dashboard.open_researcher.connect(open_researcher)
    return window
