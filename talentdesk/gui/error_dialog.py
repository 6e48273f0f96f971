"""The dialog for bugs: what happened, the details, and a button to copy them for support."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk import __version__

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """Shows an unexpected error with a traceback, versions and the log tail."""

    def __init__(self, summary: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Something went wrong that talentdesk did not expect. Your saved data is safe. "
                "Please copy the details below and send them to your administrator."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(summary))
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(640, 280)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _copy(self) -> None:
        QApplication.clipboard().setText(self.details.toPlainText())


def error_details(exc: BaseException, log_tail: str) -> str:
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    return (
        f"talentdesk {__version__} · Python {platform.python_version()} · {platform.platform()}\n\n"
        f"{trace}\n--- log ---\n{log_tail}"
    )


def install_excepthook(log_tail: Callable[[], str]) -> None:
    """Route uncaught exceptions to the log and the error dialog, one dialog at a time."""
    showing = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if showing or QApplication.instance() is None:
            return  # an error storm (a broken paint, say) would open dialogs forever
        showing = True
        try:
            ErrorDialog(f"{kind.__name__}: {exc}", error_details(exc, log_tail())).exec()
        finally:
            showing = False

    sys.excepthook = hook
