"""Appending to and reading the audit trail."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Select, func, select, text
from sqlalchemy.orm import Session

from talentdesk.domain.audit_chain import (
    GENESIS_HASH,
    AuditEntry,
    AuditFilter,
    AuditRecord,
    StoredEntry,
    canonical_details,
    entry_hash,
)
from talentdesk.storage.repos.bulk import insert_plain
from talentdesk.storage.tables import AuditRow

# Any constant will do; it names the lock that serialises appends on PostgreSQL.
_PG_AUDIT_LOCK = 7_420_001

_CONTENT = (
    AuditRow.id,
    AuditRow.at,
    AuditRow.username,
    AuditRow.workstation,
    AuditRow.action,
    AuditRow.entity,
    AuditRow.entity_id,
    AuditRow.details,
)

# Columns the viewer offers as pick lists; each has an index that starts with it.
DISTINCT_COLUMNS = {
    "username": AuditRow.username,
    "action": AuditRow.action,
    "entity": AuditRow.entity,
}


_LAST_HASH = select(AuditRow.hash).order_by(AuditRow.id.desc()).limit(1)
# session.info key: (transaction, hash of the last entry this transaction appended).
_HEAD = "talentdesk_audit_head"


def _transaction(session: Session) -> object:
    return session.get_nested_transaction() or session.get_transaction()


def _last_hash(session: Session) -> str:
    """The chain's head: as this transaction's last append left it, or read (and locked)."""
    head = session.info.get(_HEAD)
    if head is not None and head[0] is _transaction(session):
        # Only this module appends, and the transaction holds the writers' lock: no read
        # needed (a read would also wait for the inserts written behind, see write_behind).
        return head[1]  # type: ignore[no-any-return]
    if session.get_bind().dialect.name == "postgresql":
        # SQLite writers are already serialised by BEGIN IMMEDIATE; PostgreSQL needs a lock
        # so two windows never chain onto the same previous entry.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_AUDIT_LOCK})
    prev = session.scalar(_LAST_HASH)
    return prev or GENESIS_HASH


def _appended(session: Session, digest: str) -> None:
    session.info[_HEAD] = (_transaction(session), digest)


def append_entry(session: Session, entry: AuditEntry) -> AuditRow:
    """Add ``entry`` after the current last one, in the caller's transaction."""
    prev_hash = _last_hash(session)
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
    _appended(session, row.hash)
    return row


def append_entries(session: Session, entries: Iterable[AuditEntry], batch: int = 5000) -> None:
    """Add ``entries`` in order after the current last one with Core inserts (an import's
    entry per record).
    """
    session.flush()  # ORM entries pending in this transaction come first in the chain
    prev_hash = _last_hash(session)
    pending: list[dict[str, Any]] = []
    for entry in entries:
        details = canonical_details(entry.details)
        digest = entry_hash(entry, prev_hash, details)
        pending.append(
            {
                "at": entry.at,
                "username": entry.username,
                "workstation": entry.workstation,
                "action": entry.action,
                "entity": entry.entity,
                "entity_id": entry.entity_id,
                "details": details,
                "prev_hash": prev_hash,
                "hash": digest,
            }
        )
        prev_hash = digest
        if len(pending) == batch:
            # insert_plain: every entry has the same time, converted once, not per row.
            insert_plain(session, AuditRow.__table__, pending)
            pending = []
    if pending:
        insert_plain(session, AuditRow.__table__, pending)
    _appended(session, prev_hash)


def stream_stored(session: Session, batch: int = 5000) -> Iterator[StoredEntry]:
    """Every entry in id order, as stored, without loading the trail into memory."""
    # Core on the session's connection: the ORM's row handling would double the time.
    rows = session.connection().execute(
        select(*_CONTENT, AuditRow.prev_hash, AuditRow.hash)
        .order_by(AuditRow.id)
        .execution_options(yield_per=batch)
    )
    for row in rows:
        yield StoredEntry._make(row)


def _where(stmt: Select, wanted: AuditFilter) -> Select:
    for column, value in (
        (AuditRow.username, wanted.username),
        (AuditRow.action, wanted.action),
        (AuditRow.entity, wanted.entity),
        (AuditRow.entity_id, wanted.entity_id),
    ):
        if value is not None:
            stmt = stmt.where(column == value)
    if wanted.since is not None:
        stmt = stmt.where(AuditRow.at >= wanted.since)
    if wanted.until is not None:
        stmt = stmt.where(AuditRow.at < wanted.until)
    return stmt


def _record(row: Any) -> AuditRecord:
    id_, at, username, workstation, action, entity, entity_id, details = row
    return AuditRecord(
        id_, AuditEntry(at, username, workstation, action, entity, entity_id, _details(details))
    )


def _details(stored: str) -> dict[str, Any]:
    # A tampered text must still be shown (verification reports it), not crash the viewer.
    try:
        value = json.loads(stored)
    except ValueError:
        return {"unreadable": stored}
    return value if isinstance(value, dict) else {"unreadable": stored}


def count_entries(session: Session, wanted: AuditFilter) -> int:
    return session.scalar(_where(select(func.count()).select_from(AuditRow), wanted)) or 0


def page_entries(
    session: Session, wanted: AuditFilter, offset: int, limit: int
) -> list[AuditRecord]:
    """One page, newest first."""
    stmt = _where(select(*_CONTENT), wanted).order_by(AuditRow.id.desc())
    return [_record(row) for row in session.execute(stmt.offset(offset).limit(limit))]


def stream_records(
    session: Session, wanted: AuditFilter, batch: int = 5000
) -> Iterator[AuditRecord]:
    """Every matching entry, oldest first, streamed (for exports)."""
    stmt = _where(select(*_CONTENT), wanted).order_by(AuditRow.id)
    for row in session.execute(stmt.execution_options(yield_per=batch)):
        yield _record(row)


def distinct_values(session: Session, column: str) -> list[str]:
    values = DISTINCT_COLUMNS[column]
    return list(session.scalars(select(values).distinct().order_by(values)))
