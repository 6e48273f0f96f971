"""Benchmark of the HR dashboard's researcher alerts at 100k researchers, against raw SQL.

    .venv/bin/python -m bench.researcher_alerts [--researchers M] [-r REPEAT] [--rebuild]

Builds (once, then reuses) a SQLite database migrated to head and filled by the demo command
with M young researchers only (``fill_demo_data``: programs, enrollments, checkpoints, grades).
``ResearcherAlertService.dashboard_alerts`` runs once untimed and REPEAT times timed, median
[min..max], next to the baseline measured in the same run on the same file with sqlite3: the
four index-range queries the service cannot do without (open checkpoints due in the window
joined to their enrollment and researcher, cycles ending, age-outs, grades per round), their
rows fetched and nothing else. The difference is the alert rules, names and sorting in Python.
The panel reads the alerts in a worker thread; this is how long it shows "Reading alerts…".
Scratch files go to $BENCH_SCRATCH or <tmp>/talentdesk_bench.
"""

from __future__ import annotations

import argparse
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from bench._common import SCRATCH, Row, interleaved_medians, print_table
from talentdesk.domain.accounts import Actor, Role
from talentdesk.services.demo import fill_demo_data
from talentdesk.services.researcher_alerts import (
    DEFAULT_LEADS,
    LOOKBACK_DAYS,
    ResearcherAlertService,
)
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import upgrade_to_head

TODAY = date(2026, 11, 27)
# Rules, names and sorting in Python for ~15k alerts cost a few times the bare reads: 5-6x
# on an idle 2-core machine, up to 11x when the other core is busy.
TARGET_RATIO = 8.0
_PERSON = "SELECT e.id, e.researcher_id, e.program_id, e.program_version, e.start_on, " \
    "e.original_end_on, e.end_on, e.ages_out_on, e.terminated_on, r.name, r.sex"
_FROM = " FROM enrollments e JOIN researchers r ON r.id = e.researcher_id"
BASELINE_SQL = (
    f"{_PERSON}, c.key, c.kind, c.original_due_on, c.due_on{_FROM} "
    "JOIN checkpoints c ON c.enrollment_id = e.id WHERE c.report_received_on IS NULL "
    "AND c.cancelled = 0 AND c.due_on BETWEEN :due_from AND :due_to AND e.status = 'active'",
    f"{_PERSON}{_FROM} WHERE e.status = 'active' AND e.end_on BETWEEN :today AND :ends_to",
    f"{_PERSON}{_FROM} WHERE e.status = 'active' AND e.ages_out_on BETWEEN :today AND "
    ":ages_out_to AND e.ages_out_on <= e.end_on",
    "SELECT cohort, grade, count(*) FROM checkpoints WHERE due_on BETWEEN :year_from AND "
    ":year_to AND grade != '' AND cancelled = 0 GROUP BY cohort, grade",
)


def build(path: Path, researchers: int, seed: int) -> None:
    path.unlink(missing_ok=True)
    db = Database(path)
    upgrade_to_head(db, SCRATCH / "backups")
    fill_demo_data(db, applicants=0, cases=0, researchers=researchers, seed=seed, today=TODAY)
    db.dispose()


def baseline(raw: sqlite3.Connection) -> None:
    since = TODAY - timedelta(days=LOOKBACK_DAYS)
    params = {
        "due_from": since.isoformat(),
        "due_to": (TODAY + timedelta(days=max(DEFAULT_LEADS.checkpoint))).isoformat(),
        "today": TODAY.isoformat(),
        "ends_to": (TODAY + timedelta(days=max(DEFAULT_LEADS.cycle_end))).isoformat(),
        "ages_out_to": (TODAY + timedelta(days=max(DEFAULT_LEADS.age_out))).isoformat(),
        "year_from": f"{since.year}-01-01", "year_to": f"{TODAY.year}-12-31",
    }
    for sql in BASELINE_SQL:
        raw.execute(sql, params).fetchall()


def prepare(researchers: int = 100_000, seed: int = 2026, rebuild: bool = False) -> Path:
    """The database of ``researchers``, built on first use (or again with ``rebuild``)."""
    path = SCRATCH / f"researcher_alerts_{researchers}.sqlite3"
    if rebuild or not path.exists():
        build(path, researchers, seed)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--researchers", type=int, default=100_000)
    parser.add_argument("-r", "--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = prepare(args.researchers, args.seed, args.rebuild)
    db = Database(path)
    upgrade_to_head(db, SCRATCH / "backups")
    service = ResearcherAlertService(db)
    actor = Actor(1, "bench", "Bench", Role.HR_OFFICER, "bench")
    found = service.dashboard_alerts(actor, TODAY)
    with closing(sqlite3.connect(path)) as raw:
        app, base = interleaved_medians(
            lambda: service.dashboard_alerts(actor, TODAY), lambda: baseline(raw), args.repeat
        )
    print(f"\n{args.researchers} researchers, {len(found)} alerts: {path}")
    met = print_table("researcher alerts", [
        Row("dashboard_alerts (service)", app, base, TARGET_RATIO)])
    db.dispose()
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
