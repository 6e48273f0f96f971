"""Starting ``tests.services.child_process`` as real OS processes and waiting for its READY."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import make_url

from tests.conftest import REPO_ROOT
from tests.services.child_process import READY

# Generous: a child imports the app and opens the database first, and CI machines are slow.
READY_TIMEOUT_S = 60


def start_child(*args: object, tmp_path: Path) -> subprocess.Popen[str]:
    """``python -m tests.services.child_process ARGS``, with pipes to talk to it."""
    # The child's scratch files (openpyxl's) go below tmp_path, not into the shared /tmp.
    env = {**os.environ, "TMPDIR": str(tmp_path)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.services.child_process", *map(str, args)],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_ready(child: subprocess.Popen[str]) -> None:
    """Block until the child says READY; fail with its stderr if it dies or hangs first."""
    assert child.stdout is not None
    readable, _, _ = select.select([child.stdout], [], [], READY_TIMEOUT_S)
    line = child.stdout.readline().strip() if readable else "(timed out)"
    if line != READY:
        child.kill()
        _, errors = child.communicate()
        raise AssertionError(f"child did not reach its pause: {line!r}\n{errors}")


def url_of(db_url: str) -> str:
    """The URL with its password: a child must be able to connect too."""
    return make_url(db_url).render_as_string(hide_password=False)
