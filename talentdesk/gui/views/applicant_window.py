"""One applicant in a window: details to edit, passport history with renewal, the person's cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.countries import country, nationalities
from talentdesk.domain.documents import mask_passport
from talentdesk.domain.enums import Degree
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.permit_records import Applicant, ApplicantDraft, Passport, PassportDraft
from talentdesk.errors import DuplicateError, TalentDeskError, ValidationError
from talentdesk.gui.dialogs.intake_dialog import date_edit, date_of
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.intake import SEX_LABELS, degree_label, sex_label
from talentdesk.gui.texts.workflow import chinese_ui
from talentdesk.gui.views.record_window import SAVED_STYLE, RecordWindow
from talentdesk.gui.widgets.field_rows import FieldRows, error_label
from talentdesk.gui.widgets.record_table import fill_row, record_table
from talentdesk.services.registry import Services

ENTITY = "applicant"


def country_combo() -> QComboBox:
    """Every nationality by name and code; typing part of either (德国, Germ, DEU) finds it."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for entry in nationalities():
        name = entry.name_zh if chinese_ui() else entry.name_en
        combo.addItem(f"{entry.code} {name}", entry.code)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    return combo


def set_country(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:  # an ICAO code ISO lacks, or what was stored before: shown as it is
        combo.setEditText(code)


def country_code(combo: QComboBox) -> str:
    """The chosen entry's code; a typed code as typed (the service checks it)."""
    index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else combo.currentText().strip().upper()


def _day(value: QDate | date) -> QDate:
    return QDate(value.year, value.month, value.day) if isinstance(value, date) else value


class ApplicantWindow(RecordWindow):
    """Every field of a foreign national; a renewed passport is added, never written over."""

    def __init__(self, services: Services, actor: Actor, applicant_id: int,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(services, actor, applicant_id, today, parent)
        self.applicant: Applicant | None = None
        self._unmasked = False
        left = QVBoxLayout()
        left.addWidget(self._details_box())
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._passports_box())
        right.addLayout(self._cases(ENTITY + "_id", (
            "case_number", "received_on", "employer", "business_type", "category",
            "work_state", "residence_state",
        )), 1)
        self._frame(left, right)
        self._read_only(self._inputs)
        self.load()
        self.surname.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Applicant"))
        form = QFormLayout(box)
        add = self.rows.add
        self.surname, self.given_names, self.chinese_name = QLineEdit(), QLineEdit(), QLineEdit()
        add(form, self.tr("Sur&name:"), self.surname, "surname")
        add(form, self.tr("&Given names:"), self.given_names, "given_names")
        add(form, self.tr("C&hinese name:"), self.chinese_name, "chinese_name")
        self.sex = QComboBox()
        for code in SEX_LABELS:
            self.sex.addItem(sex_label(code), code)
        add(form, self.tr("Se&x:"), self.sex, "sex")
        self.birth_date = date_edit("birth_date", date(1990, 1, 1))
        add(form, self.tr("Date of &birth:"), self.birth_date, "birth_date")
        self.nationality = country_combo()
        add(form, self.tr("Nationali&ty:"), self.nationality, "nationality")
        self.phone, self.email, self.visa_status = QLineEdit(), QLineEdit(), QLineEdit()
        add(form, self.tr("Ph&one:"), self.phone, "phone")
        add(form, self.tr("&E-mail:"), self.email, "email")
        self.education = QComboBox()
        self.education.addItem(self.tr("not known"), "")
        for degree in Degree:
            self.education.addItem(degree_label(degree), str(degree))
        add(form, self.tr("Highest e&ducation:"), self.education, "education")
        add(form, self.tr("&Visa or residence status:"), self.visa_status, "visa_status")
        # Only a different person may share names, birth date and nationality with another.
        self.allow_duplicate = QCheckBox(self.tr("It is a different person: s&ave anyway"))
        self.allow_duplicate.setObjectName("allow_duplicate")
        self.allow_duplicate.hide()
        form.addRow(self.allow_duplicate)
        self._inputs = (self.surname, self.given_names, self.chinese_name, self.sex,
                        self.birth_date, self.nationality, self.phone, self.email,
                        self.education, self.visa_status)
        return box

    def _passports_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Passports"))
        self.passports = record_table("passports", [
            self.tr("Passport number"), self.tr("Issuing state"), self.tr("Expiry date"),
            self.tr("In use"), self.tr("Recorded on"), self.tr("Recorded by"),
        ])
        caption = QLabel(self.tr("Passport histor&y:"))
        caption.setBuddy(self.passports)
        self.renew = QPushButton(self.tr("&Renew passport…"))
        self.renew.setObjectName("renew")
        self.renew.clicked.connect(self.renew_passport)
        self.renew.setVisible(self.may_edit)
        self.unmask = QPushButton(self.tr("Show &full numbers"))
        self.unmask.setObjectName("unmask")
        self.unmask.clicked.connect(self.show_full_numbers)
        self.unmask.setVisible(allowed(self._actor.role, Action.VIEW_UNMASKED_IDS))
        buttons = QHBoxLayout()
        buttons.addWidget(caption)
        buttons.addStretch(1)
        for button in (self.unmask, self.renew):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addLayout(buttons)
        layout.addWidget(self.passports)
        return box

    # --- showing ------------------------------------------------------------------------------

    def _read(self) -> Applicant:
        return self._services.applicants.get(self._actor, self.record_id)

    def _current(self) -> Applicant | None:
        return self.applicant

    def show_record(self, record: Applicant) -> None:
        self.applicant = record
        details = record.details
        self.allow_duplicate.setChecked(False)
        self.allow_duplicate.hide()
        name = f"{details.surname}, {details.given_names}"
        if details.chinese_name:
            name += f"（{details.chinese_name}）"
        self.setWindowTitle(self.tr("Applicant %1").replace("%1", name))
        self.heading.setText(name)
        self.surname.setText(details.surname)
        self.given_names.setText(details.given_names)
        self.chinese_name.setText(details.chinese_name)
        self.sex.setCurrentIndex(max(0, self.sex.findData(details.sex)))
        self.birth_date.setDate(_day(details.birth_date))
        set_country(self.nationality, details.nationality)
        self.phone.setText(details.phone)
        self.email.setText(details.email)
        self.education.setCurrentIndex(max(0, self.education.findData(details.education)))
        self.visa_status.setText(details.visa_status)
        self._show_passports()

    def _show_passports(self) -> None:
        passports: tuple[Passport, ...] = self.applicant.passports if self.applicant else ()
        self.passports.setRowCount(len(passports))
        for row, passport in enumerate(passports):
            state = country(passport.issuing_state)
            state_name = (state.name_zh if chinese_ui() else state.name_en) if state else ""
            fill_row(self.passports, row, (
                passport.number if self._unmasked else mask_passport(passport.number),
                f"{passport.issuing_state} {state_name}".strip(),
                passport.expiry_date.isoformat(),
                self.tr("yes") if passport.is_current else "",
                passport.recorded_at.date().isoformat(),
                passport.recorded_by,
            ))

    def show_full_numbers(self) -> None:
        """The full numbers, once the viewing is in the audit (PIPL: who saw which ID when)."""
        try:
            self._services.audit.record_view_sensitive(
                self._actor, ENTITY, self.record_id, "passport_number"
            )
        except TalentDeskError as exc:
            self._say(error_text(exc))
            return
        self._unmasked = True
        self._show_passports()

    # --- saving -------------------------------------------------------------------------------

    def _draft(self) -> ApplicantDraft:
        return ApplicantDraft(
            surname=self.surname.text(),
            given_names=self.given_names.text(),
            sex=self.sex.currentData(),
            birth_date=date_of(self.birth_date),
            nationality=country_code(self.nationality),
            chinese_name=self.chinese_name.text(),
            phone=self.phone.text(),
            email=self.email.text(),
            education=self.education.currentData(),
            visa_status=self.visa_status.text(),
        )

    def _store(self) -> Applicant:
        assert self.applicant is not None  # shown before anything can be saved
        return self._services.applicants.update(
            self._actor, self.record_id, self._draft(), self.applicant.stamp.version,
            self._today(), allow_duplicate=self.allow_duplicate.isChecked(),
        )

    def _error_text(self, error: TalentDeskError) -> str:
        if not isinstance(error, DuplicateError):
            return super()._error_text(error)
        # The changed identity now matches someone on file: name them, let the clerk decide.
        self.allow_duplicate.show()
        others = "；".join(
            f"{c.applicant.details.surname}, {c.applicant.details.given_names} "
            f"({c.applicant.details.birth_date.isoformat()})"
            for c in error.matches
        )
        return self.tr("These details match an applicant already on file: %1. If it is a "
                       "different person, tick the box and save again.").replace("%1", others)

    def renew_passport(self) -> None:
        if self.applicant is None or not self.may_edit:
            return
        dialog = RenewPassportDialog(self._services, self._actor, self.applicant, self._today(),
                                     self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.applicant is not None:
            # Edits not yet saved stay in the form; the next save names the new version.
            self.applicant = dialog.applicant
            self._show_passports()
            self._say(self.tr("New passport recorded; the old one stays in the history."),
                      SAVED_STYLE)
            self.saved.emit(self.record_id)


class RenewPassportDialog(QDialog):
    """A new passport for a known applicant; it becomes current and the old one is kept."""

    def __init__(self, services: Services, actor: Actor, applicant: Applicant, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renew passport"))
        self._services = services
        self._actor = actor
        self._today = today
        self._old = applicant
        self.applicant: Applicant | None = None
        self.rows = FieldRows(self)
        form = QFormLayout()
        self.number = QLineEdit()
        self.rows.add(form, self.tr("New passport &number:"), self.number, "passport_number")
        self.issuing_state = country_combo()
        current = applicant.passport
        set_country(self.issuing_state,
                    current.issuing_state if current else applicant.details.nationality)
        self.rows.add(form, self.tr("&Issuing state:"), self.issuing_state, "issuing_state")
        # Passports mostly run ten years; the 28th keeps the default valid in any month.
        self.expiry = date_edit("passport_expiry", date(today.year + 10, today.month,
                                                         min(today.day, 28)))
        self.rows.add(form, self.tr("&Expiry date:"), self.expiry, "passport_expiry")
        self.message = error_label("message")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def submit(self) -> None:
        draft = PassportDraft(self.number.text(), country_code(self.issuing_state),
                              date_of(self.expiry))
        try:
            self.applicant = self._services.applicants.add_passport(
                self._actor, self._old.id, draft, self._old.stamp.version, self._today
            )
        except ValidationError as exc:
            self.message.setText(self.rows.show(exc.problems))
            self.message.show()
            return
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            self.message.show()
            return
        self.accept()
