"""Expiry radar panel: overdue cases, extensions to file now, permits by lead time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.deadlines import ClockStatus
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.workflow_records import RadarItem, RadarKind
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.workflow import clock_text, value_label
from talentdesk.services.radar import PAGE_SIZE, RadarService

_URGENT = QBrush(QColor("#b00020"))
_ROLE = Qt.ItemDataRole.UserRole
# Kinds in the order a clerk should deal with them.
_ORDER = (RadarKind.OVERDUE, RadarKind.FILE_EXTENSION, RadarKind.EXPIRING)


class RadarPanel(QWidget):
    """Grouped lists; double-click opens the case, “mark handled” takes a permit off.

    Signals:
        open_case(case_id): the user wants to see the case.
        counted(total): the radar was read again; ``total`` items need attention.
    """

    open_case = Signal(int)
    counted = Signal(int)

    def __init__(self, radar: RadarService, actor: Actor,
                 today: Callable[[], date] = date.today, page_size: int = PAGE_SIZE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._radar = radar
        self._actor = actor
        self._today = today
        self._page_size = page_size
        self._loaded: dict[RadarKind, int] = {}
        self._totals: dict[RadarKind, int] = {}
        self._leads: tuple[int, ...] = ()
        self.groups: dict[object, QTreeWidgetItem] = {}
        self.title = QLabel(self.tr("Expiry radar"))
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.tree = QTreeWidget()
        self.tree.setObjectName("radar")
        self.tree.setHeaderLabels([
            self.tr("Case"), self.tr("Applicant"), self.tr("Permit"), self.tr("Date"),
            self.tr("Remaining"), self.tr("Assigned to"),
        ])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.handled_button = QPushButton(self.tr("Mark &handled"))
        self.handled_button.setObjectName("mark_handled")
        self.handled_button.clicked.connect(self.mark_selected_handled)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.title, 1)
        buttons.addWidget(self.handled_button)
        buttons.addWidget(self.refresh_button)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def add_tool(self, widget: QWidget) -> None:
        """Put ``widget`` before the panel's own buttons (the export of expiring permits)."""
        self._buttons.insertWidget(1, widget)

    @property
    def total(self) -> int:
        return sum(self._totals.values())

    def refresh(self) -> None:
        self.tree.clear()
        self.groups.clear()
        self._loaded.clear()
        self._totals.clear()
        try:
            self._leads = tuple(sorted(self._radar.settings(self._actor).leads))
            for kind in _ORDER:
                if kind is RadarKind.EXPIRING:
                    for lead in self._leads:
                        self._group(lead, self.tr("Permits expiring within %s days") % lead)
                else:
                    self._group(kind, value_label("radar_kind", str(kind)))
                self._load(kind)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        for group in self.groups.values():
            group.setHidden(group.childCount() == 0)
            group.setExpanded(True)
        self._update_buttons()
        self.counted.emit(self.total)

    def load_more(self, kind: RadarKind) -> None:
        try:
            self._load(kind)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))

    def _group(self, key: object, title: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFirstColumnSpanned(True)
        self.tree.addTopLevelItem(item)
        self.groups[key] = item
        return item

    def _load(self, kind: RadarKind) -> None:
        offset = self._loaded.get(kind, 0)
        page = self._radar.items(self._actor, kind, offset=offset, limit=self._page_size,
                                 today=self._today())
        self._remove_more_item(kind)
        for item in page.rows:
            key = item.lead if kind is RadarKind.EXPIRING else kind
            self.groups[key].addChild(self._row(item))
        self._loaded[kind] = offset + len(page.rows)
        self._totals[kind] = page.total
        if kind is not RadarKind.EXPIRING:
            self.groups[kind].setText(0, f"{value_label('radar_kind', str(kind))} "
                                         f"({page.total})")
        if self._loaded[kind] < page.total:
            last_group = self.groups[self._leads[-1] if kind is RadarKind.EXPIRING else kind]
            more = QTreeWidgetItem([self.tr("Show more (%s of %s shown)…") % (
                self._loaded[kind], page.total)])
            more.setData(0, _ROLE, ("more", kind))
            more.setFirstColumnSpanned(True)
            last_group.addChild(more)

    def _remove_more_item(self, kind: RadarKind) -> None:
        for group in self.groups.values():
            for index in reversed(range(group.childCount())):
                if group.child(index).data(0, _ROLE) == ("more", kind):
                    group.takeChild(index)

    def _row(self, item: RadarItem) -> QTreeWidgetItem:
        if item.kind is RadarKind.OVERDUE:
            remaining = clock_text(ClockStatus.OVERDUE, item.days_left, item.provisional)
            permit = value_label("track", str(item.track)) + " · " + value_label(
                "track_state", str(item.state))
        else:
            remaining = self.tr("%s days") % item.days_left
            permit = f"{value_label('track', str(item.track))} {item.permit_number}"
        name = f"{item.applicant} {item.chinese_name}".strip()
        row = QTreeWidgetItem([item.case_number, name, permit, item.due.isoformat(), remaining,
                               item.assigned_to])
        row.setData(0, _ROLE, ("item", item))
        # Overdue cases, extensions to file now and the tightest lead time are marked.
        if item.kind is not RadarKind.EXPIRING or item.lead == self._leads[0]:
            for column in range(row.columnCount()):
                row.setForeground(column, _URGENT)
        return row

    def selected_items(self) -> list[RadarItem]:
        found = []
        for row in self.tree.selectedItems():
            data = row.data(0, _ROLE)
            if data and data[0] == "item":
                found.append(data[1])
        return found

    def _double_clicked(self, row: QTreeWidgetItem, _column: int) -> None:
        data = row.data(0, _ROLE)
        if not data:
            return
        if data[0] == "more":
            self.load_more(data[1])
        else:
            self.open_case.emit(data[1].case_id)

    def _update_buttons(self) -> None:
        may_edit = allowed(self._actor.role, Action.EDIT_PERMITS)
        permits = [i for i in self.selected_items() if i.permit_id is not None]
        self.handled_button.setEnabled(may_edit and bool(permits))

    def mark_selected_handled(self) -> None:
        """Overdue cases are handled by acting on them; only permits can be marked."""
        try:
            for item in self.selected_items():
                if item.permit_id is not None:
                    self._radar.mark_handled(self._actor, item.permit_id)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.refresh()
