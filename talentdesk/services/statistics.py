"""Statistics for leadership: permit volumes, decisions, processing time, expiries, researchers.

Every figure is computed in SQL (``storage/repos/statistics.py``); this service only checks
permissions, names the rows and puts them in a stable order. Aggregates carry no personal
data, so any role that may read an area may see its statistics.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date
from typing import TypeVar

from talentdesk.domain.accounts import Actor
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.researchers.programs import CheckpointKind, EvaluationCategory
from talentdesk.domain.researchers.schedule import ExtensionReason
from talentdesk.domain.statistics import (
    AGE_BAND_FLOORS,
    TOP_NATIONALITIES,
    AgeBandRow,
    Dimension,
    EnrolledRow,
    ExpiryRow,
    ExtensionCountRow,
    GradeRow,
    OverdueRow,
    Period,
    PermitStatistics,
    ProcessingRow,
    ReasonRow,
    ReportTable,
    ResearcherStatistics,
    VolumeRow,
    busiest_first,
    fold_top,
    grade_rank,
    months_after,
    rate,
    total_of,
)
from talentdesk.domain.time_limits import LimitKey, LimitUnit, time_limit_versions
from talentdesk.errors import PermissionDeniedError
from talentdesk.services.common import Clock, local_today, require, utc_now
from talentdesk.services.working_days import ensure_working_days
from talentdesk.storage.database import Database
from talentdesk.storage.repos import statistics as repo

T = TypeVar("T")


def _ordered(rows: Iterable[T], key: Callable[[T], str], order: Iterable[object]) -> tuple[T, ...]:
    """``rows`` in a fixed order of their keys (unknown keys last, alphabetically), so a chart
    keeps its bars in place from one month to the next."""
    rank = {str(value): i for i, value in enumerate(order)}
    return tuple(sorted(rows, key=lambda r: (rank.get(key(r), len(rank)), key(r))))


class StatisticsService:
    """Aggregates over a chosen period, for the statistics page and the monthly report."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def today(self) -> date:
        return local_today(self._clock())

    def permit_statistics(
        self, actor: Actor, period: Period, top_nationalities: int = TOP_NATIONALITIES
    ) -> PermitStatistics:
        """Volumes, decisions, refusal reasons, processing time and expiries for ``period``.

        Expiries are counted for the twelve months after the period, so a report on a past
        month always shows the same figures.
        """
        require(actor, Action.READ_PERMITS)
        self._ensure_calendar(period)
        months = months_after(period.last)
        with self._db.read() as session:
            volumes = {
                d: [VolumeRow(k1 + k2, *n) for k1, k2, *n in repo.volumes(session, d, period)]
                for d in Dimension
            }
            reasons = repo.refusal_reasons(session, period)
            processing = repo.processing(session, period, time_limit_versions())
            expiries = repo.expiries(session, months)
        total = total_of(volumes[Dimension.BUSINESS_TYPE])
        return PermitStatistics(
            period=period,
            total=total,
            by_business_type=_ordered(volumes[Dimension.BUSINESS_TYPE], _key, BusinessType),
            by_category=_ordered(volumes[Dimension.CATEGORY], _key, Category),
            by_nationality=fold_top(volumes[Dimension.NATIONALITY], top_nationalities),
            by_district=busiest_first(volumes[Dimension.DISTRICT]),
            refusal_reasons=tuple(
                ReasonRow(code, n, rate(n, total.refused))
                for code, n in sorted(reasons, key=lambda r: (-r[1], r[0]))
            ),
            # repo order: track, then limit key; work permits first, as everywhere
            processing=_ordered(map(_processing_row, processing), lambda r: r.track, Track),
            expiries=_expiry_rows(months, expiries),
        )

    def researcher_statistics(self, actor: Actor, period: Period) -> ResearcherStatistics:
        """Enrollments, ages, grades, overdue reports and extensions for ``period``.

        States that belong to a day (enrolled, age, overdue, extension running) are taken on
        the period's last day; events (started, decided) within the period.
        """
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            by_program, by_category = (
                [EnrolledRow(*r) for r in repo.enrolled(session, period, by_program=flag)]
                for flag in (True, False)
            )
            bands = dict(repo.age_bands(session, period.last, AGE_BAND_FLOORS))
            grades = repo.grades(session, period)
            overdue = repo.overdue_reports(session, period.last)
            extensions = repo.extensions(session, period)
        ceilings = (*AGE_BAND_FLOORS[1:], None)
        by_grade = sorted((GradeRow(*row) for row in grades), key=lambda g: grade_rank(g.grade))
        return ResearcherStatistics(
            period=period,
            by_program=tuple(sorted(by_program, key=lambda r: (-r.enrolled, r.key))),
            by_category=_ordered(by_category, _key, EvaluationCategory),
            age_bands=tuple(
                AgeBandRow(floor, ceiling, bands.get(floor, 0))
                for floor, ceiling in zip(AGE_BAND_FLOORS, ceilings, strict=True)
            ),
            # sorted() is stable: grades stay best first within each kind
            grades=_ordered(by_grade, lambda g: g.kind, CheckpointKind),
            overdue=tuple(
                OverdueRow(name, n) for name, n in sorted(overdue, key=lambda o: (-o[1], o[0]))
            ),
            extensions=_ordered(
                (ExtensionCountRow(*row) for row in extensions), lambda e: e.reason, ExtensionReason
            ),
        )

    def monthly_report(
        self, actor: Actor, period: Period, target: str | os.PathLike[str], language: str
    ) -> None:
        """Write the 统计月报 of ``period`` (every table, with charts) to ``target``.

        Args:
            language: ``zh_CN`` or ``en``, the language of the workbook's words.
        """
        require(actor, Action.READ_PERMITS)
        require(actor, Action.READ_RESEARCHERS)
        permits = self.permit_statistics(actor, period)
        researchers = self.researcher_statistics(actor, period)
        from talentdesk.excel.monthly_report import write_monthly_report  # start-up time

        write_monthly_report(
            target, permits, researchers, generated_on=self.today(), language=language
        )

    def export_table(
        self, actor: Actor, table: ReportTable, target: str | os.PathLike[str]
    ) -> None:
        """Save one table as shown (already in the user's language) as a workbook of its own."""
        if not (allowed(actor.role, Action.READ_PERMITS)
                or allowed(actor.role, Action.READ_RESEARCHERS)):
            raise PermissionDeniedError(str(Action.READ_PERMITS), str(actor.role))
        from talentdesk.excel.monthly_report import write_table  # start-up time

        write_table(target, table)

    def _ensure_calendar(self, period: Period) -> None:
        """Working days must cover every acceptance and decision the period can reach."""
        with self._db.read() as session:
            oldest = repo.first_received_on(session)
        first = min(oldest or period.first, period.first)
        ensure_working_days(self._db, first, max(period.last, self.today()))


def _key(row: VolumeRow | EnrolledRow) -> str:
    return row.key


def _processing_row(figures: repo.ProcessingFigures) -> ProcessingRow:
    return ProcessingRow(
        track=Track(figures.track),
        limit_key=LimitKey(figures.limit_key),
        limit_amount=figures.limit_amount,
        limit_unit=LimitUnit(figures.limit_unit),
        decided=figures.decided,
        mean_days=figures.mean_days,
        median_days=figures.median_days,
        p90_days=figures.p90_days,
        on_time=figures.on_time,
    )


def _expiry_rows(
    months: tuple[Period, ...], counts: list[tuple[int, str, int]]
) -> tuple[ExpiryRow, ...]:
    found = {(i, kind): n for i, kind, n in counts}
    return tuple(
        ExpiryRow(
            month,
            found.get((i, str(Track.WORK_PERMIT)), 0),
            found.get((i, str(Track.RESIDENCE_PERMIT)), 0),
        )
        for i, month in enumerate(months)
    )

