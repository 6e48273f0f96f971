"""Users administration through the real widgets: create, disable, reset, role, last admin."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talentdesk.domain.accounts import Role
from talentdesk.errors import AuthenticationError
from talentdesk.gui.views.users_view import UsersView
from talentdesk.services.accounts import AccountService
from tests.gui.modal import click_ok, when_modal
from tests.gui.typing import type_into

pytestmark = pytest.mark.gui


@pytest.fixture
def accounts(sqlite_database) -> AccountService:
    return AccountService(sqlite_database, workstation="window-1")


@pytest.fixture
def view(qtbot, zh_app, accounts):
    admin = accounts.create_first_admin("admin", "王管理", "secret-2026")
    view = UsersView(accounts, admin)
    qtbot.addWidget(view)
    view.show()
    return view


def _cells(view: UsersView, username: str) -> list[str]:
    for row in range(view.table.rowCount()):
        if view.table.item(row, 0).text() == username:
            return [view.table.item(row, c).text() for c in range(view.table.columnCount())]
    raise AssertionError(f"{username} is not listed")


def test_create_a_user_disable_it_and_sign_in_is_refused(qtbot, view, accounts):
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["用户名", "姓名", "角色", "状态"]

    def fill(dialog) -> None:
        assert dialog.windowTitle() == "新建用户"
        qtbot.keyClicks(dialog.username, "li")
        type_into(qtbot, dialog.display_name, "李娜")
        dialog.role.setCurrentIndex(dialog.role.findText("窗口受理员"))
        qtbot.keyClicks(dialog.password, "clerk-2026")
        qtbot.keyClicks(dialog.repeat, "clerk-2026")
        click_ok(qtbot, dialog)

    failures = when_modal(fill)
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    assert failures == []
    assert view.message.text() == "已创建用户 li。"
    assert _cells(view, "li") == ["li", "李娜", "窗口受理员", "正常"]
    assert view.selected().username == "li", "the new user is selected"
    assert view.active_button.text() == "停用(&D)"
    qtbot.mouseClick(view.active_button, Qt.LeftButton)
    assert _cells(view, "li")[3] == "已停用"
    assert view.active_button.text() == "启用(&E)"
    with pytest.raises(AuthenticationError) as caught:
        accounts.authenticate("li", "clerk-2026")
    assert caught.value.reason == "disabled"


def test_a_bad_password_keeps_the_dialog_open_with_the_reason(qtbot, view):
    seen = []

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.username, "li")
        qtbot.keyClicks(dialog.display_name, "Li")
        qtbot.keyClicks(dialog.password, "short")
        qtbot.keyClicks(dialog.repeat, "short")
        click_ok(qtbot, dialog)
        seen.append((dialog.isVisible(), dialog.message.text()))
        dialog.reject()

    failures = when_modal(fill)
    qtbot.mouseClick(view.new_button, Qt.LeftButton)
    assert failures == []
    visible, message = seen[0]
    assert visible and "密码至少需要 8 个字符" in message
    assert [view.table.item(r, 0).text() for r in range(view.table.rowCount())] == ["admin"]


def test_reset_password_and_change_role(qtbot, view, accounts):
    accounts.create_user(view.admin, "li", "李娜", Role.CLERK, "x-2026-abc")
    view.refresh()
    view.select("li")

    def reset(dialog) -> None:
        assert dialog.windowTitle() == "重置 li 的密码"
        qtbot.keyClicks(dialog.password, "temp-2026")
        qtbot.keyClicks(dialog.repeat, "temp-2026")
        click_ok(qtbot, dialog)

    failures = when_modal(reset)
    qtbot.mouseClick(view.reset_button, Qt.LeftButton)
    assert failures == [] and view.message.text() == "已重置 li 的密码。"
    assert accounts.authenticate("li", "temp-2026").username == "li"

    def role(dialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findText("主管"))
        click_ok(qtbot, dialog)

    failures = when_modal(role)
    qtbot.mouseClick(view.role_button, Qt.LeftButton)
    assert failures == [] and _cells(view, "li")[2] == "主管"


def test_the_last_administrator_cannot_be_demoted_and_the_view_says_why(qtbot, view):
    view.select("admin")
    messages = []

    def role(dialog) -> None:
        dialog.role.setCurrentIndex(dialog.role.findText("窗口受理员"))
        click_ok(qtbot, dialog)
        messages.append(dialog.message.text())
        dialog.reject()

    failures = when_modal(role)
    qtbot.mouseClick(view.role_button, Qt.LeftButton)
    assert failures == []
    assert messages == ["这是最后一个有效的管理员账号，不能停用，也不能更改其角色。"]
    qtbot.mouseClick(view.active_button, Qt.LeftButton)
    assert view.message.text() == "不能停用自己的账号。"
    assert _cells(view, "admin")[2:] == ["管理员", "正常"]


def test_a_locked_user_is_shown_and_unlocked(qtbot, view, accounts):
    accounts.create_user(view.admin, "li", "李娜", Role.CLERK, "clerk-2026")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("li", "guess-2026")
    view.refresh()
    assert _cells(view, "li")[3].startswith("锁定至 ")
    view.select("li")
    qtbot.mouseClick(view.unlock_button, Qt.LeftButton)
    assert view.message.text() == "用户 li 已解锁。"
    assert _cells(view, "li")[3] == "正常"
