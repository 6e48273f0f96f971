"""The statistics as titled tables, in whatever language a ``Words`` speaks.

The statistics page and the 统计月报 workbook show the same tables: defining their columns
once here keeps the screen and the file from drifting apart. The GUI's ``Words`` translates
with Qt, the workbook's with its own bilingual table.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from talentdesk.domain.statistics import (
    AgeBandRow,
    Cell,
    Dimension,
    Period,
    PermitStatistics,
    ReportTable,
    ResearcherStatistics,
    VolumeRow,
    month_period,
)

# The text keys a Words must know, with the parameters each one is formatted with.
TEXT_KEYS: dict[str, tuple[str, ...]] = {
    "month": ("year", "month"),
    "span": ("first", "last"),
    "date": ("d",),
    "month_label": ("d",),
    "below": ("ceiling",),
    "band": ("floor", "last"),
    "above": ("floor",),
    "by": ("what",),
    "track_limit": ("track", "limit"),
    **dict.fromkeys(
        (
            "summary", "rates", "item", "value", "rate", "period", "generated",
            "business_type", "category", "nationality", "district", "received", "accepted",
            "decided", "approved", "refused", "approval_rate", "refusal_rate",
            "on_time_rate", "reasons", "reason", "tracks", "share", "processing", "track",
            "limit", "limit_unit", "measured", "mean", "median", "p90", "on_time",
            "expiries", "expiry_month", "total", "by_program", "by_category", "program",
            "enrolled", "started", "evaluation_category", "ages", "age_band", "people",
            "grades", "checkpoint", "grade", "count", "overdue", "reports", "extensions",
            "extension_reason", "extension_started", "extension_running", "enrolled_total",
            "overdue_total",
        ),
        (),
    ),
}
# Groups of stored values a Words labels.
LABEL_GROUPS = (
    "business_type", "category", "track", "limit", "unit", "evaluation_category",
    "checkpoint_kind", "grade", "extension_reason",
)


class Words(Protocol):
    def __call__(self, key: str, **params: object) -> str:
        """The text of ``key`` (see ``TEXT_KEYS``), formatted with ``params``."""

    def label(self, group: str, value: str) -> str:
        """The label of a stored value of ``group`` (see ``LABEL_GROUPS``)."""

    def nationality(self, code: str) -> str:
        """A country's name; ``OTHERS`` for the folded row (其他)."""

    def reason(self, code: str) -> str:
        """A refusal reason's text."""


def period_text(w: Words, period: Period) -> str:
    first = period.first
    if period == month_period(first.year, first.month):
        return w("month", year=first.year, month=first.month)
    return w("span", first=period.first, last=period.last)


def age_band_text(w: Words, band: AgeBandRow) -> str:
    if band.ceiling is None:
        return w("above", floor=band.floor)
    if band.floor == 0:
        return w("below", ceiling=band.ceiling)
    return w("band", floor=band.floor, last=band.ceiling - 1)


def summary_tables(
    w: Words, permits: PermitStatistics, researchers: ResearcherStatistics, generated_on: date
) -> tuple[ReportTable, ReportTable]:
    """Key figures (counts) and rates."""
    total = permits.total
    counts: tuple[tuple[Cell, ...], ...] = (
        (w("period"), period_text(w, permits.period)),
        (w("generated"), w("date", d=generated_on)),
        (w("received"), total.received),
        (w("accepted"), total.accepted),
        (w("decided"), total.decided),
        (w("approved"), total.approved),
        (w("refused"), total.refused),
        (w("enrolled_total"), researchers.enrolled),
        (w("overdue_total"), researchers.overdue_reports),
    )
    rates = (
        (w("approval_rate"), total.approval_rate),
        (w("refusal_rate"), total.refusal_rate),
        (w("on_time_rate"), permits.on_time_rate),
    )
    return (
        ReportTable(w("summary"), (w("item"), w("value")), counts),
        ReportTable(w("rates"), (w("item"), w("rate")), rates, percent_columns=frozenset({1})),
    )


def volume_table(w: Words, dimension: Dimension, rows: Sequence[VolumeRow]) -> ReportTable:
    """Received, accepted, decided, approved, refused and the rates, per dimension value."""
    if dimension is Dimension.NATIONALITY:
        name = w.nationality
    elif dimension is Dimension.DISTRICT:
        name = str  # city and district, as the employers' records spell them
    else:
        def name(key: str) -> str:
            return w.label(str(dimension), key)

    what = w(str(dimension))
    return ReportTable(
        w("by", what=what),
        (what, w("received"), w("accepted"), w("decided"), w("approved"), w("refused"),
         w("approval_rate"), w("refusal_rate")),
        tuple(
            (name(r.key), r.received, r.accepted, r.decided, r.approved, r.refused,
             r.approval_rate, r.refusal_rate)
            for r in rows
        ),
        percent_columns=frozenset({6, 7}),
    )


def reasons_table(w: Words, permits: PermitStatistics) -> ReportTable:
    return ReportTable(
        w("reasons"),
        (w("reason"), w("tracks"), w("share")),
        tuple((w.reason(r.code), r.tracks, r.share) for r in permits.refusal_reasons),
        percent_columns=frozenset({2}),
    )


def processing_table(w: Words, permits: PermitStatistics) -> ReportTable:
    """Per track and limit: the limit (column 1), counts, mean, median (5) and P90 (6)."""
    return ReportTable(
        w("processing"),
        (w("track"), w("limit"), w("limit_unit"), w("measured"), w("mean"), w("median"),
         w("p90"), w("on_time"), w("on_time_rate")),
        tuple(
            (w("track_limit", track=w.label("track", r.track),
               limit=w.label("limit", r.limit_key)),
             r.limit_amount, w.label("unit", r.limit_unit), r.decided, r.mean_days,
             r.median_days, r.p90_days, r.on_time, r.on_time_rate)
            for r in permits.processing
        ),
        percent_columns=frozenset({8}),
        decimal_columns=frozenset({4, 5, 6}),
    )


def expiries_table(w: Words, permits: PermitStatistics) -> ReportTable:
    return ReportTable(
        w("expiries"),
        (w("expiry_month"), w.label("track", "work_permit"),
         w.label("track", "residence_permit"), w("total")),
        tuple(
            (w("month_label", d=e.month.first), e.work_permits, e.residence_permits, e.total)
            for e in permits.expiries
        ),
    )


def enrollment_tables(
    w: Words, researchers: ResearcherStatistics
) -> tuple[ReportTable, ReportTable]:
    """Enrolled and started, by program and by evaluation category."""
    return (
        ReportTable(
            w("by_program"),
            (w("program"), w("enrolled"), w("started")),
            tuple((r.key, r.enrolled, r.started) for r in researchers.by_program),
        ),
        ReportTable(
            w("by_category"),
            (w("evaluation_category"), w("enrolled"), w("started")),
            tuple(
                (w.label("evaluation_category", r.key), r.enrolled, r.started)
                for r in researchers.by_category
            ),
        ),
    )


def ages_table(w: Words, researchers: ResearcherStatistics) -> ReportTable:
    return ReportTable(
        w("ages"),
        (w("age_band"), w("people")),
        tuple((age_band_text(w, b), b.researchers) for b in researchers.age_bands),
    )


def assessment_tables(
    w: Words, researchers: ResearcherStatistics
) -> tuple[ReportTable, ReportTable, ReportTable]:
    """Grades per checkpoint kind, overdue reports per program, extensions per reason."""
    return (
        ReportTable(
            w("grades"),
            (w("checkpoint"), w("grade"), w("count")),
            tuple(
                (w.label("checkpoint_kind", g.kind), w.label("grade", g.grade), g.checkpoints)
                for g in researchers.grades
            ),
        ),
        ReportTable(
            w("overdue"),
            (w("program"), w("reports")),
            tuple((o.program, o.reports) for o in researchers.overdue),
        ),
        ReportTable(
            w("extensions"),
            (w("extension_reason"), w("extension_started"), w("extension_running")),
            tuple(
                (w.label("extension_reason", e.reason), e.started, e.in_effect)
                for e in researchers.extensions
            ),
        ),
    )
