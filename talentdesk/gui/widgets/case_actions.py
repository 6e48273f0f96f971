"""The actions of a case's tracks: a button per allowed step, comment, reasons, deficiencies."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.deadlines import ClockStatus
from talentdesk.domain.enums import Track
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.tracks import TrackAction, refusal_reasons
from talentdesk.domain.workflow_records import (
    CaseWorkflow,
    DocumentKind,
    IssueOutcome,
    TrackStatus,
)
from talentdesk.errors import TalentDeskError, ValidationError
from talentdesk.gui.messages import error_text, problem_text
from talentdesk.gui.printing import DocumentPrinter
from talentdesk.gui.texts.workflow import clock_text, refusal_label, value_label
from talentdesk.services.workflow import WorkflowService

_ERROR_STYLE = "color: #b00020;"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class IssuePermitDialog(QDialog):
    """Number and validity of the permit handed out; warnings must be confirmed once."""

    def __init__(self, workflow: WorkflowService, actor: Actor, case_id: int,
                 status: TrackStatus, comment: str, on_date: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workflow, self._actor, self._case_id = workflow, actor, case_id
        self._status, self._comment, self._on_date = status, comment, on_date
        self._confirmed_warnings = False
        self.outcome: IssueOutcome | None = None
        self.setWindowTitle(self.tr("Issue %s") % value_label("track", str(status.track)))
        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.valid_from = QDateEdit(_qdate(on_date))
        self.valid_to = QDateEdit(_qdate(on_date).addYears(1).addDays(-1))
        for edit in (self.valid_from, self.valid_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        form = QFormLayout()
        for text, widget in ((self.tr("Permit &number:"), self.number),
                             (self.tr("Valid &from:"), self.valid_from),
                             (self.tr("Valid &until:"), self.valid_to)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._issue)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.number, self.valid_from, self.valid_to):
            signal = edit.textChanged if isinstance(edit, QLineEdit) else edit.dateChanged
            signal.connect(self._inputs_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def _inputs_changed(self) -> None:
        self._confirmed_warnings = False

    def _issue(self) -> None:
        number = self.number.text()
        valid_from, valid_to = _pydate(self.valid_from.date()), _pydate(self.valid_to.date())
        try:
            findings = self._workflow.check_permit(self._actor, self._case_id,
                                                   self._status.track, number, valid_from,
                                                   valid_to)
            if findings.errors:
                raise ValidationError(findings.errors)
            if findings.warnings and not self._confirmed_warnings:
                # A surprise deserves a second look, not a refusal: OK again issues anyway.
                self._confirmed_warnings = True
                lines = [problem_text(p) for p in findings.warnings]
                self.message.setStyleSheet("color: #8a5a00;")
                self.message.setText("\n".join(
                    [*lines, self.tr("Press OK again to issue the permit anyway.")]))
                return
            self.outcome = self._workflow.issue_permit(
                self._actor, self._case_id, self._status.track, number, valid_from, valid_to,
                expected_version=self._status.version, comment=self._comment,
                on_date=self._on_date,
            )
        except TalentDeskError as exc:
            self.message.setStyleSheet(_ERROR_STYLE)
            self.message.setText(error_text(exc))
            return
        self.accept()


class CaseActionsWidget(QWidget):
    """What can be done next on each track of one case, for the case detail view to embed.

    Signals:
        changed(case_id): a transition or an issue was saved.
    """

    changed = Signal(int)

    def __init__(self, workflow: WorkflowService, actor: Actor,
                 printer: DocumentPrinter | None = None,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workflow = workflow
        self._actor = actor
        self._printer = printer
        self._today = today
        self._may_edit = allowed(actor.role, Action.EDIT_PERMITS)
        self.case_id: int | None = None
        self.state: CaseWorkflow | None = None
        self.buttons: dict[tuple[Track, TrackAction], QPushButton] = {}
        self.track_labels: dict[Track, QLabel] = {}

        self.case_state = QLabel()
        self.case_state.setObjectName("case_state")
        self.tracks_row = QHBoxLayout()
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("comment")
        self.comment.setPlaceholderText(self.tr("Why, what was agreed, who was told …"))
        self.comment.setMaximumHeight(70)
        self.on_date = QDateEdit()
        self.on_date.setObjectName("on_date")
        self.on_date.setCalendarPopup(True)
        self.on_date.setDisplayFormat("yyyy-MM-dd")
        self.reasons = QListWidget()
        self.reasons.setObjectName("reasons")
        for reason in refusal_reasons().values():
            item = QListWidgetItem(refusal_label(reason.code))
            item.setData(Qt.ItemDataRole.UserRole, reason.code)
            item.setToolTip(reason.source)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.reasons.addItem(item)
        self.deficiencies = QPlainTextEdit()
        self.deficiencies.setObjectName("deficiencies")
        self.deficiencies.setPlaceholderText(self.tr("One deficiency per line"))
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)

        inputs = QGridLayout()
        for row, (text, widget) in enumerate((
            (self.tr("Co&mment:"), self.comment),
            (self.tr("Wor&king day of the step:"), self.on_date),
            (self.tr("Refusal reas&ons (when refusing):"), self.reasons),
            (self.tr("&Deficiencies (when returning):"), self.deficiencies),
        )):
            caption = QLabel(text)
            caption.setBuddy(widget)
            inputs.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            inputs.addWidget(widget, row, 1)
        self.reasons.setMaximumHeight(110)
        self.deficiencies.setMaximumHeight(70)
        header = QHBoxLayout()
        header.addWidget(self.case_state, 1)
        if printer is not None:
            header.addWidget(self._print_button())
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(self.tracks_row)
        layout.addLayout(inputs)
        layout.addWidget(self.message)

    # --- loading ------------------------------------------------------------------------------

    def set_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        if self.case_id is None:
            return
        today = self._today()
        self.on_date.setMaximumDate(_qdate(today))
        self.on_date.setDate(_qdate(today))
        try:
            self.state = self._workflow.workflow(self._actor, self.case_id, today)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.case_state.setText(self.tr("Case %s: %s") % (
            self.state.case_number, value_label("case_state", str(self.state.state))))
        self._rebuild_tracks(self.state)

    def _rebuild_tracks(self, state: CaseWorkflow) -> None:
        while self.tracks_row.count():
            widget = self.tracks_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons.clear()
        self.track_labels.clear()
        for status in state.tracks:
            self.tracks_row.addWidget(self._track_box(status))

    def _track_box(self, status: TrackStatus) -> QGroupBox:
        box = QGroupBox(value_label("track", str(status.track)))
        box.setObjectName(f"box_{status.track}")
        label = QLabel(self._status_text(status))
        label.setObjectName(f"state_{status.track}")
        label.setWordWrap(True)
        self.track_labels[status.track] = label
        buttons = QGridLayout()
        for index, action in enumerate(status.actions):
            button = QPushButton(value_label("track_action", str(action)))
            button.setObjectName(f"{status.track}_{action}")
            button.setEnabled(self._may_edit)
            button.clicked.connect(
                lambda _=False, t=status.track, a=action: self.take(t, a))
            buttons.addWidget(button, index // 3, index % 3)
            self.buttons[(status.track, action)] = button
        layout = QVBoxLayout(box)
        layout.addWidget(label)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return box

    def _status_text(self, status: TrackStatus) -> str:
        text = value_label("track_state", str(status.state))
        clock = status.clock
        # The clock shows while the office owes a step, or while it is paused for corrections.
        if clock is not None and (status.due_on is not None or clock.status is ClockStatus.PAUSED):
            left = clock_text(clock.status, clock.working_days_left, clock.provisional)
            text += "\n" + self.tr("due %s") % clock.due.isoformat() + " · " + left
        if status.refusal_reasons:
            text += "\n" + "\n".join(refusal_label(code) for code in status.refusal_reasons)
        return text

    # --- acting -------------------------------------------------------------------------------

    def checked_reasons(self) -> list[str]:
        return [
            self.reasons.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.reasons.count())
            if self.reasons.item(row).checkState() == Qt.CheckState.Checked
        ]

    def take(self, track: Track, action: TrackAction) -> None:
        """Take ``action`` on ``track`` with what the inputs hold."""
        if self.case_id is None or self.state is None:
            return
        status = self.state.track(track)
        on = _pydate(self.on_date.date())
        comment = self.comment.toPlainText()
        self.message.clear()
        if action is TrackAction.ISSUE:
            dialog = IssuePermitDialog(self._workflow, self._actor, self.case_id, status,
                                       comment, on, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        else:
            try:
                self._workflow.transition(
                    self._actor, self.case_id, track, action, comment=comment,
                    reason_codes=self.checked_reasons(),
                    deficiencies=self.deficiencies.toPlainText().splitlines(),
                    on_date=on, expected_version=status.version,
                )
            except TalentDeskError as exc:
                self.message.setText(error_text(exc))
                return
        self._clear_inputs()
        self.refresh()
        self.changed.emit(self.case_id)

    def _clear_inputs(self) -> None:
        self.comment.clear()
        self.deficiencies.clear()
        for row in range(self.reasons.count()):
            self.reasons.item(row).setCheckState(Qt.CheckState.Unchecked)

    # --- printing -----------------------------------------------------------------------------

    def _print_button(self) -> QToolButton:
        button = QToolButton()
        button.setObjectName("print")
        button.setText(self.tr("Prin&t"))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for kind in DocumentKind:
            name = value_label("document_kind", str(kind))
            menu.addAction(QAction(self.tr("%s…") % name, menu,
                                   triggered=lambda _=False, k=kind: self.print_document(k)))
            menu.addAction(QAction(self.tr("%s as PDF…") % name, menu,
                                   triggered=lambda _=False, k=kind: self.save_pdf(k)))
        button.setMenu(menu)
        return button

    def print_document(self, kind: DocumentKind) -> None:
        if self._printer is None or self.case_id is None:
            return
        if self._printer.print_cases(kind, [self.case_id]):
            self.changed.emit(self.case_id)
        self.message.setText(self._printer.last_error)

    def save_pdf(self, kind: DocumentKind) -> None:
        if self._printer is None or self.case_id is None or self.state is None:
            return
        name = f"{self.state.case_number}_{kind}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), name,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if self._printer.save_pdf(kind, [self.case_id], Path(path)):
            self.changed.emit(self.case_id)
        self.message.setText(self._printer.last_error)
