"""The command line: help, bad arguments, and the choice of database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "talentdesk", "--data-dir", str(tmp_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )


def test_help_lists_the_commands(tmp_path: Path):
    result = _run("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    assert "--db" in result.stdout and "demo" in result.stdout


def test_bad_arguments_exit_non_zero_with_a_message(tmp_path: Path):
    result = _run("demo", "--applicants", "many", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "not a whole number: 'many'" in result.stderr
