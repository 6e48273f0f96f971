"""Reading one page of a big list in SQL: count, order, offset/limit, and trigram search.

A page is read in three statements. The count runs the filters alone, so it uses their
indexes. The page query selects only ids (narrow rows sort fast), ordered by the sort key
and then the id, so rows with equal keys keep their place between pages. The rows' columns
are then loaded for those ids only. Pages past the middle are read backwards from the end,
so the last page costs what the first does.

SQLite has no statistics unless someone runs ANALYZE, so for a big match count its planner
still finds every match through a filter's index and sorts them all (a second and more for
"all collected cases, newest first"). Knowing the count, ``read_page`` decides which way is
cheaper and, when walking the sort index wins, hides the filters' indexes from the planner
(``unindexed``); PostgreSQL keeps statistics and plans this itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    ColumnElement,
    Select,
    Table,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.sql.util import ClauseAdapter

from talentdesk.domain.listing import MIN_SUBSTRING, ListQuery, ListSpec, Page, is_short_search

T = TypeVar("T")

# The highest code point sorts after every other character in SQLite's binary order.
_AFTER_EVERY_PREFIX = "\U0010ffff"


class unindexed(FunctionElement):  # noqa: N801 - used like a SQL function
    """The expression, which SQLite must not look up through an index (its unary ``+``)."""

    inherit_cache = True
    name = "unindexed"

    def __init__(self, expression: ColumnElement[Any]) -> None:
        super().__init__(expression)
        self.type = expression.type


@compiles(unindexed)
def _unindexed_default(element: unindexed, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(unindexed, "sqlite")
def _unindexed_sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + compiler.process(element.clauses, **kw)


@dataclasses.dataclass(frozen=True)
class SortOrder:
    """How a sortable column orders rows.

    Attributes:
        columns: the key columns; the list's id is appended as the tie-breaker.
        by_index: an index returns rows in this order (with the id last), so the page can be
            read by walking it instead of sorting every match.
        filters_in_index: filter keys that share that index (``(assigned_to, received_on)``):
            with only those active, the index finds the page directly, whatever the count.
        then: for a key some rows have no value for (a case without a running deadline):
            this order's ``ids`` select only the rows with a value, and the others follow
            them, in the order of the sort key named here (in the list's default direction).
    """

    columns: tuple[ColumnElement[Any], ...]
    by_index: bool = True
    filters_in_index: frozenset[str] = frozenset()
    then: str | None = None


@dataclasses.dataclass(frozen=True)
class ListSource(Generic[T]):
    """What ``read_page`` needs to know about one list.

    Attributes:
        id_column: the primary key of the listed rows.
        sorts: sort key -> its order; may hold keys no column offers (see ``SortOrder.then``).
        ids: (query, filter keys whose index must not be used, sort key or None) ->
            ``select(id)`` with every filter and search condition of the query, and the joins
            they need and the sort key's columns need (none for counting).
        load: (session, ids) -> the records for those ids, by id.
        count: a cheaper statement counting the query's rows, when the source knows one for
            this query (counting tracks instead of their cases); None otherwise.
    """

    id_column: ColumnElement[int]
    sorts: Mapping[str, SortOrder]
    ids: Callable[[ListQuery, frozenset[str], str | None], Select[Any]]
    load: Callable[[Session, Sequence[int]], Mapping[int, T]]
    count: Callable[[ListQuery], Select[Any] | None] = lambda _query: None


def read_page(session: Session, spec: ListSpec, source: ListSource[T], query: ListQuery) -> Page[T]:
    """The page of ``query`` with the number of rows matching it; ``query`` must be checked."""
    counting = source.count(query)
    if counting is None:
        counting = _counting(source.ids(query, frozenset(), None))
    total = session.scalar(counting) or 0
    if total == 0 or query.offset >= total:
        return Page((), total, query.offset)
    key, descending = spec.sort_of(query)
    order = source.sorts[key]
    if order.then is None and query.offset * 2 > total - query.limit:
        # Past the middle, read from the other end: OFFSET costs as many rows as it skips,
        # and the last page (the end key, a dragged scroll bar) should cost what the first does.
        count = min(query.limit, total - query.offset)
        mirrored = query.at(total - query.offset - count, count)
        ids = _page_ids(session, source, key, not descending, mirrored, total)[::-1]
    else:
        ids = _page_ids(session, source, key, descending, query, total)
    if order.then is not None and len(ids) < query.limit:
        # The rows with a value ran out on this page: fill it with the others. Their offset
        # is known from this page, or needs counting when the page started past them all.
        if ids:
            before = query.offset + len(ids)
        else:
            before = session.scalar(_counting(source.ids(query, frozenset(), key))) or 0
        rest = query.at(max(0, query.offset - before), query.limit - len(ids))
        ids += _page_ids(session, source, order.then, spec.default_descending, rest, total)
    rows = source.load(session, ids)
    # A row deleted between the statements is simply left out.
    return Page(tuple(rows[i] for i in ids if i in rows), total, query.offset)


def _counting(ids: Select[Any]) -> Select[Any]:
    return ids.with_only_columns(func.count(), maintain_column_froms=True)


def _page_ids(
    session: Session,
    source: ListSource[Any],
    key: str,
    descending: bool,
    query: ListQuery,
    total: int,
) -> list[int]:
    order = source.sorts[key]
    hidden = _filters_to_hide(session, source, order, query, total)
    keys = [c.desc() if descending else c.asc() for c in (*order.columns, source.id_column)]
    page = source.ids(query, hidden, key).order_by(*keys).offset(query.offset).limit(query.limit)
    return list(session.scalars(page))


# Walking an index and testing a row costs about a third of fetching a match and sorting it.
_WALK_COST = 3
# Below this share of the rows, matches may cluster at the far end of the sort order (searching
# "SMITH" in a list sorted by name), and walking would visit most of the index: sort instead.
_WALK_MIN_SHARE = 20


def _filters_to_hide(
    session: Session, source: ListSource[Any], order: SortOrder, query: ListQuery, total: int
) -> frozenset[str]:
    """Filters whose index SQLite must ignore so it walks the sort index instead.

    Walking the sort index visits about ``(offset + limit) × rows / total`` rows before the
    page is full, if the matches are spread evenly; finding the matches through a filter's
    index costs about ``total`` lookups plus sorting them. Only SQLite needs telling (see the
    module docstring).
    """
    active = set(query.filters) | ({"search"} if query.search.strip() else set())
    if (
        session.get_bind().dialect.name != "sqlite"
        or not order.by_index
        or not active
        or active <= order.filters_in_index
    ):
        return frozenset()
    rows = session.scalar(select(func.max(source.id_column))) or 0
    walk = (query.offset + query.limit) * rows
    if total * _WALK_MIN_SHARE < rows or total * total * _WALK_COST <= walk:
        return frozenset()
    return frozenset(active - order.filters_in_index)


def maybe_unindexed(
    column: ColumnElement[Any], key: str, hidden: frozenset[str]
) -> ColumnElement[Any]:
    return unindexed(column) if key in hidden else column


# --- search -------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class SearchIndex:
    """The searchable text of one table and the indexes that find substrings in it.

    Attributes:
        table: the table searched.
        document: its searchable text as one expression, written exactly as the PostgreSQL
            trigram index (migration 0006) spells it, so that the index is used.
        fts: the SQLite FTS5 trigram table over the same columns.
        prefixes: indexed columns a short term (see ``is_short_search``) must start with;
            with ``upper=True`` the term is upper-cased first (MRZ names are stored so).
    """

    table: Table
    document: ColumnElement[str]
    fts: Table
    prefixes: tuple[tuple[ColumnElement[str], bool], ...]

    @property
    def id(self) -> ColumnElement[int]:
        return self.table.c.id

    def containing(self, term: str, dialect: str) -> Select[Any]:
        """Ids of the rows whose text contains ``term`` (3 characters or more), via the index."""
        if dialect == "sqlite":
            phrase = '"' + term.replace('"', '""') + '"'
            match = literal_column(self.fts.name).op("MATCH")(phrase)
            return select(self.fts.c.rowid).where(match)
        ids = select(self.id).where(self.document.ilike(_contains(term), escape="\\"))
        return ids.correlate(None)

    def contains_row(self, term: str, row_id: ColumnElement[int], dialect: str) -> Any:
        """Whether row ``row_id``'s text contains ``term``, checked on that row only.

        For terms too short for the trigram index, next to a longer term that narrowed the
        rows already (e.g. "li" in "li wei").
        """
        row = self.table.alias()
        document = ClauseAdapter(row).traverse(self.document)
        like = document.like if dialect == "sqlite" else document.ilike
        return (
            select(row.c.id).where(row.c.id == row_id, like(_contains(term), escape="\\")).exists()
        )

    def starting(self, term: str, dialect: str) -> Select[Any]:
        """Ids of the rows where one of ``prefixes`` starts with ``term``, via their indexes."""
        conditions = [
            starts_with(column, term.upper() if upper else term, dialect)
            for column, upper in self.prefixes
        ]
        return select(self.id).where(or_(*conditions)).correlate(None)


def search_condition(
    terms: Sequence[str],
    dialect: str,
    parts: Sequence[tuple[SearchIndex, ColumnElement[int]]],
    hidden: bool,
) -> ColumnElement[bool]:
    """Rows where every term is found in the text of one of ``parts``.

    Args:
        terms: from ``domain.listing.search_terms``; not empty.
        parts: (search index, the listed row's column holding that table's id): a case is
            found through its own number, its applicant or its employer.
        hidden: SQLite must walk the sort index rather than these ids (``read_page``).

    Terms of 3 characters or more go through the trigram indexes. When every term is shorter
    (王伟, "Li"), a term matches the start of an indexed name instead (``prefixes``): 王伟
    finds 王伟 and 王伟强 but not 李王伟. Short terms next to a longer one are looked for
    anywhere, but only in the rows the longer one found.
    """
    short_only = is_short_search(tuple(terms))
    conditions = []
    for term in terms:
        alternatives = []
        for index, ref in parts:
            column = unindexed(ref) if hidden else ref
            if short_only:
                if index.prefixes:
                    alternatives.append(column.in_(index.starting(term, dialect)))
            elif len(term) >= MIN_SUBSTRING:
                alternatives.append(column.in_(index.containing(term, dialect)))
            else:
                alternatives.append(index.contains_row(term, ref, dialect))
        conditions.append(or_(*alternatives) if alternatives else false())
    return and_(*conditions)


def starts_with(column: ColumnElement[str], prefix: str, dialect: str) -> ColumnElement[bool]:
    """A case-sensitive prefix test that SQLite answers from an ordinary index.

    SQLite's LIKE ignores ASCII case, so it cannot use a BINARY index; a range can. Other
    databases get LIKE, which is case-sensitive there too.
    """
    if dialect == "sqlite":
        return and_(column >= prefix, column < prefix + _AFTER_EVERY_PREFIX)
    return column.startswith(prefix, autoescape=True)


def _contains(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
