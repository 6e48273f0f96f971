"""Bulk writes: the app's bulk insert against SQLAlchemy Core's plain executemany insert.

    .venv/bin/python -m bench.bulk_writes [-n ROWS] [-r REPEAT]

N applicants (the demo generator's people, with their search text) and their passports go
into a freshly migrated SQLite file, search-index triggers included, once through
``storage.repos.bulk.insert_returning_ids`` + ``insert_rows`` in a write transaction (what an
import and the demo data use), once through ``conn.execute(insert(table), rows)`` for each
table (BASELINES.md §2, row (b)). Both start from a copy of the same empty file; the copy and
the building of the rows are not timed. Target (issue 9): throughput ≥ 0.5× Core's, that is
at most 2× its time.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import insert

from bench._common import SCRATCH, Row, print_table
from bench.excel import time_once
from bench.excel_services import empty_database, import_records, on_copy
from talentdesk.domain.applicants import search_text
from talentdesk.domain.permit_records import ApplicantDraft
from talentdesk.storage.database import Database
from talentdesk.storage.repos.bulk import insert_returning_ids, insert_rows
from talentdesk.storage.tables import ApplicantRow, PassportRow

TARGET = 2.0  # time ratio: half Core's throughput at worst
NOW = datetime(2026, 11, 27, 9, 30)


def people(n: int) -> tuple[list[dict], list[dict]]:
    """Applicant rows and one passport each, as an import writes the roster of excel_services."""
    stamp = {"created_at": NOW, "created_by": "bench", "updated_at": NOW, "updated_by": "bench"}
    applicants, passports = [], []
    for record in import_records(n):
        draft = ApplicantDraft(record["surname"], record["given_names"], record["sex"],
                               record["birth_date"], record["nationality"],
                               email=record["email"])  # fmt: skip
        number = record["passport_number"]
        applicants.append({
            **dataclasses.asdict(draft), "search_text": search_text(draft, [number]),
            "version": 1, **stamp,
        })  # fmt: skip
        passports.append({
            "number": record["passport_number"], "issuing_state": record["issuing_state"],
            "expiry_date": record["passport_expiry"], "is_current": True, "recorded_at": NOW,
            "recorded_by": "bench",
        })  # fmt: skip
    return applicants, passports


def app_side(applicants: list[dict], passports: list[dict]) -> Callable[[Database], int]:
    def run(db: Database) -> int:
        with db.write() as session:
            ids = insert_returning_ids(session, ApplicantRow.__table__, iter(applicants))
            insert_rows(session, PassportRow.__table__, (
                {**passport, "applicant_id": applicant_id}
                for applicant_id, passport in zip(ids, passports, strict=True)
            ))  # fmt: skip
        return len(ids)

    return run


def core_side(applicants: list[dict], passports: list[dict]) -> Callable[[Database], int]:
    def run(db: Database) -> int:
        with db.engine.begin() as conn:
            conn.execute(insert(ApplicantRow.__table__), [
                {**row, "id": i} for i, row in enumerate(applicants, start=1)
            ])  # fmt: skip
            conn.execute(insert(PassportRow.__table__), [
                {**passport, "applicant_id": i} for i, passport in enumerate(passports, start=1)
            ])  # fmt: skip
        return len(applicants)

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("-r", "--repeat", type=int, default=3)
    args = parser.parse_args()
    empty = SCRATCH / "bulk_writes_empty.sqlite3"
    work = SCRATCH / "bulk_writes_work.sqlite3"
    empty_database(empty)
    applicants, passports = people(args.n)
    sides = {
        "app": on_copy(empty, work, app_side(applicants, passports)),
        "core": on_copy(empty, work, core_side(applicants, passports)),
    }
    times: dict[str, list[float]] = {"app": [], "core": []}
    for _ in range(args.repeat):  # alternating, so both see the same machine
        for name, run in sides.items():
            run.prepare()  # type: ignore[attr-defined]
            times[name].append(time_once(run)[0])
    app, core = statistics.median(times["app"]), statistics.median(times["core"])
    print(f"  rows/s: app {2 * args.n / app:,.0f}, Core {2 * args.n / core:,.0f}")
    met = print_table(
        f"Bulk writes, {args.n:,} applicants + passports, SQLite (median of {args.repeat})",
        [Row("bulk.insert_returning_ids + insert_rows vs Core executemany", app, core, TARGET,
             unit="s")],
    )  # fmt: skip
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
