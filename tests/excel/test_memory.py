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


def export_and_import(path: Path, count: int) -> tuple[int, int, int]:
    """Peaks of our export, our import, and a bare openpyxl read_only pass over the file."""
    write = traced_peak(
        lambda: write_roster(path, COLUMNS, records(count), title="花名册",
                             report_date=date(2026, 1, 5), reveal_sensitive=True)
    )  # fmt: skip

    def read() -> None:
        with RosterReader(path, COLUMNS, row_checks=RESEARCHERS.row_checks) as reader:
            assert sum(1 for row in reader.rows() if not row.problems) == count

    def bare_read() -> None:
        wb = load_workbook(path, read_only=True)
        assert sum(1 for _ in wb.active.iter_rows(values_only=True)) == count + 3
        wb.close()

    return write, traced_peak(read), traced_peak(bare_read)


@pytest.mark.parametrize(
    ("small", "large"),
    # 100k rows under tracemalloc take minutes: bench/excel.py measures that size.
    [(100, 1_000), pytest.param(2_000, 20_000, marks=pytest.mark.slow)],
)
def test_peak_memory_does_not_grow_with_the_row_count(tmp_path, small, large, engine):
    small_write, small_read, small_bare = export_and_import(tmp_path / "small.xlsx", small)
    large_write, large_read, large_bare = export_and_import(tmp_path / "large.xlsx", large)
    # Ten times the rows: the export's peak stays where it was.
    assert large_write < small_write + 2 * MIB, (small_write, large_write)
    # What the reader holds in Python must not grow: rows pass through one at a time.
    if engine == "openpyxl":
        # openpyxl's read_only parser itself keeps ~75 bytes per row it has passed (emptied
        # XML elements); what the reader adds on top of it must not grow.
        assert large_read - large_bare < small_read - small_bare + 2 * MIB
    else:
        # calamine holds the cells outside Python's heap while the sheet is read (see
        # sheet_cells; bench.excel_services measures the whole process).
        assert large_read < small_read + 2 * MIB
    assert max(large_write, large_read) < 50 * MIB
