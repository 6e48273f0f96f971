"""SIGKILL in the middle of a transition, a bulk assignment, an import or an export, for real.

Each child process blocks at a known point (just before COMMIT, or mid-way through a workbook)
and says so; only then is it killed, so the tests are deterministic and never sleep.
"""

from __future__ import annotations

import os
import signal
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, text

from talentdesk.domain.accounts import Role
from talentdesk.domain.tracks import TrackState
from talentdesk.services.accounts import AccountService
from talentdesk.services.audit_service import AuditService
from talentdesk.storage.database import Database
from talentdesk.storage.tables import ApplicantRow, AuditRow, CaseRow, TrackEventRow
from tests.excel.conftest import build_workbook
from tests.services.child_process import ASSIGNEE
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    applicant,
    applicants,
    cases,
    clock,
    employer,
    employers,
)
from tests.services.processes import start_child, url_of, wait_ready
from tests.services.workflow_fixtures import WP, A, Desk, desk, workflow

__all__ = [  # fixtures
    "applicant", "applicants", "cases", "clock", "desk", "employer", "employers", "workflow",
]

IMPORT_ROWS = 1000
EXPORT_ROWS = 2000


def kill_at_pause(child: subprocess.Popen[str]) -> None:
    wait_ready(child)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL
    for stream in (child.stdin, child.stdout, child.stderr):
        assert stream is not None
        stream.close()


def release(child: subprocess.Popen[str]) -> None:
    """Let a paused child go on: its work must then be committed (the control case)."""
    wait_ready(child)
    _, errors = child.communicate("go\n", timeout=60)
    assert child.returncode == 0, errors


def assert_sound(url: str) -> None:
    """The database opens afresh, passes SQLite's integrity check and its audit chain holds."""
    db = Database(url)
    try:
        if db.dialect == "sqlite":
            with db.read() as session:
                assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        report = AuditService(db).verify()
        assert report.intact, report.first_break
    finally:
        db.dispose()


def count(db: Database, query) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(query.subquery()))


def audit_count(db: Database) -> int:
    return count(db, select(AuditRow.id))


def test_a_transition_killed_before_commit_leaves_no_trace(desk: Desk, tmp_path: Path):
    case = desk.open(desk.clock.now.date())
    track = desk.now(case.id).track(WP)
    entries, events = audit_count(desk.db), count(desk.db, select(TrackEventRow.id))
    url = url_of(desk.db.url)
    kill_at_pause(start_child("transition", url, case.id, track.version, tmp_path=tmp_path))
    assert_sound(url)
    after = desk.now(case.id).track(WP)
    assert (after.state, after.version) == (track.state, track.version)
    assert count(desk.db, select(TrackEventRow.id)) == events
    assert audit_count(desk.db) == entries
    # Nothing is left locked or half-done: the same transition succeeds now.
    outcome = desk.workflow.transition(CLERK, case.id, WP, A.SUBMIT,
                                       on_date=desk.clock.now.date(),
                                       expected_version=track.version)
    assert outcome.workflow.track(WP).state is TrackState.SUBMITTED
    assert_sound(url)


def test_a_bulk_assignment_killed_before_commit_moves_no_case(desk: Desk, tmp_path: Path):
    accounts = AccountService(desk.db)
    accounts.create_user(ADMINISTRATOR, ASSIGNEE, "周伟", Role.CLERK, "Window-pass-2026")
    ids = [desk.open(desk.clock.now.date(), complete=False).id for _ in range(40)]
    entries = audit_count(desk.db)
    url = url_of(desk.db.url)
    kill_at_pause(start_child("assign", url, *ids, tmp_path=tmp_path))
    assert_sound(url)
    assert count(desk.db, select(CaseRow.id).where(CaseRow.assigned_to == ASSIGNEE)) == 0
    assert audit_count(desk.db) == entries


@pytest.mark.parametrize("killed", [True, False], ids=["killed", "released"])
def test_an_import_is_all_or_nothing(database: Database, tmp_path: Path, killed: bool):
    """The real import, killed before COMMIT: none of the rows; let go on: every one."""
    workbook = build_workbook(tmp_path / "applicants.xlsx", [
        ("姓", "名", "性别", "出生日期", "国籍", "护照号码", "护照有效期至"),
        *(("IMPORTED", f"ROW {n}", "女", date(1990, 1, 1), "德国", f"E{n:08d}", date(2033, 1, 1))
          for n in range(1, IMPORT_ROWS + 1)),
    ])
    entries = audit_count(database)
    url = url_of(database.url)
    child = start_child("import", url, "--workbook", workbook, tmp_path=tmp_path)
    if killed:
        kill_at_pause(child)
    else:
        release(child)
    assert_sound(url)
    stored = count(database, select(ApplicantRow.id).where(ApplicantRow.surname == "IMPORTED"))
    added = audit_count(database) - entries
    if killed:
        assert (stored, added) == (0, 0)
    else:  # an entry per applicant and one for the import itself
        assert (stored, added) == (IMPORT_ROWS, IMPORT_ROWS + 1)


@pytest.mark.parametrize("pause", ["rows", "rename"])
@pytest.mark.parametrize("earlier", [False, True], ids=["new", "replacing"])
def test_a_killed_export_leaves_no_partial_workbook(tmp_path: Path, pause: str, earlier: bool):
    """Killed while writing rows, or with the finished temporary file not yet renamed."""
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "花名册.xlsx"
    if earlier:
        target.write_bytes(b"the export of last week")
    kill_at_pause(start_child("export", target, EXPORT_ROWS, "--pause", pause,
                              tmp_path=tmp_path))
    if earlier:
        assert target.read_bytes() == b"the export of last week"
    else:
        assert not target.exists()
    leftovers = [p.name for p in folder.iterdir() if p != target]
    # A temporary file may remain, but hidden and never named like a workbook.
    assert all(name.startswith(".~") and name.endswith(".tmp") for name in leftovers), leftovers
    assert not any(p.suffix == ".xlsx" for p in folder.iterdir() if p != target)


def test_a_released_export_is_complete(tmp_path: Path):
    """The control: the same child, let go on, writes the whole workbook and nothing else."""
    target = tmp_path / "花名册.xlsx"
    release(start_child("export", target, EXPORT_ROWS, "--pause", "rename", tmp_path=tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".xlsx", ".tmp")) == [
        target.name
    ]
    workbook = load_workbook(target, read_only=True)
    rows = [row[0] for row in workbook.worksheets[0].iter_rows(min_row=4, values_only=True)]
    workbook.close()
    assert rows == list(range(1, EXPORT_ROWS + 1))
