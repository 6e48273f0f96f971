"""Add or change a researcher: identity with its checks, unit, discipline, title, mentor."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.identifiers import parse_resident_id
from talentdesk.domain.researchers.disciplines import load_disciplines
from talentdesk.domain.researchers.programs import Sex
from talentdesk.domain.researchers.records import IdType, ResearcherInput, ResearcherRecord
from talentdesk.errors import ConflictError, TalentDeskError
from talentdesk.gui.dialogs.conflict_dialog import Choice
from talentdesk.gui.dialogs.form_conflict import Field, plain_caption, resolve_form_conflict
from talentdesk.gui.messages import error_text
from talentdesk.gui.widgets.researcher_inputs import (
    FormDialog,
    code_combo,
    date_edit,
    date_of,
    select_data,
    to_qdate,
)
from talentdesk.services.researchers import ResearcherService

DEGREES = ("博士", "硕士", "学士")
TITLES = ("研究员", "副研究员", "助理研究员", "教授", "副教授", "讲师", "博士后",
          "正高级工程师", "高级工程师", "工程师")


class ResearcherDialog(FormDialog):
    """New researcher (``record`` None) or an edit of ``record``; ``result_record`` on OK."""

    def __init__(self, service: ResearcherService, actor: Actor,
                 record: ResearcherRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit researcher") if record else self.tr("New researcher"),
                         parent)
        self._service = service
        self._actor = actor
        self._record = record
        self.setMinimumWidth(480)
        self.name = self.row(self.tr("&Name:"), QLineEdit(), "name")
        self.id_type = self.row(self.tr("ID &type:"),
                                code_combo("id_type", "id_type", list(IdType)))
        self.id_number = self.row(self.tr("ID &number:"), QLineEdit(), "id_number")
        self.sex = self.row(self.tr("&Sex:"), code_combo("sex", "sex", list(Sex)))
        self.birth_date = self.row(self.tr("Date of &birth:"), date_edit("birth_date"))
        self.unit = self.row(self.tr("&Unit:"), QLineEdit(), "unit")
        self.department = self.row(self.tr("&Department:"), QLineEdit(), "department")
        self.discipline = self.row(self.tr("Disci&pline:"), QComboBox(), "discipline_code")
        self.discipline.addItem("", "")
        for discipline in load_disciplines().values():
            self.discipline.addItem(f"{discipline.code} {discipline.name}", discipline.code)
        self.title = self.row(self.tr("T&itle:"), QComboBox(), "title")
        self.title.setEditable(True)
        self.title.addItems(["", *TITLES])
        self.degree = self.row(self.tr("De&gree:"), QComboBox(), "degree")
        self.degree.setEditable(True)
        self.degree.addItems(["", *DEGREES])
        self.mentor = self.row(self.tr("&Mentor:"), QLineEdit(), "mentor_name")
        self.phone = self.row(self.tr("P&hone:"), QLineEdit(), "phone")
        self.email = self.row(self.tr("&E-mail:"), QLineEdit(), "email")
        self.applicant = self.row(self.tr("Permit-side &applicant no.:"), QSpinBox(),
                                  "applicant_id")
        self.applicant.setRange(0, 2_000_000_000)
        self.applicant.setSpecialValueText(self.tr("none"))
        # A resident ID already says the birth date and sex: fill them in, the service
        # still checks that the three agree.
        self.id_number.editingFinished.connect(self._from_resident_id)
        if record is not None:
            self._show(record)

    def _show(self, record: ResearcherRecord) -> None:
        data = record.data
        self.name.setText(data.name)
        select_data(self.id_type, str(data.id_type))
        self.id_number.setText(data.id_number)
        select_data(self.sex, str(data.sex))
        self.birth_date.setDate(to_qdate(data.birth_date))
        self.unit.setText(data.unit)
        self.department.setText(data.department)
        select_data(self.discipline, data.discipline_code)
        self.title.setCurrentText(data.title)
        self.degree.setCurrentText(data.degree)
        self.mentor.setText(data.mentor_name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.applicant.setValue(data.applicant_id or 0)

    def _from_resident_id(self) -> None:
        if self.id_type.currentData() != str(IdType.RESIDENT_ID):
            return
        parsed = parse_resident_id(self.id_number.text())
        if parsed is not None:
            self.birth_date.setDate(to_qdate(parsed.birth_date))
            select_data(self.sex, str(Sex.FEMALE if parsed.sex == "F" else Sex.MALE))

    def data(self) -> ResearcherInput:
        mentor_id = self._record.data.mentor_id if self._record else None
        return ResearcherInput(
            name=self.name.text(), sex=Sex(self.sex.currentData()),
            birth_date=date_of(self.birth_date), id_type=IdType(self.id_type.currentData()),
            id_number=self.id_number.text(), unit=self.unit.text(),
            department=self.department.text(), discipline_code=self.discipline.currentData(),
            title=self.title.currentText().strip(), degree=self.degree.currentText().strip(),
            mentor_name=self.mentor.text(), mentor_id=mentor_id, phone=self.phone.text(),
            email=self.email.text(), applicant_id=self.applicant.value() or None)

    def save(self) -> ResearcherRecord:
        if self._record is None:
            return self._service.create(self._actor, self.data())
        return self._service.update(self._actor, self._record.id, self._record.version,
                                    self.data())

    def submit(self) -> None:
        """OK; an edit of a version changed meanwhile shows both versions instead."""
        try:
            self.result_record = self.save()
        except ConflictError as exc:
            if exc.detail == "stale" and self._record is not None:
                self._resolve_conflict(self._record)
            else:
                self.message.setText(error_text(exc))
            return
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()

    def _resolve_conflict(self, based_on: ResearcherRecord) -> None:
        try:
            saved = self._service.get(self._actor, based_on.id)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        record = self.tr("Researcher %1").replace("%1", based_on.data.name)
        choice = resolve_form_conflict(self, record, self._compared(), lambda: self._show(saved))
        if choice is Choice.KEEP_MINE:  # the form holds the input again: save it on top
            self._record = saved
            self.submit()
        elif choice is Choice.TAKE_THEIRS:
            self._record = saved
            self._show(saved)
            self.message.setText(self.tr("Your changes were dropped; this is the version saved "
                                         "in the other window."))
        else:  # still based on the version first read: saving again compares once more
            self.message.setText(
                self.tr("Not saved: this record was changed in another window."))

    def _compared(self) -> list[Field]:
        """Every row of the form with its caption, as the conflict dialog lists them."""
        label_role, field_role = QFormLayout.ItemRole.LabelRole, QFormLayout.ItemRole.FieldRole
        return [
            (plain_caption(self.form.itemAt(row, label_role).widget().text()),
             (self.form.itemAt(row, field_role).widget(),))
            for row in range(self.form.rowCount())
        ]
