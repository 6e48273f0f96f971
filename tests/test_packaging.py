"""The PyInstaller bundle builds from build.spec and passes its own self-test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow


def test_bundle_builds_and_passes_its_self_test(tmp_path: Path):
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(tmp_path / "dist"),
            "--workpath",
            str(tmp_path / "build"),
            str(REPO_ROOT / "build.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=REPO_ROOT,
        check=False,
    )
    assert build.returncode == 0, build.stderr[-3000:]
    executable = tmp_path / "dist" / "talentdesk" / "talentdesk"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # Run from elsewhere so nothing is picked up from the source tree.
    result = subprocess.run(
        [str(executable), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout
