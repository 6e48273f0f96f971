"""Render the main views offscreen on demo data into PNG files (``make screenshots``)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget

from talentdesk.app import SETTINGS_FILE, UI_STATE_FILE, build_services, open_database
from talentdesk.domain.accounts import Role
from talentdesk.gui.application import create_application
from talentdesk.gui.areas import build_main_window
from talentdesk.gui.background import wait_for_background_jobs
from talentdesk.gui.dialogs.sign_in import LoginDialog
from talentdesk.gui.ui_state import UiState
from talentdesk.paths import AppPaths
from talentdesk.services.demo import fill_demo_data
from talentdesk.settings import Settings

SIZE = (1366, 768)  # the most common counter PC screen


def _save(widget: QWidget, path: Path) -> None:
    QApplication.processEvents()
    wait_for_background_jobs()  # the dashboard's alerts, the statistics
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="talentdesk-shots-") as folder:
        paths = AppPaths.for_user(Path(folder)).ensure()
        db = open_database(str(paths.default_database), paths)
        services = build_services(db)
        admin = services.accounts.create_first_admin("admin", "王主管", "screenshots-2026")
        fill_demo_data(db, applicants=300, researchers=150, seed=2026)
        # A supervisor sees every area with its panels (an administrator has no radar).
        services.accounts.create_user(admin, "zhao", "赵强", Role.SUPERVISOR, "screenshots-2026")
        supervisor = services.accounts.authenticate("zhao", "screenshots-2026")
        app = create_application(sys.argv[:1], "zh_CN", lambda: "")
        login = LoginDialog(services.accounts)
        login.username.setText("admin")
        login.show()
        _save(login, out / "login.png")
        window = build_main_window(
            services,
            supervisor,
            Settings(),
            paths.config / SETTINGS_FILE,
            UiState(paths.config / UI_STATE_FILE),
        )
        window.resize(*SIZE)
        window.show()
        for key in window.area_keys:
            window.show_area(key)
            _save(window, out / f"{key}.png")
        window.close()
        app.processEvents()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
