"""Unexpected errors: logged, shown once with details, and copyable for support."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from talentdesk.gui import error_dialog
from talentdesk.gui.error_dialog import ErrorDialog, error_details, install_excepthook

pytestmark = pytest.mark.gui


def _boom() -> ZeroDivisionError:
    try:
        1 / 0  # noqa: B018 - the point is the exception
    except ZeroDivisionError as exc:
        return exc
    raise AssertionError("unreachable")


def test_copy_button_puts_the_details_on_the_clipboard(qtbot, zh_app):
    exc = _boom()
    dialog = ErrorDialog("ZeroDivisionError: division by zero", error_details(exc, "last log line"))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "意外错误"
    qtbot.mouseClick(dialog.copy_button, Qt.LeftButton)
    copied = QApplication.clipboard().text()
    assert "ZeroDivisionError" in copied and "last log line" in copied and "talentdesk" in copied


def test_excepthook_logs_and_opens_one_dialog(qtbot, zh_app, monkeypatch, caplog):
    shown: list[str] = []
    monkeypatch.setattr(
        error_dialog.ErrorDialog, "exec", lambda self: shown.append(self.details.toPlainText()) or 0
    )
    old_hook = sys.excepthook
    try:
        install_excepthook(lambda: "tail of the log")
        exc = _boom()
        with caplog.at_level(logging.ERROR):
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old_hook
    assert len(shown) == 1 and "tail of the log" in shown[0]
    assert any(r.message == "unexpected error" and r.exc_info for r in caplog.records)
