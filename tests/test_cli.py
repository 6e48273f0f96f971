"""The command line: help, bad arguments, and the choice of database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


# Stands in for the GUI's sessions or the self-test, and reports the collector's state there.
GC_PROBE = """
import gc, sys
import talentdesk.app
import talentdesk.gui.session
def probe(*args, **kwargs):
    print("collector on:", gc.isenabled(), "frozen:", gc.get_freeze_count() > 0)
    return 0
talentdesk.app.self_test = talentdesk.gui.session.run_sessions = probe
from talentdesk.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("args", [(), ("--self-test",)], ids=["gui", "command"])
def test_start_up_freezes_what_it_loaded_and_collects_again(tmp_path: Path, args: tuple[str, ...]):
    result = subprocess.run(
        [sys.executable, "-c", GC_PROBE, "--data-dir", str(tmp_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "collector on: True frozen: True" in result.stdout
