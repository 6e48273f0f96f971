"""Window state (geometry, splitters) kept per machine in an INI file beside the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget


class UiState:
    def __init__(self, path: Path) -> None:
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def restore_geometry(self, widget: QWidget, key: str) -> bool:
        value = self._settings.value(f"{key}/geometry")
        return isinstance(value, QByteArray) and widget.restoreGeometry(value)

    def save_geometry(self, widget: QWidget, key: str) -> None:
        self._settings.setValue(f"{key}/geometry", widget.saveGeometry())
        self._settings.sync()
