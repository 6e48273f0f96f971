"""A form dialog whose OK calls a service; an expected error is shown in it, next to the fields."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text


class FormDialog(QDialog):
    """A form above a message line and OK/Cancel; subclasses add rows and implement ``_save``."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _row(self, label: str, widget: QWidget, name: str) -> None:
        widget.setObjectName(name)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)

    def _line(self, label: str, name: str, *, secret: bool = False) -> QLineEdit:
        edit = QLineEdit()
        if secret:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._row(label, edit, name)
        return edit

    def _submit(self) -> None:
        try:
            self._save()
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()

    def _save(self) -> None:
        """Call the service and keep its result; raise an expected error to stay open."""
        raise NotImplementedError
