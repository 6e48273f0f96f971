"""Sessions: sign in, work in the main window until it closes; signing out starts over."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from talentdesk.gui.areas import build_main_window
from talentdesk.gui.dialogs.sign_in import sign_in
from talentdesk.gui.idle_lock import SIGN_IN_AGAIN, IdleLock
from talentdesk.gui.ui_state import UiState
from talentdesk.services.backups import BackupService
from talentdesk.services.registry import Services
from talentdesk.settings import Settings

log = logging.getLogger(__name__)

DAILY_CHECK_MS = 60 * 60 * 1000  # hourly: a window left open for days still gets its backups


def keep_daily_backups(parent: QObject, backups: BackupService) -> QTimer:
    """Check every hour whether the daily backup is due (the start-up one is taken before)."""
    timer = QTimer(parent)
    timer.setInterval(DAILY_CHECK_MS)
    timer.timeout.connect(lambda: backups.automatic_in_background(at_start=False))
    timer.start()
    return timer


def run_sessions(
    app: QApplication,
    services: Services,
    settings: Settings,
    settings_path: Path,
    ui_state: UiState,
) -> int:
    """Until a user quits: sign in, show the main window with its idle lock, run the loop."""
    while (actor := sign_in(services.accounts)) is not None:
        window = build_main_window(services, actor, settings, settings_path, ui_state)
        if settings.idle_lock_minutes > 0:  # 0: never (the administrator's choice)
            IdleLock(window, services.accounts, actor, settings.idle_lock_minutes * 60_000)
        keep_daily_backups(window, services.backups)
        window.show()
        code = app.exec()
        if not window.property(SIGN_IN_AGAIN):
            return code
        if settings_path.is_file():  # what the settings page saved applies from this sign-in
            settings = Settings.load(settings_path)
        log.info("%s signed out", actor.username)
    return 0
