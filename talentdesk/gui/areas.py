"""Which view fills which area of the main window; later features register theirs here."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.gui.main_window import MainWindow
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.settings_view import SettingsView
from talentdesk.services.registry import Services
from talentdesk.settings import Settings


def build_main_window(
    services: Services, actor: Actor, settings: Settings, settings_path: Path, ui_state: UiState
) -> MainWindow:
    views: dict[str, Callable[[], QWidget]] = {
        "settings": lambda: SettingsView(settings, settings_path),
    }
    return MainWindow(actor, services.database_label, views, ui_state)
