"""A table model over a list read page by page from a service: never all rows, sorted in SQL."""

from __future__ import annotations

import dataclasses
import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from talentdesk.domain.listing import PAGE_SIZE, ListQuery, ListSpec, Page
from talentdesk.errors import TalentDeskError

log = logging.getLogger(__name__)

# Looking the enum up on every data() call makes it 2.4× slower (BASELINES.md §5), and Qt
# passes the role as an int, which compares faster with ints than with enum members.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _FOREGROUND, _BACKGROUND, _ALIGNMENT))
_HORIZONTAL = Qt.Orientation.Horizontal
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DESCENDING = Qt.SortOrder.DescendingOrder
_ASCENDING = Qt.SortOrder.AscendingOrder
# Pages kept: what fills a tall window, plus the pages just above and below it.
CACHED_PAGES = 5

Fetch = Callable[[ListQuery], Page[Any]]


@dataclasses.dataclass(frozen=True)
class PagedColumn:
    """One column: its list key (the sort key when sortable), translated title and text.

    Attributes:
        width: the initial width in digits (a Chinese character is about two).
    """

    key: str
    title: str
    text: Callable[[Any], str]
    width: int = 12
    numeric: bool = False
    sortable: bool = False


def sortable_as(spec: ListSpec, columns: Sequence[PagedColumn]) -> tuple[PagedColumn, ...]:
    """``columns`` sortable exactly where the list can sort in SQL (``ListSpec``)."""
    keys = set(spec.sort_keys())
    return tuple(dataclasses.replace(c, sortable=c.key in keys) for c in columns)


@dataclasses.dataclass(frozen=True)
class RowStyle:
    """How a whole row stands out (an overdue case), with the reason as its tooltip."""

    foreground: QColor | None = None
    background: QColor | None = None
    tooltip: str = ""


class PagedTableModel(QAbstractTableModel):
    """Rows ``0 … total - 1`` of a list; each page is fetched when the view first shows it.

    ``fetch`` receives the query with the page's offset and limit and returns that page with
    the number of matching rows. The first page comes with every reset, so the row count is
    known at once; the others when a row of theirs is painted. At most ``cached_pages`` pages
    are kept. Sorting asks ``fetch`` again with another sort key; nothing is sorted here.
    """

    fetch_failed = Signal(object)  # the TalentDeskError
    total_changed = Signal(int)

    def __init__(
        self,
        fetch: Fetch,
        columns: Sequence[PagedColumn],
        *,
        query: ListQuery | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        row_style: Callable[[Any], RowStyle | None] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self.columns = tuple(columns)
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._row_style = row_style
        self._query = dataclasses.replace(query or ListQuery(), offset=0, limit=page_size)
        self._pages: OrderedDict[int, tuple[Any, ...]] = OrderedDict()
        self._total = 0
        self._failed = False

    # --- what is asked -----------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: ListQuery) -> None:
        """Show the rows of ``query`` (its offset and limit are the model's business)."""
        self._query = dataclasses.replace(query, offset=0, limit=self._page_size)
        self.reload()

    def reload(self) -> None:
        """Read the list again from the first page, e.g. after a save elsewhere."""
        self.beginResetModel()
        self._pages.clear()
        self._failed = False
        first = self._read(0)
        self._total = first.total if first else 0
        self.endResetModel()
        self.total_changed.emit(self._total)

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Sort in SQL by ``column``; columns the list cannot sort by are ignored."""
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        key, descending = self.columns[column].key, order == _DESCENDING
        if (key, descending) == (self._query.sort_key, self._query.descending):
            return
        self.set_query(dataclasses.replace(self._query, sort_key=key, descending=descending))

    def sort_column(self) -> int:
        """The column sorted by, -1 for the list's default order."""
        keys = [c.key for c in self.columns]
        return keys.index(self._query.sort_key) if self._query.sort_key in keys else -1

    def row_at(self, row: int) -> Any | None:
        """The record shown in ``row``, fetching its page if needed; None if it is not there."""
        if not 0 <= row < self._total:
            return None
        number, position = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is None:
            fetched = None if self._failed else self._read(number)
            if fetched is None:
                return None
            page = fetched.rows
        else:
            self._pages.move_to_end(number)
        return page[position] if position < len(page) else None

    def id_at(self, row: int) -> int | None:
        record = self.row_at(row)
        return None if record is None else record.id

    # --- Qt's questions ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        # Qt asks about ten questions per visible cell on every paint; most get None at once.
        if role not in _ROLES:
            return None
        record = self.row_at(index.row())  # an invalid index has row -1: None
        if record is None:
            return None
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return column.text(record)
        if role == _ALIGNMENT:
            return _RIGHT if column.numeric else None
        if self._row_style is None:
            return None
        style = self._row_style(record)
        if style is None:
            return None
        if role == _FOREGROUND:
            return style.foreground
        return style.background if role == _BACKGROUND else (style.tooltip or None)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if role != _DISPLAY or orientation != _HORIZONTAL:
            return super().headerData(section, orientation, role)
        return self.columns[section].title if 0 <= section < len(self.columns) else None

    # --- fetching -----------------------------------------------------------------------------

    def _read(self, number: int) -> Page[Any] | None:
        try:
            page = self._fetch(self._query.at(number * self._page_size))
        except TalentDeskError as exc:
            # Said once; painting does not retry until the next reload.
            log.warning("list page %d could not be read: %s", number, exc)
            self._failed = True
            self.fetch_failed.emit(exc)
            return None
        self._pages[number] = page.rows
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        if number and page.total != self._total:
            # Rows were added or removed since the first page: start over, after this paint.
            QTimer.singleShot(0, self.reload)
        return page
