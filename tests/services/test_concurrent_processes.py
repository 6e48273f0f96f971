"""Several OS processes on one database create cases at once: unique numbers, every row stored."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from talentdesk.storage.database import Database
from talentdesk.storage.tables import CaseRow
from tests.services.permit_fixtures import applicant, applicants, clock, employer, employers
from tests.services.processes import start_child, url_of, wait_ready

__all__ = ["applicant", "applicants", "clock", "employer", "employers"]  # fixtures

PROCESSES = 4
CASES_EACH = 25


def test_processes_never_share_a_case_number(database: Database, applicant, employer, tmp_path):
    """4 processes (one SQLite file, or one PostgreSQL database) × 25 cases, started together."""
    children = [
        start_child("cases", url_of(database.url), applicant.id, employer.id, CASES_EACH,
                    tmp_path=tmp_path)
        for _ in range(PROCESSES)
    ]
    for child in children:
        wait_ready(child)
    for child in children:  # all are connected and waiting: release them at once
        assert child.stdin is not None
        child.stdin.write("go\n")
        child.stdin.flush()
    numbers: list[str] = []
    for child in children:
        output, errors = child.communicate(timeout=120)
        assert child.returncode == 0, errors
        numbers += json.loads(output.strip().splitlines()[-1])
    expected = [f"2026-{n:06d}" for n in range(1, PROCESSES * CASES_EACH + 1)]
    assert sorted(numbers) == expected
    with database.read() as session:
        stored = session.scalars(select(CaseRow.case_number)).all()
        assert sorted(stored) == expected
        assert session.scalar(select(func.count()).select_from(CaseRow)) == len(expected)
