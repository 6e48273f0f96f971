"""Driving a dialog that a widget opens with exec(): act on it from inside its event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox


def when_modal(act: Callable[[QDialog], None]) -> list[BaseException]:
    """Call ``act`` with the next modal dialog; returns the list any failure is put in.

    A failing ``act`` rejects the dialog, so the test goes on (and then fails) instead of hanging.
    """
    failures: list[BaseException] = []

    def handler() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # not shown yet
            QTimer.singleShot(10, handler)
            return
        try:
            act(dialog)
        except BaseException as exc:  # handed to the test, which re-raises it
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(0, handler)
    return failures


def click_ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)
