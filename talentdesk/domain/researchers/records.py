"""Records the researcher services take and return: frozen, free of ORM rows and of Qt."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum

from talentdesk.domain.listing import ColumnSpec, ListSpec
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.alerts import Alert
from talentdesk.domain.researchers.eligibility import EligibilityResult, Person, age_on
from talentdesk.domain.researchers.evaluation import (
    Decision,
    IndicatorTemplate,
    RepresentativeWork,
    Scorecard,
)
from talentdesk.domain.researchers.programs import EvaluationCategory, Program, Sex
from talentdesk.domain.researchers.rewards import RewardClaim, RewardStatus, TrancheStatus
from talentdesk.domain.researchers.schedule import (
    Enrollment,
    Extension,
    IndividualPlan,
    Schedule,
    Termination,
)


class IdType(StrEnum):
    RESIDENT_ID = "resident_id"  # 公民身份号码
    PERMANENT_RESIDENCE_ID = "permanent_residence_id"  # 外国人永久居留身份证
    PASSPORT = "passport"


class EnrollmentStatus(StrEnum):
    ACTIVE = "active"
    COMPLETED = "completed"  # the last checkpoint was decided without termination
    TERMINATED = "terminated"


@dataclasses.dataclass(frozen=True, slots=True)
class ResearcherInput:
    """What an officer types for a researcher; the service validates it."""

    name: str
    sex: Sex
    birth_date: date
    id_type: IdType
    id_number: str
    unit: str
    department: str = ""
    discipline_code: str = ""
    title: str = ""
    degree: str = ""
    mentor_name: str = ""
    mentor_id: int | None = None
    phone: str = ""
    email: str = ""
    applicant_id: int | None = None


@dataclasses.dataclass(frozen=True)
class ResearcherRecord:
    id: int
    version: int
    data: ResearcherInput
    updated_at: datetime
    updated_by: str

    @property
    def person(self) -> Person:
        return Person(self.data.birth_date, self.data.sex)

    def age_on(self, day: date) -> int:
        """Completed years (周岁) on any reference date."""
        return age_on(self.data.birth_date, day)


RESEARCHER_LIST = ListSpec(
    columns=(
        ColumnSpec("name", sortable=True),
        ColumnSpec("sex"),
        ColumnSpec("birth_date"),
        ColumnSpec("id_number", sortable=True),
        ColumnSpec("unit", sortable=True),
        ColumnSpec("department"),
        ColumnSpec("discipline_code"),
        ColumnSpec("title"),
    ),
    filters={"unit": str, "discipline_code": str, "sex": Sex, "program_id": int},
    default_sort="name",
)


@dataclasses.dataclass(frozen=True)
class ResearcherListRow:
    """One line of the researcher list (what the paged SQL query returns)."""

    id: int
    name: str
    sex: Sex
    birth_date: date
    id_type: IdType
    id_number: str
    unit: str
    department: str
    discipline_code: str
    title: str


@dataclasses.dataclass(frozen=True)
class ProgramRecord:
    id: int
    version: int
    program: Program
    is_preset: bool
    active: bool


@dataclasses.dataclass(frozen=True)
class EnrollmentRequest:
    """A researcher to be enrolled, for the call named by ``call_year`` (and its deadline)."""

    researcher_id: int
    program_id: int
    category: EvaluationCategory
    start: date
    call_year: int
    application_deadline: date | None = None


@dataclasses.dataclass(frozen=True)
class EnrollmentPreview:
    """The verdict shown before saving: eligibility, the schedule, and every refusal reason."""

    eligibility: EligibilityResult
    schedule: Schedule
    problems: tuple[Problem, ...]

    @property
    def acceptable(self) -> bool:
        return not self.problems


@dataclasses.dataclass(frozen=True)
class CheckpointRecord:
    id: int
    version: int
    enrollment_id: int
    key: str
    kind: str
    original_due: date
    due: date
    cancelled: bool
    cohort: str
    report_received_on: date | None
    score: Decimal | None
    grade: str
    quota_demoted: bool
    decision: frozenset[Decision]
    decided_on: date | None
    decided_by: str
    decision_note: str


@dataclasses.dataclass(frozen=True)
class TrancheRecord:
    id: int
    version: int
    key: str
    amount: Decimal
    release_checkpoint: str | None
    status: TrancheStatus
    released_on: date | None
    paid_on: date | None
    payment_reference: str


@dataclasses.dataclass(frozen=True)
class EnrollmentRecord:
    """An enrollment with the program definition it was made under (``program_version``)."""

    id: int
    version: int
    researcher_id: int
    program_id: int
    program_version: int
    program: Program
    category: EvaluationCategory
    call_year: int
    application_deadline: date | None
    start: date
    original_end: date
    end: date
    status: EnrollmentStatus
    termination: Termination | None
    extensions: tuple[Extension, ...]
    plan: IndividualPlan | None
    plan_version: int | None
    checkpoints: tuple[CheckpointRecord, ...]
    tranches: tuple[TrancheRecord, ...]

    def domain(self, person: Person) -> Enrollment:
        """The domain enrollment the schedule and alert rules work on."""
        return Enrollment(str(self.id), person, self.program, self.category, self.start,
                          self.extensions, self.plan, self.termination)


@dataclasses.dataclass(frozen=True)
class ReviewerInput:
    name: str
    unit: str = ""
    researcher_id: int | None = None
    expertise: str = ""
    phone: str = ""
    email: str = ""


@dataclasses.dataclass(frozen=True)
class ReviewerRecord:
    id: int
    version: int
    data: ReviewerInput


@dataclasses.dataclass(frozen=True)
class ScorecardRecord:
    """A panel seat: the reviewer, their weight and scores, or their recusal."""

    id: int
    version: int
    checkpoint_id: int
    reviewer: ReviewerRecord
    weight: Decimal
    scores: Mapping[str, Decimal]
    failed_gates: frozenset[str]
    total: Decimal | None
    comment: str
    recused: bool
    recusal_reason: str

    @property
    def scored(self) -> bool:
        return bool(self.scores) and not self.recused

    def card(self) -> Scorecard:
        """The domain scorecard; the reviewer is named by the seat id so totals map back."""
        return Scorecard(str(self.id), self.scores, self.weight, self.failed_gates)


@dataclasses.dataclass(frozen=True)
class ScoreEntry:
    """Scores typed for one panel seat."""

    scorecard_id: int
    scores: Mapping[str, Decimal]
    failed_gates: frozenset[str] = frozenset()
    comment: str = ""


@dataclasses.dataclass(frozen=True)
class CheckpointDetail:
    """Everything the review form shows for one checkpoint."""

    checkpoint: CheckpointRecord
    enrollment: EnrollmentRecord
    researcher: ResearcherRecord
    template: IndicatorTemplate | None
    works: tuple[RepresentativeWork, ...]
    scorecards: tuple[ScorecardRecord, ...]


@dataclasses.dataclass(frozen=True)
class RewardRecord:
    id: int
    version: int
    researcher_id: int
    claim: RewardClaim
    granted: Decimal
    status: RewardStatus
    problems: tuple[Problem, ...]


@dataclasses.dataclass(frozen=True)
class DashboardAlert:
    """A domain alert with what the panel shows about whom it concerns."""

    alert: Alert
    researcher_id: int | None
    researcher_name: str
    enrollment_id: int | None
    program_name: str


def checkpoint_cohort(program_code: str, checkpoint_key: str, due: date) -> str:
    """The round a checkpoint is assessed in: same program, same checkpoint, same year due.

    The top-grade quota applies across a round, so people who started in the same call are
    ranked together, and someone whose checkpoint an extension moved joins the later round.
    """
    return f"{program_code}:{checkpoint_key}:{due.year}"
