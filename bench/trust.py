"""Benchmark of the trust features: audit verification and viewer pages, backups, the idle lock.

    .venv/bin/python bench/trust.py [-n ENTRIES] [-r REPEAT] [--rebuild]

Builds (once, then reuses) a SQLite database migrated to head with ENTRIES audit entries
(a valid chain, 30 users, 12 actions, 3 years) and a 100 MB filler table, so a backup copies
a file of realistic size. Each operation runs next to a raw baseline measured in the same run:
  verify       AuditService.verify()       vs sqlite3 reading the same columns + sha256 each
  page         list_entries (user filter)  vs the same page + count in hand-written SQL
  backup       BackupService.take(START)   vs sqlite3's backup API to a new file
  idle filter  10 000 events with IdleLock vs the same events with no filter installed
Scratch files go to $BENCH_SCRATCH or <tmp>/talentdesk_bench.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench._common import SCRATCH
from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.audit_chain import (
    GENESIS_HASH,
    AuditEntry,
    AuditFilter,
    canonical_details,
    entry_hash,
)
from talentdesk.domain.backups import BackupReason
from talentdesk.services.audit_service import AuditService
from talentdesk.services.backups import BackupService
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import upgrade_to_head

ACTIONS = ["create", "update", "transition", "login", "print", "export", "view_sensitive"]
SUPERVISOR = Actor(1, "bench", "Bench", Role.SUPERVISOR, "bench")


def build(path: Path, entries: int) -> None:
    path.unlink(missing_ok=True)
    db = Database(path)
    upgrade_to_head(db, SCRATCH / "migrate-backups")
    db.dispose()
    start = datetime(2023, 11, 27, 8, 0)
    prev = GENESIS_HASH
    with closing(sqlite3.connect(path)) as conn, conn:
        rows = []
        for n in range(entries):
            entry = AuditEntry(
                start + timedelta(seconds=n * 190),
                f"user{n % 30:02d}",
                f"window-{n % 6}",
                ACTIONS[n % len(ACTIONS)],
                "case",
                str(n // 5),
                {"status": ["received", "accepted"], "n": n},
            )
            digest = entry_hash(entry, prev)
            rows.append(
                (
                    entry.at.isoformat(sep=" ", timespec="microseconds"),
                    entry.username,
                    entry.workstation,
                    entry.action,
                    entry.entity,
                    entry.entity_id,
                    canonical_details(entry.details),
                    prev,
                    digest,
                )
            )
            prev = digest
        conn.executemany(
            "INSERT INTO audit_log (at, username, workstation, action, entity, entity_id,"
            " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.execute("CREATE TABLE bench_filler (blob BLOB)")
        conn.executemany("INSERT INTO bench_filler VALUES (?)", [(os.urandom(4096),)] * 25_000)


def median(values: list[float]) -> float:
    # bench/statistics.py shadows the standard module for scripts run from this folder.
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def timed(fn: Callable[[], object], repeat: int) -> tuple[float, float, float]:
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return median(times), min(times), max(times)


def raw_verify(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for row in conn.execute(
            "SELECT at, username, workstation, action, entity, entity_id, details, prev_hash"
            " FROM audit_log ORDER BY id"
        ):
            hashlib.sha256("\x1f".join(row).encode()).hexdigest()


def raw_page(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(
            "SELECT id, at, username, workstation, action, entity, entity_id, details"
            " FROM audit_log WHERE username = 'user07' ORDER BY id DESC LIMIT 100 OFFSET 0"
        ).fetchall()
        conn.execute("SELECT count(*) FROM audit_log WHERE username = 'user07'").fetchone()


def raw_backup(path: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def event_loop_cost(with_lock: bool, events: int = 10_000) -> float:
    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QMainWindow

    from talentdesk.gui.idle_lock import IdleLock

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    if with_lock:
        IdleLock(window, None, SUPERVISOR, 60_000)  # type: ignore[arg-type]  # never unlocked
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    start = time.perf_counter()
    for _ in range(events):
        QCoreApplication.sendEvent(window, key)
    elapsed = time.perf_counter() - start
    window.deleteLater()
    app.processEvents()
    return elapsed


def prepare(n: int = 500_000, rebuild: bool = False) -> Path:
    """The database of ``n`` audit entries, built on first use (or again with ``rebuild``)."""
    path = SCRATCH / f"trust-{n}.sqlite3"
    if rebuild or not path.exists():
        started = time.perf_counter()
        build(path, n)
        print(f"built {path} in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=500_000, help="audit entries")
    parser.add_argument("-r", type=int, default=3, help="timed repeats")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = prepare(args.n, args.rebuild)
    print(f"{args.n} entries, {path.stat().st_size / 1_048_576:.0f} MB")
    db = Database(path)
    audit = AuditService(db)
    backups = BackupService(db, SCRATCH / "trust-backups", keep=2)
    wanted = AuditFilter(username="user07")
    rows = [
        ("verify", lambda: audit.verify(), lambda: raw_verify(path)),
        (
            "page (user filter)",
            lambda: audit.list_entries(SUPERVISOR, wanted, 0, 100),
            lambda: raw_page(path),
        ),
        (
            "backup",
            lambda: backups.take(BackupReason.START),
            lambda: raw_backup(path, SCRATCH / "raw-backup.sqlite3"),
        ),
    ]
    print("| operation | app median [min..max] s | baseline median [min..max] s | ratio |")
    print("|---|---:|---:|---:|")
    for name, app_fn, base_fn in rows:
        app_t = timed(app_fn, args.r)
        base_t = timed(base_fn, args.r)
        print(
            f"| {name} | {app_t[0]:.3f} [{app_t[1]:.3f}..{app_t[2]:.3f}] "
            f"| {base_t[0]:.3f} [{base_t[1]:.3f}..{base_t[2]:.3f}] | {app_t[0] / base_t[0]:.2f}× |"
        )
    assert audit.verify().intact
    event_loop_cost(False)  # warm-up: the QApplication and the first window
    pairs = [(event_loop_cost(False), event_loop_cost(True)) for _ in range(max(args.r, 5))]
    without = median([p[0] for p in pairs])
    with_lock = median([p[1] for p in pairs])
    print(
        f"| idle filter, 10k key events | {with_lock:.3f} | {without:.3f} "
        f"| {with_lock / without:.2f}× ({(with_lock - without) / 10_000 * 1e6:+.1f} µs/event) |"
    )
    db.dispose()


if __name__ == "__main__":
    main()
