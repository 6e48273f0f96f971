"""The QApplication: fonts, translators, Qt's messages into logging, and the crash dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from talentdesk import APP_NAME, __version__
from talentdesk.errors import TalentDeskError
from talentdesk.gui.error_dialog import install_excepthook
from talentdesk.gui.fonts import ensure_cjk_font
from talentdesk.gui.i18n import install_translators
from talentdesk.gui.messages import error_text

qt_log = logging.getLogger("talentdesk.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), message)


def create_application(argv: list[str], language: str, log_tail: Callable[[], str]) -> QApplication:
    """Build (or reuse, in tests) the QApplication with everything the UI needs."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    qInstallMessageHandler(_qt_message)
    ensure_cjk_font(app)
    # Translators are parented to the app, which keeps them alive.
    install_translators(app, language)
    install_excepthook(log_tail)
    return app


def show_error(error: TalentDeskError, title: str = "") -> None:
    """A plain message box for an expected error (used before any window exists)."""
    QMessageBox.warning(None, title or APP_NAME, error_text(error))
