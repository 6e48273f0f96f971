"""A form saved on a stale version: its inputs beside the saved record's, in the conflict dialog."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from talentdesk.gui.dialogs.conflict_dialog import Choice, FieldVersions, resolve_conflict

# A caption and the inputs it names (a handler's name, phone and e-mail are one field).
Field = tuple[str, Sequence[QWidget]]

_MNEMONIC = re.compile(r"\(&[^&]\)|&(?=[^&])")


def plain_caption(text: str) -> str:
    """A label without its mnemonic and colon: “Se&x:” → “Sex”, “性别(&X)：” → “性别”."""
    return _MNEMONIC.sub("", text).strip().rstrip(":：").strip()


def shown_text(widget: QWidget) -> str:
    """What the input shows; nothing for one in a hidden row (no studio: no studio year)."""
    if not widget.isVisibleTo(widget.window()):
        return ""
    if isinstance(widget, QAbstractButton):
        if widget.isChecked():
            return QCoreApplication.translate("FormConflict", "yes")
        return QCoreApplication.translate("FormConflict", "no")
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return widget.text()
    raise TypeError(f"no text for {type(widget).__name__}")


def input_values(fields: Sequence[Field]) -> list[list[Any]]:
    """Every input's value, to put back with put_values."""
    return [[_value(widget) for widget in widgets] for _, widgets in fields]


def put_values(fields: Sequence[Field], values: list[list[Any]]) -> None:
    for (_, widgets), field_values in zip(fields, values, strict=True):
        for widget, value in zip(widgets, field_values, strict=True):
            _put(widget, value)


def resolve_form_conflict(parent: QWidget, record: str, fields: Sequence[Field],
                          show_saved: Callable[[], None]) -> Choice:
    """Ask which version stays. ``show_saved`` fills the form with the saved version so it can
    be read as the form shows it; the user's input is put back before the question, so
    whatever the answer, nothing typed is lost yet."""
    mine = input_values(fields)
    yours = [_texts(widgets) for _, widgets in fields]
    show_saved()
    saved = [_texts(widgets) for _, widgets in fields]
    put_values(fields, mine)
    versions = [FieldVersions(caption, your, their)
                for (caption, _), your, their in zip(fields, yours, saved, strict=True)]
    return resolve_conflict(parent, record, versions)


def _texts(widgets: Sequence[QWidget]) -> str:
    return " / ".join(text for text in map(shown_text, widgets) if text)


def _value(widget: QWidget) -> Any:
    if isinstance(widget, QAbstractButton):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QDateEdit):
        return widget.date()
    if isinstance(widget, QSpinBox):
        return widget.value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(f"no value for {type(widget).__name__}")


def _put(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QAbstractButton):
        widget.setChecked(value)
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        index, text = value
        widget.setCurrentIndex(index)
        if widget.isEditable():  # a typed entry that is not in the list
            widget.setEditText(text)
    elif isinstance(widget, QDateEdit):
        widget.setDate(value)
    elif isinstance(widget, QSpinBox):
        widget.setValue(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(value)
