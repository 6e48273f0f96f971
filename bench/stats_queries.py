"""Benchmark of the statistics queries on a 500k-case demo database, against a GROUP BY baseline.

    .venv/bin/python -m bench.stats_queries [-n CASES] [--researchers M] [-r REPEAT] [--rebuild]

Builds (once, then reuses) a SQLite database migrated to head and filled by the demo command
(``fill_demo_data``: 0.7 applicants per case, ten years of cases, denser lately, and M young
researchers), then adds what the demo leaves out and the statistics read: correction pauses
on 8 % of the decided tracks, refusal reasons on every refused track, and an issued permit for
every collected track (a tenth of them renewed since).

Each query runs once untimed and REPEAT times timed (median [min..max]) through the
repository functions the service calls, in turns with the baseline on the same file:
``SELECT business_type, category, count(*) FROM cases GROUP BY 1, 2``, a whole-table GROUP BY
read from its covering index (BASELINES.md section 3, "group, covering index").
Targets, for the monthly report's period: each query <= 2x that baseline and <= 50 ms.
Scratch files go to $BENCH_SCRATCH or <tmp>/talentdesk_bench.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, datetime, timedelta
from pathlib import Path
from statistics import median
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from bench._common import SCRATCH, interleaved_seconds
from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.statistics import (
    AGE_BAND_FLOORS,
    Dimension,
    Period,
    PeriodPreset,
    months_after,
    preset_period,
)
from talentdesk.domain.time_limits import time_limit_versions
from talentdesk.domain.tracks import TrackAction, TrackState, refusal_reasons
from talentdesk.services.demo import fill_demo_data
from talentdesk.services.statistics import StatisticsService
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import upgrade_to_head
from talentdesk.storage.repos import statistics as repo
from talentdesk.storage.repos.bulk import insert_rows, next_id
from talentdesk.storage.tables import IssuedPermitRow, TrackEventRow, TrackRow

NOW = datetime(2026, 11, 27, 9, 0)
TODAY = NOW.date()
BASELINE_SQL = (
    "SELECT business_type, category, count(*) FROM cases GROUP BY business_type, category"
)
PAUSED_SHARE = 0.08
RENEWED_SHARE = 0.10
TARGET_RATIO, TARGET_MS = 2.0, 50.0


def build(path: Path, n_cases: int, n_researchers: int, seed: int) -> None:
    path.unlink(missing_ok=True)
    db = Database(path)
    upgrade_to_head(db, SCRATCH / "backups")
    started = time.perf_counter()
    fill_demo_data(
        db,
        applicants=int(n_cases * 0.7),
        cases=n_cases,
        researchers=n_researchers,
        seed=seed,
        today=TODAY,
    )
    print(f"demo data: {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    with db.write() as session:
        _add_what_statistics_read(session, random.Random(seed))
    print(f"pauses, reasons, permits: {time.perf_counter() - started:.0f} s")
    db.dispose()


def _add_what_statistics_read(session: Session, rng: random.Random) -> None:
    codes = sorted(refusal_reasons())
    decided = session.execute(
        select(
            TrackRow.id, TrackRow.case_id, TrackRow.track, TrackRow.state,
            TrackRow.accepted_on, TrackRow.decided_on,
        ).where(TrackRow.decided_on.is_not(None))
    ).all()
    events: list[dict[str, Any]] = []
    permits: list[dict[str, Any]] = []
    reasons: list[dict[str, Any]] = []
    first_event = next_id(session, TrackEventRow.__table__)
    first_permit = next_id(session, IssuedPermitRow.__table__)
    for track_id, case_id, kind, state, accepted, decided_on in decided:
        if state == TrackState.REFUSED:
            reasons.append({"track_id": track_id, "codes": rng.sample(codes, rng.choice((1, 2)))})
        if accepted and (decided_on - accepted).days >= 4 and rng.random() < PAUSED_SHARE:
            asked = accepted + timedelta(days=rng.randint(1, (decided_on - accepted).days - 2))
            back = asked + timedelta(days=rng.randint(1, (decided_on - asked).days - 1))
            for action, on in ((TrackAction.REQUEST_CORRECTION, asked), (TrackAction.RESUME, back)):
                events.append(_event(first_event + len(events), case_id, kind, action, on))
        if state == TrackState.COLLECTED:
            valid_to = decided_on + timedelta(days=365 * rng.randint(1, 3))
            permits.append(
                _permit(first_permit + len(permits), case_id, kind, decided_on, valid_to, None)
            )
    renewed = rng.sample(permits, int(len(permits) * RENEWED_SHARE))
    renewals = [
        _permit(first_permit + len(permits) + i, p["case_id"], p["kind"], p["valid_to"],
                p["valid_to"] + timedelta(days=730), p["id"])
        for i, p in enumerate(renewed)
    ]
    insert_rows(session, TrackEventRow.__table__, events)
    insert_rows(session, IssuedPermitRow.__table__, permits + renewals)
    # Core, by primary key: the ORM's bulk UPDATE would want each row's version counter.
    tracks = TrackRow.__table__
    session.connection().execute(
        update(tracks)
        .where(tracks.c.id == bindparam("track_id"))
        .values(refusal_reasons=bindparam("codes")),
        reasons,
    )
    print(f"{len(events)} pause events, {len(reasons)} refusals, "
          f"{len(permits) + len(renewals)} permits")


def _event(event_id: int, case_id: int, track: str, action: TrackAction, on: date) -> dict:
    return {
        "id": event_id, "case_id": case_id, "track": track, "at": NOW, "on_date": on,
        "username": "bench", "action": str(action), "from_state": "", "to_state": "",
        "comment": "", "details": {},
    }


def _permit(
    permit_id: int, case_id: int, kind: str, issued: date, valid_to: date, replaces: int | None
) -> dict:
    return {
        "id": permit_id, "case_id": case_id, "applicant_id": 1, "kind": kind,
        "number": f"B{permit_id:017d}", "valid_from": issued, "valid_to": valid_to,
        "issued_on": issued, "replaces_id": replaces, "handled_on": None, "handled_by": "",
    }


def timed(
    fn: Callable[[], object], baseline: Callable[[], object], repeat: int
) -> tuple[list[float], list[float]]:
    """Milliseconds of ``fn`` and of the baseline, run in turns."""
    runs = interleaved_seconds(fn, baseline, repeat)
    return tuple([t * 1000 for t in side] for side in runs)  # type: ignore[return-value]


def queries(session: Session, period: Period) -> dict[str, Callable[[], object]]:
    """Every query the two service calls make, by name."""
    versions = time_limit_versions()
    return {
        **{f"volumes by {d}": lambda d=d: repo.volumes(session, d, period) for d in Dimension},
        "refusal reasons": lambda: repo.refusal_reasons(session, period),
        "processing time": lambda: repo.processing(session, period, versions),
        "expiries, 12 months": lambda: repo.expiries(session, months_after(period.last)),
        "enrolled by program": lambda: repo.enrolled(session, period, by_program=True),
        "enrolled by category": lambda: repo.enrolled(session, period, by_program=False),
        "age bands": lambda: repo.age_bands(session, period.last, AGE_BAND_FLOORS),
        "grades": lambda: repo.grades(session, period),
        "overdue reports": lambda: repo.overdue_reports(session, period.last),
        "extensions": lambda: repo.extensions(session, period),
    }


def _row(name: str, label: str, runs: list[float], base_runs: list[float], check: bool) -> str:
    middle, baseline = median(runs), median(base_runs)
    ratio = middle / baseline
    verdict = ""
    if check:
        verdict = "ok" if ratio <= TARGET_RATIO and middle <= TARGET_MS else (
            "ok (ratio)" if ratio <= TARGET_RATIO else "MISSED")
    spread = f"[{min(runs):.1f}..{max(runs):.1f}]"
    return (f"{name:<26} {label:<13} {middle:9.1f} {spread:>16} {baseline:9.1f} {ratio:7.2f}  "
            f"{verdict}")


def prepare(
    cases: int = 500_000, researchers: int = 100_000, seed: int = 2026, rebuild: bool = False
) -> Path:
    """The database of ``cases`` and ``researchers``, built on first use (or with ``rebuild``)."""
    path = SCRATCH / f"statistics_{cases}_{researchers}.sqlite3"
    if rebuild or not path.exists():
        build(path, cases, researchers, seed)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--cases", type=int, default=500_000)
    parser.add_argument("--researchers", type=int, default=100_000)
    parser.add_argument("-r", "--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = prepare(args.cases, args.researchers, args.seed, args.rebuild)
    db = Database(path)
    upgrade_to_head(db, SCRATCH / "backups")
    service = StatisticsService(db, clock=lambda: NOW)
    actor = Actor(1, "bench", "Bench", Role.SUPERVISOR, "bench")
    periods = {
        "last month": preset_period(PeriodPreset.LAST_MONTH, TODAY),
        "this quarter": preset_period(PeriodPreset.THIS_QUARTER, TODAY),
        "this year": preset_period(PeriodPreset.THIS_YEAR, TODAY),
    }
    service.permit_statistics(actor, periods["this year"])  # fills the working-day table
    print(f"\n{args.cases} cases, {args.researchers} researchers: {path}")
    print("baseline, covering-index GROUP BY over all cases (raw sqlite3), run in turns with "
          "each query")
    print(f"targets for the last month: <= {TARGET_RATIO:g}x baseline and <= {TARGET_MS:g} ms\n")
    print(f"{'query':<26} {'period':<13} {'median ms':>9} {'[min..max]':>16} {'base ms':>9} "
          f"{'x base':>7}")
    missed = 0
    with closing(sqlite3.connect(path)) as raw, db.read() as session:
        def baseline() -> object:
            return raw.execute(BASELINE_SQL).fetchall()

        for label, period in periods.items():
            for name, fn in queries(session, period).items():
                line = _row(name, label, *timed(fn, baseline, args.repeat),
                            check=label == "last month")
                missed += line.endswith("MISSED")
                print(line)
        for label, period in periods.items():
            runs = timed(lambda p=period: service.permit_statistics(actor, p), baseline,
                         args.repeat)
            print(_row("permit page (service)", label, *runs, check=False))
            runs = timed(lambda p=period: service.researcher_statistics(actor, p), baseline,
                         args.repeat)
            print(_row("researcher page (service)", label, *runs, check=False))
    db.dispose()
    return 1 if missed else 0  # so `make bench` lists this module among the failed


if __name__ == "__main__":
    raise SystemExit(main())
