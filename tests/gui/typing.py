"""Typing as a user does: keys for ASCII, an input-method commit for Chinese (as with Pinyin)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """QTest.keyClicks asserts on non-ASCII characters, so those arrive as an IME commit."""
    widget.setFocus()
    chunk = ""
    for char in text:
        if char.isascii():
            if chunk:
                _commit(widget, chunk)
                chunk = ""
            qtbot.keyClicks(widget, char)
        else:
            chunk += char
    if chunk:
        _commit(widget, chunk)


def _commit(widget: QWidget, text: str) -> None:
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
