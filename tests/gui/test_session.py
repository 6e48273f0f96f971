"""Sessions: signing out (from the lock screen or after a restore) returns to the sign-in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from talentdesk.app import build_services
from talentdesk.gui import session
from talentdesk.gui.idle_lock import IdleLock, sign_out
from talentdesk.gui.main_window import MainWindow
from talentdesk.gui.ui_state import UiState
from talentdesk.settings import Settings

pytestmark = pytest.mark.gui


def _main_window() -> MainWindow:
    (window,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
    return window


def test_sign_out_signs_in_again_and_closing_quits(
    qtbot, zh_app, sqlite_database, tmp_path, monkeypatch
):
    services = build_services(sqlite_database, tmp_path / "backups")
    actor = services.accounts.create_first_admin("admin", "王管理", "secret-2026")
    windows: list[MainWindow] = []
    intervals: list[int] = []

    def fake_sign_in(accounts):
        # The first session signs out, the second quits by closing its window.
        def end() -> None:
            window = _main_window()
            windows.append(window)
            intervals.append(window.findChild(IdleLock).timer.interval())
            if len(windows) == 1:
                sign_out(window)
            else:
                window.close()

        QTimer.singleShot(0, end)
        return actor

    monkeypatch.setattr(session, "sign_in", fake_sign_in)
    code = session.run_sessions(
        zh_app,
        services,
        Settings(idle_lock_minutes=2),
        tmp_path / "s.json",
        UiState(tmp_path / "ui.ini"),
    )
    assert code == 0 and len(windows) == 2 and windows[0] is not windows[1]
    assert intervals == [2 * 60_000, 2 * 60_000]


def test_idle_time_zero_never_locks_and_a_saved_change_applies_at_the_next_sign_in(
    qtbot, zh_app, sqlite_database, tmp_path, monkeypatch
):
    services = build_services(sqlite_database, tmp_path / "backups")
    actor = services.accounts.create_first_admin("admin", "王管理", "secret-2026")
    settings_path = tmp_path / "s.json"
    locks: list[IdleLock | None] = []

    def fake_sign_in(accounts):
        def end() -> None:
            window = _main_window()
            locks.append(window.findChild(IdleLock))
            if len(locks) == 1:
                Settings(idle_lock_minutes=5).save(settings_path)  # the settings page's save
                sign_out(window)
            else:
                window.close()

        QTimer.singleShot(0, end)
        return actor

    monkeypatch.setattr(session, "sign_in", fake_sign_in)
    session.run_sessions(
        zh_app, services, Settings(idle_lock_minutes=0), settings_path, UiState(tmp_path / "ui")
    )
    assert locks[0] is None
    assert locks[1] is not None and locks[1].timer.interval() == 5 * 60_000


def test_cancelling_the_sign_in_ends_at_once(zh_app, sqlite_database, tmp_path, monkeypatch):
    monkeypatch.setattr(session, "sign_in", lambda accounts: None)
    services = build_services(sqlite_database, tmp_path / "backups")
    assert (
        session.run_sessions(
            zh_app, services, Settings(), tmp_path / "s.json", UiState(tmp_path / "ui.ini")
        )
        == 0
    )
