"""The main window in Chinese: every area reachable, unbuilt ones say so, state remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QShortcut

from talentdesk.app import build_services
from talentdesk.domain.accounts import Actor, Role
from talentdesk.gui.areas import build_main_window
from talentdesk.gui.main_window import DATABASE_LABEL_WIDTH, MainWindow
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.placeholder_view import PlaceholderView
from talentdesk.gui.views.settings_view import SettingsView
from talentdesk.gui.widgets import export_action
from talentdesk.gui.widgets.import_action import ImportAction
from talentdesk.settings import Settings
from tests.gui.conftest import activate

pytestmark = pytest.mark.gui

CHINESE_AREAS = ["工作台", "案件", "申请人", "用人单位", "青年人才", "统计", "设置"]


@pytest.fixture
def window_factory(qtbot, zh_app, sqlite_database, tmp_path):
    services = build_services(sqlite_database)
    actor = Actor(1, "wang", "王芳", Role.CLERK, "window-2")

    def make():
        window = build_main_window(
            services, actor, Settings(), tmp_path / "settings.json", UiState(tmp_path / "ui.ini")
        )
        qtbot.addWidget(window)
        return window

    return make


def test_navigation_shows_every_area_in_chinese(window_factory):
    window = window_factory()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == CHINESE_AREAS
    assert window.windowTitle().startswith("talentdesk — 外国人才")


def test_status_bar_names_user_role_and_database(window_factory, sqlite_database):
    window = window_factory()
    assert window.user_label.text() == "用户：王芳"
    assert window.role_label.text() == "角色：窗口受理员"
    assert window.database_label.text() == f"数据库：{sqlite_database.sqlite_path}"


def test_a_long_database_path_is_shortened_in_the_middle_and_whole_in_its_tooltip(
    qtbot, zh_app, tmp_path
):
    share = "\\\\档案服务器\\外国人来华工作许可" + "\\苏州市服务窗口" * 20 + "\\talentdesk.sqlite3"
    window = MainWindow(Actor(1, "wang", "王芳", Role.CLERK, "w"), share, {},
                        UiState(tmp_path / "ui.ini"))  # fmt: skip
    qtbot.addWidget(window)
    label = window.database_label
    assert label.toolTip() == f"数据库：{share}"
    assert label.text().startswith("数据库：\\\\档案服务器") and "…" in label.text()
    assert label.text().endswith("talentdesk.sqlite3")
    assert label.sizeHint().width() <= DATABASE_LABEL_WIDTH + 2 * label.margin() + 10
    assert window.minimumSizeHint().width() < 1024, "fits a small laptop's screen"


def test_keyboard_shortcuts_reach_every_area(qtbot, window_factory):
    window = window_factory()
    activate(qtbot, window)  # shortcuts fire only in the active window
    qtbot.keyClick(window.navigation, Qt.Key_7, Qt.ControlModifier)
    assert isinstance(window.current_view(), SettingsView)
    qtbot.keyClick(window.navigation, Qt.Key_2, Qt.ControlModifier)
    assert window.navigation.currentItem().text() == "案件"


def test_ctrl_e_and_ctrl_i_reach_the_area_just_chosen_from_the_navigation(
    qtbot, window_factory, monkeypatch
):
    asked = []
    monkeypatch.setattr(export_action, "choose_export_file",
                        lambda _parent, suggested: asked.append(suggested.name))  # fmt: skip
    window = window_factory()
    activate(qtbot, window)
    window.show_area("applicants")
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [name.split("-")[0] for name in asked] == ["外国人员"]

    qtbot.keyClick(window.navigation, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    importer = window.current_view().findChild(ImportAction)
    qtbot.waitUntil(lambda: importer.dialog is not None and importer.dialog.isVisible())
    importer.dialog.reject()


def test_no_area_shows_two_lists_with_the_same_shortcut(qtbot, window_factory):
    # Two would make Qt's shortcut ambiguous, and then neither would fire.
    window = window_factory()
    activate(qtbot, window)
    for key in window.area_keys:
        window.show_area(key)
        for keys in ("Ctrl+E", "Ctrl+I", "Ctrl+F"):
            sequence = QKeySequence.fromString(keys, QKeySequence.SequenceFormat.PortableText)
            active = [
                a for a in window.findChildren(QAction)
                if a.shortcut() == sequence and a.parent().isVisible()
            ] + [
                s for s in window.findChildren(QShortcut)
                if s.key() == sequence and s.isEnabled() and s.parent().isVisible()
            ]  # fmt: skip
            assert len(active) <= 1, (key, keys)


def test_an_unbuilt_area_says_so_instead_of_showing_fake_data(qtbot, zh_app, tmp_path):
    # Every area has its view now; a window given none shows what an unbuilt one looks like.
    actor = Actor(1, "wang", "王芳", Role.CLERK, "w")
    window = MainWindow(actor, "db", {}, UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show_area("statistics")
    view = window.current_view()
    assert isinstance(view, PlaceholderView)
    assert view.label.text() == "统计：此功能在当前版本中尚未提供。"


def test_window_geometry_is_remembered(qtbot, window_factory):
    first = window_factory()
    first.show()
    first.resize(640, 480)  # the offscreen screen is only 800×600
    first.close()
    second = window_factory()
    assert (second.width(), second.height()) == (640, 480)


def test_language_choice_is_saved_for_the_next_start(qtbot, window_factory, tmp_path):
    window = window_factory()
    window.show_area("settings")
    view = window.current_view()
    view.language.setCurrentIndex(view.language.findData("en"))
    qtbot.mouseClick(view.save_button, Qt.LeftButton)
    assert Settings.load(tmp_path / "settings.json").language == "en"
    assert "界面语言在重新启动 talentdesk 后生效" in view.status.text()


def test_the_interface_font_has_chinese_glyphs(window_factory):
    window = window_factory()
    metrics = QFontMetrics(window.navigation.font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "案件申请人用人单位青年人才")
