"""Changes to a running enrollment: an extension (pause) and an early termination."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.researchers.records import EnrollmentRecord
from talentdesk.domain.researchers.schedule import (
    Extension,
    ExtensionReason,
    Termination,
    TerminationReason,
)
from talentdesk.gui.widgets.researcher_inputs import FormDialog, code_combo, date_edit, date_of
from talentdesk.services.researchers import EnrollmentService


class ExtensionDialog(FormDialog):
    """Every checkpoint due on or after the first day, and the cycle end, move by its length."""

    def __init__(self, service: EnrollmentService, actor: Actor, enrollment: EnrollmentRecord,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Extension of %s") % enrollment.program.name, parent)
        self._service = service
        self._actor = actor
        self._enrollment = enrollment
        today = today or date.today()
        self.reason = self.row(self.tr("&Reason:"), code_combo(
            "reason", "extension_reason", list(ExtensionReason)))
        self.starts_on = self.row(self.tr("&From:"), date_edit("starts_on", today))
        self.ends_on = self.row(self.tr("&To (inclusive):"), date_edit("ends_on", today))
        self.approved_by = self.row(self.tr("&Approved by:"), QLineEdit(), "approved_by")
        self.note = self.row(self.tr("&Note:"), QLineEdit(), "note")

    def save(self) -> EnrollmentRecord:
        extension = Extension(ExtensionReason(self.reason.currentData()), date_of(self.starts_on),
                              date_of(self.ends_on), self.approved_by.text(), self.note.text())
        return self._service.add_extension(self._actor, self._enrollment.id,
                                           self._enrollment.version, extension)


class TerminationDialog(FormDialog):
    """Checkpoints after the day are cancelled and unpaid tranches blocked."""

    def __init__(self, service: EnrollmentService, actor: Actor, enrollment: EnrollmentRecord,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End %s early") % enrollment.program.name, parent)
        self._service = service
        self._actor = actor
        self._enrollment = enrollment
        self.on = self.row(self.tr("&Ends on:"), date_edit("on", today or date.today()))
        self.reason = self.row(self.tr("&Reason:"), code_combo(
            "reason", "termination_reason", list(TerminationReason)))
        self.approved_by = self.row(self.tr("&Approved by:"), QLineEdit(), "approved_by")
        self.note = self.row(self.tr("&Note:"), QLineEdit(), "note")

    def save(self) -> EnrollmentRecord:
        termination = Termination(date_of(self.on), TerminationReason(self.reason.currentData()),
                                  self.approved_by.text(), self.note.text())
        return self._service.terminate(self._actor, self._enrollment.id,
                                       self._enrollment.version, termination)
