"""Start-up to a usable main window (after sign-in, database open) against a bare Qt+SQL script.

    .venv/bin/python -m bench.startup [-n 10]

Each case is a fresh process timed from spawn to exit; the window quits on the first turn of
its event loop, as in ../shared/baselines/startup.py. The bare script is that file's last case
(BASELINES.md §1, "same + sqlalchemy + openpyxl + ORM query"): a main window with a table and
three docks, openpyxl, a 20-column ORM model and one ``SELECT count(*)`` through a Session.
The two are started in turns, so both meet the machine in the same state. Target: app ≤ 1.3×
the bare script. The same is then run on the 500k-case database of
bench.work_queue with the case list open on its first page (peak RSS ≤ 1.5× the bare script's).

Both sides run from bytecode, as an installed app does: the bench compiles talentdesk first,
because PYTHONDONTWRITEBYTECODE (set on our machines) would otherwise make every app run
compile its ~400 modules from source while the libraries' bytecode came with pip.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from bench._common import ROOT, SCRATCH, Row, print_table

BARE = """
import sys
import datetime as dt
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (QApplication, QDockWidget, QListWidget, QMainWindow, QTableView,
                               QTextEdit, QTreeWidget)
import openpyxl
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

class Base(DeclarativeBase):
    pass

class Case(Base):  # the 20 columns of the baselines' synthetic case table
    __tablename__ = "bare_cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    case_no: Mapped[str]
    name: Mapped[str]
    name_cn: Mapped[str]
    nationality: Mapped[str]
    passport_no: Mapped[str]
    gender: Mapped[str]
    birth_date: Mapped[dt.date]
    employer: Mapped[str]
    employer_id: Mapped[int]
    permit_type: Mapped[str]
    status: Mapped[str]
    received_date: Mapped[dt.date]
    decision_date: Mapped[dt.date | None]
    expiry_date: Mapped[dt.date | None]
    salary: Mapped[int]
    officer: Mapped[str]
    doc_count: Mapped[int]
    email: Mapped[str]
    notes: Mapped[str]

engine = create_engine("sqlite:///" + sys.argv[1])
Base.metadata.create_all(engine)  # a no-op after the first run
with Session(engine) as session:
    session.scalar(select(func.count()).select_from(Case))
app = QApplication(sys.argv[:1])
win = QMainWindow(); view = QTableView(); view.setModel(QStandardItemModel(50, 20))
win.setCentralWidget(view)
for title, widget, area in (("Filters", QTreeWidget(), Qt.DockWidgetArea.LeftDockWidgetArea),
                            ("Rosters", QListWidget(), Qt.DockWidgetArea.LeftDockWidgetArea),
                            ("Details", QTextEdit(), Qt.DockWidgetArea.RightDockWidgetArea)):
    dock = QDockWidget(title, win); dock.setWidget(widget); win.addDockWidget(area, dock)
win.resize(1280, 800); win.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

APP = """
import sys
from pathlib import Path
import gc
sys.path.insert(0, sys.argv[2])
# The order of ``python -m talentdesk``: the collector off, the services first, Qt when the
# GUI starts, the collector on again once the services are built.
gc.disable()
from talentdesk.app import SETTINGS_FILE, UI_STATE_FILE, build_services, end_start_up, open_database
from PySide6.QtCore import QTimer
from talentdesk.paths import AppPaths
from talentdesk.settings import Settings
from talentdesk.gui.application import create_application
from talentdesk.gui.areas import build_main_window
from talentdesk.gui.ui_state import UiState
paths = AppPaths.for_user(Path(sys.argv[3]))
app = create_application(sys.argv[:1], "zh_CN", lambda: "")
db = open_database(sys.argv[1], paths)
services = build_services(db)
end_start_up()
actor = services.accounts.authenticate("bench", "bench-2026")
window = build_main_window(services, actor, Settings(), paths.config / SETTINGS_FILE,
                           UiState(paths.config / UI_STATE_FILE))
window.show()
if len(sys.argv) > 4:  # open an area too, e.g. the case list on a big database
    window.show_area(sys.argv[4])
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def prepare() -> None:
    """The 500k-case database of bench.work_queue, which the second half opens."""
    from bench.work_queue import prepare as build_queue_database

    build_queue_database()


def add_administrator(db_path: Path, data_dir: Path) -> None:
    """The database with the bench's administrator (a demo database has no accounts)."""
    from talentdesk.app import build_services, open_database
    from talentdesk.errors import AuthenticationError
    from talentdesk.paths import AppPaths

    db = open_database(str(db_path), AppPaths.for_user(data_dir).ensure())
    accounts = build_services(db).accounts
    try:
        accounts.authenticate("bench", "bench-2026")
    except AuthenticationError:
        accounts.create_first_admin("bench", "Bench", "bench-2026")
    db.dispose()


def _spawn(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to exit, and peak RSS in MiB."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{cmd[:3]} failed: {proc.stderr.read().decode()[-2000:]}")
    return time.perf_counter() - start, usage.ru_maxrss / 1024


def wall(app: list[str], bare: list[str], n: int) -> tuple[Row, Row]:
    """The app and the bare script started in turns, n times each after one untimed turn
    (which warms the OS page cache); medians of time and of peak RSS.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for i in range(n + 1):
        for side, cmd in (("app", app), ("bare", bare)):
            measured = _spawn(cmd, env)
            if i:
                runs[side].append(measured)
    (app_s, app_mib), (bare_s, bare_mib) = (
        (statistics.median(t for t, _ in runs[side]), statistics.median(m for _, m in runs[side]))
        for side in ("app", "bare")
    )
    return Row("", app_s, bare_s, 1.3), Row("", app_mib, bare_mib, 1.5, unit="MiB")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=10)
    parser.add_argument("--no-big", action="store_true", help="skip the 500k-case database")
    args = parser.parse_args()
    compileall.compile_dir(ROOT / "talentdesk", quiet=1)
    data_dir = SCRATCH / "startup-data"
    shutil.rmtree(data_dir, ignore_errors=True)
    db_path = SCRATCH / "startup.sqlite3"
    db_path.unlink(missing_ok=True)
    add_administrator(db_path, data_dir)
    started, rss = wall([sys.executable, "-c", APP, str(db_path), str(ROOT), str(data_dir)],
                        [sys.executable, "-c", BARE, str(db_path)], args.n)
    rows = [
        replace(started, name="main window after sign-in vs bare Qt+SQLAlchemy+openpyxl script"),
        replace(rss, name="peak RSS (MiB)"),
    ]
    if not args.no_big:
        from bench.work_queue import DEFAULT_DB

        prepare()
        add_administrator(DEFAULT_DB, data_dir)
        started, rss = wall([sys.executable, "-c", APP, str(DEFAULT_DB), str(ROOT),
                             str(data_dir), "cases"],
                            [sys.executable, "-c", BARE, str(DEFAULT_DB)], args.n)
        rows += [
            replace(started, name="500k cases, case list's first page shown"),
            replace(rss, name="500k cases, peak RSS (MiB)"),
        ]
    return 0 if print_table("Start-up (spawn to exit, median)", rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
