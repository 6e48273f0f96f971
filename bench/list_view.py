"""The case list as a clerk sees it at 500k cases: first page, re-sort, scroll to the end.

    .venv/bin/python -m bench.list_view [-r 5]

The app side is the real ``CasesView`` (a windowed SQL model over ``ListService``) in a
1280×800 window, offscreen; "paint" is processEvents() + grab(), as in
../shared/baselines/qt_table.py, whose baselines run here in the same process on the same
database: a plain table model over all rows in a Python list, 20 columns as in BASELINES.md
§5 (set the model and paint; scrollToBottom and paint) and a 200-row SQL window re-sorted
(ORDER BY … LIMIT 200, model reset, paint). Targets (issue 9), each ≤ 2× its baseline: the
re-sort plus repaint (the issue's "≤ 50 ms" is BASELINES.md's 2× of the window's 25 ms), the
scroll to the end, and opening the list (the view built, its first page with the count,
painted) against the plain model's first paint (BASELINES.md: ≤ 2×, about 50 ms). The ratios
hold on a slower machine, where the baselines themselves pass 50 ms; the first page's query
is also held to 6× raw by bench.lists.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
from contextlib import closing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from bench._common import Row, median_seconds, print_table
from bench.work_queue import DEFAULT_DB, prepare
from talentdesk.app import build_services, open_database
from talentdesk.domain.accounts import Actor, Role
from talentdesk.gui.printing import DocumentPrinter
from talentdesk.gui.views.cases_view import CasesView
from talentdesk.paths import AppPaths

DISPLAY = Qt.ItemDataRole.DisplayRole
# 20 plain columns of the cases table (no JSON), the width of BASELINES.md §5's rows.
COLUMNS = (
    "id, case_number, applicant_id, employer_id, passport_id, business_type, received_on, "
    "position, annual_salary, contract_start, contract_end, work_city, work_location, "
    "category, suggested_category, category_route, points_total, window, assigned_to, "
    "created_by"
)
TARGET_RATIO = 2.0  # BASELINES.md §5: 2× each baseline (about 50 ms on its machines)
SUPERVISOR = Actor(1, "bench", "Bench", Role.SUPERVISOR, "bench")


class TupleModel(QAbstractTableModel):
    """The baseline: every row in a Python list (never what the app does)."""

    def __init__(self, rows: list[tuple]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows[0]) if self.rows else 0

    def data(self, index: QModelIndex, role: int = DISPLAY) -> object:
        if role == DISPLAY:
            value = self.rows[index.row()][index.column()]
            return "" if value is None else str(value)
        return None

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


def paint(app: QApplication, widget: QWidget) -> None:
    app.processEvents()
    widget.grab()


def shown(widget: QWidget) -> QWidget:
    widget.resize(1280, 800)
    widget.show()
    return widget


def baselines(app: QApplication, repeat: int) -> dict[str, float]:
    with closing(sqlite3.connect(DEFAULT_DB)) as conn:
        rows = conn.execute(f"SELECT {COLUMNS} FROM cases").fetchall()
        model = TupleModel(rows)
        views: list[QTableView] = []

        def first_paint() -> None:
            for old in views:
                old.deleteLater()
            views[:] = [shown(QTableView())]
            views[0].setModel(model)
            paint(app, views[0])

        first = median_seconds(first_paint, repeat)

        def scroll() -> None:
            views[0].scrollToTop()
            paint(app, views[0])
            views[0].scrollToBottom()
            paint(app, views[0])

        bottom = median_seconds(scroll, repeat)
        window = TupleModel([])
        views[0].setModel(window)
        orders = iter(["received_on DESC, id DESC", "received_on, id"] * (repeat + 2))

        def resort() -> None:
            sql = f"SELECT {COLUMNS} FROM cases ORDER BY {next(orders)} LIMIT 200"
            window.set_rows(conn.execute(sql).fetchall())
            paint(app, views[0])

        sort = median_seconds(resort, repeat)
        for view in views:
            view.deleteLater()
    return {"first": first, "scroll": bottom, "sort": sort}


def app_side(app: QApplication, repeat: int) -> dict[str, float]:
    data_dir = DEFAULT_DB.parent / "data"
    db = open_database(str(DEFAULT_DB), AppPaths.for_user(data_dir).ensure())
    services = build_services(db)
    views: list[CasesView] = []

    def first_page() -> None:
        for old in views:
            old.deleteLater()
        view = CasesView(services.lists, SUPERVISOR, services.workflow,
                         DocumentPrinter(services.documents, SUPERVISOR))
        views[:] = [view]
        shown(view)
        paint(app, view)

    first = median_seconds(first_page, repeat)
    view = views[0]
    table, model = view.list.table, view.list.model
    received = next(i for i, c in enumerate(model.columns) if c.key == "received_on")
    orders = iter([Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder] * (repeat + 2))

    def resort() -> None:
        model.sort(received, next(orders))
        paint(app, view)

    sort = median_seconds(resort, repeat)

    def scroll() -> None:
        table.scrollToTop()
        paint(app, view)
        table.scrollToBottom()
        paint(app, view)

    bottom = median_seconds(scroll, repeat)
    view.deleteLater()
    app.processEvents()
    db.dispose()
    return {"first": first, "scroll": bottom, "sort": sort}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-r", type=int, default=5)
    args = parser.parse_args()
    prepare()
    app = QApplication([])
    # In turns, one timed run of each side per turn: a neighbour's load meets both alike.
    turns = [(baselines(app, 1), app_side(app, 1)) for _ in range(args.r)]
    base, ours = (
        {key: statistics.median(turn[side][key] for turn in turns) for key in turns[0][side]}
        for side in (0, 1)
    )
    met = print_table(
        "Case list at 500k cases (1280×800, paint = processEvents + grab, median)",
        [
            Row("open: view, first page with its count, painted", ours["first"],
                base["first"], TARGET_RATIO),
            Row("re-sort by received date + repaint", ours["sort"], base["sort"], TARGET_RATIO),
            Row("scroll to the end and back + repaint", ours["scroll"], base["scroll"],
                TARGET_RATIO),
        ],
    )
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
