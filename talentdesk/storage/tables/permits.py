"""Permit side: applicants with their passports, employers with handlers, cases with two tracks."""

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
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from talentdesk.storage.tables.base import Base, Editable


class ApplicantRow(Editable, Base):
    """A foreign national; the passport in use is the row in ``passports`` marked current."""

    __tablename__ = "applicants"
    __table_args__ = (
        Index("ix_applicants_identity", "nationality", "birth_date", "surname"),
        Index("ix_applicants_surname", "surname", "given_names"),
        # List sorts and two-character name searches (migration 0006).
        Index("ix_applicants_chinese_name", "chinese_name"),
        Index("ix_applicants_nationality", "nationality"),
        # Statistics by nationality look each applicant up by id (migration 0012).
        Index("ix_applicants_id_nationality", "id", "nationality"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    surname: Mapped[str] = mapped_column(String(80))
    given_names: Mapped[str] = mapped_column(String(120))
    chinese_name: Mapped[str] = mapped_column(String(60), default="")
    sex: Mapped[str] = mapped_column(String(1))  # M / F / X as in the MRZ
    birth_date: Mapped[date] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(3))  # ISO 3166-1 alpha-3
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    education: Mapped[str] = mapped_column(String(32), default="")
    visa_status: Mapped[str] = mapped_column(String(120), default="")
    # Upper-cased names, Chinese name and passport numbers in one column for searching.
    search_text: Mapped[str] = mapped_column(Text, default="")


class PassportRow(Base):
    """Every passport an applicant has shown; a renewal adds a row, never overwrites one."""

    __tablename__ = "passports"
    __table_args__ = (
        UniqueConstraint("number", "issuing_state", name="uq_passports_number_state"),
        Index("ix_passports_applicant", "applicant_id", "is_current"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(20))
    issuing_state: Mapped[str] = mapped_column(String(3))
    expiry_date: Mapped[date] = mapped_column(Date)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(64))


class EmployerRow(Editable, Base):
    __tablename__ = "employers"
    __table_args__ = (
        Index("ix_employers_city", "city", "district"),
        Index("ix_employers_name", "name"),  # list sort and short searches (migration 0006)
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str] = mapped_column(String(18), unique=True)
    city: Mapped[str] = mapped_column(String(40))
    district: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    credit_notes: Mapped[str] = mapped_column(Text, default="")
    fortune_global_500: Mapped[bool] = mapped_column(Boolean, default=False)
    studio_level: Mapped[str] = mapped_column(String(16), default="")  # municipal / provincial
    studio_year: Mapped[int | None] = mapped_column(Integer)


class HandlerRow(Base):
    """A person the employer authorised to deal with the window (1 to 3 per employer)."""

    __tablename__ = "employer_handlers"

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employers.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(80))
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(120), default="")


class CaseCounterRow(Base):
    """Last case number handed out per year; incremented inside the creating transaction."""

    __tablename__ = "case_counters"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class CaseRow(Editable, Base):
    """One application at the window: applicant + employer + business type, with its tracks."""

    __tablename__ = "cases"
    __table_args__ = (
        # received_on after the filter column: a filtered case list is read in date order
        # straight from the index (migration 0006).
        Index("ix_cases_applicant", "applicant_id", "received_on"),
        Index("ix_cases_employer", "employer_id", "received_on"),
        Index("ix_cases_received", "received_on"),
        Index("ix_cases_business", "business_type", "category"),
        Index("ix_cases_business_received", "business_type", "received_on"),
        Index("ix_cases_assigned", "assigned_to", "received_on"),
        # Statistics GROUP BYs read these alone (migration 0008).
        Index(
            "ix_cases_received_dims",
            "received_on", "business_type", "category", "applicant_id", "employer_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(20), unique=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    employer_id: Mapped[int] = mapped_column(ForeignKey("employers.id"))
    passport_id: Mapped[int | None] = mapped_column(ForeignKey("passports.id"))
    business_type: Mapped[str] = mapped_column(String(32))
    received_on: Mapped[date] = mapped_column(Date)
    position: Mapped[str] = mapped_column(String(120))
    annual_salary: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    contract_start: Mapped[date | None] = mapped_column(Date)
    contract_end: Mapped[date | None] = mapped_column(Date)
    work_city: Mapped[str] = mapped_column(String(40))
    work_location: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(1))
    suggested_category: Mapped[str] = mapped_column(String(1), default="")
    category_route: Mapped[str] = mapped_column(String(16), default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    points_table: Mapped[str] = mapped_column(String(40), default="")
    points_total: Mapped[int | None] = mapped_column(Integer)
    points_detail: Mapped[dict] = mapped_column(JSON, default=dict)
    route_inputs: Mapped[dict] = mapped_column(JSON, default=dict)
    time_limits_version: Mapped[str] = mapped_column(String(40), default="")
    window: Mapped[str] = mapped_column(String(64), default="")
    assigned_to: Mapped[str] = mapped_column(String(64), default="")
    missing_accepted: Mapped[bool] = mapped_column(Boolean, default=False)  # 容缺受理
    notes: Mapped[str] = mapped_column(Text, default="")


class TrackRow(Editable, Base):
    """Work permit or residence permit of one case, with its state and current deadline.

    ``due_on`` repeats what the deadline rules compute from the events, because queues must
    filter and sort by it in SQL at 500k cases; it is rewritten on every transition.
    """

    __tablename__ = "case_tracks"
    __table_args__ = (
        UniqueConstraint("case_id", "track", name="uq_case_tracks_case_track"),
        Index("ix_case_tracks_state_due", "state", "due_on"),
        Index("ix_case_tracks_due", "due_on"),
        # Case list filters on one track's state and deadline (migration 0006).
        Index("ix_case_tracks_track_state", "track", "state", "due_on"),
        # Statistics by acceptance and decision day (migration 0008).
        Index("ix_case_tracks_accepted", "accepted_on", "case_id"),
        Index("ix_case_tracks_decided", "decided_on", "state", "track", "case_id", "accepted_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    track: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(24))
    submitted_on: Mapped[date | None] = mapped_column(Date)
    accepted_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    due_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    refusal_reasons: Mapped[list] = mapped_column(JSON, default=list)


_PAUSE_EVENTS = "action IN ('request_correction', 'resume')"
_RENEWALS = "replaces_id IS NOT NULL"
_UNHANDLED = "handled_on IS NULL"


class TrackEventRow(Base):
    """The case timeline: each transition, print and note, with who, when and a comment."""

    __tablename__ = "case_events"
    __table_args__ = (
        Index("ix_case_events_case", "case_id", "at"),
        # Correction pauses for the processing-time statistics (migration 0008).
        Index(
            "ix_case_events_pauses", "case_id", "track", "action", "on_date",
            sqlite_where=text(_PAUSE_EVENTS), postgresql_where=text(_PAUSE_EVENTS),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    track: Mapped[str] = mapped_column(String(20), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    on_date: Mapped[date] = mapped_column(Date)  # the working day the event counts for
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    from_state: Mapped[str] = mapped_column(String(24), default="")
    to_state: Mapped[str] = mapped_column(String(24), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict] = mapped_column(JSON, default=dict)


class ChecklistItemRow(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("case_id", "code", name="uq_checklist_items_case_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(48))
    mandatory: Mapped[bool] = mapped_column(Boolean)
    tracks: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    document_date: Mapped[date | None] = mapped_column(Date)
    authenticated: Mapped[bool] = mapped_column(Boolean, default=False)  # apostille/legalised
    # Only documents issued abroad need an apostille; a Chinese university's degree does not.
    foreign_issued: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own protocol


class IssuedPermitRow(Base):
    """A work permit or residence permit handed out; a renewal points at the one it replaces."""

    __tablename__ = "issued_permits"
    __table_args__ = (
        Index("ix_issued_permits_valid_to", "valid_to"),
        Index("ix_issued_permits_applicant", "applicant_id"),
        # Expiries per month ahead, renewals excluded (migration 0008).
        Index("ix_issued_permits_expiry", "valid_to", "kind"),
        Index(
            "ix_issued_permits_replaces", "replaces_id",
            sqlite_where=text(_RENEWALS), postgresql_where=text(_RENEWALS),
        ),
        # The expiry radar: permits nobody has dealt with, by expiry (migration 0009).
        Index(
            "ix_issued_permits_unhandled", "valid_to",
            sqlite_where=text(_UNHANDLED), postgresql_where=text(_UNHANDLED),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"))
    kind: Mapped[str] = mapped_column(String(20))  # a Track value
    number: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date] = mapped_column(Date)
    issued_on: Mapped[date] = mapped_column(Date)
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("issued_permits.id"))
    handled_on: Mapped[date | None] = mapped_column(Date)  # expiry reminder marked handled
    handled_by: Mapped[str] = mapped_column(String(64), default="")


class SocialWageRow(Base):
    """Local average social wage per city and year: the base of the 4× and 6× salary routes."""

    __tablename__ = "social_wages"

    city: Mapped[str] = mapped_column(String(40), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    annual_amount: Mapped[Decimal] = mapped_column(Numeric(14, 2))
    source: Mapped[str] = mapped_column(Text, default="")
