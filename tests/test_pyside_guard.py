"""Guard against PySide6 builds that drop a reference to None on every void call (6.12.0 + 3.11)."""

from __future__ import annotations

import subprocess
import sys

# Run in a child: an affected build would abort the interpreter running the test.
_CHECK = """
import os, sys
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QObject
obj = QObject()
before = sys.getrefcount(None)
for _ in range(1000):
    obj.setObjectName("x")
print(before - sys.getrefcount(None))
sys.stdout.flush()
os._exit(0)
"""


def test_void_calls_keep_the_reference_to_none():
    result = subprocess.run(
        [sys.executable, "-c", _CHECK], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    lost = int(result.stdout.strip())
    assert lost < 500, f"PySide6 lost {lost} references to None in 1000 calls: pin 6.11.x"
