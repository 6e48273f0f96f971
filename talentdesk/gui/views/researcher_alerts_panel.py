"""The HR officer's alerts panel for a dashboard: reports due and overdue, age-outs, cycles
ending, rounds over their top-grade quota. Read in a worker thread (thousands of alerts at
provincial scale), grouped by kind, nearest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.researchers.alerts import AlertKind
from talentdesk.domain.researchers.records import DashboardAlert
from talentdesk.errors import TalentDeskError
from talentdesk.gui.background import BackgroundJob
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.researchers import label
from talentdesk.gui.widgets.researcher_inputs import fit_columns
from talentdesk.services.researcher_alerts import ResearcherAlertService

_RESEARCHER = Qt.ItemDataRole.UserRole
# The order an officer deals with them in.
ORDER = (AlertKind.REPORT_OVERDUE, AlertKind.CHECKPOINT_UPCOMING,
         AlertKind.TOP_GRADE_QUOTA_EXCEEDED, AlertKind.AGE_OUT_BEFORE_CYCLE_END,
         AlertKind.CYCLE_ENDING)
# Rows listed per kind; the group title still counts them all.
SHOWN_PER_KIND = 200


def alert_text(item: DashboardAlert) -> str:
    params = dict(item.alert.params)
    if "checkpoint_kind" in params:
        params["checkpoint_kind"] = label("checkpoint_kind", params["checkpoint_kind"])
    template = label("alert", str(item.alert.kind))
    try:
        return template.format(subject=item.alert.subject, **params)
    except (KeyError, IndexError):
        return template


class ResearcherAlertsPanel(QWidget):
    """Signals:
        open_researcher(researcher_id): the user double-clicked an alert about a person.
        loaded(count): a refresh finished with ``count`` alerts.
    """

    open_researcher = Signal(int)
    loaded = Signal(int)

    def __init__(self, alerts: ResearcherAlertService, actor: Actor,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._alerts = alerts
        self._actor = actor
        self._today = today
        self._job: BackgroundJob | None = None
        self.title = QLabel(self.tr("Young researchers: alerts"))
        self.title.setStyleSheet("font-weight: bold;")
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.refresh_button = QPushButton(self.tr("&Refresh alerts"))
        self.refresh_button.setObjectName("refresh_alerts")
        self.refresh_button.clicked.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setObjectName("alerts")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Alert"), self.tr("Researcher"), self.tr("Program"),
                                   self.tr("Date")])
        fit_columns(self.tree, 36)
        self.tree.itemDoubleClicked.connect(self._open)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def refresh(self) -> None:
        """Read the alerts again, off the GUI thread."""
        if self.busy:
            return
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Reading alerts…"))
        # The worker touches no widget: it gets the service and its arguments, not ``self``.
        alerts, actor, today = self._alerts, self._actor, self._today()
        job = BackgroundJob(lambda _progress, _cancelled: alerts.dashboard_alerts(actor, today))
        job.finished.connect(self._show)
        self._job = job
        job.start()

    def _show(self, found: object) -> None:
        self._job = None
        self.refresh_button.setEnabled(True)
        if isinstance(found, TalentDeskError):
            self.message.setText(error_text(found))
            self.summary.clear()
            return
        if isinstance(found, Exception):
            # A bug: raised here, in the GUI thread, it reaches the unexpected-error dialog
            # instead of dying silently in the worker and leaving the panel busy for good.
            raise found
        self.message.clear()
        alerts = cast(list[DashboardAlert], found)
        self.show_alerts(alerts)
        self.loaded.emit(len(alerts))

    def show_alerts(self, found: Sequence[DashboardAlert]) -> None:
        self.tree.clear()
        groups: dict[AlertKind, list[DashboardAlert]] = {kind: [] for kind in ORDER}
        for item in found:
            groups[item.alert.kind].append(item)
        counts = []
        for kind, items in groups.items():
            if not items:
                continue
            name = label("alert_group", str(kind))
            counts.append(f"{name} {len(items)}")
            group = QTreeWidgetItem([f"{name}（{len(items)}）"])
            self.tree.addTopLevelItem(group)
            for item in items[:SHOWN_PER_KIND]:
                child = QTreeWidgetItem([alert_text(item), item.researcher_name,
                                         item.program_name, str(item.alert.on)])
                child.setData(0, _RESEARCHER, item.researcher_id)
                group.addChild(child)
            if len(items) > SHOWN_PER_KIND:
                group.addChild(QTreeWidgetItem([
                    self.tr("… and %s more") % (len(items) - SHOWN_PER_KIND)]))
            group.setExpanded(kind is ORDER[0] or len(items) <= 20)
        self.summary.setText(" · ".join(counts) if counts else self.tr("No alerts."))

    def _open(self, item: QTreeWidgetItem) -> None:
        researcher_id = item.data(0, _RESEARCHER)
        if researcher_id is not None:
            self.open_researcher.emit(researcher_id)

