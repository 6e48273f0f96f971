"""``talentdesk import KIND FILE``: counts, the first errors with their rows, all or nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from openpyxl import load_workbook
from sqlalchemy import func, select

from talentdesk.storage.database import Database
from talentdesk.storage.tables import AuditRow, EmployerRow
from tests.commands import run_without_qt
from tests.excel.conftest import build_workbook
from tests.services.permit_fixtures import JIANGSU_USCC, OTHER_USCC

HEADER = ["单位名称", "统一社会信用代码", "所在城市", "经办人"]


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """The command, with Qt made unimportable: it words its problems without the GUI."""
    return run_without_qt(tmp_path / "data", *args)


def _employers(path: Path) -> int:
    db = Database(path)
    try:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(EmployerRow)) or 0
    finally:
        db.dispose()


def test_a_file_with_errors_imports_nothing_and_names_the_rows(
    tmp_path: Path, sqlite_template: Path
):
    db = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, db)
    sheet = build_workbook(tmp_path / "单位.xlsx", [
        HEADER,
        ["南京星河生物科技有限公司", JIANGSU_USCC, "南京", "王芳"],
        ["苏州公司", OTHER_USCC[:-1] + "X", "苏州", "李雷"],
    ])  # fmt: skip
    report = tmp_path / "errors.xlsx"
    result = _run("--db", str(db), "import", "employers", str(sheet), "--error-report",
                  str(report), tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert "单位.xlsx: 2 rows — 1 new, 0 update, 0 unchanged, 1 error" in result.stdout
    # The GUI's sentence for the Problem, in English, though Qt cannot be imported.
    assert f"  row 3: Unified social credit code: the last character is X, but the code calls " \
        f"for {OTHER_USCC[-1]}." in result.stdout
    assert result.stderr.startswith("talentdesk import: nothing imported")
    assert _employers(db) == 0
    assert load_workbook(report).active["A2"].value == 3


def test_dry_run_then_import(tmp_path: Path, sqlite_template: Path):
    db = tmp_path / "office.sqlite3"
    shutil.copyfile(sqlite_template, db)
    sheet = build_workbook(tmp_path / "employers.xlsx", [
        HEADER,
        ["南京星河生物科技有限公司", JIANGSU_USCC, "南京", "王芳"],
        ["苏州新材料有限公司", OTHER_USCC, "苏州", "李雷"],
    ])  # fmt: skip
    dry = _run("--db", str(db), "import", "employers", str(sheet), "--dry-run", tmp_path=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "dry run: nothing imported" in dry.stdout
    assert _employers(db) == 0
    done = _run("--db", str(db), "import", "employers", str(sheet), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "imported: 2 new, 0 updated; backup " in done.stdout
    assert _employers(db) == 2
    database = Database(db)
    with database.read() as session:
        user = session.scalar(select(AuditRow.username).where(AuditRow.action == "import"))
    database.dispose()
    assert user.startswith("cli:")
    again = _run("--db", str(db), "import", "employers", str(sheet), tmp_path=tmp_path)
    assert "0 new, 0 update, 2 unchanged, 0 error" in again.stdout


def test_an_unreadable_file_is_explained(tmp_path: Path):
    text = tmp_path / "roster.xlsx"
    text.write_text("姓名,身份证号\n", encoding="utf-8")
    result = _run("--db", str(tmp_path / "db.sqlite3"), "import", "researchers", str(text),
                  tmp_path=tmp_path)  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "talentdesk import: This is not an Excel workbook (.xlsx). Save it as .xlsx and try again."
    )
