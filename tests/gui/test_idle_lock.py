"""Idle lock: no input for a while covers the window; the same user's password uncovers it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from talentdesk.domain.accounts import Role
from talentdesk.gui.idle_lock import SIGN_IN_AGAIN, IdleLock
from talentdesk.services.accounts import AccountService

pytestmark = pytest.mark.gui


@pytest.fixture
def accounts(sqlite_database) -> AccountService:
    return AccountService(sqlite_database, workstation="window-1")


@pytest.fixture
def window(qtbot, zh_app):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(640, 480)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_no_input_locks_and_the_password_unlocks(qtbot, window, accounts):
    actor = accounts.create_first_admin("wang", "王芳", "secret-2026")
    lock = IdleLock(window, accounts, actor, timeout_ms=150)
    qtbot.waitUntil(lambda: lock.locked and lock.screen.isVisible(), timeout=5000)
    screen = lock.screen
    assert screen.isModal() and screen.geometry() == window.frameGeometry()
    assert any("王芳（wang）" in label.text() for label in screen.findChildren(QLabel))
    qtbot.keyClicks(screen.password, "guess-2026")
    qtbot.mouseClick(screen.unlock_button, Qt.LeftButton)
    assert screen.message.text() == "用户名或密码错误。"
    assert screen.password.text() == "" and screen.isVisible()
    qtbot.keyClick(screen, Qt.Key_Escape)
    screen.close()
    assert screen.isVisible(), "neither Escape nor closing uncovers the window"
    qtbot.keyClicks(screen.password, "secret-2026")
    qtbot.keyClick(screen.password, Qt.Key_Return)
    assert not screen.isVisible() and not lock.locked
    assert lock.timer.isActive(), "the countdown starts again"


def test_input_postpones_the_lock(qtbot, window, accounts):
    actor = accounts.create_first_admin("wang", "王芳", "secret-2026")
    lock = IdleLock(window, accounts, actor, timeout_ms=60_000)
    for give_input in (
        lambda: qtbot.keyClick(window, Qt.Key_A),
        lambda: qtbot.mouseMove(window, window.rect().center()),
    ):
        qtbot.wait(500)
        assert lock.timer.remainingTime() < 59_700
        give_input()
        assert lock.timer.remainingTime() > 59_700


def test_a_disabled_account_cannot_unlock_only_sign_out(qtbot, window, accounts):
    admin = accounts.create_first_admin("admin", "Admin", "secret-2026")
    clerk = accounts.create_user(admin, "li", "李娜", Role.CLERK, "clerk-2026")
    actor = accounts.authenticate("li", "clerk-2026")
    lock = IdleLock(window, accounts, actor, timeout_ms=60_000)
    lock.lock()
    accounts.set_active(admin, clerk.id, False, clerk.version)
    qtbot.keyClicks(lock.screen.password, "clerk-2026")
    qtbot.mouseClick(lock.screen.unlock_button, Qt.LeftButton)
    assert lock.screen.message.text() == "此账号已被停用。"
    behind = QDialog(window)  # a dialog the lock screen covered
    behind.show()
    qtbot.mouseClick(lock.screen.sign_out_button, Qt.LeftButton)
    assert window.property(SIGN_IN_AGAIN) is True
    assert not window.isVisible() and not behind.isVisible() and not lock.screen.isVisible()
