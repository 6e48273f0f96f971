"""Composition root: arguments → paths → logging → settings → database → services → GUI."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from talentdesk.cli import DB_ENV, parse_args
from talentdesk.errors import TalentDeskError
from talentdesk.log import setup_logging
from talentdesk.paths import AppPaths, resource_path
from talentdesk.services.registry import Services
from talentdesk.settings import Settings
from talentdesk.storage.database import Database
from talentdesk.storage.engine import database_url, sqlite_file
from talentdesk.storage.migrate import upgrade_to_head

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
UI_STATE_FILE = "ui_state.ini"


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.command is not None or args.self_test:
        end_start_up()  # the GUI ends it once its own code is loaded
    if args.self_test:
        return self_test()
    paths = AppPaths.for_user(args.data_dir).ensure()
    tail = setup_logging(paths.logs, debug=args.debug)
    settings = Settings.load(paths.config / SETTINGS_FILE)
    url = args.db or os.environ.get(DB_ENV) or settings.db_url or str(paths.default_database)
    if args.command == "demo":
        return run_demo(args, url, paths)
    if args.command == "report":
        return run_report(args, url, paths, settings.language)
    if args.command == "export":
        from talentdesk.export_commands import run_export

        return run_export(args, lambda: open_database(url, paths), settings.language)
    if args.command == "import":
        from talentdesk.import_commands import run_import

        return run_import(
            args, lambda: open_database(url, paths), paths.backups, settings.language
        )
    if args.command in ("audit", "backup"):
        from talentdesk import trust_commands

        if args.command == "audit":
            return trust_commands.run_audit(url)
        return trust_commands.run_backup(args, url, paths)
    return run_gui(settings, url, paths, tail.text)


def end_start_up() -> None:
    """What is loaded by now lives until exit: keep it out of the collector, and collect again.

    Frozen objects are also skipped at exit, which shortens closing the window by about 0.1 s.
    Only ``python -m talentdesk`` turns the collector off; a caller that did not is left alone.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def open_database(url: str, paths: AppPaths) -> Database:
    """Open and migrate; raises StorageUnavailableError with a reason the GUI can explain."""
    db = Database(url)
    path = db.sqlite_path
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        upgrade_to_head(db, paths.backups)
    except BaseException:
        db.dispose()
        raise
    return db


def build_services(db: Database, backups: Path | None = None) -> Services:
    """``backups``: the backups folder; by default the one AppPaths puts beside the database."""
    sqlite_path = db.sqlite_path
    if backups is None:
        backups = (sqlite_path.parent if sqlite_path else Path.cwd()) / "backups"
    return Services.build(db, backups, resource_path("templates"))


def run_gui(settings: Settings, url: str, paths: AppPaths, log_tail: Callable[[], str]) -> int:
    from talentdesk.gui.application import create_application
    from talentdesk.gui.dialogs.recovery import open_with_recovery
    from talentdesk.gui.session import run_sessions
    from talentdesk.gui.ui_state import UiState

    app = create_application(sys.argv[:1], settings.language, log_tail)
    db = open_with_recovery(
        lambda: open_database(url, paths), sqlite_file(database_url(url)), paths.backups
    )
    if db is None:
        return 1
    try:
        services = build_services(db, paths.backups)
        end_start_up()
        services.backups.automatic_in_background(at_start=True)
        return run_sessions(
            app,
            services,
            settings,
            paths.config / SETTINGS_FILE,
            UiState(paths.config / UI_STATE_FILE),
        )
    finally:
        db.dispose()


def run_demo(args: argparse.Namespace, url: str, paths: AppPaths) -> int:
    from talentdesk.services.demo import fill_demo_data

    try:
        db = open_database(url, paths)
        counts = fill_demo_data(
            db,
            applicants=args.applicants,
            researchers=args.researchers,
            cases=args.cases,
            seed=args.seed,
        )
    except TalentDeskError as exc:
        print(f"talentdesk demo: {exc}", file=sys.stderr)
        return 1
    print(
        ", ".join(f"{count} {kind}" for kind, count in counts.items()) + f" → {db.display_name()}"
    )
    db.dispose()
    return 0


def run_report(args: argparse.Namespace, url: str, paths: AppPaths, language: str) -> int:
    """``report monthly``: the 统计月报 of ``--month`` to ``--out``, as the command-line user."""
    from talentdesk.services.statistics import StatisticsService
    from talentdesk.trust_commands import command_line_actor

    try:
        db = open_database(url, paths)
    except TalentDeskError as exc:
        print(f"talentdesk report: {exc}", file=sys.stderr)
        return 1
    try:
        StatisticsService(db).monthly_report(
            command_line_actor(), args.month, args.out, args.language or language
        )
    except (TalentDeskError, OSError) as exc:
        print(f"talentdesk report: {exc}", file=sys.stderr)
        return 1
    finally:
        db.dispose()
    print(f"{args.month.first:%Y-%m} → {args.out}")
    return 0


def _reads_its_own_template(folder: Path) -> bool:
    """Both Excel libraries are in the build: openpyxl writes a template, calamine reads it."""
    from talentdesk.excel.columns import APPLICANTS
    from talentdesk.excel.reader import RosterReader
    from talentdesk.excel.templates import write_template

    path = folder / "template.xlsx"
    write_template(path, APPLICANTS.columns)
    with RosterReader(path, APPLICANTS.columns) as reader:
        return set(reader.header.columns) == {spec.key for spec in APPLICANTS.columns}


def self_test() -> int:
    """Prove a (frozen) build works: migrations, translations, fonts, the main window, and
    reading and writing Excel."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from talentdesk.gui.application import create_application
    from talentdesk.gui.areas import build_main_window
    from talentdesk.gui.ui_state import UiState

    with tempfile.TemporaryDirectory(prefix="talentdesk-selftest-") as folder:
        paths = AppPaths.for_user(Path(folder)).ensure()
        tail = setup_logging(paths.logs)
        db = open_database(str(paths.default_database), paths)
        try:
            services = build_services(db)
            actor = services.accounts.create_first_admin("selftest", "Self test", "selftest-2026")
            app = create_application(sys.argv[:1], "zh_CN", tail.text)
            if QCoreApplication.translate("MainWindow", "Cases") != "案件":
                print("self-test failed: Chinese translation not loaded", file=sys.stderr)
                return 1
            window = build_main_window(
                services,
                actor,
                Settings(),
                paths.config / SETTINGS_FILE,
                UiState(paths.config / UI_STATE_FILE),
            )
            window.show()
            app.processEvents()
            window.close()
            if not _reads_its_own_template(Path(folder)):
                print("self-test failed: an import template does not read back", file=sys.stderr)
                return 1
        finally:
            db.dispose()
    print("self-test passed")
    return 0
