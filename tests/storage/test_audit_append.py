"""Appending to the audit trail: one chain across single and bulk appends, the head read once
per transaction and carried on from there.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from talentdesk.domain.audit_chain import AuditEntry
from talentdesk.services.audit_service import AuditService
from talentdesk.storage.database import Database
from talentdesk.storage.repos.audit import append_entries, append_entry
from talentdesk.storage.tables import AuditRow


def entry(n: int) -> AuditEntry:
    return AuditEntry(datetime(2026, 11, 28, 9, 0, n), "li", "window-1", "create", "applicant",
                      str(n), {"surname": [None, f"MUSTER{n}"]})  # fmt: skip


def test_appends_chain_on_within_and_across_transactions(database: Database) -> None:
    reads: list[str] = []

    def note(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT audit_log.hash"):
            reads.append(statement)

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        with database.write() as session:
            append_entry(session, entry(1))
            append_entries(session, [entry(2), entry(3)])
            append_entry(session, entry(4))
            append_entries(session, [entry(5)])
        with database.write() as session:
            append_entries(session, [entry(6)])
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
    assert len(reads) == 2  # the head, read once in each transaction
    with database.read() as session:
        rows = session.execute(
            select(AuditRow.entity_id, AuditRow.prev_hash, AuditRow.hash).order_by(AuditRow.id)
        ).all()
    assert [row.entity_id for row in rows] == ["1", "2", "3", "4", "5", "6"]
    assert all(row.prev_hash == before.hash for before, row in itertools.pairwise(rows))
    assert AuditService(database).verify().intact


def test_a_rolled_back_append_is_not_chained_onto(database: Database) -> None:
    with database.write() as session:
        append_entries(session, [entry(1)])
    with Session(database.engine) as session:  # one session, two transactions
        with session.begin():
            append_entries(session, [entry(2)])
            session.rollback()
        with session.begin():
            append_entry(session, entry(3))
    with database.read() as session:
        ids = session.scalars(select(AuditRow.entity_id).order_by(AuditRow.id)).all()
    assert ids == ["1", "3"]
    assert AuditService(database).verify().intact
