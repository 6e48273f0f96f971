"""Settings for this machine: the interface language and the idle lock."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talentdesk.settings import Settings

MAX_IDLE_MINUTES = 480  # a working day


class SettingsView(QWidget):
    """``may_configure``: an administrator may change the idle lock (a clerk only sees it)."""

    def __init__(
        self,
        settings: Settings,
        path: Path,
        parent: QWidget | None = None,
        *,
        may_configure: bool = False,
    ) -> None:
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
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idle_lock_minutes")
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setSpecialValueText(self.tr("Never"))  # shown for 0
        self.idle_minutes.setValue(min(settings.idle_lock_minutes, MAX_IDLE_MINUTES))
        self.idle_minutes.setEnabled(may_configure)
        self.idle_minutes.setToolTip(
            self.tr("Without input for this long, the window locks until the password is given.")
            if may_configure
            else self.tr("Only an administrator can change this.")
        )
        idle_caption = QLabel(self.tr("Lock after &idle time:"))
        idle_caption.setBuddy(self.idle_minutes)
        form = QFormLayout()
        form.addRow(caption, self.language)
        form.addRow(idle_caption, self.idle_minutes)
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
        self._settings = replace(
            self._settings,
            language=self.language.currentData(),
            idle_lock_minutes=self.idle_minutes.value(),
        )
        self._settings.save(self._path)
        self.status.setText(
            self.tr(
                "Saved. The language changes when talentdesk starts again, "
                "the idle lock at the next sign-in."
            )
        )
