"""Bulk inserts with Core (13× faster than ORM add_all, per BASELINES.md) in bounded chunks.

``insert_rows`` and friends go through SQLAlchemy's type conversion (imports, real data);
``insert_plain`` skips it for generated rows where the conversion costs as much as storing.
"""

from __future__ import annotations

import functools
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Numeric,
    Table,
    bindparam,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from talentdesk.storage.engine import WRITE_OPTION

CHUNK = 5000


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def insert_rows(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    """Insert ``rows`` (dicts keyed by column name) in chunks; returns how many were written."""
    # RETURNING makes SQLAlchemy batch rows into multi-row INSERTs ("insertmanyvalues"): on
    # SQLite one statement per row would also fire the search-index triggers row by row.
    statement = insert(table).returning(*table.primary_key.columns)
    written = 0
    for chunk in _chunks(rows, CHUNK):
        written += len(session.execute(statement, chunk).all())
    return written


def insert_returning_ids(
    session: Session, table: Table, rows: Iterable[dict[str, Any]]
) -> list[int]:
    """Insert ``rows`` like ``insert_rows``; returns the new ids in the order of ``rows``."""
    connection = session.connection()
    if connection.dialect.name == "sqlite" and connection.get_execution_options().get(WRITE_OPTION):
        return _insert_numbered(session, table, rows)
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    ids: list[int] = []
    for chunk in _chunks(rows, CHUNK):
        ids += session.scalars(statement, chunk).all()
    return ids


def _insert_numbered(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> list[int]:
    """SQLite: the ids it would give (max + 1 on) set here, then ``insert_rows``.

    SQLite cannot match a multi-row INSERT's RETURNING to its rows, so the ordered RETURNING
    above would send one INSERT per row (100k statements for an import). A write transaction
    began with BEGIN IMMEDIATE, so no one else inserts until it ends.
    """
    first = next_id(session, table)
    written = insert_rows(session, table, ({**row, "id": first + i} for i, row in enumerate(rows)))
    return list(range(first, first + written))


def update_rows(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> None:
    """Set the columns of each row (dicts with the same keys, ``id`` among them) in one
    executemany per chunk; an Editable table's ``version`` goes up by one.
    """
    for chunk in _chunks(rows, CHUNK):
        names = [name for name in chunk[0] if name != "id"]
        values: dict[str, Any] = {name: bindparam(f"v_{name}") for name in names}
        if "version" in table.c:
            values["version"] = table.c.version + 1
        statement = update(table).where(table.c.id == bindparam("v_id")).values(values)
        params = [{f"v_{name}": value for name, value in row.items()} for row in chunk]
        session.connection().execute(statement, params)


def next_id(session: Session, table: Table) -> int:
    """The first free integer id, so generated rows can reference each other before insert."""
    return (session.scalar(select(func.max(table.c.id))) or 0) + 1


def advance_id_sequences(session: Session, tables: Iterable[Table]) -> None:
    """After rows were inserted with explicit ids, move PostgreSQL's id sequences past them,
    so the next ordinary insert does not reuse an id (SQLite takes max(id) + 1 itself)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT coalesce(max(id), 0) + 1 FROM {table.name}), false)"
            )
        )


def insert_plain(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (all with the same keys) through the driver's ``executemany``.

    Core ``insert()`` converts every value through its column type, which on SQLite costs
    about as long as storing the row. Demo data (millions of values, most of them repeated
    dates and timestamps) converts here only the columns that need it, each distinct value
    once, for the two dialects we run on.
    """
    if not rows:
        return
    connection = session.connection()
    dialect = connection.dialect
    names = list(rows[0])
    special = [(i, f) for i, name in enumerate(names)
               if (f := _plain_converter(table.c[name].type, dialect.name)) is not None]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    sql = f"INSERT INTO {table.name} ({columns}) VALUES ({', '.join([mark] * len(names))})"
    get = operator.itemgetter(*names)
    values = []
    for row in rows:
        value = list(get(row))
        for i, convert in special:
            if value[i] is not None:
                value[i] = convert(value[i])
        values.append(tuple(value))
    for start in range(0, len(values), 5000):
        connection.exec_driver_sql(sql, values[start:start + 5000])


def _plain_converter(kind: Any, dialect: str) -> Callable[[Any], Any] | None:
    """How a value of column type ``kind`` goes to the driver; None when as it is."""
    if isinstance(kind, JSON):
        return json.dumps
    if dialect != "sqlite":
        return None  # psycopg adapts dates, times, decimals and booleans itself
    if isinstance(kind, DateTime):
        # The text form SQLAlchemy's SQLite DateTime writes and reads.
        return functools.lru_cache(maxsize=4096)(lambda v: v.strftime("%Y-%m-%d %H:%M:%S.%f"))
    if isinstance(kind, Date):
        return functools.lru_cache(maxsize=16384)(date.isoformat)
    if isinstance(kind, Numeric):
        return float
    return None
