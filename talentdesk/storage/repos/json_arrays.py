"""The elements of a JSON array as a table in SQL, on SQLite and on PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ColumnElement, cast, func
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import TableValuedAlias


def json_elements(session: Session, array: ColumnElement[Any]) -> TableValuedAlias:
    """The elements of ``array`` (a JSON column, or JSON text) as text, in a column ``value``:
    ``json_each`` on SQLite, ``json_array_elements_text`` on PostgreSQL.
    """
    if session.get_bind().dialect.name == "postgresql":
        if not isinstance(array.type, JSON):
            array = cast(array, JSON)  # PostgreSQL unnests json, not text
        return func.json_array_elements_text(array).table_valued("value")
    return func.json_each(array).table_valued("value")
