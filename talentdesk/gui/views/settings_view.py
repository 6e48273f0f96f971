"""Settings for this machine: the interface language (applied at the next start)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.settings import Settings


class SettingsView(QWidget):
    def __init__(self, settings: Settings, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._path = path
        self.language = QComboBox()
        self.language.setObjectName("language")
        # Each language is named in itself, so a user who cannot read the other finds theirs.
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        caption = QLabel(self.tr("Interface &language:"))
        caption.setBuddy(self.language)
        form = QFormLayout()
        form.addRow(caption, self.language)
        self.save_button = QPushButton(self.tr("&Save settings"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def save(self) -> None:
        self._settings = replace(self._settings, language=self.language.currentData())
        self._settings.save(self._path)
        self.status.setText(self.tr("Saved. The language changes when talentdesk starts again."))
