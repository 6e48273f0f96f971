"""Two windows save the same checklist document: both versions side by side, nothing lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from talentdesk.app import build_services
from talentdesk.domain.enums import Category, ChecklistStatus
from talentdesk.gui.dialogs.conflict_dialog import DIFFERENT, ConflictDialog
from talentdesk.storage.database import Database
from tests.gui.modal import when_modal
from tests.gui.test_case_detail_view import detail, make_case, row_of
from tests.gui.typing import type_into
from tests.services.permit_fixtures import CLERK, b_by_b1

pytestmark = pytest.mark.gui


@pytest.fixture
def windows(qtbot, zh_app, sqlite_database):
    """Two windows, each with its own services and connection, on one case and one document."""
    other = Database(sqlite_database.url)
    first, second = build_services(sqlite_database), build_services(other)
    case = make_case(first, category=Category.B, category_request=b_by_b1())
    views = [detail(qtbot, services, case.id) for services in (first, second)]
    for view in views:
        view.checklist.setCurrentCell(row_of(view, "photo"), 0)
    yield first, case, *views
    other.dispose()


def _save(qtbot, view, status: str, reason: str) -> None:
    view.status.setCurrentIndex(view.status.findData(status))
    view.reason.clear()
    type_into(qtbot, view.reason, reason)
    qtbot.mouseClick(view.save_item, Qt.MouseButton.LeftButton)


def _stored(services, case):
    stored = services.cases.get_case(CLERK, case.id)
    return next(e for e in stored.checklist if e.item.code == "photo").item


def _table(dialog: ConflictDialog) -> list[tuple[str, str, str, bool]]:
    table = dialog.table
    return [
        (*(table.item(row, column).text() for column in range(3)),
         table.item(row, 1).background().color() == DIFFERENT)
        for row in range(table.rowCount())
    ]


def test_keep_mine_shows_both_versions_and_saves_over_the_new_one(qtbot, windows, tmp_path):
    services, case, first, second = windows
    _save(qtbot, first, "received", "原件已核")
    seen = []

    def keep_mine(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        seen.extend(_table(dialog))
        assert "照片" in dialog.findChild(type(first.heading), "intro").text()
        dialog.grab().save(str(tmp_path / "conflict.png"))
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)

    failures = when_modal(keep_mine)
    _save(qtbot, second, "cannot_provide", "申请人在境外，照片后补")
    assert failures == []
    assert seen == [
        ("状态", "无法提供", "已收取", True),
        ("理由", "申请人在境外，照片后补", "原件已核", True),
        ("材料日期", "—", "—", False),
        ("认证", "否", "否", False),
    ]
    stored = _stored(services, case)
    assert stored.status is ChecklistStatus.CANNOT_PROVIDE
    assert stored.note == "申请人在境外，照片后补"
    assert second.message.text() == ""
    assert second.checklist.item(row_of(second, "photo"), 2).text() == "无法提供"


def test_cancel_keeps_the_input_and_take_theirs_reloads(qtbot, windows):
    services, case, first, second = windows
    _save(qtbot, first, "received", "原件已核")
    failures = when_modal(lambda dialog: dialog.reject())
    _save(qtbot, second, "cannot_provide", "照片后补")
    assert failures == []
    assert second.message.text() == "未保存：该材料已在另一个窗口中被修改。"
    assert second.reason.text() == "照片后补", "what was typed is still there"
    assert _stored(services, case).note == "原件已核"

    def take_theirs(dialog) -> None:
        qtbot.mouseClick(dialog.take_theirs, Qt.MouseButton.LeftButton)

    failures = when_modal(take_theirs)
    qtbot.mouseClick(second.save_item, Qt.MouseButton.LeftButton)
    assert failures == []
    assert second.reason.text() == "原件已核"
    assert second.status.currentData() == "received"
    assert _stored(services, case).note == "原件已核"


def test_return_does_not_overwrite(qtbot, zh_app):
    dialog = ConflictDialog("照片", [])
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    assert not any(b.isDefault() or b.autoDefault() for b in buttons.buttons()
                   if b in (dialog.keep_mine, dialog.take_theirs))
