"""The other OS process of the concurrency and crash tests (run with ``python -m``).

Every mode prints ``READY`` on stdout at a known point and then waits for a line on stdin: the
stress test answers ``go`` to start all processes at once; the crash tests never answer and kill
the process with SIGKILL instead, so where it dies is certain, not a matter of sleeping.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import event

from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.imports import ImportKind
from talentdesk.domain.tracks import TrackAction
from talentdesk.excel.columns import ColumnSpec
from talentdesk.excel.writer import write_roster
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.cases import CaseService
from talentdesk.services.employers import EmployerService
from talentdesk.services.imports import ImportService
from talentdesk.services.workflow import WorkflowService
from talentdesk.storage.database import Database
from tests.services.permit_fixtures import CLERK, SUPERVISOR, TODAY, FakeClock, b_by_b1, case_draft

READY = "READY"
ASSIGNEE = "zhou"


def wait_here() -> None:
    """Tell the test where we are, then block until it answers (or kills us)."""
    print(READY, flush=True)
    sys.stdin.readline()


def pause_before_commit(db: Database) -> None:
    """Block every transaction of ``db`` after its last statement, just before COMMIT."""
    event.listen(db.engine, "commit", lambda _connection: wait_here())


def create_cases(db: Database, applicant_id: int, employer_id: int, count: int) -> None:
    """A clerk's window opening ``count`` cases as fast as it can; prints the numbers."""
    draft = case_draft(
        ApplicantService(db).get(CLERK, applicant_id),
        EmployerService(db).get(CLERK, employer_id),
        category=Category.B,
        category_request=b_by_b1(),
        business_type=BusinessType.EXTENSION,
    )
    cases = CaseService(db, FakeClock())
    wait_here()  # every process is started and connected: now all go at once
    numbers = [cases.create_case(CLERK, draft, TODAY).case_number for _ in range(count)]
    print(json.dumps(numbers), flush=True)


def transition(db: Database, case_id: int, version: int) -> None:
    """Submit the work permit track (state, event, audit entry in one transaction)."""
    pause_before_commit(db)
    WorkflowService(db, FakeClock()).transition(
        CLERK, case_id, Track.WORK_PERMIT, TrackAction.SUBMIT, on_date=TODAY,
        expected_version=version,
    )


def assign(db: Database, case_ids: list[int], assignee: str) -> None:
    """Hand many cases to one clerk: a multi-row update with an audit entry per case."""
    pause_before_commit(db)
    WorkflowService(db, FakeClock()).assign(SUPERVISOR, case_ids, assignee)


def import_roster(db: Database, workbook: Path) -> None:
    """The real roster import: preview the workbook, then commit every row in one transaction."""
    pause_before_commit(db)
    imports = ImportService(db, clock=FakeClock())
    imports.commit(CLERK, imports.preview(CLERK, ImportKind.APPLICANTS, workbook))


def export_roster(target: Path, rows: int, pause: str) -> None:
    """Write a big roster to ``target``; pause while rows are written or before the rename."""
    columns = [ColumnSpec(f"c{i}", f"列{i}", f"Column {i}") for i in range(12)]
    records = ({f"c{i}": f"row {n} value {i}" for i in range(12)} for n in range(rows))
    progress = None
    if pause == "rows":
        def progress(done: int) -> None:
            if done >= rows // 2:
                wait_here()
    else:
        rename = os.replace

        def replace_after_pause(source: Any, destination: Any) -> None:
            wait_here()
            rename(source, destination)

        os.replace = replace_after_pause  # the atomic writer's final step
    write_roster(target, columns, records, title="花名册", report_date=TODAY, progress=progress)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("cases", "transition", "assign", "import", "export"))
    parser.add_argument("target", help="database URL, or the workbook for export")
    parser.add_argument("numbers", nargs="*", type=int)
    parser.add_argument("--workbook", type=Path, help="the roster to import")
    parser.add_argument("--pause", choices=("rows", "rename"), default="rows")
    args = parser.parse_args(argv)
    if args.mode == "export":
        export_roster(Path(args.target), args.numbers[0], args.pause)
        return
    db = Database(args.target)
    try:
        if args.mode == "cases":
            create_cases(db, *args.numbers)
        elif args.mode == "transition":
            transition(db, *args.numbers)
        elif args.mode == "assign":
            assign(db, args.numbers, ASSIGNEE)
        else:
            import_roster(db, args.workbook)
    finally:
        db.dispose()


if __name__ == "__main__":
    main(sys.argv[1:])
