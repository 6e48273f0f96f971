"""Big lists as data: what to search, filter and sort, which page; and the page that comes back."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Mapping
from datetime import date
from enum import Enum
from types import MappingProxyType
from typing import Generic, TypeVar

from talentdesk.domain.problems import Problem

T = TypeVar("T")

# Trigram indexes (SQLite FTS5 trigram, PostgreSQL pg_trgm) find substrings of 3 or more
# characters; shorter search terms need another way (see ``is_short_search``).
MIN_SUBSTRING = 3
PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
# Typing a whole paragraph into a search box is a mistake, not a query; the rest is ignored.
MAX_SEARCH_TERMS = 5

_BLANKS = re.compile(r"\s+")


@dataclasses.dataclass(frozen=True)
class ListQuery:
    """One request for one page of a list.

    Attributes:
        search: what the user typed; see ``search_terms`` for how it is split.
        filters: filter key -> value; the keys a list accepts and their types are in its
            ``ListSpec``. A key that is absent does not filter.
        sort_key: a sortable column's key; "" sorts by the list's default.
        descending: reverse the sort (ties are always broken by id in the same direction).
        offset: the first row wanted, counted from 0.
        limit: at most this many rows.
    """

    search: str = ""
    filters: Mapping[str, object] = dataclasses.field(default_factory=dict)
    sort_key: str = ""
    descending: bool = False
    offset: int = 0
    limit: int = PAGE_SIZE

    def __post_init__(self) -> None:
        # A query is a value: the caller's dict may change later, this copy never does.
        object.__setattr__(self, "filters", MappingProxyType(dict(self.filters)))

    def at(self, offset: int, limit: int | None = None) -> ListQuery:
        """The same query for another page."""
        return dataclasses.replace(
            self, offset=offset, limit=self.limit if limit is None else limit
        )


@dataclasses.dataclass(frozen=True)
class Page(Generic[T]):
    """Rows ``offset`` … ``offset + len(rows) - 1`` of ``total`` rows matching the query."""

    rows: tuple[T, ...]
    total: int
    offset: int


@dataclasses.dataclass(frozen=True)
class ColumnSpec:
    """A column a list shows; sortable only when the database can sort by it with an index."""

    key: str
    sortable: bool = False


@dataclasses.dataclass(frozen=True)
class ListSpec:
    """What one list offers: its columns, the filters it accepts, its default order.

    Attributes:
        columns: in display order.
        filters: filter key -> the type its value must have (an Enum's values are accepted
            as text too).
        default_sort: the column sorted by when the query names none.
        default_descending: the direction of the default sort.
    """

    columns: tuple[ColumnSpec, ...]
    filters: Mapping[str, type]
    default_sort: str
    default_descending: bool = False

    def __post_init__(self) -> None:
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate column keys in {keys}")
        if self.default_sort not in self.sort_keys():
            raise ValueError(f"default sort {self.default_sort!r} is not a sortable column")

    def sort_keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns if c.sortable)

    def sort_of(self, query: ListQuery) -> tuple[str, bool]:
        """The (column, descending) the query sorts by, the default filled in."""
        if not query.sort_key:
            return self.default_sort, self.default_descending
        return query.sort_key, query.descending

    def check(self, query: ListQuery) -> list[Problem]:
        """What is wrong with ``query`` for this list; empty when it can run."""
        problems = []
        if query.sort_key and query.sort_key not in self.sort_keys():
            problems.append(Problem("sort_not_supported", "sort_key", {"key": query.sort_key}))
        for key, value in query.filters.items():
            expected = self.filters.get(key)
            if expected is None:
                problems.append(Problem("filter_not_supported", "filters", {"key": key}))
            elif not _has_type(value, expected):
                problems.append(
                    Problem("filter_value_invalid", "filters", {"key": key, "value": str(value)})
                )
        if query.offset < 0 or not 1 <= query.limit <= MAX_PAGE_SIZE:
            params = {"offset": query.offset, "limit": query.limit, "max": MAX_PAGE_SIZE}
            problems.append(Problem("page_out_of_range", "limit", params))
        return problems


def _has_type(value: object, expected: type) -> bool:
    if issubclass(expected, Enum):
        return value in {m.value for m in expected} or isinstance(value, expected)
    if expected is date:  # datetime is a date subclass, but a list filters by whole days
        return type(value) is date
    if expected is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, expected)


def search_terms(text: str) -> tuple[str, ...]:
    """The terms a search matches, each as a case-insensitive substring; all must match.

    Full-width letters and digits (as a Chinese input method types them) become half-width,
    blanks separate terms, and repeated terms count once.
    """
    normal = unicodedata.normalize("NFKC", text).strip()
    terms = dict.fromkeys(t for t in _BLANKS.split(normal) if t)
    return tuple(terms)[:MAX_SEARCH_TERMS]


def is_short_search(terms: tuple[str, ...]) -> bool:
    """No term long enough for a trigram index: the list must fall back to prefix matches.

    Two-character Chinese names (王伟) are common, so this is not a corner case.
    """
    return bool(terms) and all(len(t) < MIN_SUBSTRING for t in terms)
