"""The audit viewer: filters narrow the rows in SQL, pages turn, verification is reported."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import text

from talentdesk.domain.accounts import Actor, Role
from talentdesk.gui.views.audit_view import PAGE_SIZE, AuditView, details_text
from talentdesk.services.audit_service import AuditService
from talentdesk.services.common import audit

pytestmark = pytest.mark.gui

SUPERVISOR = Actor(2, "zhou", "周主任", Role.SUPERVISOR, "window-2")
CLERK = Actor(3, "li", "李娜", Role.CLERK, "window-3")
ADMIN = Actor(1, "admin", "管理员", Role.ADMINISTRATOR, "window-1")


def _utc(local: datetime) -> datetime:
    return local.astimezone(UTC).replace(tzinfo=None)


@pytest.fixture
def view(qtbot, zh_app, sqlite_database):
    with sqlite_database.write() as session:
        for day in (19, 20, 21):  # one clerk change and one admin sign-in per local day
            at = _utc(datetime(2026, 11, day, 10, 0))
            audit(session, CLERK, at, "update", "case", day, {"role": ["clerk", "supervisor"]})
            audit(session, ADMIN, at + timedelta(minutes=5), "login", "user", 1)
    view = AuditView(AuditService(sqlite_database), SUPERVISOR)
    qtbot.addWidget(view)
    view.show()
    return view


def _column(view: AuditView, column: int) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_all_entries_newest_first_in_chinese(view):
    headers = [view.model.headerData(c, Qt.Horizontal, Qt.DisplayRole) for c in range(7)]
    assert headers == ["序号", "时间", "用户", "工作站", "操作", "对象", "详情"]
    assert _column(view, 0) == ["6", "5", "4", "3", "2", "1"]
    assert _column(view, 1)[0] == "2026-11-21 10:05:00"  # shown in local time
    assert _column(view, 4)[:2] == ["登录", "修改"]
    assert _column(view, 5)[:2] == ["用户 1", "案件 21"]
    assert _column(view, 6)[1] == "角色: 窗口受理员 → 主管"
    assert view.page_label.text() == "第 1/1 页 · 共 6 条"
    assert view.since.text() == "不限" and view.action.currentText() == "全部"


def test_filters_show_only_matching_rows(qtbot, view):
    assert [view.action.itemText(i) for i in range(view.action.count())] == ["全部", "登录", "修改"]
    qtbot.keyClicks(view.user.lineEdit(), "li")
    qtbot.mouseClick(view.search_button, Qt.LeftButton)
    assert _column(view, 2) == ["li", "li", "li"]
    view.since.setDate(QDate(2026, 11, 20))
    view.until.setDate(QDate(2026, 11, 20))
    qtbot.mouseClick(view.search_button, Qt.LeftButton)
    assert _column(view, 0) == ["3"]
    view.user.lineEdit().clear()
    view.action.setCurrentIndex(view.action.findText("登录"))
    qtbot.mouseClick(view.search_button, Qt.LeftButton)
    assert _column(view, 0) == ["4"]
    assert view.page_label.text() == "第 1/1 页 · 共 1 条"


def test_pages_turn(qtbot, view, sqlite_database):
    with sqlite_database.write() as session:
        for n in range(PAGE_SIZE):
            audit(session, CLERK, datetime(2026, 11, 22, 1, 0), "print", "case", n)
    view.refresh()
    assert view.page_label.text() == "第 1/2 页 · 共 106 条"
    assert not view.previous_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.LeftButton)
    assert _column(view, 0) == ["6", "5", "4", "3", "2", "1"]
    assert not view.next_button.isEnabled()
    qtbot.mouseClick(view.previous_button, Qt.LeftButton)
    assert view.model.rowCount() == PAGE_SIZE


def test_verification_names_the_broken_entry(qtbot, view, sqlite_database):
    qtbot.mouseClick(view.verify_button, Qt.LeftButton)
    assert view.message.text().startswith("审计日志完整：已校验 6 条记录。最后一条：第 6 条")
    with sqlite_database.engine.begin() as conn:
        conn.execute(text("DROP TRIGGER audit_log_no_update"))
        conn.execute(text("UPDATE audit_log SET details = '{}' WHERE id = 3"))
    qtbot.mouseClick(view.verify_button, Qt.LeftButton)
    assert view.message.text() == "审计日志在第 3 条处断裂：该记录的内容已被修改。"


def test_details_show_changes_as_old_to_new(zh_app):
    shown = details_text({"username": "li", "active": [True, False], "unlabelled_key": None})
    assert shown == "状态: 是 → 否; unlabelled_key: –; 用户名: li"
