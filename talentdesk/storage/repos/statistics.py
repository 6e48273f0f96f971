"""Statistics queries: every figure is a GROUP BY in SQL over covering indexes.

Only result sets come back to Python (a few rows per dimension value); no case or track row
is ever loaded. Working days come from the ``working_days`` table (ordinal differences),
quantiles from a window over the histogram of values, so both dialects run the same SQL
apart from the JSON unnesting of refusal reasons.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    Table,
    and_,
    case,
    cast,
    delete,
    false,
    func,
    literal,
    literal_column,
    or_,
    select,
    union_all,
)
from sqlalchemy import column as table_column
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.expression import TableClause
from sqlalchemy.sql.visitors import InternalTraversal

from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.statistics import (
    APPROVED_STATES,
    DECIDED_STATES,
    MEDIAN,
    P90,
    REFUSED_STATES,
    Dimension,
    Period,
    Quantile,
    born_by,
)
from talentdesk.domain.time_limits import LimitUnit, TimeLimits
from talentdesk.domain.track_clock import review_limit
from talentdesk.domain.tracks import TrackAction
from talentdesk.storage.repos.bulk import insert_rows
from talentdesk.storage.repos.json_arrays import json_elements
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseRow,
    CheckpointRow,
    EmployerRow,
    EnrollmentRow,
    ExtensionRow,
    IssuedPermitRow,
    ProgramRow,
    ResearcherRow,
    TrackEventRow,
    TrackRow,
    WorkingDayRow,
)

_ZERO, _ONE = literal_column("0"), literal_column("1")
# Spelled out literally: SQLite uses the partial index only when the query repeats its WHERE.
_PAUSE_EVENTS = TrackEventRow.action.in_(
    [literal_column(f"'{a}'") for a in (TrackAction.REQUEST_CORRECTION, TrackAction.RESUME)]
)

# --- the working-day table ----------------------------------------------------------------------


def working_days_span(session: Session) -> tuple[date, date] | None:
    first, last = session.execute(
        select(func.min(WorkingDayRow.day), func.max(WorkingDayRow.day))
    ).one()
    return None if first is None else (first, last)


def replace_working_days(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    session.execute(delete(WorkingDayRow))
    insert_rows(session, WorkingDayRow.__table__, rows)


def first_received_on(session: Session) -> date | None:
    """The oldest case's receiving day: no acceptance or decision can be older."""
    return session.scalar(select(func.min(CaseRow.received_on)))


# --- volumes by dimension -----------------------------------------------------------------------


def _in(column: Any, period: Period) -> ColumnElement[bool]:
    return column.between(period.first, period.last)


class _IndexedBy(TableClause):
    """Some columns of ``table``, read on SQLite through ``index`` (``INDEXED BY``).

    For lookups by id of many wide rows, the narrow (id, column) indexes of migration 0012 read
    a tenth of the pages; SQLite takes the rowid for ``id = ?`` whenever it can, so the
    queries have to name them. Other dialects get the plain table.
    """

    inherit_cache = True
    _traverse_internals: ClassVar[list[tuple[str, InternalTraversal]]] = [
        *TableClause._traverse_internals, ("index", InternalTraversal.dp_string)
    ]

    def __init__(self, table: Table, index: str, *names: str) -> None:
        super().__init__(table.name, *(table_column(n, table.c[n].type) for n in names))
        self.index = index


@compiles(_IndexedBy, "sqlite")
def _indexed_by_on_sqlite(element: _IndexedBy, compiler: Any, **kw: Any) -> str:
    text = compiler.visit_table(element, **kw)
    return f"{text} INDEXED BY {element.index}" if kw.get("asfrom") else text


_NATIONALITIES = _IndexedBy(
    ApplicantRow.__table__, "ix_applicants_id_nationality", "id", "nationality"
)
_BIRTH_DATES = _IndexedBy(ResearcherRow.__table__, "ix_researchers_id_birth", "id", "birth_date")


# The column of ``cases`` each dimension groups by, and for nationality and district the id
# of the table that turns it into the dimension's key columns.
_SOURCE: dict[Dimension, ColumnElement[Any]] = {
    Dimension.BUSINESS_TYPE: CaseRow.business_type,
    Dimension.CATEGORY: CaseRow.category,
    Dimension.NATIONALITY: CaseRow.applicant_id,
    Dimension.DISTRICT: CaseRow.employer_id,
}
_LOOKUP: dict[Dimension, tuple[Any, tuple[ColumnElement[str], ColumnElement[str]]]] = {
    Dimension.NATIONALITY: (_NATIONALITIES.c.id, (_NATIONALITIES.c.nationality, literal(""))),
    Dimension.DISTRICT: (EmployerRow.__table__.c.id, (EmployerRow.city, EmployerRow.district)),
}


def _unindexed(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` in a form no index serves, so the day range chooses the index.

    Without ANALYZE statistics SQLite otherwise takes an equality on ``state`` for selective
    and reads the state index (a tenth of all tracks), or reads a whole table in the order of
    an index on the GROUP BY column to save a sort, instead of the few rows of the period.
    """
    return column + 0 if isinstance(column.type, Integer) else column.concat("")


def volumes(
    session: Session, dimension: Dimension, period: Period
) -> list[tuple[str, str, int, int, int, int]]:
    """Per value of ``dimension``: (key 1, key 2, received, accepted, approved, refused).

    Received counts cases by their receiving day; accepted and decided count tracks (each
    permit is its own licence decision) by their acceptance and decision days. Nationality and
    district group by applicant and employer first, so each is looked up once, in id order.
    """
    source = _SOURCE[dimension].label("k")
    on_tracks = select(source).select_from(TrackRow).join(CaseRow, CaseRow.id == TrackRow.case_id)
    received = (
        select(source, _ONE.label("r"), _ZERO.label("a"), _ZERO.label("ap"), _ZERO.label("rf"))
        .where(_in(CaseRow.received_on, period))
    )
    accepted = on_tracks.add_columns(_ZERO, _ONE, _ZERO, _ZERO).where(
        _in(TrackRow.accepted_on, period)
    )
    decided = on_tracks.add_columns(
        _ZERO,
        _ZERO,
        case((_unindexed(TrackRow.state).in_(APPROVED_STATES), 1), else_=0),
        case((_unindexed(TrackRow.state).in_(REFUSED_STATES), 1), else_=0),
    ).where(_in(TrackRow.decided_on, period))
    u = union_all(received, accepted, decided).subquery()
    grouped = (
        select(u.c.k, *(func.sum(c).label(c.name) for c in (u.c.r, u.c.a, u.c.ap, u.c.rf)))
        .group_by(u.c.k)
        .subquery()
    )
    sums = [func.sum(c) for c in (grouped.c.r, grouped.c.a, grouped.c.ap, grouped.c.rf)]
    lookup = _LOOKUP.get(dimension)
    if lookup is None:
        query = select(grouped.c.k, literal(""), *sums).group_by(grouped.c.k)
    else:
        row_id, keys = lookup
        query = select(*keys, *sums).join(row_id.table, row_id == grouped.c.k).group_by(*keys)
    # Tracks withdrawn in the period add a row of zeros to the decided branch.
    query = query.having(sum(sums[1:], sums[0]) > 0)
    return [
        (k1, k2, int(r), int(a), int(ap), int(rf))
        for k1, k2, r, a, ap, rf in session.execute(query)
    ]


# --- refusal reasons ----------------------------------------------------------------------------


def refusal_reasons(session: Session, period: Period) -> list[tuple[str, int]]:
    """Per reason code, the tracks refused in ``period`` that gave it (a track may give several).

    The codes live in a JSON array per track; refusals are a few per cent of decisions, so
    unnesting them (json_each / json_array_elements_text) costs little and keeps one source of
    truth instead of a second table every writer would have to keep in step.
    """
    codes = json_elements(session, TrackRow.refusal_reasons).alias("reason")
    query = (
        select(codes.c.value, func.count(func.distinct(TrackRow.id)))
        .select_from(TrackRow)
        .join(codes, literal(True))
        .where(_unindexed(TrackRow.state).in_(REFUSED_STATES), _in(TrackRow.decided_on, period))
        .group_by(codes.c.value)
    )
    return [(str(code), int(n)) for code, n in session.execute(query)]


# --- processing time ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class ProcessingFigures:
    track: str
    limit_key: str
    limit_amount: int
    limit_unit: str
    decided: int
    mean_days: float | None
    median_days: float | None
    p90_days: float | None
    on_time: int


def _limit_key_expr() -> ColumnElement[str]:
    """The promised decision limit of each track (``review_limit``), as one CASE in SQL."""
    columns = (TrackRow.track, CaseRow.business_type, CaseRow.category)
    domains = (tuple(Track), tuple(BusinessType), tuple(Category))
    return _decision_tree(columns, domains, lambda *values: str(review_limit(*values)))


def _decision_tree(
    columns: Sequence[ColumnElement[str]],
    domains: Sequence[tuple[Any, ...]],
    rule: Callable[..., str],
    fixed: tuple[Any, ...] = (),
) -> ColumnElement[str]:
    """``rule`` over every combination of ``domains``, as nested CASEs split column by column.

    Values that lead to the same subtree share a WHEN, and the commonest subtree is the ELSE,
    so ``review_limit`` comes out as four short branches instead of 48 tuple comparisons.
    """
    if not domains:
        return literal(rule(*fixed))
    subtrees: dict[str, tuple[list[str], ColumnElement[str]]] = {}
    for value in domains[0]:
        tree = _decision_tree(columns[1:], domains[1:], rule, (*fixed, value))
        key = str(tree.compile(compile_kwargs={"literal_binds": True}))
        subtrees.setdefault(key, ([], tree))[0].append(str(value))
    if len(subtrees) == 1:
        return next(iter(subtrees.values()))[1]
    *branches, (_, default) = sorted(subtrees.values(), key=lambda b: len(b[0]))
    return case(*[(columns[0].in_(values), tree) for values, tree in branches], else_=default)


def _version_expr(versions: Sequence[TimeLimits]) -> ColumnElement[str]:
    """The version a case keeps; cases that recorded none use the one in force when received."""
    if len(versions) == 1:
        return literal(versions[0].version)
    in_force = [
        (CaseRow.received_on >= v.effective_from, v.version) for v in reversed(versions[1:])
    ]
    recorded = CaseRow.time_limits_version
    return case(
        (recorded.in_([v.version for v in versions]), recorded),
        *in_force,
        else_=versions[0].version,
    )


def _limit_exprs(
    versions: Sequence[TimeLimits], version: ColumnElement[str], key: ColumnElement[str]
) -> tuple[ColumnElement[int], ColumnElement[str]]:
    keys = sorted(
        {review_limit(*combo) for combo in itertools.product(Track, BusinessType, Category)}
    )
    pairs = [(v, k) for v in versions for k in keys]
    amount = case(
        *[(and_(version == v.version, key == str(k)), v[k].amount) for v, k in pairs], else_=0
    )
    unit = case(
        *[(and_(version == v.version, key == str(k)), str(v[k].unit)) for v, k in pairs],
        else_="",
    )
    return amount, unit


def _quantile(
    value: ColumnElement[Any], cum: ColumnElement[int], n: ColumnElement[int], q: Quantile
) -> ColumnElement[float]:
    """percentile_cont over a histogram: ``cum`` is the running count up to ``value``."""
    position = (n - 1) * q.numerator
    low = position // q.denominator + 1  # 1-based rank below the quantile
    high = case((low < n, low + 1), else_=n)
    fraction = cast(position % q.denominator, Float) / q.denominator
    at = lambda rank: func.min(case((cum >= rank, value)))  # noqa: E731 - two uses below
    return at(low) * (1 - fraction) + at(high) * fraction


def processing(
    session: Session, period: Period, versions: Sequence[TimeLimits]
) -> list[ProcessingFigures]:
    """Working days from acceptance to decision, net of correction pauses, per track and limit.

    Net days = ordinal(decided) - ordinal(accepted) - paused, where each correction request
    pauses the clock until its resumption (or until the decision, when a refusal ended the
    wait): summed as ``Σ ±(ordinal(decided) - ordinal(event day))``, + for a request and - for
    a resumption. The same with day numbers gives calendar days, for limits counted in days.
    """
    accepted, decided, event_day = (aliased(WorkingDayRow) for _ in range(3))
    in_period = (
        _in(TrackRow.decided_on, period),
        _unindexed(TrackRow.state).in_(DECIDED_STATES),
    )

    def paused(column: str) -> ColumnElement[int]:
        end, at = getattr(decided, column), getattr(event_day, column)
        request = TrackEventRow.action == str(TrackAction.REQUEST_CORRECTION)
        return func.sum(case((request, end - at), else_=at - end)).label(column)

    # Only the few paused tracks have rows here; joining events in the main query instead
    # would group every decided track, and a correlated subquery costs more per track.
    pauses = (
        select(TrackRow.id.label("track_id"), paused("ordinal"), paused("day_number"))
        .select_from(TrackRow)
        .join(
            TrackEventRow,
            and_(
                TrackEventRow.case_id == TrackRow.case_id,
                TrackEventRow.track == TrackRow.track,
                _PAUSE_EVENTS,
                TrackEventRow.on_date >= TrackRow.accepted_on,
            ),
        )
        .join(event_day, event_day.day == TrackEventRow.on_date)
        .join(decided, decided.day == TrackRow.decided_on)
        .where(*in_period)
        .group_by(TrackRow.id)
        .cte("pauses")
        .prefix_with("MATERIALIZED")
    )
    # Materialized, so each track's limit is worked out once, not once per use.
    measured = (
        select(
            TrackRow.track.label("track"),
            _limit_key_expr().label("limit_key"),
            _version_expr(versions).label("version"),
            (
                decided.ordinal - accepted.ordinal - func.coalesce(pauses.c.ordinal, 0)
            ).label("wd"),
            (
                decided.day_number - accepted.day_number - func.coalesce(pauses.c.day_number, 0)
            ).label("cd"),
        )
        .select_from(TrackRow)
        .join(CaseRow, CaseRow.id == TrackRow.case_id)
        .join(accepted, accepted.day == TrackRow.accepted_on)
        .join(decided, decided.day == TrackRow.decided_on)
        .outerjoin(pauses, pauses.c.track_id == TrackRow.id)
        .where(*in_period)
        .cte("decided_tracks")
        .prefix_with("MATERIALIZED")
    )
    amount, unit = _limit_exprs(versions, measured.c.version, measured.c.limit_key)
    in_unit = case((unit == str(LimitUnit.DAYS), measured.c.cd), else_=measured.c.wd)
    rows = select(
        measured.c.track,
        measured.c.limit_key,
        amount.label("amount"),
        unit.label("unit"),
        measured.c.wd,
        case((in_unit <= amount, 1), else_=0).label("ok"),
    ).subquery("limited")
    group = (rows.c.track, rows.c.limit_key, rows.c.amount, rows.c.unit)
    histogram = (
        select(
            *group,
            rows.c.wd,
            func.count().label("k"),
            func.sum(rows.c.ok).label("ok"),
        )
        .group_by(*group, rows.c.wd)
        .subquery("histogram")
    )
    h_group = (histogram.c.track, histogram.c.limit_key, histogram.c.amount, histogram.c.unit)
    # Integers on purpose: PostgreSQL's SUM of counts is NUMERIC, whose division is not the
    # integer division the ranks need.
    running = select(
        histogram,
        cast(
            func.sum(histogram.c.k).over(
                partition_by=h_group, order_by=histogram.c.wd, rows=(None, 0)
            ),
            Integer,
        ).label("cum"),
        cast(func.sum(histogram.c.k).over(partition_by=h_group), Integer).label("n"),
    ).subquery("running")
    r_group = (running.c.track, running.c.limit_key, running.c.amount, running.c.unit)
    query = (
        select(
            *r_group,
            running.c.n,
            cast(func.sum(running.c.wd * running.c.k), Float) / running.c.n,
            _quantile(running.c.wd, running.c.cum, running.c.n, MEDIAN),
            _quantile(running.c.wd, running.c.cum, running.c.n, P90),
            func.sum(running.c.ok),
        )
        .group_by(*r_group, running.c.n)
        .order_by(*r_group)
    )
    return [
        ProcessingFigures(
            track, key_, int(amount_), unit_, int(n), float(mean), float(median), float(p90),
            int(ok),
        )
        for track, key_, amount_, unit_, n, mean, median, p90, ok in session.execute(query)
    ]


# --- expiries -----------------------------------------------------------------------------------


def expiries(session: Session, months: Sequence[Period]) -> list[tuple[int, str, int]]:
    """(month index, permit kind, count) of permits ending in each month and not yet renewed.

    Grouped by day first, in the order of the (valid_to, kind) index, so SQLite counts while
    it reads instead of sorting every permit; the days are then put into months.
    """
    renewal = aliased(IssuedPermitRow)
    by_day = (
        select(IssuedPermitRow.valid_to, IssuedPermitRow.kind, func.count().label("n"))
        .where(
            IssuedPermitRow.valid_to.between(months[0].first, months[-1].last),
            ~select(renewal.id).where(renewal.replaces_id == IssuedPermitRow.id).exists(),
        )
        .group_by(IssuedPermitRow.valid_to, IssuedPermitRow.kind)
        .subquery()
    )
    month = case(*[(by_day.c.valid_to <= m.last, i) for i, m in enumerate(months)], else_=-1)
    query = select(month, by_day.c.kind, func.sum(by_day.c.n)).group_by(month, by_day.c.kind)
    return [(int(i), kind, int(n)) for i, kind, n in session.execute(query)]


# --- young researchers --------------------------------------------------------------------------


def _in_force(on: date) -> ColumnElement[bool]:
    """The enrollment runs on ``on``: started, not yet ended, not terminated before."""
    return and_(
        EnrollmentRow.start_on <= on,
        EnrollmentRow.end_on >= on,
        or_(EnrollmentRow.terminated_on.is_(None), EnrollmentRow.terminated_on > on),
    )


def enrolled(
    session: Session, period: Period, by_program: bool
) -> list[tuple[str, int, int]]:
    """(program name or evaluation category, in force on the last day, started in the period).

    Read from the (end_on, start_on, …) index: an enrollment that starts in the period or runs
    on its last day cannot have ended before the period began.
    """
    column = _unindexed(EnrollmentRow.program_id if by_program else EnrollmentRow.category)
    grouped = (
        select(
            column.label("k"),
            func.sum(case((_in_force(period.last), 1), else_=0)).label("enrolled"),
            func.sum(case((_in(EnrollmentRow.start_on, period), 1), else_=0)).label("started"),
        )
        .where(EnrollmentRow.end_on >= period.first, EnrollmentRow.start_on <= period.last)
        .group_by(column)
        .subquery()
    )
    key = ProgramRow.name if by_program else grouped.c.k
    query = select(key, grouped.c.enrolled, grouped.c.started).where(
        grouped.c.enrolled + grouped.c.started > 0
    )
    if by_program:
        query = query.join(ProgramRow, ProgramRow.id == grouped.c.k)
    return [(str(k), int(n), int(new)) for k, n, new in session.execute(query)]


def age_bands(session: Session, on: date, floors: Sequence[int]) -> list[tuple[int, int]]:
    """(band floor, researchers) for everyone enrolled on ``on``, by completed years that day.

    The bands become birth-date bounds (``born_by``), so no dialect's date arithmetic is needed.
    ``id IN (enrolled)`` counts each researcher once without a DISTINCT: SQLite reads the
    enrollments from the in-force index and the birth dates in id order from
    ix_researchers_id_birth. With a DISTINCT subquery it read every enrollment, in researcher
    order, from the table (at 100k researchers 85 ms against 60 ms now, where the covering
    GROUP BY baseline of bench/stats_queries.py takes 35 ms).
    """
    enrolled = select(EnrollmentRow.researcher_id).where(_in_force(on))
    # Youngest band first: most researchers are young, so most rows stop at the first WHEN.
    birth_date = _BIRTH_DATES.c.birth_date
    band = case(
        *[(birth_date > born_by(on, older), floor) for floor, older in itertools.pairwise(floors)],
        else_=floors[-1],
    )
    query = (
        select(band, func.count())
        .select_from(_BIRTH_DATES)
        .where(_BIRTH_DATES.c.id.in_(enrolled))
        .group_by(band)
    )
    return [(int(floor), int(n)) for floor, n in session.execute(query)]


def grades(session: Session, period: Period) -> list[tuple[str, str, int]]:
    """(checkpoint kind, grade, checkpoints) decided in the period with a grade."""
    query = (
        select(CheckpointRow.kind, CheckpointRow.grade, func.count())
        .where(_in(CheckpointRow.decided_on, period), CheckpointRow.grade != "")
        .group_by(CheckpointRow.kind, CheckpointRow.grade)
    )
    return [(kind, grade, int(n)) for kind, grade, n in session.execute(query)]


def overdue_reports(session: Session, on: date) -> list[tuple[str, int]]:
    """(program name, reports) due before ``on`` and not received by then, checkpoints not
    cancelled.

    Not yet received and received after ``on`` are two ranges of the (report_received_on,
    cancelled, due_on) index; written as one OR, SQLite would read every checkpoint due before.
    """
    def still_due(received: ColumnElement[bool]) -> Select:
        return select(CheckpointRow.enrollment_id).where(
            received, CheckpointRow.cancelled == false(), CheckpointRow.due_on < on
        )

    late = union_all(
        still_due(CheckpointRow.report_received_on.is_(None)),
        still_due(CheckpointRow.report_received_on > on),
    ).subquery()
    per_program = (
        select(EnrollmentRow.program_id, func.count().label("n"))
        .join(late, late.c.enrollment_id == EnrollmentRow.id)
        .group_by(EnrollmentRow.program_id)
        .subquery()
    )
    query = select(ProgramRow.name, per_program.c.n).join(
        per_program, per_program.c.program_id == ProgramRow.id
    )
    return [(name, int(n)) for name, n in session.execute(query)]


def extensions(session: Session, period: Period) -> list[tuple[str, int, int]]:
    """(reason, starting in the period, running on its last day); extensions are few, and
    a handful of rows per office needs no index of its own."""
    query = (
        select(
            ExtensionRow.reason,
            func.sum(case((_in(ExtensionRow.starts_on, period), 1), else_=0)),
            func.sum(
                case(
                    (and_(ExtensionRow.starts_on <= period.last,
                          ExtensionRow.ends_on >= period.last), 1),
                    else_=0,
                )
            ),
        )
        .where(ExtensionRow.ends_on >= period.first, ExtensionRow.starts_on <= period.last)
        .group_by(ExtensionRow.reason)
    )
    return [(reason, int(new), int(running)) for reason, new, running in session.execute(query)]
