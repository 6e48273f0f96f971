"""The settings area by role: administrators get four tabs, supervisors two, clerks the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from talentdesk.app import build_services
from talentdesk.domain.accounts import Actor, Role
from talentdesk.gui.views.audit_view import AuditView
from talentdesk.gui.views.backups_view import BackupsView
from talentdesk.gui.views.settings_area import SettingsArea, settings_area
from talentdesk.gui.views.settings_view import SettingsView
from talentdesk.gui.views.users_view import UsersView
from talentdesk.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def make(qtbot, zh_app, sqlite_database, tmp_path):
    services = build_services(sqlite_database, tmp_path / "backups")

    def make(role: Role):
        area = settings_area(
            services, Actor(1, "wang", "王芳", role, "w"), Settings(), tmp_path / "s.json"
        )
        qtbot.addWidget(area)
        return area

    return make


def _tabs(area: SettingsArea) -> list[str]:
    return [area.tabText(i) for i in range(area.count())]


def test_administrators_see_users_audit_and_backups(make):
    area = make(Role.ADMINISTRATOR)
    assert _tabs(area) == ["本机设置(&C)", "用户管理(&M)", "审计日志(&G)", "备份(&K)"]
    assert [type(area.widget(i)) for i in range(4)] == [
        SettingsView,
        UsersView,
        AuditView,
        BackupsView,
    ]


def test_supervisors_see_the_audit_log_only(make):
    area = make(Role.SUPERVISOR)
    assert _tabs(area) == ["本机设置(&C)", "审计日志(&G)"]
    assert isinstance(area.widget(1), AuditView)


@pytest.mark.parametrize("role", [Role.CLERK, Role.HR_OFFICER])
def test_clerks_get_the_plain_settings_page(make, role):
    assert isinstance(make(role), SettingsView)


def test_administrators_set_the_idle_lock_and_never_is_zero(make, qtbot, tmp_path):
    area = make(Role.ADMINISTRATOR)
    page = area.local
    spin = page.idle_minutes
    assert spin.isEnabled() and spin.text() == "15 分钟"
    spin.setFocus()
    for _ in range(16):  # one more than needed: 0 is the lowest value
        qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 0 and spin.text() == "从不"
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert Settings.load(tmp_path / "s.json").idle_lock_minutes == 0


def test_clerks_see_the_idle_lock_but_cannot_change_it(make):
    page = make(Role.CLERK)
    assert not page.idle_minutes.isEnabled() and page.idle_minutes.value() == 15
