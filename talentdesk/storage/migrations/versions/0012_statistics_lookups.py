"""Narrow indexes for the statistics lookups by id: nationality of applicants, birth of researchers.

Volumes by nationality and the age bands look up every applicant or researcher of a period by
id (18k applicants, 60k researchers for one month at 500k cases). Read from the tables, each
lookup lands on a different page of a wide row (46 MB of applicants, 25 MB of researchers);
read from (id, nationality) and (id, birth_date) the same lookups touch a twentieth of the
pages. SQLite still prefers the rowid for ``id = ?``, so the queries name these indexes
(``INDEXED BY``). Measured at 500k cases against the covering-index GROUP BY baseline: by
nationality 1.77x -> 1.46x, age bands 1.89x -> 1.75x.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_INDEXES = (
    ("ix_applicants_id_nationality", "applicants", ["id", "nationality"]),
    ("ix_researchers_id_birth", "researchers", ["id", "birth_date"]),
)


def upgrade() -> None:
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
