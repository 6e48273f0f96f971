"""Working-day calendar administration: holidays and make-up days by notice, complete years."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.workcalendar import DayKind
from talentdesk.domain.workflow_records import CalendarChange, CalendarDay, CalendarYear
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.workflow import value_label
from talentdesk.services.calendar_admin import CalendarAdminService

FIRST_YEAR, LAST_YEAR = 2004, 2100


class CalendarAdminPage(QWidget):
    """One year at a time: its overrides, and whether its schedule is complete."""

    def __init__(self, calendar: CalendarAdminService, actor: Actor, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar
        self._actor = actor
        self._may_edit = allowed(actor.role, Action.EDIT_CONFIGURATION)
        self.current: CalendarYear | None = None
        today = today or date.today()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("days")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Kind"), self.tr("Notice"), self.tr("Changed by")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._fill_form)

        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setObjectName("day")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in DayKind:
            self.kind.addItem(value_label("day_kind", str(kind)), kind)
        self.notice = QLineEdit()
        self.notice.setObjectName("notice")
        self.notice.setPlaceholderText(self.tr("e.g. 国办发明电〔2026〕12号"))
        form = QFormLayout()
        for text, widget in ((self.tr("&Date:"), self.day), (self.tr("&Kind:"), self.kind),
                             (self.tr("&Notice that set it:"), self.notice)):
            caption = QLabel(text)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        self.save_button = QPushButton(self.tr("&Save day"))
        self.save_button.clicked.connect(self.save_day)
        self.remove_button = QPushButton(self.tr("&Remove day"))
        self.remove_button.clicked.connect(self.remove_day)
        self.complete_button = QPushButton(self.tr("Declare year &complete"))
        self.complete_button.setObjectName("complete")
        self.complete_button.clicked.connect(self.toggle_complete)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)

        year_row = QHBoxLayout()
        caption = QLabel(self.tr("&Year:"))
        caption.setBuddy(self.year)
        year_row.addWidget(caption)
        year_row.addWidget(self.year)
        year_row.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.remove_button, self.complete_button):
            button.setEnabled(self._may_edit)
            buttons.addWidget(button)
        buttons.addStretch(1)
        explanation = QLabel(self.tr(
            "Working days come from the official schedules in chinesecalendar. Enter each "
            "year's holidays and make-up working days here as soon as the State Council "
            "publishes them, with the notice; deadlines in a year that is neither covered nor "
            "declared complete are marked provisional."
        ))
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(year_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.current = self._calendar.year(self._actor, self.year.value())
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        year = self.current
        self.table.setRowCount(len(year.days))
        for row, entry in enumerate(year.days):
            cells = (entry.day.isoformat(), value_label("day_kind", str(entry.kind)),
                     entry.notice, entry.updated_by)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, entry)
                self.table.setItem(row, column, item)
        covered = (self.tr("The working-day library covers %s.") if year.base_covered
                   else self.tr("The working-day library does not cover %s.")) % year.year
        if year.complete is not None:
            state = self.tr("Declared complete by %s (%s).") % (year.complete.updated_by,
                                                                  year.complete.notice)
        elif year.base_covered:
            state = ""
        else:
            state = self.tr("Deadlines in this year are provisional.")
        self.status.setText(f"{covered} {state}".strip())
        self.complete_button.setText(self.tr("&Withdraw declaration") if year.complete
                                     else self.tr("Declare year &complete"))

    def selected_day(self) -> CalendarDay | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _fill_form(self) -> None:
        entry = self.selected_day()
        if entry is None:
            return
        self.day.setDate(QDate(entry.day.year, entry.day.month, entry.day.day))
        self.kind.setCurrentIndex(self.kind.findData(entry.kind))
        self.notice.setText(entry.notice)

    def _entry_for(self, day: date) -> CalendarDay | None:
        days = self.current.days if self.current else ()
        return next((d for d in days if d.day == day), None)

    def _form_day(self) -> date:
        value = self.day.date()
        return date(value.year(), value.month(), value.day())

    def save_day(self) -> None:
        day = self._form_day()
        existing = self._entry_for(day) if day.year == self.year.value() else None
        self._apply(lambda: self._calendar.set_day(
            self._actor, day, DayKind(self.kind.currentData()), self.notice.text(),
            existing.version if existing else None))
        if day.year != self.year.value():
            self.year.setValue(day.year)

    def remove_day(self) -> None:
        entry = self._entry_for(self._form_day())
        if entry is None:
            self.message.setText(self.tr("This date has no entry."))
            return
        self._apply(lambda: self._calendar.remove_day(self._actor, entry.day, entry.version))

    def toggle_complete(self) -> None:
        year = self.year.value()
        complete = self.current.complete if self.current else None
        if complete is not None:
            self._apply(lambda: self._calendar.withdraw_complete(self._actor, year,
                                                                 complete.version))
        else:
            self._apply(lambda: self._calendar.declare_complete(self._actor, year,
                                                                self.notice.text()))

    def _apply(self, edit: Callable[[], CalendarChange]) -> None:
        try:
            change = edit()
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Saved. %s open deadlines were computed again.")
                             % change.tracks_rescheduled)
        self.refresh()
