"""Layering rules import-linter cannot see: only services open write transactions."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

PACKAGE = REPO_ROOT / "talentdesk"


def _calls(path: Path, attribute: str) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == attribute
    ]


def test_repositories_never_commit():
    offenders = {
        str(path.relative_to(REPO_ROOT)): lines
        for path in (PACKAGE / "storage" / "repos").rglob("*.py")
        if (lines := _calls(path, "commit") + _calls(path, "begin"))
    }
    assert offenders == {}


def test_only_services_and_the_composition_root_open_write_transactions():
    allowed = {PACKAGE / "services", PACKAGE / "storage" / "database.py"}
    offenders = {
        str(path.relative_to(REPO_ROOT)): lines
        for path in PACKAGE.rglob("*.py")
        if not any(path == a or a in path.parents for a in allowed)
        and (lines := _calls(path, "write"))
        and "settings" not in path.name
    }
    assert offenders == {}


def test_start_up_loads_no_excel_library_nor_alembic():
    """Start-up time: Excel and schema tooling load when they are used, not with the window."""
    probe = (
        "import sys\n"
        "import talentdesk.app\n"
        "import talentdesk.gui.areas\n"
        "print(sorted(m for m in ('openpyxl', 'python_calamine', 'alembic') if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, cwd=REPO_ROOT, env=env)
    assert out.stdout.strip() == "[]"
