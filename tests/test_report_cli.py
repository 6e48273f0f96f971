"""``talentdesk report monthly``: the 统计月报 from the command line, and its argument checks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from talentdesk.storage.database import Database
from tests.conftest import REPO_ROOT
from tests.services.statistics_fixtures import fill_permit_office, fill_researcher_office


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "talentdesk", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )


def test_the_monthly_report_is_written_for_the_month_asked(tmp_path: Path, sqlite_template: Path):
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    fill_permit_office(db)
    fill_researcher_office(db)
    db.dispose()
    out = tmp_path / "统计月报-2026-10.xlsx"
    result = _run(
        "--db", str(path), "report", "monthly", "--month", "2026-10", "--out", str(out),
        tmp_path=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"2026-10 → {out}"
    book = load_workbook(out)
    assert book["概览"]["A1"].value == "统计月报（2026年10月）"
    # the title, the table title and the header, then the period and the date come first
    assert [row[1].value for row in book["概览"].iter_rows(min_row=7, max_row=9)] == [6, 7, 8]


def test_a_bad_month_or_an_unwritable_file_exit_non_zero(tmp_path: Path):
    result = _run("report", "monthly", "--month", "2026-13", "--out", "x.xlsx", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "not a month (YYYY-MM): '2026-13'" in result.stderr
    result = _run(
        "--db", str(tmp_path / "new.sqlite3"), "report", "monthly", "--month", "2026-10",
        "--out", str(tmp_path / "missing folder" / "r.xlsx"), tmp_path=tmp_path,
    )
    assert result.returncode == 1
    assert result.stderr.startswith("talentdesk report: ")
