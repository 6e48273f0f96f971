"""The backups page: back up now, restore a selected backup (then sign in again), PostgreSQL."""

from __future__ import annotations

from unittest.mock import MagicMock

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from talentdesk.domain.accounts import Role
from talentdesk.gui.idle_lock import SIGN_IN_AGAIN
from talentdesk.gui.views.backups_view import BackupsView
from talentdesk.services.accounts import AccountService
from talentdesk.services.backups import BackupService

pytestmark = pytest.mark.gui


@pytest.fixture
def accounts(sqlite_database) -> AccountService:
    return AccountService(sqlite_database, workstation="window-1")


@pytest.fixture
def window(qtbot, zh_app, sqlite_database, accounts, tmp_path):
    admin = accounts.create_first_admin("admin", "王管理", "secret-2026")
    window = QMainWindow()
    window.setCentralWidget(BackupsView(BackupService(sqlite_database, tmp_path / "bk"), admin))
    qtbot.addWidget(window)
    window.show()
    return window


def test_back_up_now_then_restore_it(qtbot, window, accounts, monkeypatch):
    view: BackupsView = window.centralWidget()
    assert [view.table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "备份时间",
        "类型",
        "大小",
        "文件",
    ]
    assert view.table.rowCount() == 0 and not view.restore_button.isEnabled()
    qtbot.mouseClick(view.backup_button, Qt.LeftButton)
    assert view.message.text().startswith("备份已写入：")
    assert view.table.rowCount() == 1 and view.table.item(0, 1).text() == "手动"
    accounts.create_user(view.actor, "li", "李娜", Role.CLERK, "clerk-2026")
    question = MagicMock(return_value=QMessageBox.StandardButton.Yes)
    information = MagicMock()
    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", information)
    view.table.selectRow(0)
    qtbot.mouseClick(view.restore_button, Qt.LeftButton)
    assert "确定用 talentdesk-manual-" in question.call_args.args[2]
    assert "请重新登录" in information.call_args.args[2]
    assert [u.username for u in accounts.list_users(view.actor)] == ["admin"], "li is gone"
    assert window.property(SIGN_IN_AGAIN) is True and not window.isVisible()


def test_a_refused_restore_says_why_and_keeps_the_session(qtbot, window, monkeypatch, tmp_path):
    view: BackupsView = window.centralWidget()
    monkeypatch.setattr(
        QMessageBox, "question", MagicMock(return_value=QMessageBox.StandardButton.Yes)
    )
    not_a_backup = tmp_path / "notes.sqlite3"
    not_a_backup.write_text("meeting notes", encoding="utf-8")
    view.restore(not_a_backup)
    assert view.message.text() == "备份文件：不是数据库文件。"
    assert window.isVisible() and not window.property(SIGN_IN_AGAIN)


def test_a_folder_that_cannot_be_made_is_explained_in_chinese(
    qtbot, zh_app, sqlite_database, accounts, tmp_path
):
    admin = accounts.create_first_admin("admin", "王管理", "secret-2026")
    (tmp_path / "U盘").write_text("a file where the folder should be", encoding="utf-8")
    view = BackupsView(BackupService(sqlite_database, tmp_path / "U盘" / "备份"), admin)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.backup_button, Qt.LeftButton)
    assert view.message.text() == "无法写入备份：路径中的文件夹名已被同名文件占用"
    assert view.table.rowCount() == 0


def test_a_file_where_the_backup_folder_should_be_is_explained_in_chinese(
    qtbot, zh_app, sqlite_database, accounts, tmp_path
):
    admin = accounts.create_first_admin("admin", "王管理", "secret-2026")
    (tmp_path / "backups").write_text("not a folder", encoding="utf-8")
    view = BackupsView(BackupService(sqlite_database, tmp_path / "backups"), admin)
    qtbot.addWidget(view)
    view.show()
    qtbot.mouseClick(view.backup_button, Qt.LeftButton)
    assert view.message.text() == "无法写入备份：已存在同名的文件或文件夹"
    assert (tmp_path / "backups").read_text(encoding="utf-8") == "not a folder", "left as it was"


def test_postgresql_points_to_pg_dump(qtbot, zh_app):
    backups = MagicMock(spec=BackupService)
    backups.available = False
    view = BackupsView(backups, MagicMock())
    qtbot.addWidget(view)
    view.show()
    assert "pg_dump" in view.message.text() and "PostgreSQL" in view.message.text()
    backups.list_backups.assert_not_called()
