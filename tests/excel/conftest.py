"""Helpers for the Excel tests: sample records, awkward workbooks, reading a file back."""

from __future__ import annotations

import os
import re
import shutil
import zipfile
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from talentdesk.excel import sheet_cells
from talentdesk.excel.columns import ColumnSet
from talentdesk.excel.reader import ReadRow, RosterReader, SheetHeader

DATA = Path(__file__).resolve().parent / "data"
HAS_SOFFICE = shutil.which("soffice") is not None


def researcher(**changes: Any) -> dict[str, Any]:
    """A complete, valid researcher record (every column of RESEARCHERS)."""
    record = {
        "name": "王芳",
        "sex": "female",
        "birth_date": date(1990, 5, 17),
        "id_type": "resident_id",
        "id_number": "320102199005178128",
        "ethnicity": "汉族",
        "political_status": "01",
        "native_place": "江苏南京",
        "unit": "江苏省示例科学研究院",
        "department": "材料研究所",
        "post_category": "professional",
        "post_grade": 10,
        "title": "副研究员",
        "title_date": date(2021, 12, 1),
        "degree": "doctorate",
        "education": "博士研究生",
        "graduate_school": "南京大学",
        "major": "材料科学与工程",
        "graduation_date": date(2018, 7, 1),
        "joined_on": date(2018, 9, 1),
        "discipline_code": "0805",
        "research_direction": "固态电池材料",
        "evaluation_category": "basic_research",
        "mentor_name": "王建国",
        "program": "江苏省青年科技人才托举工程",
        "program_year": 2024,
        "funding": Decimal("30.5"),
        "phone": "13812345678",
        "email": "wangfang@example.cn",
        "remarks": "孕哺期延长一年",
    }
    return record | changes


@pytest.fixture(params=["calamine", "openpyxl"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Which way the reader reads cells: calamine, or openpyxl as for a sheet with formula
    errors (sheet_cells); a test that uses this runs with both.
    """
    if request.param == "openpyxl":
        monkeypatch.setattr(sheet_cells, "has_error_cells", lambda archive, part: True)
    return request.param


def build_workbook(path: Path, rows: Iterable[Sequence[Any]], merges: Sequence[str] = ()) -> Path:
    """A workbook as someone typed it in Excel (openpyxl normal mode: shared strings)."""
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(list(row))
    for merge in merges:
        ws.merge_cells(merge)
    wb.save(path)
    return path


def rewritten(
    source: Path, target: Path, pattern: bytes, replacement: bytes, count: int = 1
) -> Path:
    """A copy of the package ``source`` with the ``count`` matches of ``pattern`` in its first
    sheet's XML replaced: what a writer openpyxl cannot imitate wrote.
    """
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, found = re.subn(pattern, replacement, data)
                assert found == count, found
            dst.writestr(item, data)
    return target


def read_all(
    path: Path, column_set: ColumnSet, **options: Any
) -> tuple[SheetHeader, list[ReadRow]]:
    with RosterReader(path, column_set.columns, row_checks=column_set.row_checks, **options) as r:
        return r.header, list(r.rows())


def codes(row: ReadRow) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in row.problems]


def open_handles(path: Path) -> list[str]:
    """This process's open file descriptors on ``path`` (Linux /proc)."""
    fds = Path("/proc/self/fd")
    found = []
    for fd in fds.iterdir():
        try:
            if os.readlink(fd) == str(path):
                found.append(fd.name)
        except OSError:
            continue
    return found


needs_soffice = pytest.mark.skipif(not HAS_SOFFICE, reason="LibreOffice (soffice) not installed")
