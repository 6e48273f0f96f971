"""Appending to and reading the audit trail."""

from __future__ import annotations

import json
from collections.abc import Iterator

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from talentdesk.domain.audit_chain import GENESIS_HASH, AuditEntry, canonical_details, entry_hash
from talentdesk.storage.tables import AuditRow

# Any constant will do; it names the lock that serialises appends on PostgreSQL.
_PG_AUDIT_LOCK = 7_420_001


def append_entry(session: Session, entry: AuditEntry) -> AuditRow:
    """Add ``entry`` after the current last one, in the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        # SQLite writers are already serialised by BEGIN IMMEDIATE; PostgreSQL needs a lock
        # so two windows never chain onto the same previous entry.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    prev = session.scalar(select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1))
    prev_hash = prev or GENESIS_HASH
    row = AuditRow(
        at=entry.at,
        username=entry.username,
        workstation=entry.workstation,
        action=entry.action,
        entity=entry.entity,
        entity_id=entry.entity_id,
        details=canonical_details(entry.details),
        prev_hash=prev_hash,
        hash=entry_hash(entry, prev_hash),
    )
    session.add(row)
    session.flush()
    return row


def iter_entries(session: Session, batch: int = 5000) -> Iterator[tuple[AuditRow, AuditEntry]]:
    """Every entry in order, streamed, with the entry rebuilt from its stored columns."""
    rows = session.scalars(
        select(AuditRow).order_by(AuditRow.id).execution_options(yield_per=batch)
    )
    for row in rows:
        entry = AuditEntry(
            row.at,
            row.username,
            row.workstation,
            row.action,
            row.entity,
            row.entity_id,
            json.loads(row.details),
        )
        yield row, entry
