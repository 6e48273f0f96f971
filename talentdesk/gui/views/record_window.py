"""The frame of an applicant's or employer's window: its form, Save if one may edit, its cases."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.permit_lists import CASE_LIST
from talentdesk.domain.problems import Problem
from talentdesk.errors import ConflictError, TalentDeskError, ValidationError
from talentdesk.gui.dialogs.conflict_dialog import Choice
from talentdesk.gui.dialogs.form_conflict import (
    Field,
    input_values,
    plain_caption,
    put_values,
    resolve_form_conflict,
)
from talentdesk.gui.messages import error_text
from talentdesk.gui.models.paged_table import PagedTableModel, sortable_as
from talentdesk.gui.views.cases_view import case_columns
from talentdesk.gui.widgets.field_rows import FieldRows, error_label
from talentdesk.gui.widgets.list_view import ListView
from talentdesk.services.registry import Services

SAVED_STYLE = "color: #1b5e20;"
SIZE = (1200, 720)  # fits the 1366×768 counter screens with the taskbar


def shortcut(text: str) -> QKeySequence:
    return QKeySequence.fromString(text, QKeySequence.SequenceFormat.PortableText)


class RecordWindow(QWidget):
    """A window of its own for one record; subclasses build the form, show and store a record.

    Signals:
        saved(record_id): a change was stored; lists showing the record read it again.
        open_case_requested(case_id): the user opened one of the record's cases.
    """

    saved = Signal(int)
    open_case_requested = Signal(int)

    def __init__(self, services: Services, actor: Actor, record_id: int,
                 today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(*SIZE)
        self._services = services
        self._actor = actor
        self._today = today
        self.record_id = record_id
        # HR officers read here only: the service refuses them anyway, the window says so first.
        self.may_edit = allowed(actor.role, Action.EDIT_PERMITS)
        self.rows = FieldRows(self)
        self._inputs: tuple[QWidget, ...] = ()  # the form's inputs, set by the subclass
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = error_label("summary")
        self.summary.hide()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(self.may_edit)
        if self.may_edit:
            QShortcut(shortcut("Ctrl+S"), self, self.save)
        self.reload_button = QPushButton(self.tr("Re&load"))
        self.reload_button.setObjectName("reload")
        self.reload_button.setToolTip(self.tr("Read the record again; unsaved changes are lost"))
        self.reload_button.clicked.connect(self.load)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip("Esc")
        self.close_button.clicked.connect(self.close)
        QShortcut(shortcut("Esc"), self, self.close)

    # --- building -----------------------------------------------------------------------------

    def _frame(self, *columns: QVBoxLayout) -> None:
        """Heading and message above the columns, the buttons below."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.save_button, self.reload_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        body = QHBoxLayout()
        for stretch, column in enumerate(columns, start=2):
            body.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

    def _cases(self, filter_key: str, column_keys: Iterable[str]) -> QVBoxLayout:
        """The record's cases, newest first; Enter or a double click opens one."""
        wanted = set(column_keys)
        columns = sortable_as(CASE_LIST, [c for c in case_columns() if c.key in wanted])
        fixed = {filter_key: self.record_id}
        model = PagedTableModel(
            lambda query: self._services.lists.list_cases(self._actor, query),
            columns,
            query=ListQuery(filters=fixed, sort_key=CASE_LIST.default_sort,
                            descending=CASE_LIST.default_descending),
            parent=self,
        )
        self.cases = ListView(model, (), self.tr("Search these cases (Ctrl+F)"), fixed=fixed)
        self.cases.setObjectName("cases")
        self.cases.open_requested.connect(self.open_case_requested)
        caption = QLabel(self.tr("&Cases:"))
        caption.setBuddy(self.cases.table)
        column = QVBoxLayout()
        column.addWidget(caption)
        column.addWidget(self.cases, 1)
        return column

    def _read_only(self, widgets: Iterable[QWidget]) -> None:
        """For roles that only read: text stays selectable, nothing can be changed."""
        if self.may_edit:
            return
        for widget in widgets:
            if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox | QAbstractButton):
                widget.setEnabled(False)

    # --- behaviour ----------------------------------------------------------------------------

    def load(self) -> None:
        """Read the record again and show it; unsaved changes are dropped."""
        try:
            record = self._read()
        except TalentDeskError as exc:
            self._say(error_text(exc))
            return
        self.rows.show([])
        self._say("")
        self.show_record(record)

    def save(self) -> None:
        """Store the form; problems appear under their fields and the input stays as typed."""
        if not self.may_edit:
            return
        self.rows.show([])
        try:
            record = self._store()
        except ValidationError as exc:
            self._say(self.rows.show(exc.problems))
            return
        except ConflictError as exc:
            problem = self._conflict_problem(exc)
            if problem is not None:
                self._say(self.rows.show([problem]))
            elif exc.detail == "stale":
                self._resolve_conflict()
            else:
                self._say(error_text(exc))
            return
        except TalentDeskError as exc:
            self._say(self._error_text(exc))
            return
        self.show_record(record)
        self._say(self.tr("Saved."), SAVED_STYLE)
        self.saved.emit(self.record_id)

    def _resolve_conflict(self) -> None:
        """Saved in another window meanwhile: both versions side by side, the user decides."""
        based_on = self._current()
        try:
            saved = self._read()
        except TalentDeskError as exc:
            self._say(error_text(exc))
            return
        fields = self._compared()
        choice = resolve_form_conflict(self, self.windowTitle(), fields,
                                       lambda: self.show_record(saved))
        # The form now holds the user's input on the saved version.
        if choice is Choice.KEEP_MINE:
            self.save()
        elif choice is Choice.TAKE_THEIRS:
            self.show_record(saved)
            self._say(self.tr("Your changes were dropped; this is the version saved in the "
                              "other window."), SAVED_STYLE)
            self.saved.emit(self.record_id)
        else:  # based on the version first read again, so saving again compares once more
            typed = input_values(fields)
            self.show_record(based_on)
            put_values(fields, typed)
            self._say(self.tr("Not saved: this record was changed in another window."))

    def _compared(self) -> list[Field]:
        """The inputs as the conflict dialog lists them, in form order, with their captions."""
        return [(self._caption(widget), (widget,)) for widget in self._inputs]

    def _caption(self, widget: QWidget) -> str:
        label = self.rows.captions.get(widget.objectName(), "")
        if not label and isinstance(widget, QAbstractButton):  # a tick box names itself
            label = widget.text()
        return plain_caption(label)

    def _say(self, text: str, style: str = "") -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(style or "color: #b00020;")
        self.summary.setVisible(bool(text))

    # --- for subclasses -----------------------------------------------------------------------

    def _read(self) -> Any:
        raise NotImplementedError

    def _current(self) -> Any:
        """The record the form was last filled from; a save names its version."""
        raise NotImplementedError

    def _store(self) -> Any:
        """Save the form through the service; returns the stored record."""
        raise NotImplementedError

    def show_record(self, record: Any) -> None:
        raise NotImplementedError

    def _conflict_problem(self, error: ConflictError) -> Problem | None:
        """A unique key taken is the field's problem; a stale version is not (None)."""
        return None

    def _error_text(self, error: TalentDeskError) -> str:
        return error_text(error)
