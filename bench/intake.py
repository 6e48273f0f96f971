"""Benchmark of intake at the counter: create_case, get_case, a checklist tick, concurrent windows.

    .venv/bin/python -m bench.intake [--pg URL] [-r REPEAT]

Run as a module from the repository root (as bench/run.py does), so bench/ never
shadows a standard-library module.

Runs on a fresh SQLite file (and a fresh PostgreSQL schema with ``--pg``). The baseline is the
same rows written by one Core transaction (case, two tracks, the checklist, a timeline event and
an audit row) with nothing read back: the least any create_case can cost on that database.
Interactive target: within 4× of it. The concurrency row is 4 windows (own engines) × 25 cases.
"""

from __future__ import annotations

import argparse
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url

from bench._common import SCRATCH, Row, interleaved_medians, median_seconds, print_table
from talentdesk.domain.checklist import generate_checklist
from talentdesk.domain.enums import BusinessType, Category, ChecklistStatus
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.cases import CaseService
from talentdesk.services.employers import EmployerService
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import upgrade_to_head
from talentdesk.storage.tables import (
    AuditRow,
    CaseRow,
    ChecklistItemRow,
    TrackEventRow,
    TrackRow,
)
from tests.services.permit_fixtures import (
    CLERK,
    TODAY,
    case_draft,
    employer_draft,
    passport,
    person,
)

CASES_PER_RUN = 10


@contextmanager
def fresh_database(pg: str | None) -> Iterator[Database]:
    if pg is None:
        path = SCRATCH / f"intake-{uuid.uuid4().hex[:8]}.sqlite3"
        db = Database(path)
        upgrade_to_head(db, SCRATCH / "backups")
        yield db
        db.dispose()
        path.unlink()
        return
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(pg).update_query_dict({"options": f"-csearch_path={schema}"})
    db = Database(url.render_as_string(hide_password=False))
    try:
        upgrade_to_head(db, SCRATCH / "backups")
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def baseline_insert(db: Database, applicant_id: int, employer_id: int, serial: list[int]) -> None:
    """The rows create_case writes, in one Core transaction, nothing read back."""
    serial[0] += 1
    now, stamp = datetime.now(), {"created_by": "li", "updated_by": "li"}
    stamp |= {"created_at": now, "updated_at": now, "version": 1}
    items = generate_checklist(BusinessType.NEW_IN_CHINA, Category.A).items
    with db.write() as session:
        case_id = session.execute(
            insert(CaseRow).returning(CaseRow.id),
            {
                "case_number": f"B-{serial[0]}",
                "applicant_id": applicant_id,
                "employer_id": employer_id,
                "business_type": "new_in_china",
                "received_on": TODAY,
                "position": "x",
                "annual_salary": 1,
                "work_city": "320100",
                "category": "A",
                "suggested_category": "A",
                "category_route": "A6",
                "override_reason": "",
                "points_table": "points_2017",
                "points_detail": {},
                "route_inputs": {},
                "time_limits_version": "2017-guide",
                "window": "w",
                "assigned_to": "li",
                "missing_accepted": False,
                "notes": "",
                "work_location": "",
                **stamp,
            },
        ).scalar_one()
        session.execute(
            insert(TrackRow),
            [
                {
                    "case_id": case_id,
                    "track": t,
                    "state": "draft",
                    "due_provisional": False,
                    "refusal_reasons": [],
                    **stamp,
                }
                for t in ("work_permit", "residence_permit")
            ],
        )
        session.execute(
            insert(ChecklistItemRow),
            [
                {
                    "case_id": case_id,
                    "code": i.code,
                    "mandatory": i.mandatory,
                    "tracks": [],
                    "status": "pending",
                    "reason": "",
                    "authenticated": False,
                    "foreign_issued": True,
                    "version": 1,
                }
                for i in items
            ],
        )
        session.execute(
            insert(TrackEventRow),
            {
                "case_id": case_id,
                "track": "",
                "at": now,
                "on_date": TODAY,
                "username": "li",
                "action": "create",
                "from_state": "",
                "to_state": "draft",
                "comment": "",
                "details": {},
            },
        )
        session.execute(
            insert(AuditRow),
            {
                "at": now,
                "username": "li",
                "workstation": "w",
                "action": "create",
                "entity": "case",
                "entity_id": str(case_id),
                "details": "{}",
                "prev_hash": "0" * 64,
                "hash": uuid.uuid4().hex * 2,
            },
        )


def concurrent_windows(url: str, draft) -> float:
    start, barrier = time.perf_counter(), threading.Barrier(4)

    def window() -> None:
        db = Database(url)
        service = CaseService(db)
        barrier.wait()
        for _ in range(25):
            service.create_case(CLERK, draft, TODAY)
        db.dispose()

    threads = [threading.Thread(target=window) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.perf_counter() - start


def run(pg: str | None, repeat: int) -> bool:
    """Time intake on a fresh database; whether every row met its target."""
    with fresh_database(pg) as db:
        applicant = ApplicantService(db).create(CLERK, person(), passport(), TODAY)
        employer = EmployerService(db).create(CLERK, employer_draft(), TODAY)
        cases = CaseService(db)
        draft = case_draft(applicant, employer)
        serial = [0]
        created = []

        def create_many() -> None:
            created.extend(cases.create_case(CLERK, draft, TODAY) for _ in range(CASES_PER_RUN))

        def baseline_many() -> None:
            for _ in range(CASES_PER_RUN):
                baseline_insert(db, applicant.id, employer.id, serial)

        create, base = (
            t / CASES_PER_RUN for t in interleaved_medians(create_many, baseline_many, repeat)
        )
        case = created[-1]
        read = median_seconds(lambda: cases.get_case(CLERK, case.id), repeat * 4)
        versions = {"v": 1}

        def tick() -> None:
            status = ChecklistStatus.RECEIVED if versions["v"] % 2 else ChecklistStatus.PENDING
            cases.update_checklist_item(
                CLERK, case.id, "photo", status, "", None, False, versions["v"], TODAY
            )
            versions["v"] += 1

        ticked = median_seconds(tick, repeat * 4)
        windows = concurrent_windows(db.url, draft)
        met = print_table(
            f"intake on {db.dialect}",
            [
                Row("create_case (per case)", create, base, 4),
                Row("get_case", read, base, 4),
                Row("update_checklist_item", ticked, base, 4),
            ],
        )
        print(
            f"\n4 windows × 25 create_case: {windows:.2f} s wall "
            f"({windows / 100 * 1000:.1f} ms per case, serialised by the counter and audit)"
        )
        return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pg", help="PostgreSQL URL; a scratch schema is created and dropped")
    parser.add_argument("-r", "--repeat", type=int, default=5)
    args = parser.parse_args()
    met = run(None, args.repeat)
    if args.pg:
        met = run(args.pg, args.repeat) and met
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
