"""One researcher: identity, age on any day, and a timeline of enrollments and checkpoints
with the actions HR officers take on them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.researchers.evaluation import RepresentativeWork
from talentdesk.domain.researchers.records import (
    CheckpointRecord,
    EnrollmentRecord,
    ResearcherRecord,
    TrancheRecord,
)
from talentdesk.errors import TalentDeskError
from talentdesk.gui.dialogs.enrollment_changes import ExtensionDialog, TerminationDialog
from talentdesk.gui.dialogs.enrollment_dialog import EnrollmentDialog
from talentdesk.gui.dialogs.researcher_dialog import ResearcherDialog
from talentdesk.gui.dialogs.review_dialog import ReviewDialog
from talentdesk.gui.dialogs.support_dialog import SupportDialog
from talentdesk.gui.dialogs.works_dialog import WorksDialog
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.researchers import discipline_text, label
from talentdesk.gui.widgets.enrollment_timeline import EnrollmentTimeline
from talentdesk.gui.widgets.researcher_inputs import (
    date_edit,
    date_of,
    fit_columns,
    message_label,
)
from talentdesk.services.researcher_services import ResearcherServices

_KEY = Qt.ItemDataRole.UserRole


class ResearcherDetail(QWidget):
    """Signals: changed(researcher_id) after any save, so the list can read its page again."""

    changed = Signal(int)

    def __init__(self, services: ResearcherServices, actor: Actor,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._today = today
        self.record: ResearcherRecord | None = None
        self.enrollments: list[EnrollmentRecord] = []
        self.works: dict[int, tuple[RepresentativeWork, ...]] = {}
        self.title = QLabel()
        self.title.setObjectName("researcher_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reference = date_edit("age_reference", today())
        self.age = QLabel()
        self.age.setObjectName("age")
        self.reference.dateChanged.connect(self._show_age)
        age_row = QHBoxLayout()
        caption = QLabel(self.tr("Age on:"))
        caption.setBuddy(self.reference)
        for widget in (caption, self.reference, self.age):
            age_row.addWidget(widget)
        age_row.addStretch(1)
        may_edit = allowed(actor.role, Action.EDIT_RESEARCHERS)
        may_review = allowed(actor.role, Action.REVIEW)
        self.edit_button = self._button(self.tr("&Edit…"), "edit", self.edit, may_edit)
        self.enroll_button = self._button(self.tr("En&roll…"), "enroll", self.enroll, may_edit)
        self.extend_button = self._button(self.tr("E&xtension…"), "extend", self.extend,
                                          may_edit)
        self.end_button = self._button(self.tr("End ear&ly…"), "terminate", self.terminate,
                                       may_edit)
        self.review_button = self._button(self.tr("Re&view checkpoint…"), "review",
                                          self.review, may_review)
        self.pay_button = self._button(self.tr("Record &payment"), "pay", self.pay, may_edit)
        self.works_button = self._button(self.tr("Representative &works…"), "works",
                                         self.edit_works, may_edit)
        self.support_button = self._button(self.tr("Funding and rewar&ds…"), "support",
                                           self.show_support, True)
        actions = QHBoxLayout()
        for button in self._buttons():
            actions.addWidget(button)
        actions.addStretch(1)
        self.timeline = EnrollmentTimeline(today())
        self.tree = QTreeWidget()
        self.tree.setObjectName("enrollments")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Enrollment / checkpoint"), self.tr("Dates"),
                                   self.tr("Status"), self.tr("Result")])
        fit_columns(self.tree, 44)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.review())
        self.message = message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addLayout(age_row)
        layout.addLayout(actions)
        layout.addWidget(self.timeline)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        self._enable(False)

    def _button(self, text: str, name: str, slot: Callable[[], None],
                allowed_: bool) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setProperty("allowed", allowed_)
        return button

    def _buttons(self) -> tuple[QPushButton, ...]:
        return (self.edit_button, self.enroll_button, self.extend_button, self.end_button,
                self.review_button, self.works_button, self.pay_button, self.support_button)

    def _enable(self, shown: bool) -> None:
        for button in self._buttons():
            button.setEnabled(shown and bool(button.property("allowed")))

    # --- showing --------------------------------------------------------------------------

    def show_researcher(self, researcher_id: int) -> None:
        try:
            self.record = self._services.researchers.get(self._actor, researcher_id)
            self.enrollments = self._services.enrollments.enrollments_of(self._actor,
                                                                         researcher_id)
            self.works = self._services.assessments.works_of(self._actor, researcher_id)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        data = self.record.data
        self.title.setText(data.name)
        parts = [label("sex", str(data.sex)), str(data.birth_date),
                 f"{label('id_type', str(data.id_type))} {data.id_number}",
                 " ".join(p for p in (data.unit, data.department) if p),
                 discipline_text(data.discipline_code),
                 data.title, data.degree,
                 self.tr("mentor %s") % data.mentor_name if data.mentor_name else "",
                 data.phone, data.email]
        self.facts.setText(" · ".join(p for p in parts if p))
        self._show_age()
        self.timeline.set_enrollments(self.enrollments)
        self._fill_tree()
        self._enable(True)

    def _show_age(self) -> None:
        if self.record is not None:
            self.age.setText(self.tr("%s years") % self.record.age_on(date_of(self.reference)))

    def _fill_tree(self) -> None:
        self.tree.clear()
        today = self._today()
        for enrollment in self.enrollments:
            end = str(enrollment.end)
            if enrollment.end != enrollment.original_end:
                end += self.tr(" (agreed %s)") % enrollment.original_end
            top = QTreeWidgetItem([
                f"{enrollment.program.name}（{label('category', str(enrollment.category))}）",
                f"{enrollment.start} – {end}",
                label("enrollment_status", str(enrollment.status)),
                self.tr("version %s") % enrollment.program_version])
            top.setData(0, _KEY, ("enrollment", enrollment.id))
            self.tree.addTopLevelItem(top)
            for checkpoint in enrollment.checkpoints:
                item = self._checkpoint_item(checkpoint, today)
                top.addChild(item)
                item.setExpanded(True)  # its works, if any
            for extension in enrollment.extensions:
                item = QTreeWidgetItem([
                    self.tr("Extension: %s") % label("extension_reason", str(extension.reason)),
                    f"{extension.starts_on} – {extension.ends_on}",
                    self.tr("approved by %s") % extension.approved_by, extension.note])
                top.addChild(item)
            for tranche in enrollment.tranches:
                top.addChild(self._tranche_item(tranche))
            if enrollment.plan is not None:
                plan = enrollment.plan
                top.addChild(QTreeWidgetItem([
                    self.tr("Individual plan"), str(plan.approved_on),
                    self.tr("approved by %s") % plan.approved_by, "；".join(plan.goals)]))
            top.setExpanded(True)

    def _checkpoint_item(self, checkpoint: CheckpointRecord, today: date) -> QTreeWidgetItem:
        due = str(checkpoint.due)
        if checkpoint.due != checkpoint.original_due:
            due += self.tr(" (agreed %s)") % checkpoint.original_due
        if checkpoint.cancelled:
            status = self.tr("cancelled")
        elif checkpoint.report_received_on is not None:
            status = self.tr("report received %s") % checkpoint.report_received_on
        elif checkpoint.due < today:
            status = self.tr("report overdue")
        else:
            status = self.tr("to come")
        result = ""
        if checkpoint.score is not None:
            result = f"{checkpoint.score} {checkpoint.grade}"
        if checkpoint.decision:
            result += " " + "、".join(label("decision", str(d)) for d in sorted(
                checkpoint.decision))
        item = QTreeWidgetItem([
            f"{label('checkpoint_kind', checkpoint.kind)} {checkpoint.key}",
            self.tr("due %s") % due, status, result.strip()])
        item.setData(0, _KEY, ("checkpoint", checkpoint.id))
        for work in self.works.get(checkpoint.id, ()):
            item.addChild(QTreeWidgetItem([
                self.tr("Work: %1 “%2”").replace("%1", label("work_type", str(work.type)))
                .replace("%2", work.title),
                str(work.date), label("work_role", str(work.role)), work.significance]))
        return item

    def _tranche_item(self, tranche: TrancheRecord) -> QTreeWidgetItem:
        when = tranche.paid_on or tranche.released_on or ""
        item = QTreeWidgetItem([
            self.tr("Tranche %1: %2 yuan").replace("%1", tranche.key)
            .replace("%2", f"{tranche.amount:,.2f}"),
            str(when), label("tranche_status", str(tranche.status)),
            tranche.payment_reference])
        item.setData(0, _KEY, ("tranche", tranche.id))
        return item

    # --- actions --------------------------------------------------------------------------

    def _selected(self, kind: str) -> int | None:
        item = self.tree.currentItem()
        while item is not None:
            key = item.data(0, _KEY)
            if key and key[0] == kind:
                return key[1]
            item = item.parent()
        return None

    def _selected_enrollment(self) -> EnrollmentRecord | None:
        enrollment_id = self._selected("enrollment")
        if enrollment_id is None and len(self.enrollments) == 1:
            return self.enrollments[0]
        return next((e for e in self.enrollments if e.id == enrollment_id), None)

    def _after(self, dialog: QDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted and self.record is not None:
            self.show_researcher(self.record.id)
            self.changed.emit(self.record.id)

    def edit(self) -> None:
        if self.record is not None:
            self._after(ResearcherDialog(self._services.researchers, self._actor, self.record,
                                         self))

    def enroll(self) -> None:
        if self.record is None:
            return
        try:
            programs = self._services.programs.list_programs(self._actor)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self._after(EnrollmentDialog(self._services.enrollments, self._actor, self.record,
                                     programs, self._today(), self))

    def extend(self) -> None:
        enrollment = self._selected_enrollment()
        if enrollment is None:
            self.message.setText(self.tr("Select an enrollment first."))
            return
        self._after(ExtensionDialog(self._services.enrollments, self._actor, enrollment,
                                    self._today(), self))

    def terminate(self) -> None:
        enrollment = self._selected_enrollment()
        if enrollment is None:
            self.message.setText(self.tr("Select an enrollment first."))
            return
        self._after(TerminationDialog(self._services.enrollments, self._actor, enrollment,
                                      self._today(), self))

    def review(self) -> None:
        checkpoint_id = self._selected("checkpoint")
        if checkpoint_id is None:
            self.message.setText(self.tr("Select a checkpoint first."))
            return
        dialog = ReviewDialog(self._services.assessments, self._actor, checkpoint_id,
                              self._today(), self)
        dialog.exec()
        if self.record is not None:
            self.show_researcher(self.record.id)

    def edit_works(self) -> None:
        checkpoint_id = self._selected("checkpoint")
        if checkpoint_id is None:
            self.message.setText(self.tr("Select a checkpoint first."))
            return
        try:
            dialog = WorksDialog(self._services.assessments, self._actor, checkpoint_id,
                                 self._today(), self)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        dialog.exec()
        if dialog.changed and self.record is not None:
            self.show_researcher(self.record.id)
            self._select("checkpoint", checkpoint_id)
            self.changed.emit(self.record.id)

    def show_support(self) -> None:
        if self.record is None:
            return
        try:
            dialog = SupportDialog(self._services.support, self._actor, self.record,
                                   self.enrollments, self._today(), self)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        dialog.exec()

    def _select(self, kind: str, record_id: int) -> None:
        """Make the tree's item for that record current again after a reload."""
        items = QTreeWidgetItemIterator(self.tree)
        while (item := items.value()) is not None:
            if tuple(item.data(0, _KEY) or ()) == (kind, record_id):
                self.tree.setCurrentItem(item)
                return
            items += 1

    def pay(self) -> None:
        tranche_id = self._selected("tranche")
        tranche = next((t for e in self.enrollments for t in e.tranches if t.id == tranche_id),
                       None)
        if tranche is None:
            self.message.setText(self.tr("Select a tranche first."))
            return
        try:
            self._services.support.record_payment(self._actor, tranche.id, tranche.version,
                                                  self._today())
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        if self.record is not None:
            self.show_researcher(self.record.id)
