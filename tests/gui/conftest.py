"""GUI fixtures: a QApplication in Simplified Chinese (as users see it), services on a real file."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from talentdesk.gui.fonts import ensure_cjk_font
from talentdesk.gui.i18n import install_translators
from talentdesk.paths import resource_path


def _build_translations() -> None:
    """`make test` builds the .qm files; a bare `pytest` run gets them here."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in resource_path("translations").glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def zh_app(qapp: QApplication) -> QApplication:
    _build_translations()
    ensure_cjk_font(qapp)
    install_translators(qapp, "zh_CN")
    return qapp


def activate(qtbot, window) -> None:
    """Show ``window`` and wait until it is the active window (shortcuts need that)."""
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
