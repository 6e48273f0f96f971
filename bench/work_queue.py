"""Benchmark of the expiry radar and the work-queue filters at 500k cases, against raw SQL.

    .venv/bin/python -m bench.work_queue [--db FILE] [-r REPEAT]

Uses (and builds once, ~2 min) the demo database
``python -m talentdesk --db FILE demo --applicants 400000 --cases 500000 --researchers 0``.
The demo data has no issued permits, so the first run gives every issued or collected track
one (valid one to three years from its decision, in SQL), which the radar then selects from.

Each operation runs once untimed, then REPEAT times timed; the median is set next to the
same-run median of a hand-written sqlite3 query doing the same work on the same indexes
(page of 100 + count), as in BASELINES.md section 3. "Today" is this week's Monday, so every
selection has its rows whatever the day the bench runs. Target: page + count within 6× raw,
and under 5 ms wall per list page where the raw query itself is (BASELINES.md §3).
"""

from __future__ import annotations

import argparse
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import date, datetime, time, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, bench/ would come first on the path and its modules could stand in
# for standard-library ones; keep only the repository root.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

from bench._common import ROOT, SCRATCH, Row, interleaved_medians, print_table  # noqa: E402
from talentdesk.domain.accounts import Actor, Role  # noqa: E402
from talentdesk.domain.listing import ListQuery  # noqa: E402
from talentdesk.domain.permit_lists import DeadlineFilter, due_range  # noqa: E402
from talentdesk.domain.track_clock import CLOCK_RUNNING  # noqa: E402
from talentdesk.domain.tracks import TrackState  # noqa: E402
from talentdesk.domain.workflow_records import RadarKind  # noqa: E402
from talentdesk.services.lists import ListService  # noqa: E402
from talentdesk.services.radar import RadarService, file_now_range  # noqa: E402
from talentdesk.storage.database import Database  # noqa: E402
from talentdesk.storage.migrate import migrate  # noqa: E402

CLERK = Actor(1, "bench", "Bench", Role.CLERK, "bench")
PAGE = 100
TARGET = 6.0
DEFAULT_DB = SCRATCH / "queue_500k.sqlite3"

_PARTIES = "c.case_number, c.assigned_to, a.surname, a.given_names, a.chinese_name"
# Raw pages pick the page's ids first, then join the names (as the app does).
RAW_PERMITS = (
    f"SELECT p.*, {_PARTIES} FROM (SELECT id FROM issued_permits WHERE valid_to >= ? "
    "AND valid_to <= ? AND handled_on IS NULL ORDER BY valid_to, id LIMIT ?) page "
    "JOIN issued_permits p ON p.id = page.id JOIN cases c ON c.id = p.case_id "
    "JOIN applicants a ON a.id = p.applicant_id ORDER BY p.valid_to, p.id"
)
RAW_PERMITS_COUNT = (
    "SELECT count(*) FROM issued_permits WHERE valid_to >= ? AND valid_to <= ? "
    "AND handled_on IS NULL"
)
_RUNNING = ", ".join(f"'{s}'" for s in sorted(CLOCK_RUNNING))
RAW_OVERDUE = (
    f"SELECT t.*, {_PARTIES} FROM (SELECT id FROM case_tracks WHERE due_on < ? "
    f"AND state IN ({_RUNNING}) ORDER BY due_on, id LIMIT ?) page "
    "JOIN case_tracks t ON t.id = page.id JOIN cases c ON c.id = t.case_id "
    "JOIN applicants a ON a.id = c.applicant_id ORDER BY t.due_on, t.id"
)
RAW_OVERDUE_COUNT = f"SELECT count(*) FROM case_tracks WHERE due_on < ? AND state IN ({_RUNNING})"
# The queue: newest cases first among those with a track matching the filter.
RAW_QUEUE = (
    "SELECT c.id, c.case_number, c.received_on FROM cases c WHERE c.id IN "
    "(SELECT case_id FROM case_tracks WHERE {where}) "
    "ORDER BY c.received_on DESC, c.id DESC LIMIT ?"
)
RAW_QUEUE_COUNT = "SELECT count(DISTINCT case_id) FROM case_tracks WHERE {where}"


def prepare(path: Path = DEFAULT_DB) -> Path:
    """The 500k-case database at ``path``, built on first use and migrated to head."""
    if not path.exists():
        print(f"building the demo database {path} (about 2 minutes) …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "talentdesk", "--data-dir", str(SCRATCH / "data"),
             "--db", str(path), "demo", "--applicants", "400000", "--cases", "500000",
             "--researchers", "0"],
            check=True, cwd=ROOT,
        )
    db = Database(path)
    migrate(db, "head")  # a database built by an older checkout gets the newer indexes
    db.dispose()
    with closing(sqlite3.connect(path)) as conn:
        if conn.execute("SELECT count(*) FROM issued_permits").fetchone()[0]:
            return path
        print("giving issued and collected tracks a permit …", flush=True)
        conn.execute(
            "INSERT INTO issued_permits (case_id, applicant_id, kind, number, valid_from, "
            "valid_to, issued_on, replaces_id, handled_on, handled_by) "
            "SELECT t.case_id, c.applicant_id, t.track, printf('%018d', t.id), t.decided_on, "
            "date(t.decided_on, '+' || (365 + t.id % 730) || ' days'), t.decided_on, NULL, "
            "NULL, '' FROM case_tracks t JOIN cases c ON c.id = t.case_id "
            "WHERE t.state IN ('issued', 'collected') AND t.decided_on IS NOT NULL"
        )
        conn.commit()
    return path


def _iso(*days: date) -> tuple[str, ...]:
    return tuple(day.isoformat() for day in days)


def raw(conn: sqlite3.Connection, page_sql: str, count_sql: str, params: tuple) -> None:
    conn.execute(page_sql, (*params, PAGE)).fetchall()
    conn.execute(count_sql, params).fetchone()


def plan(conn: sqlite3.Connection, sql: str, params: tuple) -> str:
    rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "; ".join(row[-1] for row in rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("-r", "--repeat", type=int, default=7)
    args = parser.parse_args()
    prepare(args.db)
    # The Monday of this week, for the raw queries and the app's clock alike: deadlines fall
    # on working days, so on a Saturday or Sunday "due this week" kept no track and the row
    # set 2 ms against an empty query's 0.1 ms. Noon UTC is that day in China too.
    today = date.today()
    today -= timedelta(days=today.weekday())
    db = Database(args.db)
    radar = RadarService(db)
    lists = ListService(db, clock=lambda: datetime.combine(today, time(12)))
    settings = radar.settings(CLERK)
    expiring = (today, today + timedelta(days=max(settings.leads)))
    file_now = file_now_range(today, settings.file_now_days)
    rows: list[Row] = []
    counts: dict[str, int] = {}
    with closing(sqlite3.connect(args.db)) as conn:
        for name, kind, sql, count_sql, params in (
            ("radar: expiring ≤ 90 days", RadarKind.EXPIRING, RAW_PERMITS, RAW_PERMITS_COUNT,
             _iso(*expiring)),
            ("radar: extensions to file now", RadarKind.FILE_EXTENSION, RAW_PERMITS,
             RAW_PERMITS_COUNT, _iso(*file_now)),
            ("radar: overdue tracks", RadarKind.OVERDUE, RAW_OVERDUE, RAW_OVERDUE_COUNT,
             (today.isoformat(),)),
        ):
            app, base = interleaved_medians(
                lambda k=kind: radar.items(CLERK, k, limit=PAGE, today=today),
                lambda s=sql, c=count_sql, p=params: raw(conn, s, c, p), args.repeat)
            rows.append(Row(name, app, base, TARGET))
            counts[name] = radar.items(CLERK, kind, limit=1, today=today).total
            print(f"  plan {name}: {plan(conn, sql, (*params, PAGE))}")
        first, last = due_range(DeadlineFilter.DUE_THIS_WEEK, today)
        for name, filters, where, params in (
            ("queue: overdue", {"deadline": DeadlineFilter.OVERDUE}, "due_on < ?",
             (today.isoformat(),)),
            ("queue: due this week", {"deadline": DeadlineFilter.DUE_THIS_WEEK},
             "due_on >= ? AND due_on <= ?", (first.isoformat(), last.isoformat())),
            ("queue: state under review", {"state": TrackState.UNDER_REVIEW}, "state = ?",
             ("under_review",)),
        ):
            query = ListQuery(filters=filters, limit=PAGE)
            page_sql, count_sql = RAW_QUEUE.format(where=where), RAW_QUEUE_COUNT.format(
                where=where)
            app, base = interleaved_medians(
                lambda q=query: lists.list_cases(CLERK, q),
                lambda s=page_sql, c=count_sql, p=params: raw(conn, s, c, p), args.repeat)
            rows.append(Row(name, app, base, TARGET))
            counts[name] = lists.list_cases(CLERK, query.at(0, 1)).total
            print(f"  plan {name}: {plan(conn, page_sql, (*params, PAGE))}")
    db.dispose()
    met = print_table(f"Radar and queue at 500k cases (page {PAGE} + count, median of "
                      f"{args.repeat}, today {today})", rows)
    print("\n| selection | matching rows |\n|---|---:|")
    for name, total in counts.items():
        print(f"| {name} | {total} |")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
