"""The keyboard-first intake form: MRZ, applicant, employer, post, category, save as a new case."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import (
    QFontDatabase,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.cases import age_on
from talentdesk.domain.category import B_MAX_AGE, ROUTES, Confirmed, PointsReach, RouteInputs
from talentdesk.domain.enums import BusinessType, Category, Degree, VocationalLevel
from talentdesk.domain.jiangsu import jiangsu_cities
from talentdesk.domain.mrz import CheckField, CheckStatus
from talentdesk.domain.permit_records import (
    Applicant,
    ApplicantDraft,
    Case,
    CaseDraft,
    CategoryEvaluation,
    CategoryRequest,
    DuplicateCandidate,
    Employer,
    EmployerDraft,
    Handler,
    MrzPreview,
    PassportDraft,
)
from talentdesk.domain.points import PointsInputs
from talentdesk.domain.problems import Problem
from talentdesk.errors import DuplicateError, TalentDeskError, ValidationError
from talentdesk.gui.dialogs.form_dialog import FormDialog
from talentdesk.gui.messages import error_text, field_label, problem_text
from talentdesk.gui.texts.intake import (
    SEX_LABELS,
    check_text,
    degree_label,
    points_rows,
    reason_text,
    sex_label,
    vocational_label,
)
from talentdesk.gui.texts.workflow import chinese_ui, value_label
from talentdesk.gui.widgets.field_rows import ERROR_STYLE, FieldRows, error_label
from talentdesk.gui.widgets.flow_layout import FlowLayout
from talentdesk.services.registry import Services

CONFIRM_STYLE = "background: #fff3c4;"
# Routes scored by points: the suggestion says how far the total is from their thresholds.
POINTS_ROUTES = frozenset(
    route.code for route in ROUTES if any(isinstance(c, PointsReach) for c in route.conditions)
)
# B3's criterion key for the teaching qualification that waives the two years (category.py).
B3_WAIVER = "B3-waiver"
HSK_LEVELS = 6  # the six-level HSK scale the 2017 table was written for
# Points inputs of the work-location and extra-credit items: one of each item counts.
LOCATION_INPUTS = ("western_region", "old_industrial_base", "special_area")
EXTRA_CREDIT_INPUTS = (
    "high_level_foreign_university", "fortune500_experience", "holds_ip",
    "continuous_china_5_years",
)
DATE_FORMAT = "yyyy-MM-dd"
# The 1366×768 counter screens less the taskbar and the window frame.
MAX_SIZE = (1340, 720)
_SECTION_STARTS = {5, 8}  # where month and day begin in DATE_FORMAT
# Routes only a person can judge from the documents: the clerk ticks the ones verified.
CONFIRMABLE = tuple(
    (route.code, route)
    for route in ROUTES
    if any(isinstance(c, Confirmed) and c.key == route.code for c in route.conditions)
)


class DateEdit(QDateEdit):
    """Typing “2027-01-01” works: a full year or month already moves on, so the dash after it
    must not skip the next section as well."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        at_section_start = {line.cursorPosition(), line.selectionStart()} & _SECTION_STARTS
        if event.text() == "-" and at_section_start:
            return
        super().keyPressEvent(event)


def date_edit(name: str, value: date) -> QDateEdit:
    """A date typed as text (yyyy-MM-dd) with a calendar for those who prefer one."""
    edit = DateEdit(QDate(value.year, value.month, value.day))
    edit.setObjectName(name)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def compact_table(table: QTableWidget) -> None:
    """A read-only table of one-line rows; long texts are elided and shown whole as tooltips."""
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().lineSpacing() + 8)
    table.setWordWrap(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


def table_cell(text: str) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setToolTip(text)
    return cell


def date_of(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def localized(zh: str, en: str) -> str:
    return zh if chinese_ui() else en


class MrzEdit(QPlainTextEdit):
    """Two TD3 lines; Enter after the second line (as a keyboard-wedge reader sends) reads them."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        lines = [line for line in self.toPlainText().splitlines() if line.strip()]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and len(lines) >= 2:
            self.submitted.emit()
            return
        super().keyPressEvent(event)


class EmployerDialog(FormDialog):
    """Register an employer with one handler; a wrong USCC names the expected check character."""

    def __init__(self, services: Services, actor: Actor, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New employer"), parent)
        self._employers = services.employers
        self._actor = actor
        self._today = today
        self.employer: Employer | None = None
        self.name = self._line(self.tr("Employer &name:"), "name")
        self.uscc = self._line(self.tr("&USCC:"), "uscc")
        self.city = QComboBox()
        self.city.setEditable(True)
        self.city.addItems([localized(c.name_zh, c.name_en) for c in jiangsu_cities()])
        self._row(self.tr("&City:"), self.city, "city")
        self.handler = self._line(self.tr("&Handler:"), "handler")
        self.phone = self._line(self.tr("Handler &phone:"), "handler_phone")

    def _save(self) -> None:
        draft = EmployerDraft(
            name=self.name.text(),
            uscc=self.uscc.text(),
            city=self.city.currentText(),
            handlers=(Handler(self.handler.text().strip(), self.phone.text().strip()),),
        )
        self.employer = self._employers.create(self._actor, draft, self._today)


class IntakeDialog(QDialog):
    """Receive a new case at the window; after saving it shows the case number and checklist.

    Signals:
        case_created(case_id)
    """

    case_created = Signal(int)

    def __init__(self, services: Services, actor: Actor,
                 today: Callable[[], date] = date.today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New case intake"))
        self._services = services
        self._actor = actor
        self._today = today
        self.preview: MrzPreview | None = None
        self.candidates: tuple[DuplicateCandidate, ...] = ()
        self.employer: Employer | None = None
        self.evaluation: CategoryEvaluation | None = None
        self.applicant: Applicant | None = None
        self.case: Case | None = None
        self.rows = FieldRows(self)
        self.field_errors = self.rows.errors
        self.check_labels: dict[CheckField, QLabel] = {}
        self._category_follows_suggestion = True

        self.summary = error_label("summary")
        self.summary.hide()
        # Columns in the order the clerk works: person, employer and post, category facts, outcome.
        columns = QHBoxLayout()
        person, post, category, result = (QVBoxLayout() for _ in range(4))
        person.addWidget(self._applicant_box())
        person.addWidget(self._duplicates_box())
        person.addStretch(1)
        post.addWidget(self._employer_box())
        post.addWidget(self._post_box())
        post.addWidget(self._result_box(), 2)
        post.addStretch(1)  # without a result the boxes above keep their height
        category.addWidget(self._category_box())
        category.addWidget(self._points_box())
        category.addStretch(1)
        result.addWidget(self._suggestion_box())
        result.addStretch(1)
        # The category column holds tick boxes side by side: it gets a little more room.
        for column, stretch in ((person, 4), (post, 4), (category, 5), (result, 4)):
            columns.addLayout(column, stretch)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("save")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.save_button.setAutoDefault(False)
        self.close_button.setAutoDefault(False)
        QShortcut(QKeySequence.fromString("Ctrl+S", QKeySequence.SequenceFormat.PortableText),
                  self, self.save)
        # The counter screens are 1366×768 with a taskbar: rows that appear later (problems,
        # route inputs, duplicates) scroll instead of growing the dialog off the screen.
        form = QWidget()
        form.setLayout(columns)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("form_scroll")
        self.scroll.setWidget(form)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self._mrz_box())
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self._connect_evaluation()
        for combo in self.findChildren(QComboBox):
            _narrow(combo)
        for form_layout in self.findChildren(QFormLayout):
            # A row too wide for its column puts the field under its label (long English
            # labels) instead of widening the dialog past the screen.
            form_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._fitted = False
        self.mrz.setFocus()

    # --- building -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # the sizes are right only once the widgets are polished
            self._fitted = True
            self._fit_screen()
        super().showEvent(event)

    def _fit_screen(self) -> None:
        """As large as the whole form, within the screen's free area and MAX_SIZE; wide enough
        that only a long form scrolls, up and down."""
        form = self.scroll.widget()
        form.layout().activate()  # rows hidden since the last layout pass must not count
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.scroll.setMinimumWidth(form.minimumSizeHint().width() + scrollbar)
        hidden = form.sizeHint() - self.scroll.sizeHint()  # what the scroll area holds back
        hint = self.sizeHint() + QSize(max(0, hidden.width()), max(0, hidden.height()))
        screen = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        self.resize(min(hint.width(), MAX_SIZE[0], screen.width()),
                    min(hint.height(), MAX_SIZE[1], screen.height()))

    def _mrz_box(self) -> QWidget:
        """The MRZ in one line at the top, without a frame: the form needs the height."""
        box = QWidget()
        self.mrz = MrzEdit()
        self.mrz.setObjectName("mrz")
        self.mrz.setPlaceholderText(self.tr("Scan, paste or type both lines, then press Enter"))
        self.mrz.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        metrics = self.mrz.fontMetrics()
        # Both 44-character lines visible whole, as printed on the passport.
        self.mrz.setFixedSize(metrics.horizontalAdvance("<" * 46) + 16,
                              metrics.lineSpacing() * 2 + 16)
        self.mrz.submitted.connect(self.read_mrz)
        caption = QLabel(self.tr("&MRZ:"))
        caption.setBuddy(self.mrz)
        caption.setToolTip(self.tr("Passport machine-readable zone"))
        # Enter after the second line reads too: the button needs no key of its own.
        self.read_button = QPushButton(self.tr("Read"))
        self.read_button.setAutoDefault(False)
        self.read_button.clicked.connect(self.read_mrz)
        self.mrz_message = error_label("mrz_message")
        for field in (CheckField.OPTIONAL_DATA, CheckField.COMPOSITE):
            self.check_labels[field] = QLabel()
        # Two lines, as high as the MRZ itself: the check digits, then what is wrong.
        checks = QVBoxLayout()
        digits = QHBoxLayout()
        for field in (CheckField.OPTIONAL_DATA, CheckField.COMPOSITE):
            digits.addWidget(self.check_labels[field])
        digits.addStretch(1)
        checks.addLayout(digits)
        checks.addWidget(self.mrz_message)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(caption)
        layout.addWidget(self.mrz)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(checks, 1)
        return box

    def _applicant_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Applicant"))
        form = QFormLayout(box)
        self.surname, self.given_names = QLineEdit(), QLineEdit()
        self.names_confirmed = QCheckBox(self.tr("Names chec&ked against the passport"))
        self.names_note = QLabel()
        self.names_note.setObjectName("names_note")
        self.rows.add(form, self.tr("Sur&name:"), self.surname, "surname", self.names_note)
        self.rows.add(form, self.tr("&Given names:"), self.given_names, "given_names")
        self.rows.add(form, "", self.names_confirmed, "names_confirmed")
        self.names_confirmed.toggled.connect(self._show_name_check)
        self.sex = QComboBox()
        for code in SEX_LABELS:
            self.sex.addItem(sex_label(code), code)
        self.rows.add(form, self.tr("Se&x:"), self.sex, "sex")
        self.birth_date = date_edit("birth_date", date(1990, 1, 1))
        self.rows.add(form, self.tr("Date of &birth:"), self.birth_date, "birth_date",
                      self._check_label(CheckField.BIRTH_DATE))
        self.nationality = QLineEdit()
        self.nationality.setMaxLength(3)
        self.rows.add(form, self.tr("Nationali&ty:"), self.nationality, "nationality")
        self.passport_number = QLineEdit()
        self.rows.add(form, self.tr("&Passport number:"), self.passport_number, "passport_number",
                      self._check_label(CheckField.PASSPORT_NUMBER))
        self.issuing_state = QLineEdit()
        self.issuing_state.setMaxLength(3)
        self.rows.add(form, self.tr("&Issuing state:"), self.issuing_state, "issuing_state")
        self.passport_expiry = date_edit("passport_expiry", self._today())
        self.rows.add(form, self.tr("Passport &expiry:"), self.passport_expiry, "passport_expiry",
                      self._check_label(CheckField.EXPIRY_DATE))
        self.chinese_name = QLineEdit()
        self.rows.add(form, self.tr("C&hinese name:"), self.chinese_name, "chinese_name")
        return box

    def _check_label(self, field: CheckField) -> QLabel:
        label = QLabel()
        label.setObjectName(f"check_{field}")
        self.check_labels[field] = label
        return label

    def _duplicates_box(self) -> QGroupBox:
        self.duplicates = QGroupBox(self.tr("Already registered?"))
        self.duplicates.setObjectName("duplicates")
        self.duplicate_choice = QComboBox()
        self.duplicate_choice.currentIndexChanged.connect(self._show_diff)
        self.diff = QTableWidget(0, 3)
        self.diff.setObjectName("diff")
        self.diff.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("On file"), self.tr("From the MRZ")]
        )
        self.diff.verticalHeader().hide()
        self.diff.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diff.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.use_existing = QCheckBox(self.tr("&Use the existing applicant record"))
        self.use_existing.setObjectName("use_existing")
        form = QFormLayout(self.duplicates)
        caption = QLabel(self.tr("Existing re&cord:"))
        caption.setBuddy(self.duplicate_choice)
        form.addRow(caption, self.duplicate_choice)
        form.addRow(self.diff)
        form.addRow(self.use_existing)
        self.duplicates.hide()
        return self.duplicates

    def _employer_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Employer"))
        form = QFormLayout(box)
        self.employer_search = QLineEdit()
        self.employer_search.setPlaceholderText(self.tr("Name or unified social credit code"))
        self.employer_search.textEdited.connect(self._search_employers)
        self.employer_search.returnPressed.connect(self._focus_employer_list)
        self.rows.add(form, self.tr("Empl&oyer:"), self.employer_search, "employer_id")
        self.employer_list = QListWidget()
        self.employer_list.setObjectName("employer_list")
        self.employer_list.setMaximumHeight(70)
        self.employer_list.currentItemChanged.connect(self._pick_employer)
        self.employer_chosen = QLabel()
        self.employer_chosen.setObjectName("employer_chosen")
        self.employer_chosen.setWordWrap(True)  # a long name must not widen the form
        # Below the list rather than beside the search, which needs the width for typing.
        self.new_employer = QPushButton(self.tr("Ne&w employer…"))
        self.new_employer.setAutoDefault(False)
        self.new_employer.clicked.connect(self._create_employer)
        chosen = QHBoxLayout()
        chosen.addWidget(self.employer_chosen, 1)
        chosen.addWidget(self.new_employer, 0, Qt.AlignmentFlag.AlignTop)
        form.addRow(self.employer_list)
        form.addRow(chosen)
        return box

    def _post_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Application"))
        form = QFormLayout(box)
        self.business_type = QComboBox()
        for kind in BusinessType:
            self.business_type.addItem(value_label("business_type", kind), str(kind))
        self.business_type.setCurrentIndex(list(BusinessType).index(BusinessType.NEW_IN_CHINA))
        self.rows.add(form, self.tr("Business t&ype:"), self.business_type, "business_type")
        self.position = QLineEdit()
        self.rows.add(form, self.tr("&Job title:"), self.position, "position")
        self.annual_salary = QLineEdit()
        self.annual_salary.setPlaceholderText(self.tr("RMB per year"))
        self.rows.add(form, self.tr("Annual s&alary:"), self.annual_salary, "annual_salary")
        today = self._today()
        self.contract_start = date_edit("contract_start", today)
        self.contract_end = date_edit("contract_end", today.replace(year=today.year + 2))
        # One row and one key for the period (Tab moves to its end): the form has keys for
        # 36 inputs only, and a shorter form fits the counter screens.
        self.contract_end.setToolTip(self.tr("Contract end"))
        self.rows.add(form, self.tr("Contract &from … to:"), self.contract_start,
                      "contract_start", self.contract_end)
        self.rows.errors["contract_end"] = self.rows.errors["contract_start"]
        self.work_city = QComboBox()
        self.work_city.setEditable(True)
        self.work_city.addItems([localized(c.name_zh, c.name_en) for c in jiangsu_cities()])
        self.work_location = QLineEdit()
        self.work_location.setObjectName("work_location")
        self.work_location.setPlaceholderText(self.tr("Venue (district, address)"))
        self.rows.add(form, self.tr("Place of emp&loyment:"), self.work_city, "work_city",
                      self.work_location)
        self.rows.errors["work_location"] = self.rows.errors["work_city"]
        return box

    def _category_box(self) -> QGroupBox:
        """The route facts. Rows a route needs only once it is in play appear then (B3's
        teaching years, the B age relaxation), so the clerk is never asked for unused data."""
        box = QGroupBox(self.tr("Category"))
        self.category_form = form = QFormLayout(box)
        self.degree = QComboBox()
        for degree in Degree:
            self.degree.addItem(degree_label(degree), str(degree))
        self.rows.add(form, self.tr("&Qualification (degree):"), self.degree, "degree")
        self.work_years = QSpinBox()
        self.work_years.setRange(0, 60)
        self.rows.add(form, self.tr("Work experience in years (&8):"), self.work_years,
                      "work_experience_years")
        self.confirmed = QListWidget()
        self.confirmed.setObjectName("confirmed")
        self.confirmed.setMinimumHeight(110)
        self.confirmed.setMaximumHeight(150)  # six routes at a time; the form needs the height
        for code, route in CONFIRMABLE:
            item = QListWidgetItem(f"{code} {localized(route.label_zh, route.label_en)}")
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.confirmed.addItem(item)
        self.rows.add(form, self.tr("Confirmed from &documents:"), self.confirmed, "confirmed")
        self.teaching_years = QSpinBox()
        self.teaching_years.setRange(0, 60)
        self.teaching_row = self.rows.add(
            form, self.tr("Teaching experience in years (&9):"), self.teaching_years,
            "teaching_experience_years")
        # No key of its own (there are too few): it follows the teaching years in the tab order.
        self.teaching_waiver = QCheckBox(self.tr("Qualified teacher: 2 years waived"))
        self.teaching_waiver.setToolTip(self.tr(
            "A degree in education, language or teaching, a home-country teacher certificate "
            "or an accepted TEFL certificate (taken in China or of 120 class hours or more)"))
        self.waiver_row = self.rows.add(form, "", self.teaching_waiver, "teaching_waiver")
        self.b_age_relaxed = QCheckBox(self.tr("Relaxation of the B age limit appro&ved"))
        self.b_age_row = self.rows.add(form, "", self.b_age_relaxed, "b_age_relaxed")
        return box

    def _points_box(self) -> QGroupBox:
        """The points inputs of the table in force, shown only while scoring by points."""
        # Its title is the “score by points” tick box; unticked, the inputs are hidden.
        self.use_points = box = QGroupBox(self.tr("Score by points (&0)"))
        box.setObjectName("use_points")
        box.setCheckable(True)
        box.setChecked(True)
        form = QFormLayout(box)
        # Salary, age, degree and work years come from the rest of the form. The remaining
        # inputs carry digit mnemonics (Alt+0…Alt+7): every letter is taken on this form.
        self.months_in_china = QSpinBox()
        self.months_in_china.setRange(0, 12)
        self.months_in_china.setValue(12)
        cells = [self.rows.add(form, self.tr("Months in China per year (&1):"),
                               self.months_in_china, "months_in_china_per_year")]
        self.vocational_level = QComboBox()
        self.vocational_level.addItem(self.tr("none"), "")
        for level in VocationalLevel:
            self.vocational_level.addItem(vocational_label(level), str(level))
        cells.append(self.rows.add(form, self.tr("Vocational certificate (&2):"),
                                   self.vocational_level, "vocational_level"))
        self.hsk_level = QComboBox()
        self.hsk_level.addItem(self.tr("no certificate"), 0)
        for level in range(1, HSK_LEVELS + 1):
            self.hsk_level.addItem(self.tr("HSK %1").replace("%1", str(level)), level)
        cells.append(self.rows.add(form, self.tr("Chinese (HSK) level (&3):"), self.hsk_level,
                                   "hsk_level"))
        self.points_flags: dict[str, QCheckBox] = {}
        cells.append(self._points_flags(form, ("former_chinese_national", "chinese_taught_degree"),
                                        first_mnemonic=4))
        self.location = QComboBox()
        self.location.addItem(self.tr("none of these (Jiangsu)"), "")
        for name in LOCATION_INPUTS:
            self.location.addItem(field_label(name), name)
        cells.append(self.rows.add(form, self.tr("Work location bonus (&6):"), self.location,
                                   "location_bonus"))
        # One key leads to the first extra credit, Tab to the others: too few keys for each.
        caption = QLabel(self.tr("Extra credit, one counts, at most 5 points (&7):"))
        form.addRow(caption)
        cells.append(caption)
        cells.append(self._points_flags(form, EXTRA_CREDIT_INPUTS))
        caption.setBuddy(self.points_flags[EXTRA_CREDIT_INPUTS[0]])
        self.local_bonus = QSpinBox()
        self.local_bonus.setRange(0, 10)
        cells.append(self.rows.add(form, self.tr("Local encouragement bonus:"),
                                   self.local_bonus, "local_bonus"))
        self._points_form, self._points_cells = form, cells
        return box

    def _points_flags(self, form: QFormLayout, names: tuple[str, ...],
                      first_mnemonic: int | None = None) -> QWidget:
        """Tick boxes side by side as far as they fit (Alt+digit each from ``first_mnemonic``),
        spanning the form: yes/no inputs take little room, and long labels wrap to a row of
        their own rather than widen the form."""
        cell = QWidget()
        flow = FlowLayout(cell)
        for index, name in enumerate(names):
            flag = QCheckBox(field_label(name) if first_mnemonic is None else
                             self.tr("%1 (&%2)").replace("%1", field_label(name))
                             .replace("%2", str(first_mnemonic + index)))
            flag.setObjectName(name)
            self.points_flags[name] = flag
            flow.addWidget(flag)
        form.addRow(cell)
        return cell

    def _suggestion_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Points and suggested category"))
        form = QFormLayout(box)
        self.points_items = QTableWidget(0, 3)
        self.points_items.setObjectName("points_items")
        self.points_items.setHorizontalHeaderLabels(
            [self.tr("Points item"), self.tr("Points"), self.tr("Why")]
        )
        compact_table(self.points_items)
        header = self.points_items.horizontalHeader()
        # The reason is the longest text: it gets the room, the item name is elided.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("M" * 7))
        self.points_items.setMinimumHeight(
            self.points_items.verticalHeader().defaultSectionSize() * 11 + 8)
        form.addRow(self.points_items)
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setWordWrap(True)
        form.addRow(self.suggestion)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(value_label("category", category), str(category))
        self.category.activated.connect(self._category_chosen)
        self.rows.add(form, self.tr("Category (&Z):"), self.category, "category")
        self.override_reason = QLineEdit()
        self.rows.add(form, self.tr("&Reason for another category:"), self.override_reason,
                      "override_reason")
        return box

    def _result_box(self) -> QGroupBox:
        self.result = QGroupBox(self.tr("Case saved"))
        self.result.setObjectName("result")
        self.case_number = QLabel()
        self.case_number.setObjectName("case_number")
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        layout = QVBoxLayout(self.result)
        layout.addWidget(self.case_number)
        layout.addWidget(self.checklist)
        self.result.hide()
        return self.result

    def _connect_evaluation(self) -> None:
        self.annual_salary.textChanged.connect(self.evaluate)
        for spin in (self.work_years, self.months_in_china, self.teaching_years,
                     self.local_bonus):
            spin.valueChanged.connect(self.evaluate)
        for combo in (self.degree, self.work_city, self.vocational_level, self.hsk_level,
                      self.location):
            combo.currentIndexChanged.connect(self.evaluate)
        self.work_city.editTextChanged.connect(self.evaluate)
        self.birth_date.dateChanged.connect(self.evaluate)
        for flag in (self.use_points, self.teaching_waiver, self.b_age_relaxed,
                     *self.points_flags.values()):
            flag.toggled.connect(self.evaluate)
        self.confirmed.itemChanged.connect(self.evaluate)
        self.evaluate()

    # --- MRZ ----------------------------------------------------------------------------------

    def read_mrz(self) -> None:
        """Fill the applicant from the MRZ; nothing is saved."""
        today = self._today()
        try:
            preview = self._services.applicants.preview_mrz(
                self._actor, self.mrz.toPlainText(), None, today
            )
        except TalentDeskError as exc:
            self.mrz_message.setText(error_text(exc))
            return
        self.preview = preview
        mrz = preview.mrz
        self.mrz_message.setText("\n".join(problem_text(p) for p in preview.problems))
        if mrz is None:
            return
        self.surname.setText(mrz.surname)
        self.given_names.setText(mrz.given_names)
        self.sex.setCurrentIndex(max(0, self.sex.findData(mrz.sex)))
        for edit, value in ((self.birth_date, mrz.birth_date),
                            (self.passport_expiry, mrz.expiry_date)):
            if value is not None:
                edit.setDate(QDate(value.year, value.month, value.day))
        self.nationality.setText(mrz.nationality_iso or mrz.nationality)
        self.passport_number.setText(mrz.passport_number)
        self.issuing_state.setText(mrz.issuing_state_iso or mrz.issuing_state)
        for field, result in preview.checks.items():
            label = self.check_labels[field]
            text = check_text(result.status, result.printed, result.expected)
            if field in (CheckField.OPTIONAL_DATA, CheckField.COMPOSITE):
                text = f"{field_label(field)}: {text}"
            label.setText(text)
            label.setStyleSheet(ERROR_STYLE if result.status is CheckStatus.WRONG else "")
        self.names_confirmed.setChecked(False)
        self._show_name_check()
        self._show_duplicates(preview.duplicates)
        self.surname.setFocus()

    def _show_name_check(self) -> None:
        pending = self.preview is not None and not self.names_confirmed.isChecked()
        self.names_note.setText(self.tr("Please check the names") if pending else "")
        for edit in (self.surname, self.given_names):
            edit.setStyleSheet(CONFIRM_STYLE if pending else "")

    def _show_duplicates(self, candidates: tuple[DuplicateCandidate, ...]) -> None:
        self.candidates = candidates
        self.use_existing.setChecked(False)
        self.duplicate_choice.blockSignals(True)
        self.duplicate_choice.clear()
        for candidate in candidates:
            details = candidate.applicant.details
            self.duplicate_choice.addItem(
                f"{details.surname}, {details.given_names} ({details.birth_date.isoformat()})"
            )
        self.duplicate_choice.blockSignals(False)
        self.duplicates.setVisible(bool(candidates))
        if candidates:
            self._show_diff(0)

    def _show_diff(self, index: int) -> None:
        if not 0 <= index < len(self.candidates):
            return
        preview = self._services.applicants.preview_mrz(
            self._actor, self.mrz.toPlainText(), self.candidates[index].applicant.id,
            self._today(),
        )
        self.diff.setRowCount(len(preview.diff))
        for row, change in enumerate(preview.diff):
            for column, value in enumerate(
                (field_label(change.field), _shown(change.current), _shown(change.from_mrz))
            ):
                cell = QTableWidgetItem(value)
                if change.differs:
                    cell.setBackground(Qt.GlobalColor.yellow)
                self.diff.setItem(row, column, cell)

    # --- employer -----------------------------------------------------------------------------

    def _search_employers(self, text: str) -> None:
        self.employer_list.clear()
        if not text.strip():
            return
        found = self._services.employers.find_by_uscc(self._actor, text)
        matches = (found,) if found else self._services.employers.search(
            self._actor, text, limit=20
        ).items
        for employer in matches:
            item = QListWidgetItem(f"{employer.details.name}（{employer.details.uscc}）")
            item.setData(Qt.ItemDataRole.UserRole, employer)
            self.employer_list.addItem(item)

    def _focus_employer_list(self) -> None:
        if self.employer_list.count():
            self.employer_list.setFocus()
            self.employer_list.setCurrentRow(0)

    def _pick_employer(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._set_employer(item.data(Qt.ItemDataRole.UserRole))

    def _set_employer(self, employer: Employer) -> None:
        self.employer = employer
        details = employer.details
        self.employer_chosen.setText(
            self.tr("Chosen: %1").replace("%1", f"{details.name}（{details.uscc}）")
        )

    def _create_employer(self) -> None:
        dialog = EmployerDialog(self._services, self._actor, self._today(), self)
        dialog.name.setText(self.employer_search.text())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.employer is not None:
            self._set_employer(dialog.employer)

    # --- category -----------------------------------------------------------------------------

    def _request(self) -> CategoryRequest | None:
        """What to classify with; None while the salary is not a number. Inputs of rows that
        are hidden (their route is not in play) are left out."""
        salary = self._salary()
        if salary is None:
            return None
        age = self._age()
        degree = Degree(self.degree.currentData())
        confirmed = self._confirmed()
        teaching = "B3" in confirmed
        if teaching and self.teaching_waiver.isChecked():
            confirmed |= {B3_WAIVER}
        # The service recomputes age and salary from the case when saving; the preview needs them.
        facts = RouteInputs(
            age=age,
            annual_salary_rmb=int(salary),
            degree=degree,
            work_experience_years=self.work_years.value(),
            teaching_experience_years=self.teaching_years.value() if teaching else None,
            confirmed=frozenset(confirmed),
            b_age_relaxed=age > B_MAX_AGE and self.b_age_relaxed.isChecked(),
        )
        level = self.vocational_level.currentData()
        points = PointsInputs(
            age=age,
            annual_salary_rmb=int(salary),
            degree=degree,
            vocational_level=VocationalLevel(level) if level else None,
            work_experience_years=self.work_years.value(),
            months_in_china_per_year=self.months_in_china.value(),
            hsk_level=self.hsk_level.currentData() or None,
            local_bonus=self.local_bonus.value(),
            **{name: flag.isChecked() for name, flag in self.points_flags.items()},
            **{name: name == self.location.currentData() for name in LOCATION_INPUTS},
        ) if self.use_points.isChecked() else None
        return CategoryRequest(self.work_city.currentText(), facts, points)

    def _age(self) -> int:
        return age_on(date_of(self.birth_date), self._today())

    def _confirmed(self) -> set[str]:
        return {
            self.confirmed.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.confirmed.count())
            if self.confirmed.item(i).checkState() == Qt.CheckState.Checked
        }

    def _show_relevant_inputs(self) -> None:
        """Each row only while a route needs it: B3's teaching years once B3 is ticked, the
        B age relaxation above the B age limit, the points inputs while scoring by points."""
        teaching = "B3" in self._confirmed()
        self.category_form.setRowVisible(self.teaching_row, teaching)
        self.category_form.setRowVisible(self.waiver_row, teaching)
        self.category_form.setRowVisible(self.b_age_row, self._age() > B_MAX_AGE)
        for cell in self._points_cells:
            self._points_form.setRowVisible(cell, self.use_points.isChecked())

    def evaluate(self) -> None:
        """Re-classify on every change, so the clerk sees why before saving."""
        self._show_relevant_inputs()
        request = self._request()
        if request is None:
            self.evaluation = None
            self.points_items.setRowCount(0)
            self.suggestion.setText("")
            return
        self.evaluation = self._services.cases.evaluate_category(
            self._actor, request, self._today()
        )
        self._show_points()
        suggestion = self.evaluation.suggestion
        suggested = suggestion.category
        lines = [
            self.tr("Suggested: %1").replace(
                "%1", value_label("category", suggested) if suggested else self.tr("none")
            ),
            *(reason_text(r) for r in suggestion.explanation),
        ]
        # Why the routes in play stand as they do: the points routes' distance to their
        # thresholds (also when another route won), and what a ticked route still lacks.
        ticked = self._confirmed()
        lines += [
            self.tr("%1: %2").replace("%1", r.route).replace(
                "%2", "；".join(reason_text(reason) for reason in r.reasons))
            for r in suggestion.routes
            if (r.route in POINTS_ROUTES and self.evaluation.points is not None)
            or (r.route in ticked and not r.met)
        ]
        self.suggestion.setText("\n".join(lines))
        if suggested is not None and self._category_follows_suggestion:
            self.category.setCurrentIndex(self.category.findData(str(suggested)))

    def _show_points(self) -> None:
        points = self.evaluation.points if self.evaluation else None
        rows = points_rows(points.table_id, points.items) if points else []
        if points:
            rows.append((self.tr("Total"), str(points.total),
                         "；".join(problem_text(p) for p in points.problems)))
        self.points_items.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.points_items.setItem(row, column, table_cell(value))

    def _category_chosen(self) -> None:
        # Once the clerk picks a category, a later re-evaluation must not silently undo it.
        self._category_follows_suggestion = False

    def _salary(self) -> Decimal | None:
        try:
            value = Decimal(self.annual_salary.text().replace(",", "").strip())
        except InvalidOperation:
            return None
        return value if value.is_finite() else None

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        """Create (or reuse) the applicant, then the case; problems are shown by their fields."""
        if self.case is not None:
            return
        self._show_problems([])
        problems = self._form_problems()
        if problems:
            self._show_problems(problems)
            return
        try:
            applicant = self._applicant()
            self.case = self._services.cases.create_case(
                self._actor, self._case_draft(applicant), self._today()
            )
        except DuplicateError as exc:
            self._show_duplicates(tuple(exc.matches))
            self.summary.setText(self.tr(
                "This person may already be registered: compare the records and tick "
                "“Use the existing applicant record”, or check the data."
            ))
            self.summary.show()
            return
        except ValidationError as exc:
            self._show_problems(list(exc.problems))
            return
        except TalentDeskError as exc:
            self.summary.setText(error_text(exc))
            self.summary.show()
            return
        self._show_case(self.case)
        self.case_created.emit(self.case.id)

    def _form_problems(self) -> list[Problem]:
        problems = []
        if self.preview is not None and not self.names_confirmed.isChecked():
            problems.append(Problem("names_not_confirmed", "names_confirmed"))
        if self.employer is None:
            problems.append(Problem("employer_not_chosen", "employer_id"))
        if self._salary() is None:
            problems.append(Problem("required", "annual_salary"))
        return problems

    def _applicant(self) -> Applicant:
        """The applicant of the case: kept after a first save, reused, or created now."""
        if self.applicant is not None:
            return self.applicant
        today = self._today()
        passport = PassportDraft(
            self.passport_number.text(), self.issuing_state.text(), date_of(self.passport_expiry)
        )
        applicants = self._services.applicants
        if self.use_existing.isChecked() and self.candidates:
            existing = self.candidates[self.duplicate_choice.currentIndex()].applicant
            # A passport read for the first time becomes the current one; history stays.
            if passport.number.strip().upper() not in {p.number for p in existing.passports}:
                existing = applicants.add_passport(
                    self._actor, existing.id, passport, existing.stamp.version, today
                )
            self.applicant = existing
            return existing
        draft = ApplicantDraft(
            surname=self.surname.text(),
            given_names=self.given_names.text(),
            sex=self.sex.currentData(),
            birth_date=date_of(self.birth_date),
            nationality=self.nationality.text(),
            chinese_name=self.chinese_name.text(),
        )
        self.applicant = applicants.create(self._actor, draft, passport, today)
        return self.applicant

    def _case_draft(self, applicant: Applicant) -> CaseDraft:
        assert self.employer is not None  # _form_problems refused saving without one
        return CaseDraft(
            applicant_id=applicant.id,
            employer_id=self.employer.id,
            business_type=BusinessType(self.business_type.currentData()),
            position=self.position.text(),
            annual_salary=self._salary() or Decimal(0),
            work_city=self.work_city.currentText(),
            category=Category(self.category.currentData()),
            contract_start=date_of(self.contract_start),
            contract_end=date_of(self.contract_end),
            work_location=self.work_location.text(),
            category_request=self._request(),
            override_reason=self.override_reason.text(),
        )

    def _show_problems(self, problems: list[Problem]) -> None:
        """Each problem beside its field (first one focused) and all of them in the summary."""
        self.summary.setText(self.rows.show(problems))
        self.summary.setVisible(bool(problems))

    def _show_case(self, case: Case) -> None:
        self.case_number.setText(self.tr("Case number: %1").replace("%1", case.case_number))
        self.checklist.clear()
        for entry in case.checklist:
            item = entry.item
            mark = self.tr("required") if item.mandatory else self.tr("optional")
            self.checklist.addItem(f"{localized(item.label_zh, item.label_en)}（{mark}）")
        self.result.show()
        self.save_button.setEnabled(False)
        self.close_button.setFocus()


def _narrow(combo: QComboBox) -> None:
    """As wide as its column allows rather than its longest entry (English names are long);
    the open list still shows every entry whole."""
    # An explicit minimum overrides the hint, which Qt takes from the longest entry.
    combo.setMinimumWidth(combo.fontMetrics().horizontalAdvance("X" * 12))
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())


def _shown(value: object) -> str:
    if value is None:
        return "—"
    return value.isoformat() if isinstance(value, date) else str(value)
