"""The review entry form: report, panel with recusal, per-indicator scores with the aggregate
and grade computed while typing, and the decision."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.researchers.evaluation import (
    CheckpointDecision,
    Decision,
    Indicator,
    Scorecard,
    aggregate,
    grade_for,
)
from talentdesk.domain.researchers.records import CheckpointDetail, ReviewerInput, ScoreEntry
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.researchers import label
from talentdesk.gui.widgets.researcher_inputs import date_edit, date_of, message_label, to_qdate
from talentdesk.services.researcher_assessment import AssessmentService

_FIXED_COLUMNS = 2  # reviewer, unit
_SEAT = Qt.ItemDataRole.UserRole


class ReviewDialog(QDialog):
    """Works on one checkpoint; every button saves through the service at once."""

    def __init__(self, assessments: AssessmentService, actor: Actor, checkpoint_id: int,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = assessments
        self._actor = actor
        self._checkpoint_id = checkpoint_id
        self._today = today or date.today()
        self.detail: CheckpointDetail = assessments.detail(actor, checkpoint_id)
        self._indicators: tuple[Indicator, ...] = ()
        self.setWindowTitle(self.tr("Review of a checkpoint"))
        self.setMinimumSize(900, 640)
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self._report_box())
        layout.addWidget(self._panel_box(), 1)
        layout.addWidget(self._decision_box())
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self._show()

    # --- layout ---------------------------------------------------------------------------

    def _report_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Report"))
        self.report_date = date_edit("report_received_on", self._today)
        self.report_button = QPushButton(self.tr("Record &report received"))
        self.report_button.setObjectName("record_report")
        self.report_button.clicked.connect(self._record_report)
        self.report_state = QLabel()
        row = QHBoxLayout(box)
        caption = QLabel(self.tr("Received on:"))
        caption.setBuddy(self.report_date)
        for widget in (caption, self.report_date, self.report_button, self.report_state):
            row.addWidget(widget)
        row.addStretch(1)
        return box

    def _panel_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Panel and scores"))
        self.reviewer = QComboBox()
        self.reviewer.setObjectName("reviewer")
        self.reviewer.setMinimumWidth(260)
        self.add_button = QPushButton(self.tr("&Add to panel"))
        self.add_button.setObjectName("add_reviewer")
        self.add_button.clicked.connect(self._add_reviewer)
        self.new_name = QLineEdit()
        self.new_name.setObjectName("new_reviewer_name")
        self.new_name.setPlaceholderText(self.tr("Name of a new expert"))
        self.new_unit = QLineEdit()
        self.new_unit.setObjectName("new_reviewer_unit")
        self.new_unit.setPlaceholderText(self.tr("Their unit"))
        self.new_button = QPushButton(self.tr("&New expert"))
        self.new_button.setObjectName("new_reviewer")
        self.new_button.clicked.connect(self._new_reviewer)
        pick = QHBoxLayout()
        for widget in (self.reviewer, self.add_button, self.new_name, self.new_unit,
                       self.new_button):
            pick.addWidget(widget)
        self.table = QTableWidget()
        self.table.setObjectName("scores")
        self.table.itemChanged.connect(self._update_aggregate)
        self.recusal_reason = QLineEdit()
        self.recusal_reason.setObjectName("recusal_reason")
        self.recusal_reason.setPlaceholderText(self.tr("Reason the selected reviewer withdraws"))
        self.recuse_button = QPushButton(self.tr("Re&cuse selected"))
        self.recuse_button.setObjectName("recuse")
        self.recuse_button.clicked.connect(self._recuse)
        self.save_button = QPushButton(self.tr("&Save scores"))
        self.save_button.setObjectName("save_scores")
        self.save_button.clicked.connect(self._save_scores)
        self.aggregate = QLabel()
        self.aggregate.setObjectName("aggregate")
        self.stored = QLabel()
        self.stored.setObjectName("stored_grade")
        actions = QHBoxLayout()
        for widget in (self.recusal_reason, self.recuse_button, self.save_button):
            actions.addWidget(widget)
        column = QVBoxLayout(box)
        column.addLayout(pick)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        column.addWidget(self.aggregate)
        column.addWidget(self.stored)
        return box

    def _decision_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decision"))
        self.options: dict[Decision, QCheckBox] = {}
        row = QHBoxLayout()
        for option in Decision:
            check = QCheckBox(label("decision", str(option)))
            check.setObjectName(f"decision_{option}")
            self.options[option] = check
            row.addWidget(check)
        self.decided_on = date_edit("decided_on", self._today)
        self.decided_by = QLineEdit()
        self.decided_by.setObjectName("decided_by")
        self.decided_by.setPlaceholderText(self.tr("Panel or person deciding"))
        self.decision_note = QLineEdit()
        self.decision_note.setObjectName("decision_note")
        self.decision_note.setPlaceholderText(self.tr("Note"))
        self.decide_button = QPushButton(self.tr("Record &decision"))
        self.decide_button.setObjectName("record_decision")
        self.decide_button.clicked.connect(self._decide)
        second = QHBoxLayout()
        for widget in (self.decided_on, self.decided_by, self.decision_note, self.decide_button):
            second.addWidget(widget)
        column = QVBoxLayout(box)
        column.addLayout(row)
        column.addLayout(second)
        return box

    # --- showing --------------------------------------------------------------------------

    def _show(self) -> None:
        detail = self.detail
        checkpoint, enrollment = detail.checkpoint, detail.enrollment
        self.header.setText(self.tr("%1 · %2 · %3 checkpoint %4, due %5")
                            .replace("%1", detail.researcher.data.name)
                            .replace("%2", enrollment.program.name)
                            .replace("%3", label("checkpoint_kind", checkpoint.kind))
                            .replace("%4", checkpoint.key)
                            .replace("%5", str(checkpoint.due)))
        received = checkpoint.report_received_on
        self.report_state.setText(self.tr("Received %s") % received if received
                                  else self.tr("Not received yet"))
        template = detail.template
        self._indicators = template.indicators if template else ()
        self._fill_reviewers()
        self._fill_table()
        self.stored.setText(self._stored_text())
        for option, check in self.options.items():
            check.setChecked(option in checkpoint.decision)
        if checkpoint.decided_on is not None:
            self.decided_on.setDate(to_qdate(checkpoint.decided_on))
            self.decided_by.setText(checkpoint.decided_by)

    def _fill_reviewers(self) -> None:
        seated = {s.reviewer.id for s in self.detail.scorecards}
        self.reviewer.clear()
        try:
            experts = self._service.search_reviewers(self._actor, "")
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        for expert in experts:
            if expert.id not in seated:
                self.reviewer.addItem(f"{expert.data.name}（{expert.data.unit}）", expert.id)

    def _fill_table(self) -> None:
        self.table.blockSignals(True)
        headers = [self.tr("Reviewer"), self.tr("Unit")]
        for indicator in self._indicators:
            if indicator.weight:
                headers.append(f"{indicator.name}（{indicator.weight}）")
            else:
                headers.append(self.tr("%s failed") % indicator.name)
        headers.append(self.tr("Total"))
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.detail.scorecards))
        for row, seat in enumerate(self.detail.scorecards):
            name = QTableWidgetItem(seat.reviewer.data.name)
            name.setData(_SEAT, seat.id)
            cells: list[QTableWidgetItem] = [name, QTableWidgetItem(seat.reviewer.data.unit)]
            for indicator in self._indicators:
                item = QTableWidgetItem()
                if indicator.weight:
                    score = seat.scores.get(indicator.key)
                    item.setText("" if score is None else str(score))
                else:
                    item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                    item.setCheckState(Qt.CheckState.Checked
                                       if indicator.key in seat.failed_gates
                                       else Qt.CheckState.Unchecked)
                cells.append(item)
            total = seat.total
            cells.append(QTableWidgetItem(self.tr("recused") if seat.recused
                                          else "" if total is None else str(total)))
            for column, item in enumerate(cells):
                if column < _FIXED_COLUMNS or column == len(cells) - 1 or seat.recused:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable
                                  & ~Qt.ItemFlag.ItemIsUserCheckable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.blockSignals(False)
        self._update_aggregate()

    def _stored_text(self) -> str:
        checkpoint = self.detail.checkpoint
        if checkpoint.score is None:
            return self.tr("Stored result: none yet")
        text = self.tr("Stored result: %1, grade %2").replace("%1", str(checkpoint.score)) \
            .replace("%2", self._grade_label(checkpoint.grade))
        if checkpoint.quota_demoted:
            text += self.tr(" (moved down by the top-grade quota)")
        return text

    def _grade_label(self, grade: str) -> str:
        bands = self.detail.enrollment.program.grade_scale.bands
        return next((b.label for b in bands if b.grade == grade), grade)

    # --- live aggregate -------------------------------------------------------------------

    def entries(self) -> list[ScoreEntry]:
        """What the table holds for every reviewer who has not withdrawn."""
        entries = []
        seats = {s.id: s for s in self.detail.scorecards}
        for row in range(self.table.rowCount()):
            seat = seats[self.table.item(row, 0).data(_SEAT)]
            if seat.recused:
                continue
            scores: dict[str, Decimal] = {}
            failed = set()
            for offset, indicator in enumerate(self._indicators):
                item = self.table.item(row, _FIXED_COLUMNS + offset)
                if not indicator.weight:
                    if item.checkState() == Qt.CheckState.Checked:
                        failed.add(indicator.key)
                    continue
                value = _number(item.text())
                if value is not None:
                    scores[indicator.key] = value
            if scores or failed:
                entries.append(ScoreEntry(seat.id, scores, frozenset(failed)))
        return entries

    def _update_aggregate(self) -> None:
        template = self.detail.template
        if template is None:
            self.aggregate.setText(self.tr("No indicator template for this category."))
            return
        program = self.detail.enrollment.program
        cards = [Scorecard(str(e.scorecard_id), e.scores, self._weight(e.scorecard_id),
                           e.failed_gates) for e in self.entries()]
        result = aggregate(cards, template, program.aggregation)
        if result.score is None:
            self.aggregate.setText(self.tr("Aggregate: no complete scorecard yet"))
            return
        band = grade_for(result.score, program.grade_scale, bool(result.failed_gates))
        self.aggregate.setText(self.tr("Aggregate: %1 · grade %2 (%3 of %4 scorecards count)")
                               .replace("%1", str(result.score)).replace("%2", band.label)
                               .replace("%3", str(len(result.counted)))
                               .replace("%4", str(len(cards))))

    def _weight(self, seat_id: int) -> Decimal:
        return next(s.weight for s in self.detail.scorecards if s.id == seat_id)

    # --- saving ---------------------------------------------------------------------------

    def _call(self, call: Callable[[], Any]) -> bool:
        try:
            result = call()
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        if isinstance(result, CheckpointDetail):
            self.detail = result
        else:
            self.detail = self._service.detail(self._actor, self._checkpoint_id)
        self._show()
        return True

    def _version(self) -> int:
        return self.detail.checkpoint.version

    def _record_report(self) -> None:
        self._call(lambda: self._service.record_report(
            self._actor, self._checkpoint_id, self._version(), date_of(self.report_date)))

    def _add_reviewer(self) -> None:
        reviewer_id = self.reviewer.currentData()
        if reviewer_id is not None:
            self._call(lambda: self._service.assign_reviewer(
                self._actor, self._checkpoint_id, self._version(), reviewer_id))

    def _new_reviewer(self) -> None:
        def create_and_seat() -> CheckpointDetail:
            expert = self._service.create_reviewer(
                self._actor, ReviewerInput(self.new_name.text(), self.new_unit.text()))
            return self._service.assign_reviewer(self._actor, self._checkpoint_id,
                                                 self._version(), expert.id)

        if self._call(create_and_seat):
            self.new_name.clear()
            self.new_unit.clear()

    def _recuse(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        seat_id = self.table.item(row, 0).data(_SEAT)
        seat = next(s for s in self.detail.scorecards if s.id == seat_id)
        if self._call(lambda: self._service.recuse(self._actor, seat.id, seat.version,
                                                   self.recusal_reason.text())):
            self.recusal_reason.clear()

    def _save_scores(self) -> None:
        self._call(lambda: self._service.record_scores(
            self._actor, self._checkpoint_id, self._version(), self.entries()))

    def _decide(self) -> None:
        options = frozenset(o for o, check in self.options.items() if check.isChecked())
        decision = CheckpointDecision(self.detail.checkpoint.key, options,
                                      date_of(self.decided_on), self.decided_by.text())
        self._call(lambda: self._service.record_decision(
            self._actor, self._checkpoint_id, self._version(), decision,
            self.decision_note.text()))


def _number(text: str) -> Decimal | None:
    try:
        return Decimal(text.strip().replace("，", ".")) if text.strip() else None
    except InvalidOperation:
        return None
