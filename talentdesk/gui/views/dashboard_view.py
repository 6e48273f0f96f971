"""The dashboard: the expiry radar for counter staff, the researchers' alerts for HR officers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from talentdesk.domain.accounts import Actor, Role
from talentdesk.errors import TalentDeskError
from talentdesk.gui.main_window import MainWindow
from talentdesk.gui.views.radar_panel import RadarPanel
from talentdesk.gui.views.researcher_alerts_panel import ResearcherAlertsPanel
from talentdesk.services.radar import RadarService
from talentdesk.services.researcher_alerts import ResearcherAlertService

# The radar is the counter's work list; the researchers' alerts are the HR officer's.
RADAR_ROLES = frozenset({Role.CLERK, Role.SUPERVISOR})
ALERT_ROLES = frozenset({Role.HR_OFFICER})


class DashboardView(QWidget):
    """Panels stacked top to bottom; the radar first when the role works the counter.

    Signals:
        open_case(case_id): a panel asked to open a case.
        open_researcher(researcher_id): the alerts panel asked to open a researcher.
    """

    open_case = Signal(int)
    open_researcher = Signal(int)

    def __init__(
        self,
        radar: RadarService,
        actor: Actor,
        alerts: ResearcherAlertService | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.radar: RadarPanel | None = None
        self.alerts: ResearcherAlertsPanel | None = None
        self._layout = QVBoxLayout(self)
        self.empty = QLabel(self.tr("Nothing needs your attention here."))
        self.empty.setObjectName("empty")
        self._layout.addWidget(self.empty)
        if actor.role in RADAR_ROLES:
            self.radar = RadarPanel(radar, actor, today)
            self.radar.open_case.connect(self.open_case)
            self.add_panel(self.radar)
        if alerts is not None and actor.role in ALERT_ROLES:
            self.alerts = ResearcherAlertsPanel(alerts, actor, today)
            self.alerts.open_researcher.connect(self.open_researcher)
            self.add_panel(self.alerts)

    def add_panel(self, widget: QWidget, stretch: int = 1) -> None:
        """Add a panel below the others (the researchers' alerts, say)."""
        self.empty.hide()
        self._layout.addWidget(widget, stretch)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.radar is not None:
            self.radar.refresh()
        if self.alerts is not None:
            self.alerts.refresh()


def install_radar_notice(
    window: MainWindow,
    dashboard: DashboardView,
    radar: RadarService,
    actor: Actor,
    today: Callable[[], date] = date.today,
) -> QLabel | None:
    """After login: a status bar count of the radar, and the dashboard first when it is due.

    The count follows the panel (marking an item handled lowers it). Returns the label, or
    None when the role has no radar.
    """
    if dashboard.radar is None:
        return None
    label = QLabel()
    label.setObjectName("radar_notice")
    label.setStyleSheet("color: #b00020; font-weight: bold;")
    window.statusBar().addWidget(label)

    def show_count(total: int) -> None:
        label.setText(
            QCoreApplication.translate("DashboardView", "Expiry radar: %s items need attention")
            % total
        )
        label.setVisible(total > 0)

    dashboard.radar.counted.connect(show_count)
    try:
        total = sum(radar.counts(actor, today()).values())
    except TalentDeskError:
        total = 0  # the dashboard itself says why when it is opened
    show_count(total)
    if total:
        window.show_area("dashboard")
    return label
