"""Checklist items record whether a document was issued abroad (only then an apostille is due).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing items keep the old assumption (every apostille document came from abroad).
    with op.batch_alter_table("checklist_items") as batch:
        batch.add_column(
            sa.Column("foreign_issued", sa.Boolean(), server_default=sa.true(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("checklist_items") as batch:
        batch.drop_column("foreign_issued")
