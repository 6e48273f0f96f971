"""Bulk actions on the cases selected in a list: hand them to a clerk, print a document each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.workflow_records import DocumentKind
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.printing import DocumentPrinter
from talentdesk.gui.texts.workflow import value_label
from talentdesk.gui.widgets.list_view import ListView
from talentdesk.services.workflow import WorkflowService


class CaseBulkActions(QWidget):
    """A bar under a case list; acts on the rows selected in ``view``.

    Signals:
        changed(): cases were assigned or printed; the list should be read again.
    """

    changed = Signal()

    def __init__(self, workflow: WorkflowService, printer: DocumentPrinter, actor: Actor,
                 view: ListView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workflow = workflow
        self._printer = printer
        self._actor = actor
        self._view = view
        self._loaded = False
        self.assignee = QComboBox()
        self.assignee.setObjectName("assignee")
        self.assign_button = QPushButton(self.tr("Assign se&lected to:"))
        self.assign_button.setObjectName("assign")
        self.assign_button.clicked.connect(self.assign_selected)
        self.print_button = QToolButton()
        self.print_button.setObjectName("bulk_print")
        self.print_button.setText(self.tr("&Print selected"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        for kind in DocumentKind:
            menu.addAction(QAction(value_label("document_kind", str(kind)), menu,
                                   triggered=lambda _=False, k=kind: self.print_selected(k)))
        self.print_button.setMenu(menu)
        self.message = QLabel()
        self.message.setObjectName("message")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if allowed(actor.role, Action.ASSIGN_CASES):
            layout.addWidget(self.assign_button)
            layout.addWidget(self.assignee)
        else:
            self.assign_button.hide()
            self.assignee.hide()
        layout.addWidget(self.print_button)
        layout.addWidget(self.message, 1)
        self.print_button.setEnabled(allowed(actor.role, Action.EDIT_PERMITS))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Read when first shown, like the list itself (start-up stays fast).
        if not self._loaded:
            self.load_assignees()

    def load_assignees(self) -> None:
        self._loaded = True
        if not allowed(self._actor.role, Action.ASSIGN_CASES):
            return
        try:
            users = self._workflow.assignees(self._actor)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.assignee.clear()
        for user in users:
            self.assignee.addItem(f"{user.display_name} ({user.username})", user.username)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self._view.table.selectionModel().selectedRows()})
        ids = (self._view.model.id_at(row) for row in rows)
        return [case_id for case_id in ids if case_id is not None]

    def assign_selected(self) -> None:
        ids, username = self.selected_ids(), self.assignee.currentData()
        if not ids or not username:
            self.message.setText(self.tr("Select cases and a clerk first."))
            return
        try:
            moved = self._workflow.assign(self._actor, ids, username)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("%s cases assigned to %s.") % (moved,
                                                                  self.assignee.currentText()))
        self.changed.emit()

    def print_selected(self, kind: DocumentKind) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.setText(self.tr("Select cases first."))
            return
        printed = self._printer.print_cases(kind, ids)
        text = self.tr("%s of %s documents printed.") % (printed, len(ids))
        self.message.setText("\n".join(filter(None, (text, self._printer.last_error))))
        if printed:
            self.changed.emit()
