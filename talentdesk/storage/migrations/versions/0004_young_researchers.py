"""Young researchers: people, programs, enrollments, checkpoints, reviews, money, rewards.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "programs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("level", sa.String(length=16), nullable=False),
        sa.Column("cycle_years", sa.Integer(), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("is_preset", sa.Boolean(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programs")),
        sa.UniqueConstraint("code", name=op.f("uq_programs_code")),
    )
    op.create_table(
        "program_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_program_versions_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_versions")),
        sa.UniqueConstraint("program_id", "version", name="uq_program_versions_program_version"),
    )
    op.create_table(
        "researchers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("sex", sa.String(length=6), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("id_type", sa.String(length=24), nullable=False),
        sa.Column("id_number", sa.String(length=32), nullable=False),
        sa.Column("applicant_id", sa.Integer(), nullable=True),
        sa.Column("unit", sa.String(length=120), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("discipline_code", sa.String(length=4), nullable=False),
        sa.Column("title", sa.String(length=40), nullable=False),
        sa.Column("degree", sa.String(length=20), nullable=False),
        sa.Column("mentor_name", sa.String(length=40), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("search_text", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["applicant_id"],
            ["applicants.id"],
            name=op.f("fk_researchers_applicant_id_applicants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["researchers.id"],
            name=op.f("fk_researchers_mentor_id_researchers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_researchers")),
        sa.UniqueConstraint("id_type", "id_number", name="uq_researchers_id_type_number"),
    )
    with op.batch_alter_table("researchers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_researchers_applicant_id"), ["applicant_id"], unique=False
        )
        batch_op.create_index("ix_researchers_id_number", ["id_number"], unique=False)
        batch_op.create_index(batch_op.f("ix_researchers_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index("ix_researchers_name", ["name", "id"], unique=False)
        batch_op.create_index("ix_researchers_unit", ["unit", "department"], unique=False)
        batch_op.create_index("ix_researchers_department", ["department"], unique=False)
        batch_op.create_index("ix_researchers_search", ["search_text"], unique=False)

    op.create_table(
        "enrollments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("researcher_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.Integer(), nullable=False),
        sa.Column("program_version", sa.Integer(), nullable=False),
        sa.Column("category", sa.String(length=32), nullable=False),
        sa.Column("call_year", sa.Integer(), nullable=False),
        sa.Column("application_deadline", sa.Date(), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("original_end_on", sa.Date(), nullable=False),
        sa.Column("end_on", sa.Date(), nullable=False),
        sa.Column("ages_out_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("terminated_on", sa.Date(), nullable=True),
        sa.Column("termination_reason", sa.String(length=32), nullable=False),
        sa.Column("termination_note", sa.Text(), nullable=False),
        sa.Column("terminated_approved_by", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["program_id"], ["programs.id"], name=op.f("fk_enrollments_program_id_programs")
        ),
        sa.ForeignKeyConstraint(
            ["researcher_id"],
            ["researchers.id"],
            name=op.f("fk_enrollments_researcher_id_researchers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollments")),
    )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.create_index("ix_enrollments_ages_out", ["status", "ages_out_on"], unique=False)
        batch_op.create_index("ix_enrollments_end", ["status", "end_on"], unique=False)
        batch_op.create_index("ix_enrollments_program", ["program_id", "status"], unique=False)
        batch_op.create_index(
            "ix_enrollments_researcher", ["researcher_id", "start_on"], unique=False
        )

    op.create_table(
        "reviewers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("unit", sa.String(length=120), nullable=False),
        sa.Column("researcher_id", sa.Integer(), nullable=True),
        sa.Column("expertise", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["researcher_id"],
            ["researchers.id"],
            name=op.f("fk_reviewers_researcher_id_researchers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviewers")),
    )
    with op.batch_alter_table("reviewers", schema=None) as batch_op:
        batch_op.create_index("ix_reviewers_name", ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_reviewers_researcher_id"), ["researcher_id"], unique=False
        )

    op.create_table(
        "reward_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("researcher_id", sa.Integer(), nullable=False),
        sa.Column("policy", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("claimed", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("granted", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["researcher_id"],
            ["researchers.id"],
            name=op.f("fk_reward_claims_researcher_id_researchers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reward_claims")),
    )
    with op.batch_alter_table("reward_claims", schema=None) as batch_op:
        batch_op.create_index(
            "ix_reward_claims_researcher", ["researcher_id", "year"], unique=False
        )

    op.create_table(
        "checkpoints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("original_due_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("cohort", sa.String(length=120), nullable=False),
        sa.Column("report_received_on", sa.Date(), nullable=True),
        sa.Column("score", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("grade", sa.String(length=24), nullable=False),
        sa.Column("quota_demoted", sa.Boolean(), nullable=False),
        sa.Column("decision", sa.JSON(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("decided_by", sa.String(length=80), nullable=False),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_checkpoints_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkpoints")),
        sa.UniqueConstraint("enrollment_id", "key", name="uq_checkpoints_enrollment_key"),
    )
    with op.batch_alter_table("checkpoints", schema=None) as batch_op:
        batch_op.create_index("ix_checkpoints_cohort", ["cohort", "grade"], unique=False)
        batch_op.create_index("ix_checkpoints_graded_due", ["due_on", "cohort"], unique=False)
        batch_op.create_index(
            "ix_checkpoints_open_due", ["report_received_on", "cancelled", "due_on"], unique=False
        )

    op.create_table(
        "enrollment_extensions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=24), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_enrollment_extensions_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment_extensions")),
    )
    with op.batch_alter_table("enrollment_extensions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_enrollment_extensions_enrollment_id"), ["enrollment_id"], unique=False
        )

    op.create_table(
        "individual_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.Column("checkpoint_overrides", sa.JSON(), nullable=False),
        sa.Column("support_total", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("approved_by", sa.String(length=80), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_individual_plans_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_individual_plans")),
        sa.UniqueConstraint("enrollment_id", name=op.f("uq_individual_plans_enrollment_id")),
    )
    op.create_table(
        "tranches",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("release_checkpoint", sa.String(length=40), nullable=True),
        sa.Column("paid_on", sa.Date(), nullable=True),
        sa.Column("payment_reference", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollments.id"],
            name=op.f("fk_tranches_enrollment_id_enrollments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tranches")),
        sa.UniqueConstraint("enrollment_id", "key", name="uq_tranches_enrollment_key"),
    )
    op.create_table(
        "representative_works",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkpoint_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=24), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("significance", sa.Text(), nullable=False),
        sa.Column("domestic_journal", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkpoint_id"],
            ["checkpoints.id"],
            name=op.f("fk_representative_works_checkpoint_id_checkpoints"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_representative_works")),
    )
    with op.batch_alter_table("representative_works", schema=None) as batch_op:
        batch_op.create_index(
            "ix_representative_works_checkpoint", ["checkpoint_id", "position"], unique=False
        )

    op.create_table(
        "scorecards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("checkpoint_id", sa.Integer(), nullable=False),
        sa.Column("reviewer_id", sa.Integer(), nullable=False),
        sa.Column("weight", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("failed_gates", sa.JSON(), nullable=False),
        sa.Column("total", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("recused", sa.Boolean(), nullable=False),
        sa.Column("recusal_reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkpoint_id"],
            ["checkpoints.id"],
            name=op.f("fk_scorecards_checkpoint_id_checkpoints"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["reviewer_id"], ["reviewers.id"], name=op.f("fk_scorecards_reviewer_id_reviewers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scorecards")),
        sa.UniqueConstraint(
            "checkpoint_id", "reviewer_id", name="uq_scorecards_checkpoint_reviewer"
        ),
    )
    with op.batch_alter_table("scorecards", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_scorecards_reviewer_id"), ["reviewer_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("scorecards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scorecards_reviewer_id"))

    op.drop_table("scorecards")
    with op.batch_alter_table("representative_works", schema=None) as batch_op:
        batch_op.drop_index("ix_representative_works_checkpoint")

    op.drop_table("representative_works")
    op.drop_table("tranches")
    op.drop_table("individual_plans")
    with op.batch_alter_table("enrollment_extensions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_extensions_enrollment_id"))

    op.drop_table("enrollment_extensions")
    with op.batch_alter_table("checkpoints", schema=None) as batch_op:
        batch_op.drop_index("ix_checkpoints_open_due")
        batch_op.drop_index("ix_checkpoints_graded_due")
        batch_op.drop_index("ix_checkpoints_cohort")

    op.drop_table("checkpoints")
    with op.batch_alter_table("reward_claims", schema=None) as batch_op:
        batch_op.drop_index("ix_reward_claims_researcher")

    op.drop_table("reward_claims")
    with op.batch_alter_table("reviewers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviewers_researcher_id"))
        batch_op.drop_index("ix_reviewers_name")

    op.drop_table("reviewers")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_index("ix_enrollments_researcher")
        batch_op.drop_index("ix_enrollments_program")
        batch_op.drop_index("ix_enrollments_end")
        batch_op.drop_index("ix_enrollments_ages_out")

    op.drop_table("enrollments")
    with op.batch_alter_table("researchers", schema=None) as batch_op:
        batch_op.drop_index("ix_researchers_search")
        batch_op.drop_index("ix_researchers_department")
        batch_op.drop_index("ix_researchers_unit")
        batch_op.drop_index("ix_researchers_name")
        batch_op.drop_index(batch_op.f("ix_researchers_mentor_id"))
        batch_op.drop_index("ix_researchers_id_number")
        batch_op.drop_index(batch_op.f("ix_researchers_applicant_id"))

    op.drop_table("researchers")
    op.drop_table("program_versions")
    op.drop_table("programs")
