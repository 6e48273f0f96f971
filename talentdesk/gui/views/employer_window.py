"""One employer in a window: every field with its 1–3 handlers to edit, and the employer's cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.employers import FIRST_STUDIO_YEAR, MAX_HANDLERS
from talentdesk.domain.identifiers import check_uscc
from talentdesk.domain.jiangsu import jiangsu_cities, jiangsu_city
from talentdesk.domain.permit_records import Employer, EmployerDraft, Handler, StudioLevel
from talentdesk.domain.problems import Problem
from talentdesk.errors import ConflictError
from talentdesk.gui.dialogs.form_conflict import Field
from talentdesk.gui.messages import problem_text
from talentdesk.gui.texts.workflow import chinese_ui
from talentdesk.gui.views.record_window import RecordWindow
from talentdesk.services.registry import Services

ENTITY = "employer"


class EmployerWindow(RecordWindow):
    """Every field of an employer; a wrong USCC names the expected check character at once."""

    def __init__(self, services: Services, actor: Actor, employer_id: int,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, employer_id, today, parent)
        self.employer: Employer | None = None
        left = QVBoxLayout()
        left.addWidget(self._details_box())
        left.addStretch(1)
        self._frame(left, self._cases(ENTITY + "_id", (
            "case_number", "received_on", "applicant", "nationality", "business_type",
            "category", "work_state", "residence_state",
        )))
        self._read_only(self._inputs)
        self.load()
        self.name.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Employer"))
        form = QFormLayout(box)
        add = self.rows.add
        self.name, self.uscc = QLineEdit(), QLineEdit()
        add(form, self.tr("&Name:"), self.name, "name")
        add(form, self.tr("&USCC:"), self.uscc, "uscc")
        self.uscc.editingFinished.connect(self.check_uscc)
        self.city = QComboBox()
        self.city.setEditable(True)
        for city in jiangsu_cities():
            self.city.addItem(city.name_zh if chinese_ui() else city.name_en, city.code)
        add(form, self.tr("C&ity:"), self.city, "city")
        self.district, self.address = QLineEdit(), QLineEdit()
        add(form, self.tr("&District:"), self.district, "district")
        add(form, self.tr("&Address:"), self.address, "address")
        self.phone, self.email = QLineEdit(), QLineEdit()
        add(form, self.tr("Ph&one:"), self.phone, "phone")
        add(form, self.tr("&E-mail:"), self.email, "email")
        handlers = add(form, self.tr("&Handlers (1–3):"), self._handlers_grid(), "handlers")
        form.labelForField(handlers).setBuddy(self.handlers[0][0])
        # Handler e-mail problems name the handler; they belong under the handlers too.
        self.rows.errors["handler_email"] = self.rows.errors["handlers"]
        self.credit_notes = QPlainTextEdit()
        self.credit_notes.setTabChangesFocus(True)
        self.credit_notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        add(form, self.tr("Credit no&tes:"), self.credit_notes, "credit_notes")
        self.fortune_global_500 = QCheckBox(self.tr("&Fortune Global 500"))
        add(form, "", self.fortune_global_500, "fortune_global_500")
        self.studio_level = QComboBox()
        self.studio_level.addItem(self.tr("none"), "")
        self.studio_level.addItem(self.tr("municipal"), str(StudioLevel.MUNICIPAL))
        self.studio_level.addItem(self.tr("provincial"), str(StudioLevel.PROVINCIAL))
        add(form, self.tr("Foreign expert studio le&vel:"), self.studio_level, "studio_level")
        self.studio_year = QSpinBox()
        self.studio_year.setRange(FIRST_STUDIO_YEAR, self._today().year)
        self.studio_year.setValue(self._today().year)
        self._form = form
        self._studio_year_row = add(form, self.tr("Studio named in &year:"), self.studio_year,
                                    "studio_year")
        # The year belongs to a studio: without one there is nothing to ask.
        self.studio_level.currentIndexChanged.connect(self._show_studio_year)
        self._inputs = (self.name, self.uscc, self.city, self.district, self.address,
                        self.phone, self.email, *(e for row in self.handlers for e in row),
                        self.credit_notes, self.fortune_global_500, self.studio_level,
                        self.studio_year)
        return box

    def _handlers_grid(self) -> QWidget:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, title in enumerate((self.tr("Name"), self.tr("Phone"), self.tr("E-mail"))):
            grid.addWidget(QLabel(title), 0, column)
        self.handlers: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for index in range(MAX_HANDLERS):
            edits = (QLineEdit(), QLineEdit(), QLineEdit())
            for column, (edit, kind) in enumerate(zip(edits, ("name", "phone", "email"),
                                                      strict=True)):
                edit.setObjectName(f"handler{index + 1}_{kind}")
                grid.addWidget(edit, index + 1, column)
            # A landline with its area code stays readable (025-52110000).
            edits[1].setMinimumWidth(self.fontMetrics().horizontalAdvance("0" * 14))
            self.handlers.append(edits)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 3)
        # A problem with the handlers leads to the first name.
        grid_widget.setFocusProxy(self.handlers[0][0])
        return grid_widget

    # --- showing ------------------------------------------------------------------------------

    def _read(self) -> Employer:
        return self._services.employers.get(self._actor, self.record_id)

    def _current(self) -> Employer | None:
        return self.employer

    def _compared(self) -> list[Field]:
        """One line per handler: name, phone and e-mail together."""
        handler_edits = {edit for row in self.handlers for edit in row}
        fields = [f for f in super()._compared() if f[1][0] not in handler_edits]
        at = next(i for i, (_, widgets) in enumerate(fields) if widgets[0] is self.credit_notes)
        handlers = [(self.tr("Handler %1").replace("%1", str(number)), row)
                    for number, row in enumerate(self.handlers, start=1)]
        return fields[:at] + handlers + fields[at:]

    def show_record(self, record: Employer) -> None:
        self.employer = record
        details = record.details
        self.setWindowTitle(self.tr("Employer %1").replace("%1", details.name))
        self.heading.setText(f"{details.name}（{details.uscc}）")
        self.name.setText(details.name)
        self.uscc.setText(details.uscc)
        city = jiangsu_city(details.city)
        index = self.city.findData(city.code) if city else -1
        if index >= 0:
            self.city.setCurrentIndex(index)
        else:
            self.city.setEditText(details.city)
        self.district.setText(details.district)
        self.address.setText(details.address)
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        for edits, handler in zip(self.handlers, _padded(details.handlers), strict=True):
            for edit, value in zip(edits, (handler.name, handler.phone, handler.email),
                                   strict=True):
                edit.setText(value)
        self.credit_notes.setPlainText(details.credit_notes)
        self.fortune_global_500.setChecked(details.fortune_global_500)
        level = str(details.studio_level or "")
        self.studio_level.setCurrentIndex(max(0, self.studio_level.findData(level)))
        if details.studio_year is not None:
            self.studio_year.setValue(details.studio_year)
        self._show_studio_year()

    def _show_studio_year(self) -> None:
        self._form.setRowVisible(self._studio_year_row, bool(self.studio_level.currentData()))

    def check_uscc(self) -> None:
        """The USCC's problem as soon as the field is left, before any save."""
        problems = check_uscc(self.uscc.text(), "uscc")
        label = self.rows.errors["uscc"]
        label.setText("\n".join(problem_text(p) for p in problems))
        label.setVisible(bool(problems))

    # --- saving -------------------------------------------------------------------------------

    def _draft(self) -> EmployerDraft:
        level = self.studio_level.currentData()
        city_index = self.city.findText(self.city.currentText())
        handlers = tuple(
            Handler(name.text(), phone.text(), email.text())
            for name, phone, email in self.handlers
            if any(edit.text().strip() for edit in (name, phone, email))
        )
        return EmployerDraft(
            name=self.name.text(),
            uscc=self.uscc.text(),
            city=self.city.itemData(city_index) if city_index >= 0 else self.city.currentText(),
            handlers=handlers,
            district=self.district.text(),
            address=self.address.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            credit_notes=self.credit_notes.toPlainText(),
            fortune_global_500=self.fortune_global_500.isChecked(),
            studio_level=StudioLevel(level) if level else None,
            studio_year=self.studio_year.value() if level else None,
        )

    def _store(self) -> Employer:
        assert self.employer is not None  # shown before anything can be saved
        return self._services.employers.update(
            self._actor, self.record_id, self._draft(), self.employer.stamp.version,
            self._today(),
        )

    def _conflict_problem(self, error: ConflictError) -> Problem | None:
        return Problem("uscc_taken", "uscc") if error.detail == "uscc_taken" else None


def _padded(handlers: tuple[Handler, ...]) -> list[Handler]:
    return [*handlers, *(Handler("") for _ in range(MAX_HANDLERS - len(handlers)))]
