"""The office's radar lead times: when permits and extensions appear on the expiry radar."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.problems import Problem
from talentdesk.domain.workflow_records import RadarSettings
from talentdesk.errors import TalentDeskError, ValidationError
from talentdesk.gui.messages import error_text
from talentdesk.services.radar import MAX_LEAD_DAYS, RadarService


class RadarSettingsPage(QWidget):
    def __init__(self, radar: RadarService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._radar = radar
        self._actor = actor
        self.current: RadarSettings | None = None
        self.leads = QLineEdit()
        self.leads.setObjectName("leads")
        self.leads.setPlaceholderText("90, 30, 7")
        self.file_now = QSpinBox()
        self.file_now.setObjectName("file_now_days")
        self.file_now.setRange(0, MAX_LEAD_DAYS)
        self.file_now.setSuffix(self.tr(" days"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("Show permits this many days before &expiry:"), self.leads),
            (self.tr("Show extensions this many days before the &30-day deadline:"),
             self.file_now),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.save_button = QPushButton(self.tr("&Save lead times"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(allowed(actor.role, Action.EDIT_CONFIGURATION))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        try:
            self._show(self._radar.settings(self._actor))
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))

    def _show(self, settings: RadarSettings) -> None:
        self.current = settings
        self.leads.setText(", ".join(str(lead) for lead in settings.leads))
        self.file_now.setValue(settings.file_now_days)

    def save(self) -> None:
        text = self.leads.text().replace("，", ",").replace("、", ",")
        try:
            leads = [int(part) for part in text.split(",") if part.strip()]
        except ValueError:
            error = ValidationError([Problem("radar_leads_invalid", "leads",
                                             {"max": MAX_LEAD_DAYS})])
            self.message.setText(error_text(error))
            return
        version = self.current.version if self.current else None
        try:
            self._show(self._radar.save_settings(self._actor, leads, self.file_now.value(),
                                                 version))
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Saved."))
