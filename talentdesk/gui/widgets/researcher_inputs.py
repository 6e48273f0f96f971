"""Inputs the researcher forms share: dates, coded choices, and a dialog that reports Problems."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.researchers import label

ERROR_STYLE = "color: #b00020;"
DATE_FORMAT = "yyyy-MM-dd"


def date_edit(name: str, value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(to_qdate(value or date.today()))
    return edit


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def code_combo(name: str, group: str, values: Iterable[object]) -> QComboBox:
    """A choice of coded values shown by their translated labels; the code is the item data."""
    combo = QComboBox()
    combo.setObjectName(name)
    for value in values:
        combo.addItem(label(group, str(value)), str(value))
    return combo


def select_data(combo: QComboBox, value: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(value)))


def fit_columns(tree: QTreeWidget, first_chars: int) -> None:
    """First column ``first_chars`` wide (long program names), the others fit their text."""
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, tree.fontMetrics().averageCharWidth() * first_chars)
    header.setStretchLastSection(True)


def message_label() -> QLabel:
    message = QLabel()
    message.setObjectName("message")
    message.setWordWrap(True)
    message.setStyleSheet(ERROR_STYLE)
    return message


class FormDialog(QDialog):
    """A form whose OK calls the service; errors stay in the dialog as plain sentences."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = message_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        self.result_record: Any = None

    def row(self, caption: str, widget: QWidget, name: str = "") -> QWidget:
        if name:
            widget.setObjectName(name)
        text = QLabel(caption)
        text.setBuddy(widget)
        self.form.addRow(text, widget)
        return widget

    def submit(self) -> None:
        if self.attempt(self.save):
            self.accept()

    def attempt(self, call: Callable[[], Any]) -> bool:
        """Run a service call; an expected error is shown, not raised."""
        try:
            self.result_record = call()
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        return True

    def save(self) -> Any:
        raise NotImplementedError
