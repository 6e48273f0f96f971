"""Running ``python -m talentdesk`` commands in a child process with Qt made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT

# The command line must work where PySide6 is missing or broken: any Qt import fails here.
WITHOUT_QT = (
    "import sys; sys.modules['PySide6'] = None; "
    "from talentdesk.__main__ import main; sys.exit(main(sys.argv[1:]))"
)


def run_without_qt(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``talentdesk --data-dir DATA ARGS`` with its exit code, stdout and stderr."""
    return subprocess.run(
        [sys.executable, "-c", WITHOUT_QT, "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        check=False,
    )
