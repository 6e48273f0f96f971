"""List search and sort: trigram search indexes, and the indexes the list sorts and filters use.

SQLite gets FTS5 tables with the trigram tokenizer over the searchable columns of applicants,
employers and cases. They are external-content tables (the text is not stored twice) and
triggers keep them in sync with every write, whoever makes it: services, bulk imports, demo
data or a hand-run UPDATE. PostgreSQL gets pg_trgm GIN indexes over the same text instead.

A later migration that lets Alembic's batch mode rebuild applicants, employers or cases on
SQLite drops the triggers with the old table: it must create them again (copy them from
here); tests/storage/test_permit_lists.py checks that the index and the tables agree.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 10:12:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# content table -> FTS columns (all of them columns of the content table, in this order).
_FTS = {
    # search_text holds the names, the Chinese name and every passport number, upper-cased
    # (domain.applicants.search_text).
    "applicants": ("search_text",),
    "employers": ("name", "uscc"),
    "cases": ("case_number",),
}
# PostgreSQL: the same text as one expression; queries must spell it exactly so.
_TRIGRAM = {
    "applicants": "search_text",
    "employers": "name || ' ' || uscc",
    "cases": "case_number",
}

# (index, table, columns): what the list sorts, filters and short-search prefixes need. A SQLite
# index ends with the rowid, so it serves ORDER BY column, id (the lists' stable order) alone;
# PostgreSQL reads the index in order and sorts only the ties (incremental sort).
_INDEXES = (
    ("ix_applicants_chinese_name", "applicants", ["chinese_name"]),
    ("ix_applicants_nationality", "applicants", ["nationality"]),
    ("ix_employers_name", "employers", ["name"]),
    ("ix_cases_business_received", "cases", ["business_type", "received_on"]),
    ("ix_case_tracks_track_state", "case_tracks", ["track", "state", "due_on"]),
)
# Indexes of 0002 that gain received_on, so a filtered case list comes in date order.
_WIDENED = (
    ("ix_cases_applicant", "cases", ["applicant_id"]),
    ("ix_cases_employer", "cases", ["employer_id"]),
    ("ix_cases_assigned", "cases", ["assigned_to"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)
    for name, table, columns in _WIDENED:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, [*columns, "received_on"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for table, columns in _FTS.items():
            _create_fts(table, columns)
    else:
        _create_trigram_indexes()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in _FTS:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    else:
        for table in _TRIGRAM:
            op.execute(f"DROP INDEX IF EXISTS trgm_{table}_search")
    for name, table, columns in _WIDENED:
        op.drop_index(name, table_name=table)
        op.create_index(name, table, columns, unique=False)
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)


def _create_fts(table: str, columns: tuple[str, ...]) -> None:
    fts = f"{table}_fts"
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({names}, content='{table}', "
        "content_rowid='id', tokenize='trigram')"
    )
    insert = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {new});"
    delete = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {old});"
    op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert} END")
    op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete} END")
    # Only a change to an indexed column touches the index (saving a case's notes does not).
    op.execute(
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {names} ON {table} BEGIN {delete} {insert} END"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def _create_trigram_indexes() -> None:
    # In public, not the first schema of the search path: a per-test or per-office schema that
    # is dropped later must not take the extension (and every other schema's index) with it.
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public")
    schema = op.get_bind().scalar(
        sa.text(
            "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'"
        )
    )
    for table, expression in _TRIGRAM.items():
        op.execute(
            f"CREATE INDEX trgm_{table}_search ON {table} "
            f"USING gin (({expression}) {schema}.gin_trgm_ops)"
        )
