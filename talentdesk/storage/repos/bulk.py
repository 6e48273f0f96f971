"""Bulk inserts as multi-row INSERTs, in bounded chunks (ORM add_all is 13× slower, per
BASELINES.md).

Values go to the driver as each column's type converts them, but without Core's per-row
parameter handling, which on SQLite costs about as much as storing the row: each column's
converter is looked up once per statement, and repeated dates and times convert once.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
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
from talentdesk.storage.repos.write_behind import queue_for

CHUNK = 5000


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def insert_rows(session: Session, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    """Insert ``rows`` (dicts with the same keys, column names) in chunks; returns how many
    were written. Columns left out get their defaults.
    """
    connection = session.connection()
    written = 0
    for chunk in _chunks(rows, CHUNK):
        defaults = _scalar_defaults(table, chunk[0])
        if defaults is None:
            # A computed default (a new dict) is Core's to work out; RETURNING makes it send
            # multi-row INSERTs too ("insertmanyvalues").
            session.execute(insert(table).returning(*table.primary_key.columns), chunk).all()
        else:
            _insert_values(connection, table, chunk, defaults)
        written += len(chunk)
    return written


def _insert_values(
    connection: Connection,
    table: Table,
    rows: Sequence[Mapping[str, Any]],
    defaults: Mapping[str, Any],
) -> None:
    """``rows`` with ``defaults`` added as multi-row INSERTs, as many rows to a statement as
    Core would put.

    One statement per row would fire SQLite's search-index triggers statement by statement:
    2.4 times slower (bench.lists prints both).
    """
    names = [*rows[0], *defaults]
    dialect = connection.dialect
    per_statement = min(
        dialect.insertmanyvalues_page_size, dialect.insertmanyvalues_max_parameters // len(names)
    )
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    columns = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    row_marks = f"({', '.join([mark] * len(names))})"
    complete = ({**row, **defaults} for row in rows) if defaults else rows
    values = _driver_values(connection, table, names, complete)
    worker = queue_for(connection)
    execute = connection.exec_driver_sql if worker is None else worker.submit
    for start in range(0, len(values), per_statement):
        batch = values[start : start + per_statement]
        sql = f"INSERT INTO {table.name} ({columns}) VALUES {', '.join([row_marks] * len(batch))}"
        execute(sql, tuple(value for row in batch for value in row))


def _scalar_defaults(table: Table, given: Mapping[str, Any]) -> dict[str, Any] | None:
    """The defaults of the columns ``given`` leaves out; None if one is not a plain value."""
    defaults: dict[str, Any] = {}
    for column in table.c:
        if column.name in given or column.default is None:
            continue
        if not column.default.is_scalar:
            return None
        defaults[column.name] = column.default.arg  # type: ignore[attr-defined]
    return defaults


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
    """Insert ``rows`` (all with the same keys, every column a default would fill among
    them): the audit trail's entries and demo data (100k audit entries on SQLite: 0.8 s,
    against 1.05 s by executemany).
    """
    if rows:
        _insert_values(session.connection(), table, rows, {})


def _driver_values(
    connection: Connection, table: Table, names: Sequence[str], rows: Iterable[Mapping[str, Any]]
) -> list[tuple[Any, ...]]:
    """Each row's values of ``names`` as the driver takes them: through the column type's
    converter, as Core would, each distinct date or time converted once (an import's rows
    share their timestamps, demo data its dates).
    """
    converters = [
        (i, convert)
        for i, name in enumerate(names)
        if (convert := _converter(table.c[name].type, connection)) is not None
    ]
    get = operator.itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    values = []
    for row in rows:
        value = list(get(row))
        for i, convert in converters:
            if value[i] is not None:
                value[i] = convert(value[i])
        values.append(tuple(value))
    return values


def _converter(kind: Any, connection: Connection) -> Callable[[Any], Any] | None:
    """How a value of column type ``kind`` goes to the driver; None when as it is."""
    dialect = connection.dialect
    convert = kind.dialect_impl(dialect).bind_processor(dialect)
    if convert is not None and isinstance(kind, Date | DateTime):
        return functools.lru_cache(maxsize=16384)(convert)
    return convert
