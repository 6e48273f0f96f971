"""Start-up with a damaged or vanished database: a clear message and the offer of a restore."""

from __future__ import annotations

import shutil
from pathlib import Path
from unittest.mock import MagicMock

import pytest
from PySide6.QtCore import Qt

from talentdesk.app import open_database
from talentdesk.domain.accounts import Role
from talentdesk.errors import StorageUnavailableError
from talentdesk.gui.dialogs import recovery
from talentdesk.gui.dialogs.recovery import RecoveryChoice, RecoveryDialog, open_with_recovery
from talentdesk.paths import AppPaths
from talentdesk.services.accounts import AccountService
from talentdesk.services.backups import (
    BackupService,
    damaged_database_offer,
    missing_database_offer,
)
from talentdesk.storage.database import Database
from tests.gui.modal import when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.for_user(tmp_path / "data").ensure()


@pytest.fixture
def live(paths: AppPaths, sqlite_template: Path) -> Path:
    """A database with two users and one manual backup, then closed."""
    shutil.copyfile(sqlite_template, paths.default_database)
    db = Database(paths.default_database)
    accounts = AccountService(db)
    admin = accounts.create_first_admin("admin", "王管理", "secret-2026")
    accounts.create_user(admin, "li", "李娜", Role.CLERK, "clerk-2026")
    BackupService(db, paths.backups).create(admin)
    db.dispose()
    return paths.default_database


@pytest.fixture
def errors(monkeypatch) -> MagicMock:
    shown = MagicMock()
    monkeypatch.setattr(recovery, "show_error", shown)
    return shown


def _corrupt(path: Path) -> bytes:
    damaged = b"\x00" * 100 + path.read_bytes()[100:]
    path.write_bytes(damaged)
    return damaged


def _open(paths: AppPaths, ask=recovery.ask_recovery):
    return open_with_recovery(
        lambda: open_database(str(paths.default_database), paths),
        paths.default_database,
        paths.backups,
        ask,
    )


def test_a_corrupt_database_is_restored_through_the_dialog(qtbot, zh_app, paths, live, errors):
    damaged = _corrupt(live)
    seen = {}

    def choose_restore(dialog: RecoveryDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["problem"] = dialog.problem.text()
        seen["advice"] = dialog.advice.text()
        seen["buttons"] = [
            b.text() for b in (dialog.restore_button, dialog.new_button) if not b.isHidden()
        ]
        qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)

    failures = when_modal(choose_restore)
    db = _open(paths)
    assert failures == [] and errors.call_count == 0
    assert seen["title"] == "talentdesk 无法打开数据库"
    assert seen["problem"] == f"数据库文件 {live} 已损坏，或不是 talentdesk 数据库。"
    assert "（手动）" in seen["advice"] and "此后所做的修改将会丢失" in seen["advice"]
    assert seen["buttons"] == ["恢复备份(&R)"], "no empty database offered for a damaged one"
    accounts = AccountService(db)
    assert accounts.authenticate("li", "clerk-2026").username == "li"
    db.dispose()
    (kept,) = paths.backups.glob("talentdesk-damaged-*.sqlite3")
    assert kept.read_bytes() == damaged


def test_quitting_leaves_the_damaged_file_alone(paths, live, errors):
    damaged = _corrupt(live)
    assert _open(paths, ask=lambda offer: RecoveryChoice.QUIT) is None
    assert live.read_bytes() == damaged
    assert not list(paths.backups.glob("*damaged*"))


def test_a_vanished_database_is_not_silently_replaced_by_an_empty_one(paths, live, errors):
    live.unlink()
    offers = []

    def ask(offer):
        offers.append(offer)
        return RecoveryChoice.NEW_DATABASE

    db = _open(paths, ask)
    assert [o.problem for o in offers] == ["missing"]
    assert AccountService(db).needs_first_admin(), "the user chose an empty database"
    db.dispose()


def test_other_errors_are_only_explained(paths, live, errors, monkeypatch):
    with Database(live).engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    ask = MagicMock()
    assert _open(paths, ask) is None
    ask.assert_not_called()
    assert errors.call_args.args[0].reason == "newer_database"


def test_the_dialog_for_a_missing_file_offers_an_empty_database(qtbot, zh_app, paths, live):
    live.unlink()
    offer = missing_database_offer(live, paths.backups)
    dialog = RecoveryDialog(offer)
    qtbot.addWidget(dialog)
    assert "不存在或为空" in dialog.problem.text()
    assert not dialog.new_button.isHidden() and not dialog.restore_button.isHidden()
    qtbot.mouseClick(dialog.new_button, Qt.LeftButton)
    assert dialog.choice is RecoveryChoice.NEW_DATABASE


def test_without_a_good_backup_only_quitting_is_offered(qtbot, zh_app, paths, live):
    for backup in paths.backups.iterdir():
        backup.unlink()
    _corrupt(live)
    offer = damaged_database_offer(StorageUnavailableError("corrupt"), live, paths.backups)
    dialog = RecoveryDialog(offer)
    qtbot.addWidget(dialog)
    assert dialog.advice.text().startswith("未找到可用的备份")
    assert dialog.restore_button.isHidden() and dialog.new_button.isHidden()
    assert dialog.choice is RecoveryChoice.QUIT
