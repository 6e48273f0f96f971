"""The paged table model: Qt's model checks, pages fetched only when shown, sorting asks again."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableView

from talentdesk.domain.listing import ListQuery, Page
from talentdesk.errors import StorageUnavailableError
from talentdesk.gui.models.paged_table import PagedColumn, PagedTableModel, RowStyle

pytestmark = pytest.mark.gui


@dataclasses.dataclass(frozen=True)
class Item:
    id: int
    name: str


class FakeList:
    """A list service stand-in that records every query it answers."""

    def __init__(self, n: int) -> None:
        self.items = [Item(i, f"item {i:05d}") for i in range(1, n + 1)]
        self.queries: list[ListQuery] = []
        self.fail = False

    def __call__(self, query: ListQuery) -> Page[Item]:
        self.queries.append(query)
        if self.fail:
            raise StorageUnavailableError("locked")
        rows = [i for i in self.items if query.search in i.name]
        rows.sort(key=lambda i: i.id, reverse=query.descending)
        return Page(tuple(rows[query.offset : query.offset + query.limit]), len(rows), query.offset)

    def offsets(self) -> list[int]:
        return [q.offset for q in self.queries]


COLUMNS = (
    PagedColumn("id", "No.", lambda i: str(i.id), numeric=True, sortable=True),
    PagedColumn("name", "Name", lambda i: i.name),
)


def _model(fake: FakeList, **kw: Any) -> PagedTableModel:
    model = PagedTableModel(fake, COLUMNS, page_size=50, **kw)
    model.reload()
    return model


def test_qt_model_checks_pass(qtmodeltester):
    fake = FakeList(230)
    model = _model(fake)
    qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester
    qtmodeltester.check(model, force_py=True)
    empty = _model(FakeList(0))
    qtmodeltester.check(empty, force_py=True)


def test_only_the_pages_on_screen_are_fetched(qtbot):
    fake = FakeList(10_000)
    model = _model(fake)
    assert (model.rowCount(), fake.offsets()) == (10_000, [0])  # the count came with page 0
    view = QTableView()
    qtbot.addWidget(view)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    view.grab()
    assert fake.offsets() == [0], "page 0 was cached; nothing else is on screen"
    view.scrollToBottom()
    view.grab()
    assert fake.offsets() == [0, 9950]
    view.scrollTo(model.index(5000, 0))
    view.grab()
    assert fake.offsets()[2:] in ([5000], [4950, 5000], [5000, 4950])
    assert len(fake.queries) <= 4, "200 pages exist; only those shown were read"


def test_pages_are_cached_up_to_a_limit(qtbot):
    fake = FakeList(1000)
    model = _model(fake, cached_pages=2)
    for row in (0, 10, 60, 70, 120, 130):  # pages 0, 1, 2
        model.data(model.index(row, 1))
    assert fake.offsets() == [0, 50, 100]
    model.data(model.index(0, 1))  # page 0 was dropped for page 2
    assert fake.offsets() == [0, 50, 100, 0]
    assert model.data(model.index(120, 1)) == "item 00121"
    assert fake.offsets() == [0, 50, 100, 0]


def test_sorting_asks_the_service_again(qtbot):
    fake = FakeList(120)
    model = _model(fake)
    with qtbot.waitSignal(model.modelReset):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    last = fake.queries[-1]
    assert (last.sort_key, last.descending, last.offset, last.limit) == ("id", True, 0, 50)
    assert model.data(model.index(0, 0)) == "120"
    assert model.sort_column() == 0
    calls = len(fake.queries)
    model.sort(0, Qt.SortOrder.DescendingOrder)  # already so
    model.sort(1, Qt.SortOrder.AscendingOrder)  # not sortable in SQL
    assert len(fake.queries) == calls


def test_a_new_query_keeps_the_sort_and_starts_at_the_top(qtbot):
    fake = FakeList(500)
    model = _model(fake, query=ListQuery(sort_key="id", descending=True))
    model.data(model.index(300, 1))
    model.set_query(dataclasses.replace(model.query, search="item 004"))
    last = fake.queries[-1]
    assert (last.search, last.sort_key, last.descending, last.offset) == ("item 004", "id", True, 0)
    assert model.rowCount() == 100
    assert model.data(model.index(0, 1)) == "item 00499"


def test_a_failed_fetch_is_reported_once_and_not_retried_while_painting(qtbot):
    fake = FakeList(500)
    model = _model(fake)
    fake.fail = True
    with qtbot.waitSignal(model.fetch_failed) as failed:
        assert model.data(model.index(300, 1)) is None
    assert failed.args[0].reason == "locked"
    calls = len(fake.queries)
    assert model.data(model.index(301, 1)) is None
    assert model.data(model.index(400, 1)) is None
    assert len(fake.queries) == calls
    fake.fail = False
    model.reload()
    assert model.data(model.index(300, 1)) == "item 00301"


def test_rows_added_meanwhile_make_the_model_read_again(qtbot):
    fake = FakeList(500)
    model = _model(fake)
    fake.items.append(Item(501, "item 00501"))
    with qtbot.waitSignal(model.modelReset):
        model.data(model.index(300, 1))
    assert model.rowCount() == 501


def test_row_style_colours_the_whole_row(qtbot):
    red = RowStyle(QColor("#b00020"), QColor("#fde7e9"), "overdue")
    model = _model(FakeList(60), row_style=lambda i: red if i.id % 2 else None)
    first, second = model.index(0, 1), model.index(1, 1)
    assert model.data(first, Qt.ItemDataRole.BackgroundRole) == QColor("#fde7e9")
    assert model.data(first, Qt.ItemDataRole.ForegroundRole) == QColor("#b00020")
    assert model.data(first, Qt.ItemDataRole.ToolTipRole) == "overdue"
    assert model.data(second, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(first, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert model.rowCount(first) == 0 and model.columnCount(first) == 0
    assert model.data(QModelIndex()) is None
    assert model.id_at(59) == 60 and model.id_at(60) is None
