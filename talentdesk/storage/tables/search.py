"""Substring search indexes, which live beside the models rather than in ``Base.metadata``.

SQLite: FTS5 tables with the trigram tokenizer, external content (they store no copy of the
text), kept in sync by triggers created in migration 0006. PostgreSQL: pg_trgm GIN indexes
on the same text. Neither can be declared as an ordinary table or index, so Alembic's model
comparison must skip them (``include_name``).
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, Table, Text

# Not Base.metadata: create_all and autogenerate must never see these as ordinary tables.
_metadata = MetaData()


def _fts(name: str, *columns: str) -> Table:
    return Table(name, _metadata, Column("rowid", Integer), *(Column(c, Text) for c in columns))


# Each FTS table indexes these columns of its content table, in this order.
APPLICANTS_FTS = _fts("applicants_fts", "search_text")
EMPLOYERS_FTS = _fts("employers_fts", "name", "uscc")
CASES_FTS = _fts("cases_fts", "case_number")
FTS_TABLES = (APPLICANTS_FTS, EMPLOYERS_FTS, CASES_FTS)

# FTS5 keeps its index in shadow tables named after the FTS table.
_FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")
# PostgreSQL trigram indexes all start with this prefix.
TRIGRAM_INDEX_PREFIX = "trgm_"


def is_search_object(name: str | None) -> bool:
    """Whether ``name`` is an FTS table, one of its shadow tables, or a trigram index."""
    if not name:
        return False
    if name.startswith(TRIGRAM_INDEX_PREFIX):
        return True
    return any(
        name == table.name or name in {table.name + s for s in _FTS_SHADOWS} for table in FTS_TABLES
    )


def include_name(name: str | None, type_: str, _parent_names: object) -> bool:
    """Alembic ``include_name`` hook: compare everything but the search objects."""
    return type_ not in ("table", "index") or not is_search_object(name)
