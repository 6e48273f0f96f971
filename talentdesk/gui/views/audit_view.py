"""The audit trail for supervisors and administrators: filters, pages read in SQL, verification."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import AuditFilter, AuditRecord
from talentdesk.domain.exports import ExportKind
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text, field_label, role_label
from talentdesk.gui.texts.trust import ACTION_LABELS, ENTITY_LABELS, chain_report_text, label
from talentdesk.gui.widgets.export_action import export_action
from talentdesk.services.audit_service import AuditService
from talentdesk.services.exports import ExportService

PAGE_SIZE = 100
_ANY_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "any"
_YES_NO = {True: QT_TRANSLATE_NOOP("AuditView", "yes"), False: QT_TRANSLATE_NOOP("AuditView", "no")}


def _value(key: str, value: Any) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditView", _YES_NO[value])
    if value is None:
        return "–"
    if key == "role":
        return role_label(value)
    return field_label(value) if key == "field" else str(value)


def details_text(details: dict[str, Any]) -> str:
    """``Role: Clerk → Supervisor; User name: li``: changes as old → new, the rest as is."""
    parts = []
    for key, value in sorted(details.items()):
        if isinstance(value, list) and len(value) == 2:
            shown = f"{_value(key, value[0])} → {_value(key, value[1])}"
        else:
            shown = _value(key, value)
        parts.append(f"{field_label(key)}: {shown}")
    return "; ".join(parts)


class AuditModel(QAbstractTableModel):
    """One page of entries; the view asks the service for another page, never for all."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[AuditRecord] = []
        self._headers = [
            self.tr("No."),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Workstation"),
            self.tr("Action"),
            self.tr("Object"),
            self.tr("Details"),
        ]

    def show_records(self, records: list[AuditRecord]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        record = self.records[index.row()]
        entry = record.entry
        local = entry.at.replace(tzinfo=UTC).astimezone()
        return (
            str(record.id),
            local.strftime("%Y-%m-%d %H:%M:%S"),
            entry.username,
            entry.workstation,
            label(ACTION_LABELS, entry.action),
            f"{label(ENTITY_LABELS, entry.entity)} {entry.entity_id}".strip(),
            details_text(entry.details),
        )[index.column()]


class AuditView(QWidget):
    def __init__(
        self,
        audit: AuditService,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        exports: ExportService | None = None,
    ) -> None:
        """``exports``: offers the supervisor's Excel export of the entries as filtered."""
        super().__init__(parent)
        self.audit = audit
        self.actor = actor
        self.offset = 0
        self.total = 0
        self._choices_loaded = False
        self.user = QComboBox()
        self.user.setEditable(True)
        self.user.lineEdit().setPlaceholderText(self.tr("All users"))
        self.action = QComboBox()
        self.entity = QComboBox()
        self.since = self._date_edit()
        self.until = self._date_edit()
        filters = QGridLayout()
        for column, (text, widget, name) in enumerate(
            (
                (self.tr("&User:"), self.user, "user"),
                (self.tr("&Action:"), self.action, "action"),
                (self.tr("&Object:"), self.entity, "entity"),
                (self.tr("&From:"), self.since, "since"),
                (self.tr("&To:"), self.until, "until"),
            )
        ):
            widget.setObjectName(name)
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption, 0, column)
            filters.addWidget(widget, 1, column)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)
        filters.addWidget(self.search_button, 1, 5)
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setObjectName("entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.previous_button = QPushButton(self.tr("&Previous page"))
        self.previous_button.clicked.connect(lambda: self._turn(-PAGE_SIZE))
        self.next_button = QPushButton(self.tr("&Next page"))
        self.next_button.clicked.connect(lambda: self._turn(PAGE_SIZE))
        self.page_label = QLabel()
        self.verify_button = QPushButton(self.tr("&Verify the audit trail"))
        self.verify_button.clicked.connect(self.verify)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        paging = QHBoxLayout()
        for widget in (self.previous_button, self.next_button, self.page_label):
            paging.addWidget(widget)
        paging.addStretch(1)
        self.export = None
        if exports is not None:
            self.export = export_action(self, exports, actor, ExportKind.AUDIT, self.current_filter)
        if self.export is not None:
            paging.addWidget(self.export.button)
        paging.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.message)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_ANY_DATE)
        edit.setSpecialValueText(self.tr("Any"))
        edit.setDate(_ANY_DATE)
        return edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._choices_loaded:
            self._load_choices()
        self.refresh()

    def _load_choices(self) -> None:
        try:
            choices = self.audit.filter_choices(self.actor)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self._choices_loaded = True
        self.user.addItems(choices["username"])
        self.user.setCurrentIndex(-1)
        for box, values, labels in (
            (self.action, choices["action"], ACTION_LABELS),
            (self.entity, choices["entity"], ENTITY_LABELS),
        ):
            box.addItem(self.tr("All"), None)
            for value in values:
                box.addItem(label(labels, value), value)

    def current_filter(self) -> AuditFilter:
        """What the filters say, in UTC like the stored times (also for the Excel export)."""
        return AuditFilter(
            username=self.user.currentText().strip() or None,
            action=self.action.currentData(),
            entity=self.entity.currentData(),
            since=_utc_midnight(self.since.date()),
            until=_utc_midnight(self.until.date(), next_day=True),
        )

    def search(self) -> None:
        self.offset = 0
        self.refresh()

    def refresh(self) -> None:
        try:
            page = self.audit.list_entries(
                self.actor, self.current_filter(), self.offset, PAGE_SIZE
            )
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.total = page.total
        self.model.show_records(page.records)
        pages = max(1, -(-page.total // PAGE_SIZE))
        self.page_label.setText(
            self.tr("Page {page} of {pages} · {total} entries").format(
                page=self.offset // PAGE_SIZE + 1, pages=pages, total=page.total
            )
        )
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + PAGE_SIZE < page.total)

    def _turn(self, step: int) -> None:
        self.offset = max(0, self.offset + step)
        self.refresh()

    def verify(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = self.audit.verify()
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.message.setStyleSheet("" if report.intact else "color: #b00020;")
        self.message.setText(chain_report_text(report))


def _utc_midnight(day: QDate, *, next_day: bool = False) -> datetime | None:
    """Local midnight at the start of ``day`` (or of the day after) as naive UTC."""
    if day == _ANY_DATE:
        return None
    start = datetime.combine(day.toPython(), time()) + timedelta(days=1 if next_day else 0)
    return start.astimezone(UTC).replace(tzinfo=None)
