"""Everything of one case: parties, post, category with points, tracks, checklist, workflow."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.documents import mask_passport
from talentdesk.domain.enums import Category, ChecklistStatus
from talentdesk.domain.jiangsu import jiangsu_city
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.permit_records import Case, ChecklistEntry
from talentdesk.errors import ConflictError, NotFoundError, TalentDeskError
from talentdesk.gui.dialogs.conflict_dialog import Choice, FieldVersions, resolve_conflict
from talentdesk.gui.dialogs.intake_dialog import (
    compact_table,
    date_edit,
    date_of,
    error_label,
    localized,
    table_cell,
)
from talentdesk.gui.messages import error_text, problem_text
from talentdesk.gui.texts.intake import points_rows, reason_text, sex_label
from talentdesk.gui.texts.workflow import value_label
from talentdesk.gui.widgets.case_actions import CaseActionsWidget
from talentdesk.gui.widgets.case_timeline import CaseTimelineWidget
from talentdesk.services.registry import Services

# A document date before this reads as "no date": QDateEdit cannot be empty.
NO_DATE = date(1900, 1, 1)
RONGQUE_COLOR = QColor("#fde2b8")


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    compact_table(table)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, table_cell(value))


def _day(value: date | None) -> str:
    return value.isoformat() if value else "—"


@dataclass(frozen=True)
class _ItemInput:
    """What the checklist editor saves for one document."""

    code: str
    status: ChecklistStatus
    note: str
    document_date: date | None
    authenticated: bool


class CaseDetailView(QWidget):
    """One case; checklist statuses are edited here, transitions in the embedded actions."""

    def __init__(self, services: Services, actor: Actor,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._today = today
        self.case: Case | None = None
        self._may_edit = allowed(actor.role, Action.EDIT_PERMITS)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.actions = CaseActionsWidget(services.workflow, actor, today=today)
        self.timeline = CaseTimelineWidget(services.workflow, actor)
        self.actions.changed.connect(self._changed_elsewhere)

        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(self._parties_box())
        left.addWidget(self._category_box(), 1)
        right.addWidget(self._tracks_box())
        right.addWidget(self._checklist_box(), 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        workflow = QHBoxLayout()
        workflow.addWidget(self.actions, 1)
        workflow.addWidget(self.timeline, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(columns, 3)
        layout.addLayout(workflow, 2)

    # --- building -----------------------------------------------------------------------------

    def _parties_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Applicant, employer and post"))
        self.details = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        rows = (
            ("applicant", self.tr("Applicant:")),
            ("passport", self.tr("Passport:")),
            ("employer", self.tr("Employer:")),
            ("business_type", self.tr("Business type:")),
            ("position", self.tr("Position:")),
            ("annual_salary", self.tr("Annual salary:")),
            ("contract", self.tr("Contract period:")),
            ("work_place", self.tr("Place of work:")),
        )
        for name, caption in rows:
            label = QLabel()
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = label
            if name == "passport":
                self.unmask = QPushButton(self.tr("Show full num&ber"))
                self.unmask.setObjectName("unmask")
                self.unmask.clicked.connect(self._show_passport)
                self.unmask.setVisible(allowed(self._actor.role, Action.VIEW_UNMASKED_IDS))
                cell = QHBoxLayout()
                cell.addWidget(label, 1)
                cell.addWidget(self.unmask)
                self.details.addRow(caption, cell)
            else:
                self.details.addRow(caption, label)
        return box

    def _category_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Category"))
        layout = QVBoxLayout(box)
        self.category = QLabel()
        self.category.setObjectName("category")
        self.category.setWordWrap(True)
        self.points = _table("points", [self.tr("Points item"), self.tr("Points"), self.tr("Why")])
        layout.addWidget(self.category)
        layout.addWidget(self.points, 1)
        return box

    def _tracks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Permits"))
        self.tracks = _table("tracks", [self.tr("Permit"), self.tr("State"), self.tr("Deadline")])
        self.tracks.setMaximumHeight(90)
        QVBoxLayout(box).addWidget(self.tracks)
        return box

    def _checklist_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checklist"))
        self.checklist = _table("checklist", [
            self.tr("Material"), self.tr("Required"), self.tr("Status"), self.tr("Reason"),
            self.tr("Document date"), self.tr("Apostille"), self.tr("Problems"),
        ])
        self.checklist.currentCellChanged.connect(lambda row, *_: self._edit_item(row))
        self.status = QComboBox()
        self.status.setObjectName("status")
        for status in ChecklistStatus:
            self.status.addItem(value_label("checklist_status", status), str(status))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Needed when it cannot be provided"))
        self.document_date = date_edit("document_date", NO_DATE)
        self.document_date.setMinimumDate(QDate(NO_DATE.year, NO_DATE.month, NO_DATE.day))
        self.document_date.setSpecialValueText(self.tr("no date"))
        self.authenticated = QCheckBox(self.tr("Aut&henticated (apostille or legalisation)"))
        self.authenticated.setObjectName("authenticated")
        self.save_item = QPushButton(self.tr("Save document status"))
        self.save_item.setObjectName("save_item")
        self.save_item.clicked.connect(self.save_checklist_item)
        # The embedded workflow actions use most letters already: the save has a shortcut.
        self.save_item.setShortcut(
            QKeySequence.fromString("Ctrl+S", QKeySequence.SequenceFormat.PortableText)
        )
        self.save_item.setToolTip("Ctrl+S")
        self.message = error_label("message")
        editor = QGridLayout()
        for column, (caption, widget) in enumerate((
            (self.tr("Pro&gress:"), self.status),
            (self.tr("E&xplanation:"), self.reason),
            (self.tr("Document da&y:"), self.document_date),
        )):
            label = QLabel(caption)
            label.setBuddy(widget)
            editor.addWidget(label, 0, column * 2)
            editor.addWidget(widget, 0, column * 2 + 1)
        editor.setColumnStretch(3, 1)
        editor.addWidget(self.authenticated, 1, 0, 1, 3)
        editor.addWidget(self.save_item, 1, 5)
        for widget in (self.status, self.reason, self.document_date, self.authenticated,
                       self.save_item):
            widget.setEnabled(self._may_edit)
        layout = QVBoxLayout(box)
        layout.addWidget(self.checklist, 1)
        layout.addLayout(editor)
        layout.addWidget(self.message)
        return box

    # --- showing ------------------------------------------------------------------------------

    def set_case(self, case_id: int) -> None:
        self.show_case(self._services.cases.get_case(self._actor, case_id))
        self.actions.set_case(case_id)
        self.timeline.set_case(case_id)

    def show_case(self, case: Case) -> None:
        self.case = case
        self.setWindowTitle(self.tr("Case %1").replace("%1", case.case_number))
        self.heading.setText(
            f"{case.case_number}　{value_label('case_state', case.state)}　"
            f"{value_label('category', case.category.category)}"
        )
        person, details = case.applicant.details, case.details
        employer = case.employer.details
        name = f"{person.surname}, {person.given_names}"
        self.values["applicant"].setText(
            f"{name}{'（' + person.chinese_name + '）' if person.chinese_name else ''}　"
            f"{sex_label(person.sex)}　{_day(person.birth_date)}　{person.nationality}"
        )
        self._show_passport_masked()
        self.values["employer"].setText(f"{employer.name}（{employer.uscc}）")
        self.values["business_type"].setText(value_label("business_type", details.business_type))
        self.values["position"].setText(details.position)
        self.values["annual_salary"].setText(f"{details.annual_salary:,.0f}")
        self.values["contract"].setText(
            f"{_day(details.contract_start)} – {_day(details.contract_end)}"
        )
        city = jiangsu_city(details.work_city)
        city_name = localized(city.name_zh, city.name_en) if city else details.work_city
        self.values["work_place"].setText(
            "　".join(filter(None, (city_name, details.work_location)))
        )
        self._show_category(case)
        _fill(self.tracks, [
            (value_label("track", t.track), value_label("track_state", t.state),
             _day(t.due_on) + (value_label("note", "provisional") if t.due_provisional else ""))
            for t in case.tracks
        ])
        self._show_checklist(case)

    def _passport_number(self) -> str:
        passport = self.case.applicant.passport if self.case else None
        return passport.number if passport else ""

    def _show_passport_masked(self) -> None:
        self.values["passport"].setText(mask_passport(self._passport_number()))

    def _show_passport(self) -> None:
        """The full number, once the viewing is in the audit (PIPL: who saw which ID when)."""
        if self.case is None:
            return
        try:
            self._services.audit.record_view_sensitive(
                self._actor, "applicant", self.case.applicant.id, "passport_number"
            )
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.values["passport"].setText(self._passport_number())

    def _show_category(self, case: Case) -> None:
        stored = case.category
        lines = [value_label("category", stored.category)]
        if stored.suggested is not None and stored.suggested != stored.category:
            lines.append(self.tr("Suggested: %1").replace(
                "%1", value_label("category", stored.suggested)))
        if stored.override_reason:
            lines.append(self.tr("Reason for another category: %1").replace(
                "%1", stored.override_reason))
        if stored.routes_met:
            lines.append(self.tr("Routes met: %1").replace("%1", "、".join(stored.routes_met)))
        lines += [reason_text(r) for r in stored.explanation]
        self.category.setText("\n".join(lines))
        # The same explanation as at intake: the band or option each value fell into.
        rows = points_rows(stored.points_table or "", stored.points_items)
        if stored.points_total is not None:
            rows.append((self.tr("Total"), str(stored.points_total), stored.points_table))
        _fill(self.points, rows)

    def _show_checklist(self, case: Case) -> None:
        rongque = set(case.acceptance.rongque) if case.category.category is Category.A else set()
        current = max(self.checklist.currentRow(), 0)
        rows = []
        for entry in case.checklist:
            item = entry.item
            if item.code in rongque:
                required = self.tr("Missing, accepted for now")
            else:
                required = self.tr("required") if item.mandatory else self.tr("optional")
            rows.append((
                localized(item.label_zh, item.label_en),
                required,
                value_label("checklist_status", item.status),
                item.note,
                _day(entry.document_date),
                self.tr("yes") if entry.authenticated else "",
                "\n".join(problem_text(p) for p in entry.findings),
            ))
        self.checklist.blockSignals(True)
        _fill(self.checklist, rows)
        for row, entry in enumerate(case.checklist):
            if entry.item.code in rongque:
                for column in range(self.checklist.columnCount()):
                    self.checklist.item(row, column).setBackground(QBrush(RONGQUE_COLOR))
            if entry.findings:
                self.checklist.item(row, 6).setForeground(QBrush(QColor("#b00020")))
        self.checklist.blockSignals(False)
        if case.checklist:
            self.checklist.setCurrentCell(min(current, len(case.checklist) - 1), 0)
            self._edit_item(self.checklist.currentRow())

    def _entry(self, row: int) -> ChecklistEntry | None:
        if self.case is None or not 0 <= row < len(self.case.checklist):
            return None
        return self.case.checklist[row]

    def _edit_item(self, row: int) -> None:
        entry = self._entry(row)
        if entry is None:
            return
        self.status.setCurrentIndex(self.status.findData(str(entry.item.status)))
        self.reason.setText(entry.item.note)
        day = entry.document_date or NO_DATE
        self.document_date.setDate(QDate(day.year, day.month, day.day))
        self.authenticated.setChecked(entry.authenticated)

    # --- editing ------------------------------------------------------------------------------

    def save_checklist_item(self) -> None:
        entry = self._entry(self.checklist.currentRow())
        if entry is None or self.case is None:
            return
        day = date_of(self.document_date)
        mine = _ItemInput(
            entry.item.code,
            ChecklistStatus(self.status.currentData()),
            self.reason.text(),
            None if day <= NO_DATE else day,
            self.authenticated.isChecked(),
        )
        self._save_item(mine, entry)

    def _save_item(self, mine: _ItemInput, based_on: ChecklistEntry) -> None:
        assert self.case is not None
        try:
            case = self._services.cases.update_checklist_item(
                self._actor,
                self.case.id,
                mine.code,
                mine.status,
                mine.note,
                mine.document_date,
                mine.authenticated,
                based_on.version,
                self._today(),
                foreign_issued=based_on.foreign_issued,
            )
        except ConflictError:
            self._resolve_conflict(mine)
            return
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.show_case(case)
        self.actions.refresh()

    def _resolve_conflict(self, mine: _ItemInput) -> None:
        """Another window saved this document meanwhile: both versions, and the user decides."""
        assert self.case is not None
        try:
            case = self._services.cases.get_case(self._actor, self.case.id)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        theirs = next((e for e in case.checklist if e.item.code == mine.code), None)
        if theirs is None:  # the other window's change of the case took this document off
            self.show_case(case)
            self.message.setText(error_text(NotFoundError("checklist_item", mine.code)))
            return
        record = self.tr("%1 of case %2").replace(
            "%1", localized(theirs.item.label_zh, theirs.item.label_en)
        ).replace("%2", case.case_number)
        choice = resolve_conflict(self, record, self._versions(mine, theirs))
        if choice is Choice.KEEP_MINE:
            self._save_item(mine, theirs)
        elif choice is Choice.TAKE_THEIRS:
            self.message.clear()
            self.show_case(case)
            self.actions.refresh()
        else:  # the editor keeps what was typed: saving again compares once more
            self.message.setText(
                self.tr("Not saved: this document was changed in another window.")
            )

    def _versions(self, mine: _ItemInput, theirs: ChecklistEntry) -> list[FieldVersions]:
        def shown(status: str, note: str, day: date | None, authenticated: bool) -> list[str]:
            return [value_label("checklist_status", status), note, _day(day),
                    self.tr("yes") if authenticated else self.tr("no")]

        labels = [self.tr("Status"), self.tr("Reason"), self.tr("Document date"),
                  self.tr("Apostille")]
        return [
            FieldVersions(label, yours, saved)
            for label, yours, saved in zip(
                labels,
                shown(mine.status, mine.note, mine.document_date, mine.authenticated),
                shown(theirs.item.status, theirs.item.note, theirs.document_date,
                      theirs.authenticated),
                strict=True,
            )
        ]

    def _changed_elsewhere(self, case_id: int) -> None:
        self.show_case(self._services.cases.get_case(self._actor, case_id))
        self.timeline.refresh()
