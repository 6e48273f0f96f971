"""The statistics page: a period, the key figures, charts and tables, and the 统计月报 export.

The tables come from ``domain.statistics_tables``, the same builders the workbook uses, fed
with Qt-translated words; every chart saves as PNG and every table as Excel.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QMargins, Qt, Signal
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.countries import country
from talentdesk.domain.statistics import (
    OTHERS,
    Cell,
    Dimension,
    Period,
    PeriodPreset,
    PermitStatistics,
    ReportTable,
    ResearcherStatistics,
    preset_period,
)
from talentdesk.domain.statistics_tables import (
    ages_table,
    assessment_tables,
    enrollment_tables,
    expiries_table,
    period_text,
    processing_table,
    reasons_table,
    summary_tables,
    volume_table,
)
from talentdesk.domain.tracks import refusal_reasons
from talentdesk.errors import TalentDeskError
from talentdesk.gui.background import BackgroundJob
from talentdesk.gui.messages import error_text, file_error_reason
from talentdesk.gui.texts.researchers import label as researcher_label
from talentdesk.gui.texts.workflow import value_label
from talentdesk.services.statistics import StatisticsService

_CONTEXT = "StatisticsView"
_NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# The widest a table's column grows to fit its texts, in pixels: a long program name
# (江苏省333高层次人才培养工程（第五期）…) would push the figures beside it out of sight.
# Longer texts end in "…" and show whole in their tooltip.
MAX_COLUMN_WIDTH = 240
_NONE = "—"

# The words of the tables (statistics_tables.TEXT_KEYS), translated in this context.
_TEXTS: dict[str, str] = {
    "month": QT_TRANSLATE_NOOP("StatisticsView", "{month:02d}/{year}"),
    "span": QT_TRANSLATE_NOOP("StatisticsView", "{first:%Y-%m-%d} to {last:%Y-%m-%d}"),
    "date": QT_TRANSLATE_NOOP("StatisticsView", "{d:%Y-%m-%d}"),
    "month_label": QT_TRANSLATE_NOOP("StatisticsView", "{d:%Y-%m}"),
    "below": QT_TRANSLATE_NOOP("StatisticsView", "under {ceiling}"),
    "band": QT_TRANSLATE_NOOP("StatisticsView", "{floor}–{last}"),
    "above": QT_TRANSLATE_NOOP("StatisticsView", "{floor} and over"),
    "by": QT_TRANSLATE_NOOP("StatisticsView", "By {what}"),
    "track_limit": QT_TRANSLATE_NOOP("StatisticsView", "{track}: {limit}"),
    "summary": QT_TRANSLATE_NOOP("StatisticsView", "Summary"),
    "rates": QT_TRANSLATE_NOOP("StatisticsView", "Rates"),
    "item": QT_TRANSLATE_NOOP("StatisticsView", "Item"),
    "value": QT_TRANSLATE_NOOP("StatisticsView", "Value"),
    "rate": QT_TRANSLATE_NOOP("StatisticsView", "Rate"),
    "period": QT_TRANSLATE_NOOP("StatisticsView", "Period"),
    "generated": QT_TRANSLATE_NOOP("StatisticsView", "Prepared on"),
    "business_type": QT_TRANSLATE_NOOP("StatisticsView", "Business type"),
    "category": QT_TRANSLATE_NOOP("StatisticsView", "Category"),
    "nationality": QT_TRANSLATE_NOOP("StatisticsView", "Nationality"),
    "district": QT_TRANSLATE_NOOP("StatisticsView", "Employer's district"),
    "received": QT_TRANSLATE_NOOP("StatisticsView", "Cases received"),
    "accepted": QT_TRANSLATE_NOOP("StatisticsView", "Applications accepted"),
    "decided": QT_TRANSLATE_NOOP("StatisticsView", "Applications decided"),
    "approved": QT_TRANSLATE_NOOP("StatisticsView", "Approvals"),
    "refused": QT_TRANSLATE_NOOP("StatisticsView", "Refusals"),
    "approval_rate": QT_TRANSLATE_NOOP("StatisticsView", "Approval rate"),
    "refusal_rate": QT_TRANSLATE_NOOP("StatisticsView", "Refusal rate"),
    "on_time_rate": QT_TRANSLATE_NOOP("StatisticsView", "On-time rate"),
    "reasons": QT_TRANSLATE_NOOP("StatisticsView", "Reasons for refusal"),
    "reason": QT_TRANSLATE_NOOP("StatisticsView", "Reason given"),
    "tracks": QT_TRANSLATE_NOOP("StatisticsView", "Applications"),
    "share": QT_TRANSLATE_NOOP("StatisticsView", "Share of refusals"),
    "processing": QT_TRANSLATE_NOOP(
        "StatisticsView", "Processing time (working days, corrections excluded)"
    ),
    "track": QT_TRANSLATE_NOOP("StatisticsView", "Permit track"),
    "limit": QT_TRANSLATE_NOOP("StatisticsView", "Promised limit"),
    "limit_unit": QT_TRANSLATE_NOOP("StatisticsView", "Limit counted in"),
    "measured": QT_TRANSLATE_NOOP("StatisticsView", "Decided"),
    "mean": QT_TRANSLATE_NOOP("StatisticsView", "Mean"),
    "median": QT_TRANSLATE_NOOP("StatisticsView", "Median"),
    "p90": QT_TRANSLATE_NOOP("StatisticsView", "90th percentile"),
    "on_time": QT_TRANSLATE_NOOP("StatisticsView", "On time"),
    "expiries": QT_TRANSLATE_NOOP("StatisticsView", "Expiring (12 months after the period)"),
    "expiry_month": QT_TRANSLATE_NOOP("StatisticsView", "Month"),
    "total": QT_TRANSLATE_NOOP("StatisticsView", "Both permits"),
    "by_program": QT_TRANSLATE_NOOP("StatisticsView", "Enrolled by program"),
    "by_category": QT_TRANSLATE_NOOP("StatisticsView", "Enrolled by evaluation category"),
    "program": QT_TRANSLATE_NOOP("StatisticsView", "Program"),
    "enrolled": QT_TRANSLATE_NOOP("StatisticsView", "Enrolled"),
    "started": QT_TRANSLATE_NOOP("StatisticsView", "Started in the period"),
    "evaluation_category": QT_TRANSLATE_NOOP("StatisticsView", "Evaluation category"),
    "ages": QT_TRANSLATE_NOOP("StatisticsView", "Ages (enrolled at the end)"),
    "age_band": QT_TRANSLATE_NOOP("StatisticsView", "Age band"),
    "people": QT_TRANSLATE_NOOP("StatisticsView", "Researchers"),
    "grades": QT_TRANSLATE_NOOP("StatisticsView", "Grades decided in the period"),
    "checkpoint": QT_TRANSLATE_NOOP("StatisticsView", "Checkpoint type"),
    "grade": QT_TRANSLATE_NOOP("StatisticsView", "Grade given"),
    "count": QT_TRANSLATE_NOOP("StatisticsView", "Count"),
    "overdue": QT_TRANSLATE_NOOP("StatisticsView", "Overdue reports (at the end)"),
    "reports": QT_TRANSLATE_NOOP("StatisticsView", "Reports"),
    "extensions": QT_TRANSLATE_NOOP("StatisticsView", "Extensions"),
    "extension_reason": QT_TRANSLATE_NOOP("StatisticsView", "Reason for extension"),
    "extension_started": QT_TRANSLATE_NOOP("StatisticsView", "Starting in the period"),
    "extension_running": QT_TRANSLATE_NOOP("StatisticsView", "Running at the end"),
    "enrolled_total": QT_TRANSLATE_NOOP("StatisticsView", "Young researchers enrolled"),
    "overdue_total": QT_TRANSLATE_NOOP("StatisticsView", "Overdue assessment reports"),
}
# Values no other area labels yet.
_LABELS: dict[str, dict[str, str]] = {
    "limit": {
        "review_a": QT_TRANSLATE_NOOP("StatisticsView", "Review, category A"),
        "review_other": QT_TRANSLATE_NOOP("StatisticsView", "Review, categories B and C"),
        "decision_short_term": QT_TRANSLATE_NOOP("StatisticsView", "Decision, 90 days or less"),
        "residence_decision": QT_TRANSLATE_NOOP("StatisticsView", "Residence decision"),
    },
    "unit": {
        "working_days": QT_TRANSLATE_NOOP("StatisticsView", "working days"),
        "days": QT_TRANSLATE_NOOP("StatisticsView", "days"),
    },
    "grade": {
        "excellent": QT_TRANSLATE_NOOP("StatisticsView", "Excellent"),
        "good": QT_TRANSLATE_NOOP("StatisticsView", "Good"),
        "fair": QT_TRANSLATE_NOOP("StatisticsView", "Fair"),
        "pass": QT_TRANSLATE_NOOP("StatisticsView", "Pass"),
        "fail": QT_TRANSLATE_NOOP("StatisticsView", "Fail"),
    },
}
# Groups other areas already label: (their function, their group).
_SHARED_LABELS: dict[str, tuple[Callable[[str, str], str], str]] = {
    "business_type": (value_label, "business_type"),
    "category": (value_label, "category"),
    "track": (value_label, "track"),
    "evaluation_category": (researcher_label, "category"),
    "checkpoint_kind": (researcher_label, "checkpoint_kind"),
    "extension_reason": (researcher_label, "extension_reason"),
}
_PRESETS = (
    (PeriodPreset.LAST_MONTH, QT_TRANSLATE_NOOP("StatisticsView", "Last month")),
    (PeriodPreset.THIS_MONTH, QT_TRANSLATE_NOOP("StatisticsView", "This month")),
    (PeriodPreset.THIS_QUARTER, QT_TRANSLATE_NOOP("StatisticsView", "This quarter")),
    (PeriodPreset.THIS_YEAR, QT_TRANSLATE_NOOP("StatisticsView", "This year")),
)
_CUSTOM = "custom"
_MANY_CATEGORIES = 8  # more and the category labels are turned
_FEW_TICKS = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class QtWords:
    """``statistics_tables.Words`` in the interface language (Qt translations)."""

    def __init__(self, language: str) -> None:
        self._zh = language.startswith("zh")

    def __call__(self, key: str, **params: object) -> str:
        return _tr(_TEXTS[key]).format(**params)

    def label(self, group: str, value: str) -> str:
        shared = _SHARED_LABELS.get(group)
        if shared is not None:
            function, their_group = shared
            return function(their_group, value)
        text = _LABELS.get(group, {}).get(value)
        return _tr(text) if text else value

    def nationality(self, code: str) -> str:
        if code == OTHERS:
            return _tr(QT_TRANSLATE_NOOP("StatisticsView", "Others"))
        found = country(code)
        return (found.name_zh if self._zh else found.name_en) if found else code

    def reason(self, code: str) -> str:
        found = refusal_reasons().get(code)
        return (found.zh if self._zh else found.en) if found else code


def cell_text(table: ReportTable, column: int, value: Cell) -> str:
    """A table value as shown: shares as percentages, days with one decimal, none as a dash."""
    if value is None:
        return _NONE
    if column in table.percent_columns and isinstance(value, float | int):
        return f"{value:.1%}"
    if column in table.decimal_columns and isinstance(value, float | int):
        return f"{value:.1f}"
    return str(value)


def bar_chart(
    title: str,
    categories: Sequence[str],
    sets: Sequence[tuple[str, Sequence[float]]],
    series: QAbstractBarSeries | None = None,
) -> QChart:
    """A bar chart: one QBarSet per (name, values), over ``categories``.

    Horizontal bars list the first category on top (Qt draws the first at the bottom).
    """
    chart = QChart()
    chart.setTitle(title)
    bars = series if series is not None else QBarSeries()
    horizontal = isinstance(bars, QHorizontalBarSeries)
    order = slice(None, None, -1) if horizontal else slice(None)
    for name, values in sets:
        bar_set = QBarSet(name)
        bar_set.append([float(v) for v in values][order])
        bars.append(bar_set)
    chart.addSeries(bars)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories)[order])
    if len(categories) > _MANY_CATEGORIES:
        category_axis.setLabelsAngle(-45)  # twelve months side by side would be cut short
    columns = list(zip(*(values for _, values in sets), strict=True))
    stacked = isinstance(bars, QStackedBarSeries)
    value_axis = _value_axis([sum(c) if stacked else max(c) for c in columns])
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal
                  else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal
                  else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    bars.attachAxis(value_axis)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setVisible(len(sets) > 1)
    chart.setMargins(QMargins(4, 4, 4, 4))
    return chart


def _value_axis(tops: Sequence[float]) -> QValueAxis:
    """From 0 to a round number above the highest bar."""
    axis = QValueAxis()
    top = max([*tops, 1.0])
    axis.setRange(0, top)
    if top <= _FEW_TICKS and all(float(t).is_integer() for t in tops):
        # small counts: a tick per whole number, never "0.5 applications"
        axis.setTickCount(int(top) + 1)
        axis.setLabelFormat("%d")
    else:
        axis.applyNiceNumbers()
        axis.setLabelFormat("%g")
    return axis


def _column(table: ReportTable, index: int) -> list[float]:
    return [float(row[index] or 0) for row in table.rows]


class ChartPanel(QWidget):
    """A chart with its "Save as PNG" button."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(260)
        self.save_button = QPushButton(self.tr("Save chart as &PNG…"))
        self.save_button.clicked.connect(self._ask_and_save)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    @property
    def chart(self) -> QChart:
        return self.view.chart()

    def set_chart(self, chart: QChart) -> None:
        old = self.view.chart()
        self.view.setChart(chart)  # the view owns the new chart and lets go of the old one
        old.deleteLater()

    def save_png(self, path: str | Path) -> bool:
        return self.view.grab().save(str(path), "PNG")

    def _ask_and_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), f"{self.name}.png", self.tr("PNG images (*.png)")
        )
        if path and not self.save_png(path):
            self.save_button.setToolTip(self.tr("The image could not be saved."))


class TablePanel(QWidget):
    """A titled table with its "Export to Excel" button; shows exactly what it exports."""

    def __init__(
        self, export: Callable[[ReportTable, Path], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._export = export
        self.table: ReportTable | None = None
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.widget = QTableWidget()
        self.widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.widget.verticalHeader().setVisible(False)
        self.widget.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.widget.horizontalHeader().setMaximumSectionSize(MAX_COLUMN_WIDTH)
        self.export_button = QPushButton(self.tr("E&xport to Excel…"))
        self.export_button.clicked.connect(self._ask_and_export)
        self.message = QLabel()
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.message)
        heading.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addWidget(self.widget, 1)

    def show_table(self, table: ReportTable) -> None:
        self.table = table
        self.title.setText(table.title)
        self.message.clear()
        self.widget.clear()
        self.widget.setColumnCount(len(table.headers))
        self.widget.setRowCount(len(table.rows))
        self.widget.setHorizontalHeaderLabels(list(table.headers))
        for r, values in enumerate(table.rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(cell_text(table, c, value))
                if isinstance(value, str):
                    item.setToolTip(value)  # whole, where the column cuts it short
                else:
                    item.setTextAlignment(_NUMBER_ALIGNMENT)
                self.widget.setItem(r, c, item)
        self.export_button.setEnabled(bool(table.rows))

    def texts(self) -> list[list[str]]:
        """What the user sees, row by row (for tests and checks)."""
        return [
            [self.widget.item(r, c).text() for c in range(self.widget.columnCount())]
            for r in range(self.widget.rowCount())
        ]

    def _ask_and_export(self) -> None:
        if self.table is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), f"{self.table.title}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.message.setText(self._export(self.table, Path(path)))


class StatisticsView(QWidget):
    """The "statistics" area: figures for a period, read when the page is first shown.

    Signals:
        refreshed(): the figures of the chosen period are on screen.
        report_done(ok): the monthly report was written (True) or why not is shown (False).
    """

    refreshed = Signal()
    report_done = Signal(bool)

    def __init__(
        self,
        service: StatisticsService,
        actor: Actor,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._actor = actor
        self._language = language
        self.words = QtWords(language)
        self.permits: PermitStatistics | None = None
        self.researchers: ResearcherStatistics | None = None
        self._loaded = False
        self._job: BackgroundJob | None = None
        self._build_period_bar()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tabs = QTabWidget()
        self._build_pages()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(self._period_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        # Scrolls rather than forcing its size on the main window on small screens.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    # --- period -------------------------------------------------------------------------------

    def _build_period_bar(self) -> None:
        self.preset = QComboBox()
        for preset, text in _PRESETS:
            self.preset.addItem(self.tr(text), str(preset))
        self.preset.addItem(self.tr("Custom period"), _CUSTOM)
        caption = QLabel(self.tr("&Period:"))
        caption.setBuddy(self.preset)
        self.first = QDateEdit()
        self.last = QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.editingFinished.connect(self._custom_edited)
        # The last day can never come before the first, whatever is typed where.
        self.first.dateChanged.connect(self.last.setMinimumDate)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("&Export monthly report…"))
        self.export_button.clicked.connect(self._ask_and_export_report)
        self.preset.currentIndexChanged.connect(self._preset_chosen)
        bar = QHBoxLayout()
        bar.addWidget(caption)
        bar.addWidget(self.preset)
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.last)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        self._period_bar = bar
        self._show_preset_dates()

    def period(self) -> Period:
        return Period(self.first.date().toPython(), self.last.date().toPython())

    def set_period(self, first: date, last: date) -> None:
        """Choose a custom period (both days included) and show its figures."""
        self.preset.setCurrentIndex(self.preset.findData(_CUSTOM))
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.refresh()

    def _show_preset_dates(self) -> None:
        custom = self.preset.currentData() == _CUSTOM
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            period = preset_period(PeriodPreset(self.preset.currentData()), self._service.today())
            self.first.setDate(_qdate(period.first))
            self.last.setDate(_qdate(period.last))

    def _preset_chosen(self) -> None:
        self._show_preset_dates()
        if self.preset.currentData() != _CUSTOM:
            self.refresh()

    def _custom_edited(self) -> None:
        if self.preset.currentData() == _CUSTOM:
            self.refresh()

    # --- pages --------------------------------------------------------------------------------

    def _export_table(self, table: ReportTable, path: Path) -> str:
        try:
            self._service.export_table(self._actor, table, path)
        except (TalentDeskError, OSError) as exc:
            return _error(exc)
        return self.tr("Saved: %s") % path

    def _build_pages(self) -> None:
        self.summary_tables = (TablePanel(self._export_table), TablePanel(self._export_table))
        overview = QWidget()
        row = QHBoxLayout(overview)
        for panel in self.summary_tables:
            row.addWidget(panel)
        self.tabs.addTab(overview, self.tr("Summary"))

        self.dimension = QComboBox()
        for dimension in Dimension:
            self.dimension.addItem(self.words(str(dimension)), str(dimension))
        self.dimension.currentIndexChanged.connect(self._show_volumes)
        dimension_caption = QLabel(self.tr("&Break down by:"))
        dimension_caption.setBuddy(self.dimension)
        self.volume_chart = ChartPanel("volumes")
        self.volume_table = TablePanel(self._export_table)
        volumes = QWidget()
        top = QHBoxLayout()
        top.addWidget(dimension_caption)
        top.addWidget(self.dimension)
        top.addStretch(1)
        layout = QVBoxLayout(volumes)
        layout.addLayout(top)
        layout.addWidget(self.volume_chart, 3)
        layout.addWidget(self.volume_table, 2)
        self.tabs.addTab(volumes, self.tr("Received and decided"))

        self.reasons_chart, self.reasons_table = self._chart_and_table(
            "reasons", self.tr("Reasons for refusal")
        )
        self.processing_chart, self.processing_table = self._chart_and_table(
            "processing", self.tr("Processing time")
        )
        self.expiries_chart, self.expiries_table = self._chart_and_table(
            "expiries", self.tr("Expiring permits")
        )

        self.ages_chart = ChartPanel("ages")
        self.researcher_tables = [TablePanel(self._export_table) for _ in range(6)]
        grid = QGridLayout()
        grid.addWidget(self.ages_chart, 0, 0)
        for i, panel in enumerate(self.researcher_tables):
            panel.widget.setMinimumHeight(150)
            grid.addWidget(panel, (i + 1) // 2, (i + 1) % 2)
        content = QWidget()
        content.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.tabs.addTab(scroll, self.tr("Young researchers"))

    def _chart_and_table(self, name: str, title: str) -> tuple[ChartPanel, TablePanel]:
        chart, table = ChartPanel(name), TablePanel(self._export_table)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(chart, 3)
        layout.addWidget(table, 2)
        self.tabs.addTab(page, title)
        return chart, table

    # --- figures ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded and self._job is None:  # building the window must not compute
            self.refresh()

    def refresh(self) -> None:
        """Read the figures of the chosen period on a worker thread, then show them.

        A year at provincial scale takes seconds; the window stays responsive meanwhile, and
        a newer request supersedes one still running.
        """
        period, actor, service = self.period(), self._actor, self._service
        if self._job is not None:
            self._job.cancel()

        def work(_progress: object, cancelled: Callable[[], bool]) -> object:
            permits = service.permit_statistics(actor, period)
            if cancelled():
                return None
            return permits, service.researcher_statistics(actor, period)

        self._job = BackgroundJob(work)
        self._job.finished.connect(self._figures_ready)
        self.refresh_button.setEnabled(False)
        self.message.setText(self.tr("Computing the figures for %s…")
                             % period_text(self.words, period))
        self._job.start()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _figures_ready(self, result: object) -> None:
        if self.sender() is not self._job:
            return  # superseded by a newer period
        self._job = None
        self.refresh_button.setEnabled(True)
        if isinstance(result, TalentDeskError):
            self.message.setText(_error(result))
            return
        if isinstance(result, BaseException):
            self.message.setText(self.tr("The figures could not be computed; see the log."))
            return
        permits, researchers = result
        self._loaded = True
        self.permits, self.researchers = permits, researchers
        self.message.clear()
        tables = summary_tables(self.words, permits, researchers, self._service.today())
        for panel, table in zip(self.summary_tables, tables, strict=True):
            panel.show_table(table)
        self._show_volumes()
        self._show_permit_pages(permits)
        self._show_researcher_page(researchers)
        self.refreshed.emit()

    def _show_volumes(self) -> None:
        if self.permits is None:
            return
        dimension = Dimension(self.dimension.currentData())
        table = volume_table(self.words, dimension, self.permits.volume(dimension))
        self.volume_table.show_table(table)
        categories = [str(row[0]) for row in table.rows]
        sets = [(table.headers[i], _column(table, i)) for i in (1, 2, 3)]
        self.volume_chart.set_chart(bar_chart(table.title, categories, sets))

    def _show_permit_pages(self, permits: PermitStatistics) -> None:
        w = self.words
        reasons = reasons_table(w, permits)
        self.reasons_table.show_table(reasons)
        self.reasons_chart.set_chart(bar_chart(
            reasons.title, [str(r[0]) for r in reasons.rows], [(reasons.headers[1],
                                                                _column(reasons, 1))],
            QHorizontalBarSeries(),
        ))
        processing = processing_table(w, permits)
        self.processing_table.show_table(processing)
        # median and 90th percentile next to the promised limit
        self.processing_chart.set_chart(bar_chart(
            processing.title, [str(r[0]) for r in processing.rows],
            [(processing.headers[i], _column(processing, i)) for i in (5, 6, 1)],
        ))
        expiries = expiries_table(w, permits)
        self.expiries_table.show_table(expiries)
        self.expiries_chart.set_chart(bar_chart(
            expiries.title, [str(r[0]) for r in expiries.rows],
            [(expiries.headers[i], _column(expiries, i)) for i in (1, 2)],
            QStackedBarSeries(),
        ))

    def _show_researcher_page(self, researchers: ResearcherStatistics) -> None:
        w = self.words
        ages = ages_table(w, researchers)
        tables = (*enrollment_tables(w, researchers), ages, *assessment_tables(w, researchers))
        for panel, table in zip(self.researcher_tables, tables, strict=True):
            panel.show_table(table)
        self.ages_chart.set_chart(bar_chart(
            ages.title, [str(r[0]) for r in ages.rows], [(ages.headers[1], _column(ages, 1))]
        ))

    # --- the monthly report ------------------------------------------------------------------

    def _ask_and_export_report(self) -> None:
        period = self.period()
        name = self.tr("Monthly report %s.xlsx") % period_text(self.words, period).replace("/", "-")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export monthly report"), name, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.export_report(Path(path))

    def export_report(self, path: Path) -> None:
        """Write the 统计月报 of the chosen period to ``path`` on a worker thread.

        Says how it went below the bar and emits ``report_done``.
        """
        period, actor, service, language = self.period(), self._actor, self._service, self._language
        def work(_progress: object, _cancelled: object) -> Path:
            service.monthly_report(actor, period, path, language)
            return path

        job = BackgroundJob(work)
        job.finished.connect(self._report_written)
        self.export_button.setEnabled(False)
        self.message.setText(self.tr("Writing the monthly report…"))
        job.start()

    def _report_written(self, result: object) -> None:
        self.export_button.setEnabled(True)
        if isinstance(result, TalentDeskError | OSError):
            self.message.setText(_error(result))
        elif isinstance(result, BaseException):
            self.message.setText(self.tr("The report could not be written; see the log."))
        else:
            self.message.setText(self.tr("Monthly report saved: %s") % result)
        self.report_done.emit(not isinstance(result, BaseException))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _error(exc: TalentDeskError | OSError) -> str:
    if isinstance(exc, TalentDeskError):
        return error_text(exc)
    # A file open in Excel, a read-only folder: the cause, in our sentence.
    return _tr(QT_TRANSLATE_NOOP("StatisticsView", "The file could not be written: %s")) % (
        file_error_reason(exc)
    )
