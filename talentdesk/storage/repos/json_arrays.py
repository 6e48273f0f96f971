"""The elements of a JSON array as a table in SQL, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    String,
    Subquery,
    bindparam,
    cast,
    func,
    literal_column,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TableValuedAlias
from sqlalchemy.types import TypeEngine


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def json_elements(session: Session, array: ColumnElement[Any]) -> TableValuedAlias:
    """The elements of ``array`` (a JSON column, or JSON text) as text, in a column ``value``:
    ``json_each`` on SQLite, ``json_array_elements_text`` on PostgreSQL.
    """
    if _postgresql(session):
        if not isinstance(array.type, JSON):
            array = cast(array, JSON)  # PostgreSQL unnests json, not text
        return func.json_array_elements_text(array).table_valued("value")
    return func.json_each(array).table_valued("value")


def json_rows(
    session: Session, rows: Iterable[Sequence[Any]], types: Sequence[TypeEngine[Any]]
) -> Subquery:
    """``rows`` (tuples of ``len(types)`` values, dates among them) as a table with columns
    ``c0``, ``c1`` …, bound as one JSON parameter: a join with it finds many composite keys
    through an index in one statement.

    ``(a, b) IN (VALUES …)`` would bind every value apart, and SQLite answers it by scanning
    the whole index (seen in its query plan), where the join searches it key by key. A
    column comes back as text on SQLite, which stores dates as ISO text too; PostgreSQL casts
    it to its type.
    """
    text = json.dumps([list(row) for row in rows], ensure_ascii=False, default=str)
    array = bindparam(None, text, type_=String)
    if _postgresql(session):
        elements = func.json_array_elements(cast(array, JSON)).table_valued("value")
        columns = [
            cast(elements.c.value.op("->>")(literal_column(str(i))), kind)
            for i, kind in enumerate(types)
        ]
    else:
        elements = func.json_each(array).table_valued("value")
        columns = [func.json_extract(elements.c.value, f"$[{i}]") for i in range(len(types))]
    return select(*(column.label(f"c{i}") for i, column in enumerate(columns))).subquery()
