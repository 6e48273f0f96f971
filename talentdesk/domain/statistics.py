"""Statistics rules and records: report periods, decision limits, quantiles, bands and rates."""

from __future__ import annotations

import calendar as _months
import dataclasses
import re
from collections.abc import Iterable, Sequence
from datetime import date
from enum import StrEnum

from talentdesk.domain.enums import Track
from talentdesk.domain.time_limits import LimitKey, LimitUnit
from talentdesk.domain.tracks import TrackState

# A decision is an approval or a refusal; approved tracks move on to issued and collected.
APPROVED_STATES: frozenset[TrackState] = frozenset(
    {TrackState.APPROVED, TrackState.ISSUED, TrackState.COLLECTED}
)
REFUSED_STATES: frozenset[TrackState] = frozenset({TrackState.REFUSED})
DECIDED_STATES = APPROVED_STATES | REFUSED_STATES

EXPIRY_MONTHS = 12  # months ahead the expiry table looks
TOP_NATIONALITIES = 10
OTHERS = ""  # the key of the row that folds everything below the top N (其他)

# Age bands of enrolled researchers: lower bounds in completed years; the last is open above.
AGE_BAND_FLOORS: tuple[int, ...] = (0, 30, 35, 40, 45)
# The preset scales' grades, best first; grades a custom program defines follow alphabetically.
GRADE_ORDER: tuple[str, ...] = ("excellent", "good", "fair", "pass", "fail", "a", "b", "c", "d")


class PeriodPreset(StrEnum):
    """The periods the statistics page offers besides a custom one."""

    LAST_MONTH = "last_month"
    THIS_MONTH = "this_month"
    THIS_QUARTER = "this_quarter"
    THIS_YEAR = "this_year"


class Dimension(StrEnum):
    """What the volume tables are broken down by."""

    BUSINESS_TYPE = "business_type"
    CATEGORY = "category"
    NATIONALITY = "nationality"
    DISTRICT = "district"  # the employer's city and district


@dataclasses.dataclass(frozen=True)
class Period:
    """Both days included."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"period ends {self.last} before it starts {self.first}")


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, _months.monthrange(year, month)[1]))


def _shift_month(year: int, month: int, months: int) -> tuple[int, int]:
    year, month0 = divmod(year * 12 + month - 1 + months, 12)
    return year, month0 + 1


def preset_period(preset: PeriodPreset, today: date) -> Period:
    """The period a preset means on ``today``; current periods end on their last day."""
    if preset is PeriodPreset.LAST_MONTH:
        return month_period(*_shift_month(today.year, today.month, -1))
    if preset is PeriodPreset.THIS_MONTH:
        return month_period(today.year, today.month)
    if preset is PeriodPreset.THIS_QUARTER:
        first_month = (today.month - 1) // 3 * 3 + 1
        return Period(
            month_period(today.year, first_month).first,
            month_period(today.year, first_month + 2).last,
        )
    return Period(date(today.year, 1, 1), date(today.year, 12, 31))


_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


def parse_month(text: str) -> Period:
    """``2026-10`` → October 2026.

    Raises:
        ValueError: not a year and month.
    """
    match = _MONTH.fullmatch(text.strip())
    if not match or not 1 <= int(match[2]) <= 12:
        raise ValueError(f"not a month (YYYY-MM): {text!r}")
    return month_period(int(match[1]), int(match[2]))


def months_after(day: date, count: int = EXPIRY_MONTHS) -> tuple[Period, ...]:
    """The ``count`` whole calendar months following the month of ``day``."""
    return tuple(
        month_period(*_shift_month(day.year, day.month, offset)) for offset in range(1, count + 1)
    )


@dataclasses.dataclass(frozen=True)
class Quantile:
    """A continuous quantile as an exact fraction, computed like PostgreSQL's percentile_cont.

    Over ``n`` sorted values it lies at 0-based position ``(n - 1) · numerator / denominator``,
    interpolated linearly between the two values around it.
    """

    numerator: int
    denominator: int


MEDIAN = Quantile(1, 2)
P90 = Quantile(9, 10)


def rate(part: int, whole: int) -> float | None:
    """``part / whole``, or None when there is nothing to divide (shown as a dash, never 0 %)."""
    return part / whole if whole else None


def born_by(day: date, years: int) -> date:
    """The last birth date of someone who has completed ``years`` years of age on ``day``.

    Somebody born on 29 February completes a year on 1 March in common years, so when the
    same day ``years`` earlier does not exist the answer is 28 February.
    """
    year = day.year - years
    return date(year, day.month, min(day.day, _months.monthrange(year, day.month)[1]))


def grade_rank(grade: str) -> tuple[int, str]:
    return (GRADE_ORDER.index(grade), "") if grade in GRADE_ORDER else (len(GRADE_ORDER), grade)


# --- records ----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class VolumeRow:
    """Counts for one value of a dimension (or all of them: ``key`` ``"total"``).

    Attributes:
        key: the business type, category, ISO nationality code or "city district";
            ``OTHERS`` for the row folding the nationalities below the top N.
        received: cases received at the window (收件) in the period.
        accepted: permit applications (tracks) accepted (受理) in the period.
        decided: tracks decided (办结: approved or refused) in the period.
        approved, refused: the decisions, so ``approved + refused == decided``.
    """

    key: str
    received: int = 0
    accepted: int = 0
    approved: int = 0
    refused: int = 0

    @property
    def decided(self) -> int:
        return self.approved + self.refused

    @property
    def approval_rate(self) -> float | None:
        return rate(self.approved, self.decided)

    @property
    def refusal_rate(self) -> float | None:
        return rate(self.refused, self.decided)

    def plus(self, other: VolumeRow, key: str) -> VolumeRow:
        return VolumeRow(
            key,
            self.received + other.received,
            self.accepted + other.accepted,
            self.approved + other.approved,
            self.refused + other.refused,
        )


def total_of(rows: Sequence[VolumeRow], key: str = "total") -> VolumeRow:
    total = VolumeRow(key)
    for row in rows:
        total = total.plus(row, key)
    return total


def busiest_first(rows: Iterable[VolumeRow]) -> tuple[VolumeRow, ...]:
    """Most cases received first, then most accepted, most decided, and by key."""
    return tuple(sorted(rows, key=lambda r: (-r.received, -r.accepted, -r.decided, r.key)))


def fold_top(rows: Iterable[VolumeRow], n: int) -> tuple[VolumeRow, ...]:
    """The ``n`` busiest rows (``busiest_first``), and the rest folded into one 其他 row."""
    ranked = busiest_first(rows)
    top, rest = ranked[:n], ranked[n:]
    return (*top, total_of(rest, OTHERS)) if rest else tuple(top)


@dataclasses.dataclass(frozen=True)
class ReasonRow:
    """A refusal reason and the refused tracks that gave it (one track may give several)."""

    code: str
    tracks: int
    share: float | None  # of all refused tracks in the period


@dataclasses.dataclass(frozen=True)
class ProcessingRow:
    """Working days from acceptance to decision of the tracks decided in the period.

    Correction pauses are left out, as the statutory limits leave them out; the acceptance day
    does not count and the decision day does (``WorkCalendar.working_days_between``).

    Attributes:
        track, limit_key, limit_amount, limit_unit: the limit the row is measured against.
        decided: tracks decided with a known acceptance date.
        mean_days, median_days, p90_days: working days; None when ``decided`` is 0.
        on_time: tracks decided within the limit, counted in the limit's own unit.
    """

    track: Track
    limit_key: LimitKey
    limit_amount: int
    limit_unit: LimitUnit
    decided: int
    mean_days: float | None
    median_days: float | None
    p90_days: float | None
    on_time: int

    @property
    def on_time_rate(self) -> float | None:
        return rate(self.on_time, self.decided)


@dataclasses.dataclass(frozen=True)
class ExpiryRow:
    """Issued permits (not yet replaced by a renewal) whose validity ends in one month."""

    month: Period
    work_permits: int
    residence_permits: int

    @property
    def total(self) -> int:
        return self.work_permits + self.residence_permits


@dataclasses.dataclass(frozen=True)
class PermitStatistics:
    period: Period
    total: VolumeRow
    by_business_type: tuple[VolumeRow, ...]
    by_category: tuple[VolumeRow, ...]
    by_nationality: tuple[VolumeRow, ...]  # top N, then OTHERS
    by_district: tuple[VolumeRow, ...]
    refusal_reasons: tuple[ReasonRow, ...]
    processing: tuple[ProcessingRow, ...]
    expiries: tuple[ExpiryRow, ...]

    @property
    def on_time_rate(self) -> float | None:
        """Over every track measured, whatever its limit (按期办结率)."""
        rows = self.processing
        return rate(sum(r.on_time for r in rows), sum(r.decided for r in rows))

    def volume(self, dimension: Dimension) -> tuple[VolumeRow, ...]:
        return {
            Dimension.BUSINESS_TYPE: self.by_business_type,
            Dimension.CATEGORY: self.by_category,
            Dimension.NATIONALITY: self.by_nationality,
            Dimension.DISTRICT: self.by_district,
        }[dimension]


@dataclasses.dataclass(frozen=True)
class EnrolledRow:
    """Enrollments of one program or evaluation category.

    Attributes:
        key: the program's name, or the evaluation category.
        enrolled: in force on the period's last day (started, not ended, not terminated).
        started: starting within the period.
    """

    key: str
    enrolled: int
    started: int


@dataclasses.dataclass(frozen=True)
class AgeBandRow:
    """Researchers enrolled on the period's last day, by age on that day."""

    floor: int
    ceiling: int | None  # first age of the next band; None for the last
    researchers: int


@dataclasses.dataclass(frozen=True)
class GradeRow:
    """Checkpoints of one kind decided in the period with a grade."""

    kind: str
    grade: str
    checkpoints: int


@dataclasses.dataclass(frozen=True)
class OverdueRow:
    """Reports overdue on the period's last day: due before it, not received by then."""

    program: str
    reports: int


@dataclasses.dataclass(frozen=True)
class ExtensionCountRow:
    """Extensions (pauses of the cycle) for one reason."""

    reason: str
    started: int  # starting within the period
    in_effect: int  # running on the period's last day


@dataclasses.dataclass(frozen=True)
class ResearcherStatistics:
    period: Period
    by_program: tuple[EnrolledRow, ...]
    by_category: tuple[EnrolledRow, ...]
    age_bands: tuple[AgeBandRow, ...]
    grades: tuple[GradeRow, ...]
    overdue: tuple[OverdueRow, ...]
    extensions: tuple[ExtensionCountRow, ...]

    @property
    def enrolled(self) -> int:
        """People enrolled on the period's last day, each once however many programs they are
        in: the age bands count people, the program rows enrollments."""
        return sum(b.researchers for b in self.age_bands)

    @property
    def overdue_reports(self) -> int:
        return sum(r.reports for r in self.overdue)


Cell = str | int | float | None


@dataclasses.dataclass(frozen=True)
class ReportTable:
    """A titled table as shown or exported: header texts and rows of plain values.

    Attributes:
        percent_columns: columns holding shares (0.25 shown as 25.0 %).
        decimal_columns: columns holding fractional days (shown with one decimal).
    """

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    percent_columns: frozenset[int] = frozenset()
    decimal_columns: frozenset[int] = frozenset()
