"""``talentdesk export KIND --out FILE [filters]``: filtered rows, audited; bad input refused."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from talentdesk.storage.database import Database
from tests.commands import run_without_qt
from tests.factories import Factory
from tests.services.permit_fixtures import audit_entries


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The command, with Qt made unimportable: it words its problems without the GUI."""
    return run_without_qt(tmp_path / "data", *args)


@pytest.fixture
def office(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = Database(path)
    make = Factory(db)
    acme = make.employer("南京华芯科技有限公司")
    for surname, nationality, passport, day in [
        ("KOWALSKI", "POL", "EA9876543", 9),
        ("SMITH", "GBR", "123456789", 8),
        ("NOWAK", "POL", "EB1234567", 3),
    ]:
        person = make.applicant(surname, "ANNA", nationality=nationality, passports=(passport,))
        make.case(person, acme, received_on=date(2026, 11, day))
    db.dispose()
    return path


def test_the_filtered_rows_are_exported_masked_and_audited(office: Path, tmp_path: Path):
    out = tmp_path / "外国人员.xlsx"
    result = _run(
        "--db", str(office), "export", "applicants", "--out", str(out), "--nationality", "POL",
        "--language", "zh_CN", tmp_path=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"2 rows → {out} (ID numbers masked)"
    ws = load_workbook(out).active
    assert ws["A1"].value == "外国人员花名册"
    assert [c.value for c in ws[3]][:3] == ["序号", "姓", "名"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [(r[0], r[1]) for r in rows] == [(1, "KOWALSKI"), (2, "NOWAK")]
    passports = [c.value for c in ws["H"][3:]]
    assert passports == ["EA*****43", "EB*****67"]

    full = tmp_path / "full.xlsx"
    result = _run("--db", str(office), "export", "applicants", "--out", str(full), "--unmasked",
                  "--search", "SMITH", tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert load_workbook(full).active["H4"].value == "123456789"
    db = Database(office)
    exports = [e for e in audit_entries(db) if e.action == "export"]
    db.dispose()
    assert [e.details["masked"] for e in exports] == [True, False]
    assert exports[0].username.startswith("cli:")
    assert exports[0].details["filter"] == {"filters": {"nationality": "POL"}}
    assert exports[1].details["file"] == "full.xlsx"


def test_cases_by_date(office: Path, tmp_path: Path):
    out = tmp_path / "cases.xlsx"
    result = _run("--db", str(office), "export", "cases", "--out", str(out), "--from",
                  "2026-11-08", "--to", "2026-11-09", tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    ws = load_workbook(out).active
    received = [c.value.date() for c in ws["C"][3:]]
    assert received == [date(2026, 11, 9), date(2026, 11, 8)]  # newest first, as the list


def test_bad_input_exits_non_zero_with_a_message(office: Path, tmp_path: Path):
    out = tmp_path / "x.xlsx"
    wrong_filter = _run("--db", str(office), "export", "employers", "--out", str(out),
                        "--nationality", "POL", tmp_path=tmp_path)  # fmt: skip
    assert wrong_filter.returncode == 2
    assert wrong_filter.stderr.strip() == "talentdesk export: --nationality cannot filter employers"
    bad_state = _run("--db", str(office), "export", "cases", "--out", str(out), "--status",
                     "bogus", tmp_path=tmp_path)  # fmt: skip
    assert bad_state.returncode == 1
    assert bad_state.stderr.strip() == (  # the GUI's sentence, in English, without Qt
        "talentdesk export: “bogus” is not a valid value for the filter “state”."
    )
    bad_date = _run("export", "cases", "--out", str(out), "--from", "2026-13-01",
                    tmp_path=tmp_path)  # fmt: skip
    assert bad_date.returncode == 2 and "not a date (YYYY-MM-DD)" in bad_date.stderr
    unwritable = _run("--db", str(office), "export", "cases", "--out",
                      str(tmp_path / "missing folder" / "x.xlsx"), tmp_path=tmp_path)  # fmt: skip
    assert unwritable.returncode == 1 and "cannot write" in unwritable.stderr
    assert not out.exists()
