"""Researcher storage: the plain bulk insert reads back like the ORM's, searches and alert
candidates are served by indexes (SQLite plans), program versions are kept."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, select
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session

from talentdesk.domain.listing import ListQuery
from talentdesk.services.demo_researchers import fill_researchers
from talentdesk.storage.database import Database
from talentdesk.storage.repos import bulk
from talentdesk.storage.repos import researchers as repo
from talentdesk.storage.tables import CheckpointRow, EnrollmentRow, ProgramVersionRow

TODAY = date(2026, 11, 27)
AT = datetime(2026, 11, 27, 9, 30, 15, 123456)


def test_plain_insert_reads_back_like_the_orm(database: Database):
    fill_researchers(database, 3, random.Random(1), TODAY)
    with database.write() as session:
        enrollment_id = session.scalar(select(EnrollmentRow.id).limit(1))
        values = {"enrollment_id": enrollment_id, "key": "extra", "kind": "annual",
                  "original_due_on": date(2027, 6, 30), "due_on": date(2027, 9, 28),
                  "cancelled": False, "cohort": "x:extra:2027",
                  "report_received_on": None, "score": Decimal("87.25"), "grade": "good",
                  "quota_demoted": True, "decision": ["continue", "warn"],
                  "decided_on": date(2027, 10, 1), "decided_by": "评审委员会",
                  "decision_note": "", **repo.stamp_values(AT, "demo")}
        bulk.insert_plain(session, CheckpointRow.__table__, [values])
    with database.read() as session:
        row = session.scalar(select(CheckpointRow).where(CheckpointRow.key == "extra"))
        stored = {name: getattr(row, name) for name in values}
    assert stored == values


def test_programs_keep_every_saved_version(database: Database):
    fill_researchers(database, 1, random.Random(1), TODAY)
    with database.read() as session:
        versions = session.scalars(select(ProgramVersionRow)).all()
        programs = repo.program_rows(session, include_inactive=True)
        assert {(v.program_id, v.version) for v in versions} == {(p.id, 1) for p in programs}


def _plan(database: Database, statement: object) -> str:
    sql = str(statement.compile(dialect=sqlite.dialect(),  # type: ignore[attr-defined]
                                compile_kwargs={"literal_binds": True}))
    with database.read() as session:
        rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}").all()
    return "\n".join(str(r[-1]) for r in rows)


def test_searches_use_indexes(sqlite_database: Database):
    fill_researchers(sqlite_database, 20, random.Random(2), TODAY)
    with sqlite_database.read() as session:
        source = repo.researcher_source(session)
    for search in ("王伟", "3201", "东南 自动化"):
        plan = _plan(sqlite_database, source.ids(ListQuery(search=search), frozenset(), None))
        assert "SCAN researchers" not in plan, (search, plan)


def _executed(database: Database, call: Callable[[Session], object]) -> list[object]:
    """The statements ``call`` runs, through the session or its connection."""
    statements: list[object] = []

    def capture(_conn: object, statement: object, *_args: object) -> None:
        statements.append(statement)

    event.listen(database.engine, "before_execute", capture)
    try:
        with database.read() as session:
            call(session)
    finally:
        event.remove(database.engine, "before_execute", capture)
    return statements


def test_alert_subjects_come_from_index_ranges(sqlite_database: Database):
    fill_researchers(sqlite_database, 20, random.Random(3), TODAY)
    windows = repo.AlertWindows(
        due_from=date(2025, 11, 27), due_to=TODAY, ends_from=TODAY, ends_to=date(2027, 2, 25),
        ages_out_from=TODAY, ages_out_to=date(2027, 11, 27))
    statements = _executed(sqlite_database, lambda s: repo.alert_subjects(s, windows))
    assert len(statements) == 4  # the three date ranges and their programs' definitions
    for statement in statements:
        plan = _plan(sqlite_database, statement)
        assert "SCAN" not in plan, plan


def test_grades_per_round_are_read_from_the_index_alone(sqlite_database: Database):
    fill_researchers(sqlite_database, 20, random.Random(3), TODAY)
    (statement,) = _executed(sqlite_database, lambda s: repo.cohort_grade_counts(s, 2025, 2026))
    assert "USING COVERING INDEX ix_checkpoints_graded_due" in _plan(sqlite_database, statement)
