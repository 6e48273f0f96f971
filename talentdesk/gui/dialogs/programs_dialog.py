"""The program catalogue: presets and the office's own programs, to edit, copy or withdraw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.researchers.records import ProgramRecord
from talentdesk.errors import TalentDeskError
from talentdesk.gui.dialogs.program_editor import ProgramEditor
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.researchers import label
from talentdesk.gui.widgets.researcher_inputs import message_label
from talentdesk.services.researchers import ProgramService

_ID = Qt.ItemDataRole.UserRole


class ProgramsDialog(QDialog):
    def __init__(self, service: ProgramService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._records: dict[int, ProgramRecord] = {}
        self.setWindowTitle(self.tr("Talent programs"))
        self.setMinimumSize(560, 480)
        self.list = QListWidget()
        self.list.setObjectName("programs")
        self.list.itemDoubleClicked.connect(lambda _item: self.edit())
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.copy_button = QPushButton(self.tr("New from &copy…"))
        self.active_button = QPushButton(self.tr("&Withdraw or offer again"))
        self.edit_button.clicked.connect(self.edit)
        self.copy_button.clicked.connect(self.copy)
        self.active_button.clicked.connect(self.toggle_active)
        may_edit = allowed(actor.role, Action.EDIT_PROGRAMS)
        for button in (self.edit_button, self.copy_button, self.active_button):
            button.setEnabled(may_edit)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.copy_button, self.active_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = message_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        try:
            records = self._service.list_programs(self._actor, include_inactive=True)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self._records = {r.id: r for r in records}
        self.list.clear()
        for record in records:
            program = record.program
            text = f"{program.name}（{label('level', str(program.level))}）"
            if not record.active:
                text += self.tr(" — withdrawn")
            item = QListWidgetItem(text)
            item.setData(_ID, record.id)
            self.list.addItem(item)
        if records:
            self.list.setCurrentRow(0)

    def selected(self) -> ProgramRecord | None:
        item = self.list.currentItem()
        return self._records.get(item.data(_ID)) if item else None

    def edit(self) -> None:
        record = self.selected()
        if record is not None:
            self._open(ProgramEditor(self._service, self._actor, record, record.program, self))

    def copy(self) -> None:
        record = self.selected()
        if record is not None:
            self._open(ProgramEditor(self._service, self._actor, None, record.program, self))

    def toggle_active(self) -> None:
        record = self.selected()
        if record is None:
            return
        try:
            self._service.set_active(self._actor, record.id, record.version, not record.active)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.refresh()

    def _open(self, editor: ProgramEditor) -> None:
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
