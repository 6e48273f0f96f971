"""Which view fills which area of the main window, and how the views open each other's records.

Every area but the dashboard is imported and built when it is first shown (start-up time).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.exports import ExportKind
from talentdesk.domain.listing import ListQuery
from talentdesk.gui.main_window import MainWindow
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.case_windows import CaseWindows
from talentdesk.gui.views.dashboard_view import DashboardView, install_radar_notice
from talentdesk.gui.views.record_windows import RecordWindows
from talentdesk.gui.widgets.export_action import add_list_export, add_related_export, export_action
from talentdesk.services.registry import Services
from talentdesk.settings import Settings

if TYPE_CHECKING:
    from talentdesk.gui.views.applicants_view import ApplicantsView
    from talentdesk.gui.views.cases_view import CasesView
    from talentdesk.gui.views.employers_view import EmployersView
    from talentdesk.gui.views.researchers_view import ResearchersView
    from talentdesk.gui.views.statistics_view import StatisticsView
    from talentdesk.gui.widgets.list_view import ListView


def build_main_window(
    services: Services, actor: Actor, settings: Settings, settings_path: Path, ui_state: UiState
) -> MainWindow:
    dashboard = DashboardView(services.radar, actor, services.researchers.alerts)
    if dashboard.radar is not None:
        expiring = export_action(
            dashboard.radar, services.exports, actor, ExportKind.EXPIRING, ListQuery
        )
        if expiring is not None:
            dashboard.radar.add_tool(expiring.button)

    # The builders run when their area is first shown, after the window below exists.
    def cases() -> CasesView:
        from talentdesk.gui.printing import DocumentPrinter
        from talentdesk.gui.views.cases_view import CasesView

        view = CasesView(
            services.lists, actor, services.workflow, DocumentPrinter(services.documents, actor)
        )
        add_list_export(view.list, services.exports, actor, ExportKind.CASES)
        add_related_export(view.list, services.exports, actor, ExportKind.PERMITS)
        view.open_requested.connect(case_windows.open_case)
        # Names and employers show in the case list too.
        records.applicant_saved.connect(view.list.reload)
        records.employer_saved.connect(view.list.reload)
        return view

    def roster_tools(list_view: ListView, kind: str) -> None:
        """Export (Ctrl+E) and import (Ctrl+I) on a roster list; the import code loads here."""
        from talentdesk.domain.imports import ImportKind
        from talentdesk.gui.widgets.import_action import add_list_import

        add_list_export(list_view, services.exports, actor, ExportKind(kind))
        add_list_import(list_view, services.imports, actor, ImportKind(kind))

    def applicants() -> ApplicantsView:
        from talentdesk.gui.views.applicants_view import ApplicantsView

        view = ApplicantsView(services.lists, actor)
        roster_tools(view.list, "applicants")
        view.open_requested.connect(records.open_applicant)
        records.applicant_saved.connect(view.list.reload)
        return view

    def employers() -> EmployersView:
        from talentdesk.gui.views.employers_view import EmployersView

        view = EmployersView(services.lists, actor)
        roster_tools(view.list, "employers")
        view.open_requested.connect(records.open_employer)
        records.employer_saved.connect(view.list.reload)
        return view

    def researchers() -> ResearchersView:
        from talentdesk.gui.views.researchers_view import ResearchersView

        view = ResearchersView(services.researchers, actor)
        roster_tools(view.list, "researchers")
        add_related_export(view.list, services.exports, actor, ExportKind.RESULTS)
        return view

    def statistics() -> StatisticsView:
        from talentdesk.gui.views.statistics_view import StatisticsView

        return StatisticsView(services.statistics, actor, settings.language)

    def settings_page() -> QWidget:
        from talentdesk.gui.views.settings_area import settings_area

        return settings_area(services, actor, settings, settings_path)

    views: dict[str, Callable[[], QWidget]] = {
        "dashboard": lambda: dashboard,
        "cases": cases,
        "applicants": applicants,
        "employers": employers,
        "researchers": researchers,
        "statistics": statistics,
        "settings": settings_page,
    }
    window = MainWindow(actor, services.database_label, views, ui_state)
    install_radar_notice(window, dashboard, services.radar, actor)
    case_windows = CaseWindows(window, services, actor)
    records = RecordWindows(window, services, actor)
    records.open_case_requested.connect(case_windows.open_case)
    dashboard.open_case.connect(case_windows.open_case)

    def open_researcher(researcher_id: int) -> None:
        window.show_area("researchers")
        window.view("researchers").detail.show_researcher(researcher_id)

    dashboard.open_researcher.connect(open_researcher)
    return window
