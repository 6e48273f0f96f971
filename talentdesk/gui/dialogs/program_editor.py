"""The program editor: age rule, cycle, checkpoint template, grades with thresholds and quota,
tranches and the representative-works rules, all saved as one new version of the program."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from fractions import Fraction

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.programs import (
    AgeRule,
    Aggregation,
    AggregationMethod,
    CheckpointKind,
    CheckpointTemplate,
    EvaluationCategory,
    GradeBand,
    GradeScale,
    GradeScaleKind,
    Program,
    ProgramLevel,
    ReferenceDateRule,
    TrancheTemplate,
    load_grade_scales,
)
from talentdesk.domain.researchers.records import ProgramRecord
from talentdesk.errors import TalentDeskError, ValidationError
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.researchers import label
from talentdesk.gui.widgets.researcher_inputs import (
    code_combo,
    date_edit,
    date_of,
    message_label,
    select_data,
    to_qdate,
)
from talentdesk.services.researchers import ProgramService


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item else ""


def _set_row(table: QTableWidget, row: int, values: list[str]) -> None:
    for column, value in enumerate(values):
        table.setItem(row, column, QTableWidgetItem(value))


class ProgramEditor(QDialog):
    """Edit ``record`` (a new version on save) or, with ``record`` None, a new program that
    starts as a copy of ``template``."""

    def __init__(self, service: ProgramService, actor: Actor, record: ProgramRecord | None,
                 template: Program, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._record = record
        self._base = template
        self.saved: ProgramRecord | None = None
        self.setWindowTitle(self.tr("Program: %s") % template.name if record
                            else self.tr("New program"))
        self.setMinimumSize(760, 560)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("&General"))
        self.tabs.addTab(self._age_tab(), self.tr("&Age rule"))
        self.tabs.addTab(self._checkpoint_tab(), self.tr("&Checkpoints"))
        self.tabs.addTab(self._grade_tab(), self.tr("G&rades and quota"))
        self.tabs.addTab(self._money_tab(), self.tr("&Funding and works"))
        self.message = message_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show(template)
        if record is None:
            self.code.clear()

    # --- tabs -----------------------------------------------------------------------------

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.code = QLineEdit()
        self.code.setObjectName("code")
        self.code.setReadOnly(self._record is not None)  # cohorts refer to the code
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.owner = QLineEdit()
        self.owner.setObjectName("owner")
        self.level = code_combo("level", "level", list(ProgramLevel))
        self.categories: dict[EvaluationCategory, QCheckBox] = {}
        boxes = QVBoxLayout()
        for category in EvaluationCategory:
            check = QCheckBox(label("category", str(category)))
            check.setObjectName(f"category_{category}")
            self.categories[category] = check
            boxes.addWidget(check)
        self.cycle_years = QSpinBox()
        self.cycle_years.setObjectName("cycle_years")
        self.cycle_years.setRange(1, 15)
        self.cycle_years.setSuffix(self.tr(" years"))
        self.source = QLineEdit()
        self.source.setObjectName("source")
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Level:"), self.level)
        form.addRow(self.tr("Evaluation categories:"), boxes)
        form.addRow(self.tr("Cycle:"), self.cycle_years)
        form.addRow(self.tr("Source:"), self.source)
        return page

    def _age_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.has_age_rule = QCheckBox(self.tr("The program has an age limit"))
        self.has_age_rule.setObjectName("has_age_rule")
        self.limit = self._age_spin("limit")
        self.male_limit = self._age_spin("male_limit", self.tr("as above"))
        self.female_limit = self._age_spin("female_limit", self.tr("as above"))
        self.inclusive = QComboBox()
        self.inclusive.setObjectName("inclusive")
        self.inclusive.addItem(self.tr("at most N years (不超过)"), True)
        self.inclusive.addItem(self.tr("under N years (未满)"), False)
        self.reference = code_combo("reference", "reference", list(ReferenceDateRule))
        self.reference_month = QSpinBox()
        self.reference_month.setObjectName("reference_month")
        self.reference_month.setRange(1, 12)
        self.reference_day = QSpinBox()
        self.reference_day.setObjectName("reference_day")
        self.reference_day.setRange(1, 31)
        self.fixed_reference = date_edit("fixed_reference")
        day = QHBoxLayout()
        day.addWidget(self.reference_month)
        day.addWidget(self.reference_day)
        form.addRow(self.has_age_rule)
        form.addRow(self.tr("Limit (years):"), self.limit)
        form.addRow(self.tr("Limit for men:"), self.male_limit)
        form.addRow(self.tr("Limit for women:"), self.female_limit)
        form.addRow(self.tr("Counted as:"), self.inclusive)
        form.addRow(self.tr("Age counted on:"), self.reference)
        form.addRow(self.tr("Month and day of the call year:"), day)
        form.addRow(self.tr("Fixed date:"), self.fixed_reference)
        return page

    def _age_spin(self, name: str, none_text: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(0, 80)
        if none_text:
            spin.setSpecialValueText(none_text)
        return spin

    def _checkpoint_tab(self) -> QWidget:
        self.checkpoints = _table("checkpoint_table", [
            self.tr("Key"), self.tr("Kind (annual, mid_term, final)"),
            self.tr("Due after months")])
        return self._table_page(self.checkpoints, ["", str(CheckpointKind.ANNUAL), "12"])

    def _grade_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.scale_kind = code_combo("scale_kind", "scale", list(GradeScaleKind))
        self.scale_kind.activated.connect(self._standard_bands)
        self.bands = _table("band_table", [self.tr("Grade"), self.tr("Label"),
                                           self.tr("Minimum score")])
        self.top_quota = QDoubleSpinBox()
        self.top_quota.setObjectName("top_quota")
        self.top_quota.setRange(0, 100)
        self.top_quota.setDecimals(1)
        self.top_quota.setSuffix(" %")
        self.top_quota.setSpecialValueText(self.tr("no quota"))
        self.aggregation = code_combo("aggregation", "aggregation", list(AggregationMethod))
        self.trim_min = QSpinBox()
        self.trim_min.setObjectName("trim_min_reviewers")
        self.trim_min.setRange(1, 50)
        form.addRow(self.tr("Scale:"), self.scale_kind)
        form.addRow(self.tr("Grades, best first:"), self.bands)
        form.addRow(self.tr("Most in the top grade:"), self.top_quota)
        form.addRow(self.tr("Combining reviewers:"), self.aggregation)
        form.addRow(self.tr("Trim only with at least (reviewers):"), self.trim_min)
        return page

    def _money_tab(self) -> QWidget:
        self.tranches = _table("tranche_table", [
            self.tr("Key"), self.tr("Share (e.g. 1/3)"),
            self.tr("Released by checkpoint (empty: at the start)")])
        page = self._table_page(self.tranches, ["", "1/3", ""])
        form = QFormLayout()
        self.funding = QLineEdit()
        self.funding.setObjectName("funding_total")
        self.works_cap = QSpinBox()
        self.works_cap.setObjectName("max_representative_works")
        self.works_cap.setRange(0, 50)
        self.works_cap.setSpecialValueText(self.tr("no cap"))
        self.domestic_share = QLineEdit()
        self.domestic_share.setObjectName("domestic_journal_min_share")
        form.addRow(self.tr("Support per person (yuan, empty if it varies):"), self.funding)
        form.addRow(self.tr("Representative works at most:"), self.works_cap)
        form.addRow(self.tr("Papers in Chinese journals at least (e.g. 1/3):"),
                    self.domestic_share)
        page.layout().addLayout(form)
        return page

    def _table_page(self, table: QTableWidget, blank: list[str]) -> QWidget:
        page = QWidget()
        add = QPushButton(self.tr("Add &row"))
        add.setObjectName(f"{table.objectName()}_add")
        remove = QPushButton(self.tr("Remo&ve row"))
        remove.setObjectName(f"{table.objectName()}_remove")

        def add_row() -> None:
            table.insertRow(table.rowCount())
            _set_row(table, table.rowCount() - 1, blank)

        add.clicked.connect(add_row)
        remove.clicked.connect(lambda: table.removeRow(table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.addWidget(table, 1)
        column.addLayout(buttons)
        return page

    # --- program <-> form -----------------------------------------------------------------

    def _show(self, program: Program) -> None:
        self.code.setText(program.code)
        self.name.setText(program.name)
        self.owner.setText(program.owner)
        select_data(self.level, str(program.level))
        for category, check in self.categories.items():
            check.setChecked(category in program.categories)
        self.cycle_years.setValue(program.cycle_years)
        self.source.setText(program.source)
        rule = program.age_rule
        self.has_age_rule.setChecked(rule is not None)
        if rule is not None:
            self.limit.setValue(rule.limit)
            self.male_limit.setValue(rule.male_limit or 0)
            self.female_limit.setValue(rule.female_limit or 0)
            select_data(self.inclusive, rule.inclusive)
            select_data(self.reference, str(rule.reference))
            self.reference_month.setValue(rule.reference_month)
            self.reference_day.setValue(rule.reference_day)
            if rule.fixed_reference is not None:
                self.fixed_reference.setDate(to_qdate(rule.fixed_reference))
        self.checkpoints.setRowCount(len(program.checkpoints))
        for row, checkpoint in enumerate(program.checkpoints):
            _set_row(self.checkpoints, row, [checkpoint.key, str(checkpoint.kind),
                                             str(checkpoint.offset_months)])
        scale = program.grade_scale
        select_data(self.scale_kind, str(scale.kind))
        self._show_bands(scale.bands)
        self.top_quota.setValue(float(scale.top_quota * 100) if scale.top_quota else 0)
        select_data(self.aggregation, str(program.aggregation.method))
        self.trim_min.setValue(program.aggregation.trim_min_reviewers)
        self.tranches.setRowCount(len(program.tranches))
        for row, tranche in enumerate(program.tranches):
            _set_row(self.tranches, row, [tranche.key, str(tranche.share),
                                          tranche.release_checkpoint or ""])
        self.funding.setText("" if program.funding_total is None else str(program.funding_total))
        self.works_cap.setValue(program.max_representative_works or 0)
        share = program.domestic_journal_min_share
        self.domestic_share.setText("" if share is None else str(share))

    def _show_bands(self, bands: tuple[GradeBand, ...]) -> None:
        self.bands.setRowCount(len(bands))
        for row, band in enumerate(bands):
            _set_row(self.bands, row, [band.grade, band.label, str(band.min_score)])

    def _standard_bands(self) -> None:
        self._show_bands(load_grade_scales()[GradeScaleKind(self.scale_kind.currentData())].bands)

    def program(self) -> Program:
        """The program the form describes; unreadable numbers are refused with their field."""
        problems: list[Problem] = []

        def read(text: str, field: str, parse: Callable[[str], object]) -> object:
            try:
                return parse(text)
            except (ValueError, ZeroDivisionError, InvalidOperation):
                problems.append(Problem("value_invalid", field, {"value": text}))
                return None

        checkpoints = tuple(
            CheckpointTemplate(_cell(self.checkpoints, r, 0),
                               read(_cell(self.checkpoints, r, 1), "checkpoints",
                                    CheckpointKind),
                               read(_cell(self.checkpoints, r, 2), "checkpoints", int))
            for r in range(self.checkpoints.rowCount()))
        bands = tuple(
            GradeBand(_cell(self.bands, r, 0), _cell(self.bands, r, 1),
                      read(_cell(self.bands, r, 2), "grade_scale", Decimal))
            for r in range(self.bands.rowCount()))
        tranches = tuple(
            TrancheTemplate(_cell(self.tranches, r, 0),
                            read(_cell(self.tranches, r, 1), "tranches", Fraction),
                            _cell(self.tranches, r, 2) or None)
            for r in range(self.tranches.rowCount()))
        funding = self.funding.text().strip()
        share = self.domestic_share.text().strip()
        funding_total = read(funding, "support_total", Decimal) if funding else None
        domestic = read(share, "works", Fraction) if share else None
        if problems:
            raise ValidationError(problems)
        quota = Fraction(str(self.top_quota.value())) / 100 if self.top_quota.value() else None
        return dataclasses.replace(
            self._base, code=self.code.text().strip(), name=self.name.text().strip(),
            owner=self.owner.text().strip(), level=ProgramLevel(self.level.currentData()),
            categories=tuple(c for c, check in self.categories.items() if check.isChecked()),
            cycle_years=self.cycle_years.value(), age_rule=self._age_rule(),
            checkpoints=checkpoints,
            grade_scale=GradeScale(GradeScaleKind(self.scale_kind.currentData()), bands,
                                   quota),
            tranches=tranches,
            aggregation=Aggregation(AggregationMethod(self.aggregation.currentData()),
                                    self.trim_min.value()),
            funding_total=funding_total, max_representative_works=self.works_cap.value() or None,
            domestic_journal_min_share=domestic, source=self.source.text().strip())

    def _age_rule(self) -> AgeRule | None:
        if not self.has_age_rule.isChecked():
            return None
        reference = ReferenceDateRule(self.reference.currentData())
        fixed: date | None = (date_of(self.fixed_reference)
                              if reference is ReferenceDateRule.FIXED_DATE else None)
        return AgeRule(
            limit=self.limit.value(), reference=reference,
            inclusive=bool(self.inclusive.currentData()),
            male_limit=self.male_limit.value() or None,
            female_limit=self.female_limit.value() or None,
            reference_month=self.reference_month.value(),
            reference_day=self.reference_day.value(), fixed_reference=fixed)

    def submit(self) -> None:
        try:
            program = self.program()
            if self._record is None:
                self.saved = self._service.create(self._actor, program)
            else:
                self.saved = self._service.update(self._actor, self._record.id,
                                                  self._record.version, program)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.accept()
