"""A big list on screen: search as you type, filters, the paged table, its count; Enter opens."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.listing import ListQuery
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.models.paged_table import PagedTableModel
from talentdesk.gui.widgets.flow_layout import FlowLayout

# Long enough to let a word be typed, short enough to feel immediate.
SEARCH_DELAY_MS = 200


class FilterChoice(QComboBox):
    """One filter's choices; the first, “All”, filters nothing.

    Signals:
        changed(): the user picked another choice.
    """

    changed = Signal()

    def __init__(
        self,
        key: str,
        label: str,
        choices: Sequence[tuple[str, object]],
        all_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.label = QLabel(label)
        self.label.setBuddy(self)
        self.setObjectName(f"filter_{key}")
        self.addItem(all_text, None)
        for text, value in choices:
            self.addItem(text, value)
        # Compact in the filter row; the open list is as wide as its longest choice.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min(10, max(len(all_text), *(len(t) for t, _ in choices))))
        self.view().setMinimumWidth(self.view().sizeHintForColumn(0) + 24)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> object | None:
        return self.currentData()

    def select(self, value: object | None) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))


class ListView(QWidget):
    """Search box and filters above a table that shows a ``PagedTableModel``.

    Keyboard: Ctrl+F goes to the search box, Down from there into the table, arrows move,
    Enter (or a double click) opens the current row.

    Signals:
        open_requested(id): the user wants to open the record with this id.
    """

    open_requested = Signal(int)

    def __init__(
        self,
        model: PagedTableModel,
        filters: Sequence[FilterChoice] = (),
        search_hint: str = "",
        parent: QWidget | None = None,
        fixed: Mapping[str, object] | None = None,
    ) -> None:
        """``fixed``: filters every query keeps, whatever the choices say (one person's cases)."""
        super().__init__(parent)
        self.model = model
        self.filters = tuple(filters)
        self.fixed = dict(fixed or {})
        self._loaded = False
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(search_hint or self.tr("Search"))
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self.search.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.table = self._build_table()

        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addStretch(1)
        bar.addWidget(self.count)
        self._bar = bar
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if self.filters:
            # The filters wrap onto further rows in a narrow window.
            bar_of_filters = FlowLayout()
            for choice in self.filters:
                choice.changed.connect(self.apply)
                pair = QWidget()
                row = QHBoxLayout(pair)
                row.setContentsMargins(0, 0, 8, 0)
                row.addWidget(choice.label)
                row.addWidget(choice)
                bar_of_filters.addWidget(pair)
            layout.addLayout(bar_of_filters)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        model.total_changed.connect(self._show_count)
        model.fetch_failed.connect(self._show_error)
        find = QShortcut(QKeySequence.fromString("Ctrl+F", QKeySequence.PortableText), self)
        find.activated.connect(self.focus_search)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setCornerButtonEnabled(False)
        # One fixed height for every row: the view then never asks the model to measure rows,
        # which would fetch pages nobody looks at.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        rows.hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        metrics = table.fontMetrics()
        digit = metrics.horizontalAdvance("0")
        for number, column in enumerate(self.model.columns):
            # Wide enough for typical values, and for the title with its sort arrow.
            title = metrics.horizontalAdvance(column.title) + 4 * digit
            header.resizeSection(number, max((column.width + 2) * digit, title))
        # Sorting is not enabled on the view (it would sort once more at once); clicks on the
        # header reach the model through _sort.
        header.setSortIndicatorShown(True)
        self._show_sort(header)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self._sort)
        table.activated.connect(self._open)
        return table

    # --- behaviour ------------------------------------------------------------------------------

    def apply(self) -> None:
        """Ask the list again with what the search box and the filters say now."""
        self._search_timer.stop()
        self._loaded = True
        filters = {c.key: c.value() for c in self.filters if c.value() is not None}
        filters.update(self.fixed)
        query = dataclasses.replace(self.model.query, search=self.search.text(), filters=filters)
        self.message.hide()
        self.model.set_query(query)
        self.table.scrollToTop()

    def add_tool(self, widget: QWidget) -> None:
        """Put ``widget`` (a button acting on the whole list) at the end of the search bar."""
        self._bar.addWidget(widget)

    def current_query(self) -> ListQuery:
        """The query of the rows shown, counting a search still being typed."""
        if self._search_timer.isActive():
            self.apply()
        return self.model.query

    def reload(self) -> None:
        self._loaded = True
        self.message.hide()
        self.model.reload()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Read when first shown, not when the window is built (start-up stays fast).
        if not self._loaded:
            self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.table.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if 0 <= column < len(self.model.columns) and self.model.columns[column].sortable:
            self.model.sort(column, order)
            self.table.scrollToTop()
            return
        # Not sortable in SQL: put the indicator back on the column the list is sorted by.
        self._show_sort(self.table.horizontalHeader())

    def _show_sort(self, header: QHeaderView) -> None:
        order = (
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    def _open(self) -> None:
        record_id = self.current_id()
        if record_id is not None:
            self.open_requested.emit(record_id)

    def _show_count(self, total: int) -> None:
        self.count.setText(self.tr("{count} records").format(count=QLocale().toString(total)))

    def _show_error(self, error: TalentDeskError) -> None:
        self.message.setText(error_text(error))
        self.message.show()
