"""Enroll a researcher: the eligibility verdict and the generated schedule before saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QSpinBox, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.researchers.programs import EvaluationCategory
from talentdesk.domain.researchers.records import (
    EnrollmentPreview,
    EnrollmentRecord,
    EnrollmentRequest,
    ProgramRecord,
    ResearcherRecord,
)
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text, problem_text
from talentdesk.gui.texts.researchers import label
from talentdesk.gui.widgets.researcher_inputs import ERROR_STYLE, FormDialog, date_edit, date_of
from talentdesk.services.researchers import EnrollmentService

OK_STYLE = "color: #1b5e20;"


class EnrollmentDialog(FormDialog):
    """Every change asks the service for the verdict; OK stays off while it refuses."""

    def __init__(self, enrollments: EnrollmentService, actor: Actor,
                 researcher: ResearcherRecord, programs: list[ProgramRecord],
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Enroll %s") % researcher.data.name, parent)
        self._service = enrollments
        self._actor = actor
        self._researcher = researcher
        self.preview: EnrollmentPreview | None = None
        self.setMinimumWidth(560)
        today = today or date.today()
        self.program = self.row(self.tr("&Program:"), QComboBox(), "program")
        for record in programs:
            self.program.addItem(record.program.name, record.id)
        self._programs = {r.id: r for r in programs}
        self.category = self.row(self.tr("Evaluation &category:"), QComboBox(), "category")
        self.call_year = self.row(self.tr("Call &year:"), QSpinBox(), "call_year")
        self.call_year.setRange(2000, 2100)
        self.call_year.setValue(today.year)
        self.has_deadline = QCheckBox(self.tr("The call has an application &deadline"))
        self.has_deadline.setObjectName("has_deadline")
        self.form.addRow(self.has_deadline)
        self.deadline = self.row(self.tr("Application dead&line:"),
                                 date_edit("application_deadline", today))
        self.deadline.setEnabled(False)
        self.start = self.row(self.tr("&Start of the cycle:"), date_edit("start", today))
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.form.addRow(self.verdict)
        self.schedule = QLabel()
        self.schedule.setObjectName("schedule")
        self.schedule.setWordWrap(True)
        self.form.addRow(self.schedule)
        self.program.currentIndexChanged.connect(self._program_changed)
        for signal in (self.category.currentIndexChanged, self.call_year.valueChanged,
                       self.deadline.dateChanged, self.start.dateChanged):
            signal.connect(self.refresh)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.has_deadline.toggled.connect(self.refresh)
        self._program_changed()

    def request(self) -> EnrollmentRequest:
        return EnrollmentRequest(
            researcher_id=self._researcher.id, program_id=self.program.currentData(),
            category=EvaluationCategory(self.category.currentData()),
            start=date_of(self.start), call_year=self.call_year.value(),
            application_deadline=date_of(self.deadline) if self.has_deadline.isChecked()
            else None)

    def _program_changed(self) -> None:
        record = self._programs.get(self.program.currentData())
        self.category.blockSignals(True)
        self.category.clear()
        for category in record.program.categories if record else ():
            self.category.addItem(label("category", str(category)), str(category))
        self.category.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Show the verdict for what the form says now."""
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        if self.program.currentData() is None or self.category.currentData() is None:
            ok.setEnabled(False)
            return
        try:
            preview = self._service.preview(self._actor, self.request())
        except TalentDeskError as exc:
            self.verdict.setText(error_text(exc))
            ok.setEnabled(False)
            return
        self.preview = preview
        result = preview.eligibility
        if preview.acceptable:
            self.verdict.setStyleSheet(OK_STYLE)
            if result.age is None:
                self.verdict.setText(self.tr("Eligible: the program has no age limit."))
            else:
                self.verdict.setText(self.tr("Eligible: aged %1 on the reference date %2.")
                                     .replace("%1", str(result.age))
                                     .replace("%2", str(result.reference_date)))
        else:
            self.verdict.setStyleSheet(ERROR_STYLE)
            self.verdict.setText("\n".join(problem_text(p) for p in preview.problems))
        lines = [self.tr("Checkpoints:")] + [
            f"{label('checkpoint_kind', str(c.kind))} {c.key}: {c.due}"
            for c in preview.schedule.checkpoints]
        lines.append(self.tr("Cycle ends: %s") % preview.schedule.end)
        self.schedule.setText("\n".join(lines))
        ok.setEnabled(preview.acceptable)

    def save(self) -> EnrollmentRecord:
        return self._service.enroll(self._actor, self.request())
