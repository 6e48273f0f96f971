"""Memory stays flat: ten times the rows, about the same peak in Python (rows pass one by one)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from talentdesk.excel.columns import RESEARCHERS
from talentdesk.excel.reader import RosterReader
from talentdesk.excel.writer import write_roster
from tests.excel.conftest import researcher

MIB = 2**20
COLUMNS = RESEARCHERS.select(
    ["name", "sex", "birth_date", "id_number", "unit", "department", "title", "title_date",
     "degree", "program_year", "funding", "phone", "email", "remarks"]
)  # fmt: skip
# Row counts, small and ten times larger. Every allocation is slower under tracemalloc, so the
# large size is the least that still shows a per-row leak well above the 2 MiB allowance
# (a leak of 250 bytes a row is 2.2 MiB over 9,000 rows); bench/excel.py measures 100k rows.
SIZES = [(100, 1_000), pytest.param(1_000, 10_000, marks=pytest.mark.slow)]


def records(count: int) -> Iterator[dict]:
    for i in range(count):
        yield researcher(
            name=f"研究员{i}",
            email=f"user{i}@example.cn",
            remarks=f"第{i}行",
            title_date=date(2010, 1, 1) + timedelta(days=i % 5000),
        )


def traced_peak(work: Callable[[], object]) -> int:
    """Peak bytes Python allocated above what was live when ``work`` started."""
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        work()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak - start


def export(path: Path, count: int) -> None:
    write_roster(path, COLUMNS, records(count), title="花名册", report_date=date(2026, 1, 5),
                 reveal_sensitive=True)  # fmt: skip


def import_peak(path: Path, count: int) -> int:
    def read() -> None:
        with RosterReader(path, COLUMNS, row_checks=RESEARCHERS.row_checks) as reader:
            assert sum(1 for row in reader.rows() if not row.problems) == count

    return traced_peak(read)


def bare_read_peak(path: Path, count: int) -> int:
    """The peak of a bare openpyxl read_only pass over the file."""

    def read() -> None:
        wb = load_workbook(path, read_only=True)
        assert sum(1 for _ in wb.active.iter_rows(values_only=True)) == count + 3
        wb.close()

    return traced_peak(read)


@pytest.mark.parametrize(("small", "large"), SIZES)
def test_export_peak_does_not_grow_with_the_row_count(tmp_path, small, large):
    small_peak = traced_peak(lambda: export(tmp_path / "small.xlsx", small))
    large_peak = traced_peak(lambda: export(tmp_path / "large.xlsx", large))
    assert large_peak < small_peak + 2 * MIB, (small_peak, large_peak)
    assert large_peak < 50 * MIB


@pytest.mark.parametrize(("small", "large"), SIZES)
def test_import_peak_does_not_grow_with_the_row_count(tmp_path, small, large, engine):
    paths = {count: tmp_path / f"{count}.xlsx" for count in (small, large)}
    for count, path in paths.items():
        export(path, count)
    small_peak, large_peak = (import_peak(path, count) for count, path in paths.items())
    # What the reader holds in Python must not grow: rows pass through one at a time.
    if engine == "openpyxl":
        # openpyxl's read_only parser itself keeps ~75 bytes per row it has passed (emptied
        # XML elements); what the reader adds on top of it must not grow.
        small_bare, large_bare = (bare_read_peak(path, count) for count, path in paths.items())
        assert large_peak - large_bare < small_peak - small_bare + 2 * MIB
    else:
        # calamine holds the cells outside Python's heap while the sheet is read (see
        # sheet_cells; bench.excel_services measures the whole process).
        assert large_peak < small_peak + 2 * MIB, (small_peak, large_peak)
    assert large_peak < 50 * MIB
