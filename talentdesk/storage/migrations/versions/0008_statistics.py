"""Statistics: the working-day table and the covering indexes the statistics GROUP BYs read.

``working_days`` starts empty: the statistics service fills it from the domain calendar on
first use (``services.working_days``), and calendar edits rebuild it.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# (index, table, columns): each one lets a statistics query read the index alone.
_INDEXES = (
    # received per business type, category, applicant (nationality) and employer (district)
    (
        "ix_cases_received_dims",
        "cases",
        ["received_on", "business_type", "category", "applicant_id", "employer_id"],
    ),
    ("ix_case_tracks_accepted", "case_tracks", ["accepted_on", "case_id"]),
    (
        "ix_case_tracks_decided",
        "case_tracks",
        ["decided_on", "state", "track", "case_id", "accepted_on"],
    ),
    ("ix_issued_permits_expiry", "issued_permits", ["valid_to", "kind"]),
    # enrolled on a day and started in a period, per program and category, and who
    (
        "ix_enrollments_in_force",
        "enrollments",
        ["end_on", "start_on", "program_id", "category", "terminated_on", "researcher_id"],
    ),
    ("ix_checkpoints_decided", "checkpoints", ["decided_on", "kind", "grade"]),
)
# Partial indexes: a few per cent of their table, instead of an entry for every row.
_PARTIAL = (
    # correction requests and resumptions, the only events the processing time reads
    (
        "ix_case_events_pauses",
        "case_events",
        ["case_id", "track", "action", "on_date"],
        "action IN ('request_correction', 'resume')",
    ),
    # renewals, which take the permit they replace out of the expiry counts
    ("ix_issued_permits_replaces", "issued_permits", ["replaces_id"], "replaces_id IS NOT NULL"),
)


def upgrade() -> None:
    op.create_table(
        "working_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("is_working", sa.Boolean(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("day_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_working_days")),
        sqlite_with_rowid=False,
    )
    for name, table, columns in _INDEXES:
        op.create_index(name, table, columns, unique=False)
    for name, table, columns, where in _PARTIAL:
        condition = sa.text(where)
        op.create_index(
            name, table, columns, unique=False, sqlite_where=condition, postgresql_where=condition
        )


def downgrade() -> None:
    for name, table, _columns, _where in reversed(_PARTIAL):
        op.drop_index(name, table_name=table)
    for name, table, _columns in reversed(_INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_table("working_days")
