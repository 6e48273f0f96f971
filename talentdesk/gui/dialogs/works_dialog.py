"""Representative works (代表作) of one checkpoint: add, change or remove, each saved at once
against the program's cap and, for basic research, the Chinese-journal share."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.researchers.evaluation import RepresentativeWork, WorkRole, WorkType
from talentdesk.domain.researchers.programs import EvaluationCategory
from talentdesk.domain.researchers.records import CheckpointDetail
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.researchers import label
from talentdesk.gui.widgets.record_table import fill_row, record_table
from talentdesk.gui.widgets.researcher_inputs import (
    code_combo,
    date_edit,
    date_of,
    message_label,
    select_data,
    to_qdate,
)
from talentdesk.services.researcher_assessment import AssessmentService


class WorksDialog(QDialog):
    """The table lists the nominated works; the form below adds one or changes the selected."""

    def __init__(self, assessments: AssessmentService, actor: Actor, checkpoint_id: int,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = assessments
        self._actor = actor
        self._checkpoint_id = checkpoint_id
        self._today = today or date.today()
        self.detail: CheckpointDetail = assessments.detail(actor, checkpoint_id)
        self.changed = False
        self.setWindowTitle(self.tr("Representative works"))
        self.setMinimumSize(860, 600)
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.rules = QLabel()
        self.rules.setObjectName("rules")
        self.rules.setWordWrap(True)
        self.table = record_table("works", [
            self.tr("Type"), self.tr("Title"), self.tr("Date"), self.tr("Researcher's role"),
            self.tr("Chinese journal"), self.tr("Contribution and significance")])
        self.table.itemSelectionChanged.connect(self._selected)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.rules)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._form())
        layout.addLayout(self._actions())
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.setTabOrder(self.significance, self.add_button)
        self._show()
        self.type.setFocus()

    # --- layout ---------------------------------------------------------------------------

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.type = code_combo("type", "work_type", list(WorkType))
        self.type.currentIndexChanged.connect(self._type_changed)
        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.date = date_edit("date", self._today)
        self.role = code_combo("role", "work_role", list(WorkRole))
        self.domestic = QCheckBox(self.tr("Published in a &Chinese S&&T journal"))
        self.domestic.setObjectName("domestic_journal")
        self.significance = QPlainTextEdit()
        self.significance.setObjectName("significance")
        self.significance.setTabChangesFocus(True)  # Tab leaves the box, as in a form
        self.significance.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.significance.setPlaceholderText(self.tr(
            "What the researcher did and what the work changed (reviewers judge both)"))
        for caption, widget in ((self.tr("&Type:"), self.type),
                                (self.tr("Work t&itle:"), self.title),
                                (self.tr("&Date:"), self.date), (self.tr("&Role:"), self.role),
                                ("", self.domestic),
                                (self.tr("&Significance:"), self.significance)):
            text = QLabel(caption)
            text.setBuddy(widget)
            form.addRow(text, widget)
        self._type_changed()
        return form

    def _actions(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("&Add work"))
        self.add_button.setObjectName("add_work")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.update_button = QPushButton(self.tr("&Update selected"))
        self.update_button.setObjectName("update_work")
        self.update_button.clicked.connect(self.update_selected)
        self.remove_button = QPushButton(self.tr("Re&move selected"))
        self.remove_button.setObjectName("remove_work")
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_button = QPushButton(self.tr("&New work"))
        self.clear_button.setObjectName("new_work")
        self.clear_button.clicked.connect(self._new)
        row = QHBoxLayout()
        for button in (self.add_button, self.update_button, self.remove_button,
                       self.clear_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    # --- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        detail = self.detail
        checkpoint = detail.checkpoint
        self.header.setText(self.tr("%1 · %2 · %3 checkpoint %4, due %5")
                            .replace("%1", detail.researcher.data.name)
                            .replace("%2", detail.enrollment.program.name)
                            .replace("%3", label("checkpoint_kind", checkpoint.kind))
                            .replace("%4", checkpoint.key)
                            .replace("%5", str(checkpoint.due)))
        self.rules.setText(self._rules_text())
        self.table.setRowCount(len(detail.works))
        for row, work in enumerate(detail.works):
            fill_row(self.table, row, [
                label("work_type", str(work.type)), work.title, str(work.date),
                label("work_role", str(work.role)),
                self.tr("yes") if work.domestic_journal else "", work.significance])
        self._selected()

    def _rules_text(self) -> str:
        program = self.detail.enrollment.program
        count = len(self.detail.works)
        cap = program.max_representative_works
        if cap is None:
            parts = [self.tr("%s works nominated; this program sets no cap.") % count]
        else:
            parts = [self.tr("%1 of at most %2 works nominated.").replace("%1", str(count))
                     .replace("%2", str(cap))]
        share = program.domestic_journal_min_share
        if share is not None and self.detail.enrollment.category is \
                EvaluationCategory.BASIC_RESEARCH:
            parts.append(self.tr("Basic research: at least %s of the papers must be in Chinese "
                                 "S&T journals.") % share)
        return "\n".join(parts)

    def _type_changed(self) -> None:
        # The Chinese-journal share counts papers only.
        paper = self.type.currentData() == str(WorkType.PAPER)
        self.domestic.setEnabled(paper)
        if not paper:
            self.domestic.setChecked(False)

    def _row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _selected(self) -> None:
        row = self._row()
        self.update_button.setEnabled(row is not None)
        self.remove_button.setEnabled(row is not None)
        if row is None:
            return
        work = self.detail.works[row]
        select_data(self.type, str(work.type))
        self.title.setText(work.title)
        self.date.setDate(to_qdate(work.date))
        select_data(self.role, str(work.role))
        self.domestic.setChecked(work.domestic_journal)
        self.significance.setPlainText(work.significance)

    def _new(self) -> None:
        self.table.clearSelection()
        self.title.clear()
        self.significance.clear()
        self.domestic.setChecked(False)
        self.date.setDate(to_qdate(self._today))
        self.type.setFocus()

    # --- saving ---------------------------------------------------------------------------

    def work(self) -> RepresentativeWork:
        """The work the form holds."""
        return RepresentativeWork(
            WorkType(self.type.currentData()), self.title.text(), date_of(self.date),
            WorkRole(self.role.currentData()), self.significance.toPlainText(),
            self.domestic.isChecked())

    def add(self) -> None:
        if self._save([*self.detail.works, self.work()]):
            self._new()

    def update_selected(self) -> None:
        row = self._row()
        if row is not None:
            works = list(self.detail.works)
            works[row] = self.work()
            self._save(works)

    def remove_selected(self) -> None:
        row = self._row()
        if row is not None and self._save([w for i, w in enumerate(self.detail.works)
                                           if i != row]):
            self._new()

    def _save(self, works: Sequence[RepresentativeWork]) -> bool:
        """Replace the stored list; a refusal keeps the form as typed, with the reason."""
        try:
            self.detail = self._service.set_works(self._actor, self._checkpoint_id,
                                                  self.detail.checkpoint.version, works)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        self.changed = True
        self._show()
        return True
