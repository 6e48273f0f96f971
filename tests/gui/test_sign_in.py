"""Signing in through the real dialogs: first administrator, wrong password, right password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from talentdesk.domain.accounts import Role
from talentdesk.gui.dialogs.sign_in import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from talentdesk.services.accounts import AccountService
from tests.gui.modal import click_ok, when_modal
from tests.gui.typing import type_into

pytestmark = pytest.mark.gui


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.LeftButton)


@pytest.fixture
def accounts(sqlite_database) -> AccountService:
    return AccountService(sqlite_database, workstation="window-1")


def test_first_start_creates_the_administrator(qtbot, zh_app, accounts):
    dialog = FirstAdminDialog(accounts)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "初始化 talentdesk"
    qtbot.keyClicks(dialog.username, "admin")
    type_into(qtbot, dialog.display_name, "王管理")
    qtbot.keyClicks(dialog.password, "secret-2026")
    qtbot.keyClicks(dialog.repeat, "secret-2027")
    _ok(qtbot, dialog)
    assert dialog.message.text() == "两次输入的密码不一致。"
    assert accounts.needs_first_admin()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.repeat, "secret-2026")
    _ok(qtbot, dialog)
    assert dialog.result() == FirstAdminDialog.DialogCode.Accepted
    assert dialog.actor is not None and dialog.actor.display_name == "王管理"
    assert not accounts.needs_first_admin()


def test_short_password_is_explained_with_the_field_name(qtbot, zh_app, accounts):
    dialog = FirstAdminDialog(accounts)
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.username, "admin"), (dialog.display_name, "Admin")):
        qtbot.keyClicks(edit, text)
    qtbot.keyClicks(dialog.password, "abc1")
    qtbot.keyClicks(dialog.repeat, "abc1")
    _ok(qtbot, dialog)
    assert dialog.message.text() == "密码至少需要 8 个字符。"
    assert dialog.actor is None


def test_wrong_password_gets_a_plain_message(qtbot, zh_app, accounts):
    accounts.create_first_admin("admin", "Admin", "secret-2026")
    dialog = LoginDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.show()  # Return reaches the default button only in a visible dialog
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "guess-2026")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.message.text() == "用户名或密码错误。"
    assert dialog.password.text() == "", "the wrong password is cleared"
    assert dialog.actor is None
    qtbot.keyClicks(dialog.password, "secret-2026")
    qtbot.keyClick(dialog.password, Qt.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "admin"


def test_a_reset_password_must_be_replaced_before_the_sign_in_completes(
    qtbot, zh_app, accounts
):
    admin = accounts.create_first_admin("admin", "Admin", "secret-2026")
    li = accounts.create_user(admin, "li", "李娜", Role.CLERK, "start-2026")
    accounts.reset_password(admin, li.id, "temp-2026")
    dialog = LoginDialog(accounts)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "li")

    # Cancelling the change leaves the user at the sign-in, not signed in.
    qtbot.keyClicks(dialog.password, "temp-2026")
    failures = when_modal(lambda change: change.reject())
    _ok(qtbot, dialog)
    assert failures == []
    assert dialog.actor is None
    assert dialog.message.text() == "管理员已重置您的密码：请设置您自己的密码后登录。"

    seen: list[str] = []

    def choose(change) -> None:
        assert isinstance(change, ChangePasswordDialog)
        seen.append(change.windowTitle())
        qtbot.keyClicks(change.new_password, "mine-2026")
        qtbot.keyClicks(change.repeat, "mine-2026")
        click_ok(qtbot, change)

    failures = when_modal(choose)
    _ok(qtbot, dialog)
    assert failures == []
    assert seen == ["设置您自己的密码"]
    assert dialog.actor is not None and dialog.actor.username == "li"
    assert not accounts.must_change_password(dialog.actor)
    assert accounts.authenticate("li", "mine-2026").username == "li"
