"""Frozen records the permit-side services accept (drafts) and return (stored records)."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from talentdesk.domain.category import CategorySuggestion, RouteInputs, SocialWage
from talentdesk.domain.checklist import Acceptance, ChecklistItem
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.mrz import CheckField, CheckResult, Td3Mrz
from talentdesk.domain.points import ItemScore, PointsInputs, PointsResult, Reason
from talentdesk.domain.problems import Problem
from talentdesk.domain.tracks import CaseState, TrackState

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Stamp:
    """Who created and last changed a record, and the version a later save must name."""

    created_at: datetime
    created_by: str
    updated_at: datetime
    updated_by: str
    version: int


@dataclasses.dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a search, with the number of matches over all pages."""

    items: tuple[T, ...]
    total: int


# --- applicants -------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class PassportDraft:
    """A passport as keyed or read from the MRZ; codes may be ISO alpha-3 or MRZ codes (D)."""

    number: str
    issuing_state: str
    expiry_date: date


@dataclasses.dataclass(frozen=True)
class Passport:
    """A stored passport; ``issuing_state`` is ISO alpha-3 where ISO has a code."""

    id: int
    number: str
    issuing_state: str
    expiry_date: date
    is_current: bool
    recorded_at: datetime
    recorded_by: str


@dataclasses.dataclass(frozen=True, slots=True)
class ApplicantDraft:
    """A person's details as the intake form holds them.

    Attributes:
        sex: "M", "F" or "X" as in the MRZ.
        nationality: ISO 3166-1 alpha-3 (or the ICAO code of a nationality ISO lacks).
        education: a ``Degree`` value, or "" when not known.
    """

    surname: str
    given_names: str
    sex: str
    birth_date: date
    nationality: str
    chinese_name: str = ""
    phone: str = ""
    email: str = ""
    education: str = ""
    visa_status: str = ""


@dataclasses.dataclass(frozen=True)
class Applicant:
    """A stored applicant with the passport in use and every passport ever shown (newest first)."""

    id: int
    details: ApplicantDraft
    passport: Passport | None
    passports: tuple[Passport, ...]
    stamp: Stamp


class DuplicateReason(StrEnum):
    SAME_PASSPORT = "same_passport"  # same passport number and nationality
    SAME_IDENTITY = "same_identity"  # same names, birth date and nationality


@dataclasses.dataclass(frozen=True)
class DuplicateCandidate:
    """An existing applicant the new or changed one may be, and why."""

    applicant: Applicant
    reasons: tuple[DuplicateReason, ...]


@dataclasses.dataclass(frozen=True)
class FieldDiff:
    """One field as stored and as the MRZ reads it; ``differs`` compares names leniently."""

    field: str
    current: object
    from_mrz: object
    differs: bool


@dataclasses.dataclass(frozen=True)
class MrzPreview:
    """A read MRZ and what it would change; nothing of it has been saved.

    Attributes:
        mrz: None when the text is not a readable TD3 zone (see ``problems``).
        diff: for an existing applicant, every compared field.
        duplicates: for a new applicant, existing records the MRZ data match.
    """

    mrz: Td3Mrz | None
    problems: tuple[Problem, ...]
    diff: tuple[FieldDiff, ...] = ()
    duplicates: tuple[DuplicateCandidate, ...] = ()

    @property
    def checks(self) -> Mapping[CheckField, CheckResult]:
        """The five check digits' statuses, for showing next to each field."""
        return self.mrz.checks if self.mrz is not None else {}


# --- employers --------------------------------------------------------------------------------


class StudioLevel(StrEnum):
    """Level of a foreign expert studio (外国专家工作室)."""

    MUNICIPAL = "municipal"
    PROVINCIAL = "provincial"


@dataclasses.dataclass(frozen=True, slots=True)
class Handler:
    """A person the employer authorised to deal with the window."""

    name: str
    phone: str = ""
    email: str = ""


@dataclasses.dataclass(frozen=True, slots=True)
class EmployerDraft:
    """An employer as the form holds it.

    Attributes:
        city: a Jiangsu city as code, Chinese or English name; stored as its GB/T 2260 code.
        studio_level: None without a foreign expert studio; then ``studio_year`` is None too.
    """

    name: str
    uscc: str
    city: str
    handlers: tuple[Handler, ...]
    district: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    credit_notes: str = ""
    fortune_global_500: bool = False
    studio_level: StudioLevel | None = None
    studio_year: int | None = None


@dataclasses.dataclass(frozen=True)
class Employer:
    id: int
    details: EmployerDraft
    stamp: Stamp


# --- category ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CategoryRequest:
    """What the clerk keyed for classifying one applicant.

    Attributes:
        city: the work city, whose average social wage the salary routes use.
        facts: the route facts; its ``social_wage`` and ``points`` are filled in by the service.
        points_inputs: None when the points route is not being tried.
        points_table: a table id to keep (an old case's); None takes the one in force.
    """

    city: str
    facts: RouteInputs
    points_inputs: PointsInputs | None = None
    points_table: str | None = None


@dataclasses.dataclass(frozen=True)
class CategoryEvaluation:
    """The suggestion with every route's reasons and every points item's score."""

    suggestion: CategorySuggestion
    points: PointsResult | None
    social_wage: SocialWage | None


@dataclasses.dataclass(frozen=True)
class SocialWageEntry:
    """本地区上年度社会平均工资 as configured, with where the figure comes from."""

    city: str
    year: int
    annual_amount: Decimal
    source: str


# --- cases ------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CaseDraft:
    """A case as the intake form holds it.

    Attributes:
        category: the category chosen; differing from the suggestion needs ``override_reason``.
        category_request: what to classify with; required for new applications (see
            ``domain.cases.NEEDS_CLASSIFICATION``), optional where the category carries over.
    """

    applicant_id: int
    employer_id: int
    business_type: BusinessType
    position: str
    annual_salary: Decimal
    work_city: str
    category: Category
    contract_start: date | None = None
    contract_end: date | None = None
    work_location: str = ""
    category_request: CategoryRequest | None = None
    override_reason: str = ""
    notes: str = ""


@dataclasses.dataclass(frozen=True)
class CaseCategory:
    """The stored classification of a case, as it was when decided.

    Attributes:
        suggested: None when no route was met, or when the category was carried over.
        route: the first met route of the chosen category ("" for none).
        points_items: per-item points with their reasons (labels: ``points_table(...)``).
    """

    category: Category
    suggested: Category | None
    route: str
    override_reason: str
    points_table: str
    points_total: int | None
    points_items: tuple[ItemScore, ...]
    routes_met: tuple[str, ...]
    explanation: tuple[Reason, ...]


@dataclasses.dataclass(frozen=True)
class CaseTrack:
    """One of the case's two permits and where it stands."""

    track: Track
    state: TrackState
    submitted_on: date | None
    accepted_on: date | None
    decided_on: date | None
    due_on: date | None
    due_provisional: bool
    version: int


@dataclasses.dataclass(frozen=True)
class ChecklistEntry:
    """A stored checklist item with its document facts.

    Attributes:
        item: labels, rules, status and reason (``note``) of the document.
        findings: what the validity checks say about it now; a document with findings may be
            recorded as received but not as verified.
    """

    item: ChecklistItem
    document_date: date | None
    authenticated: bool
    foreign_issued: bool
    version: int
    findings: tuple[Problem, ...]


@dataclasses.dataclass(frozen=True)
class CaseEvent:
    """One line of the case timeline."""

    at: datetime
    on_date: date
    username: str
    track: str
    action: str
    from_state: str
    to_state: str
    comment: str


@dataclasses.dataclass(frozen=True)
class Case:
    """Everything about one case.

    Attributes:
        acceptance: whether the checklist allows acceptance now; for A its ``rongque`` lists the
            mandatory items accepted missing (容缺受理), to be chased.
    """

    id: int
    case_number: str
    details: CaseDraft
    received_on: date
    passport_id: int | None
    category: CaseCategory
    time_limits_version: str
    window: str
    assigned_to: str
    missing_accepted: bool
    state: CaseState
    tracks: tuple[CaseTrack, ...]
    checklist: tuple[ChecklistEntry, ...]
    acceptance: Acceptance
    events: tuple[CaseEvent, ...]
    applicant: Applicant
    employer: Employer
    stamp: Stamp
