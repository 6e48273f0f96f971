"""Young researchers: people, programs as configuration, enrollments with their checkpoints,
reviews, money and rewards.

Dates the dashboard filters on (checkpoint due dates, cycle ends, age-out dates) are stored
as computed by the domain rules, so alert candidates are selected by index range in SQL.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from talentdesk.storage.tables.base import Base, Editable

MONEY = Numeric(14, 2)
SCORE = Numeric(5, 2)


class ResearcherRow(Editable, Base):
    """One person; ``search_text`` is the name as searched (upper case), with its own index."""

    __tablename__ = "researchers"
    __table_args__ = (
        UniqueConstraint("id_type", "id_number", name="uq_researchers_id_type_number"),
        Index("ix_researchers_name", "name", "id"),
        Index("ix_researchers_id_number", "id_number"),
        Index("ix_researchers_unit", "unit", "department"),
        Index("ix_researchers_department", "department"),
        Index("ix_researchers_search", "search_text"),
        # Age bands look each enrolled researcher up by id (migration 0012).
        Index("ix_researchers_id_birth", "id", "birth_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    sex: Mapped[str] = mapped_column(String(6))  # a domain Sex value
    birth_date: Mapped[date] = mapped_column(Date)
    id_type: Mapped[str] = mapped_column(String(24))
    id_number: Mapped[str] = mapped_column(String(32))
    # A foreign researcher may also be an applicant on the permit side.
    applicant_id: Mapped[int | None] = mapped_column(
        ForeignKey("applicants.id", ondelete="SET NULL"), index=True
    )
    unit: Mapped[str] = mapped_column(String(120))
    department: Mapped[str] = mapped_column(String(120), default="")
    discipline_code: Mapped[str] = mapped_column(String(4), default="")
    title: Mapped[str] = mapped_column(String(40), default="")
    degree: Mapped[str] = mapped_column(String(20), default="")
    mentor_name: Mapped[str] = mapped_column(String(40), default="")
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("researchers.id", ondelete="SET NULL"), index=True
    )
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    search_text: Mapped[str] = mapped_column(String(40), default="")


class ProgramRow(Editable, Base):
    """A program as configuration: the whole definition as JSON, key fields as columns.

    ``version`` (from Editable) counts edits; each version's definition is kept in
    ``program_versions``.
    """

    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16))
    cycle_years: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict] = mapped_column(JSON)
    is_preset: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProgramVersionRow(Base):
    """Every saved definition of a program; enrollments point at the one they were made under."""

    __tablename__ = "program_versions"
    __table_args__ = (
        UniqueConstraint("program_id", "version", name="uq_program_versions_program_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    definition: Mapped[dict] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    saved_by: Mapped[str] = mapped_column(String(64))


class EnrollmentRow(Editable, Base):
    """A researcher in a program; ``end_on`` and ``ages_out_on`` repeat the domain's result."""

    __tablename__ = "enrollments"
    __table_args__ = (
        Index("ix_enrollments_researcher", "researcher_id", "start_on"),
        Index("ix_enrollments_program", "program_id", "status"),
        Index("ix_enrollments_end", "status", "end_on"),
        Index("ix_enrollments_ages_out", "status", "ages_out_on"),
        # Statistics: enrolled on a day and started in a period, read from the index alone
        # (migration 0008).
        Index(
            "ix_enrollments_in_force",
            "end_on", "start_on", "program_id", "category", "terminated_on", "researcher_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    researcher_id: Mapped[int] = mapped_column(ForeignKey("researchers.id", ondelete="CASCADE"))
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"))
    program_version: Mapped[int] = mapped_column(Integer)  # see program_versions
    category: Mapped[str] = mapped_column(String(32))
    call_year: Mapped[int] = mapped_column(Integer)
    application_deadline: Mapped[date | None] = mapped_column(Date)
    start_on: Mapped[date] = mapped_column(Date)
    original_end_on: Mapped[date] = mapped_column(Date)
    end_on: Mapped[date] = mapped_column(Date)
    ages_out_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16))
    terminated_on: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str] = mapped_column(String(32), default="")
    termination_note: Mapped[str] = mapped_column(Text, default="")
    terminated_approved_by: Mapped[str] = mapped_column(String(80), default="")


class ExtensionRow(Base):
    """An approved pause; it shifts every later checkpoint and the cycle end."""

    __tablename__ = "enrollment_extensions"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), index=True
    )
    reason: Mapped[str] = mapped_column(String(24))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(80))
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class IndividualPlanRow(Editable, Base):
    """一人一策: goals, checkpoint overrides and support for one enrollment, with its approver."""

    __tablename__ = "individual_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), unique=True
    )
    goals: Mapped[list] = mapped_column(JSON, default=list)
    checkpoint_overrides: Mapped[list] = mapped_column(JSON, default=list)
    support_total: Mapped[Decimal | None] = mapped_column(MONEY)
    approved_by: Mapped[str] = mapped_column(String(80))
    approved_on: Mapped[date] = mapped_column(Date)


class CheckpointRow(Editable, Base):
    """One scheduled checkpoint: agreed and adjusted due dates, report, result and decision.

    ``cohort`` names the checkpoint round (program, checkpoint key, year due) across which the
    top-grade quota applies.
    """

    __tablename__ = "checkpoints"
    __table_args__ = (
        UniqueConstraint("enrollment_id", "key", name="uq_checkpoints_enrollment_key"),
        Index("ix_checkpoints_open_due", "report_received_on", "cancelled", "due_on"),
        Index("ix_checkpoints_cohort", "cohort", "grade"),
        # The quota alert counts grades per round from the index alone (migration 0010).
        Index("ix_checkpoints_graded_due", "due_on", "cohort", "grade", "cancelled"),
        # Statistics: grades decided in a period (migration 0008).
        Index("ix_checkpoints_decided", "decided_on", "kind", "grade"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollments.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(16))
    original_due_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cohort: Mapped[str] = mapped_column(String(120))
    report_received_on: Mapped[date | None] = mapped_column(Date)
    score: Mapped[Decimal | None] = mapped_column(SCORE)
    grade: Mapped[str] = mapped_column(String(24), default="")
    quota_demoted: Mapped[bool] = mapped_column(Boolean, default=False)
    decision: Mapped[list] = mapped_column(JSON, default=list)
    decided_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(80), default="")
    decision_note: Mapped[str] = mapped_column(Text, default="")


class RepresentativeWorkRow(Base):
    """A 代表作 nominated for one checkpoint, in the order the researcher gave."""

    __tablename__ = "representative_works"
    __table_args__ = (Index("ix_representative_works_checkpoint", "checkpoint_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    checkpoint_id: Mapped[int] = mapped_column(ForeignKey("checkpoints.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(24))
    title: Mapped[str] = mapped_column(String(300))
    published_on: Mapped[date] = mapped_column(Date)
    role: Mapped[str] = mapped_column(String(32))
    significance: Mapped[str] = mapped_column(Text)
    domestic_journal: Mapped[bool] = mapped_column(Boolean, default=False)


class ReviewerRow(Editable, Base):
    """An expert who can sit on panels; ``researcher_id`` when the expert is also a researcher."""

    __tablename__ = "reviewers"
    __table_args__ = (Index("ix_reviewers_name", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40))
    unit: Mapped[str] = mapped_column(String(120), default="")
    researcher_id: Mapped[int | None] = mapped_column(
        ForeignKey("researchers.id", ondelete="SET NULL"), index=True
    )
    expertise: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class ScorecardRow(Editable, Base):
    """A reviewer on one checkpoint's panel: per-indicator scores, failed gates, or recusal."""

    __tablename__ = "scorecards"
    __table_args__ = (
        UniqueConstraint("checkpoint_id", "reviewer_id", name="uq_scorecards_checkpoint_reviewer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    checkpoint_id: Mapped[int] = mapped_column(ForeignKey("checkpoints.id", ondelete="CASCADE"))
    reviewer_id: Mapped[int] = mapped_column(ForeignKey("reviewers.id"), index=True)
    weight: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(1))
    scores: Mapped[dict] = mapped_column(JSON, default=dict)  # indicator key -> score as text
    failed_gates: Mapped[list] = mapped_column(JSON, default=list)
    total: Mapped[Decimal | None] = mapped_column(SCORE)
    comment: Mapped[str] = mapped_column(Text, default="")
    recused: Mapped[bool] = mapped_column(Boolean, default=False)
    recusal_reason: Mapped[str] = mapped_column(Text, default="")


class TrancheRow(Editable, Base):
    """Money for one enrollment and its payment; whether it is due or blocked is computed."""

    __tablename__ = "tranches"
    __table_args__ = (UniqueConstraint("enrollment_id", "key", name="uq_tranches_enrollment_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(ForeignKey("enrollments.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    release_checkpoint: Mapped[str | None] = mapped_column(String(40))
    paid_on: Mapped[date | None] = mapped_column(Date)
    payment_reference: Mapped[str] = mapped_column(String(80), default="")


class RewardClaimRow(Editable, Base):
    """A contribution-reward claim and what the caps and 就高不重复 left of it."""

    __tablename__ = "reward_claims"
    __table_args__ = (Index("ix_reward_claims_researcher", "researcher_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    researcher_id: Mapped[int] = mapped_column(ForeignKey("researchers.id", ondelete="CASCADE"))
    policy: Mapped[str] = mapped_column(String(64))
    year: Mapped[int] = mapped_column(Integer)
    claimed: Mapped[Decimal] = mapped_column(MONEY)
    granted: Mapped[Decimal] = mapped_column(MONEY)
    status: Mapped[str] = mapped_column(String(16))
    problems: Mapped[list] = mapped_column(JSON, default=list)
