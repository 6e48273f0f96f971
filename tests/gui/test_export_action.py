"""Ctrl+E on a list: the rows as filtered go to the chosen file, off the GUI thread, with Cancel."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.exports import ExportKind
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permissions import MATRIX, Action
from talentdesk.errors import PermissionDeniedError
from talentdesk.gui.views.applicants_view import ApplicantsView
from talentdesk.gui.views.audit_view import AuditView
from talentdesk.gui.widgets import export_action as module
from talentdesk.gui.widgets.export_action import add_list_export, export_action
from talentdesk.services.audit_service import AuditService
from talentdesk.services.exports import ExportService
from talentdesk.services.lists import ListService
from tests.factories import Factory
from tests.gui.conftest import activate

pytestmark = pytest.mark.gui

CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")
SUPERVISOR = Actor(3, "zhao", "赵强", Role.SUPERVISOR, "window-2")
NOW = datetime(2026, 11, 27, 9, 0)


class HeldExport(ExportService):
    """The real export, held until the user cancels it (a big list, in effect)."""

    def export(self, actor, kind, query, target, options=None):  # type: ignore[override]
        started = threading.Event()
        while not options.cancelled():
            started.wait(0.01)
        return super().export(actor, kind, query, target, options)


@pytest.fixture
def chosen(monkeypatch, tmp_path) -> list[Path]:
    """The file the user picks in the save dialog (and the names it suggested)."""
    suggested: list[Path] = []

    def choose(_parent, proposal: Path) -> Path:
        suggested.append(proposal)
        return tmp_path / "外国人员.xlsx"

    monkeypatch.setattr(module, "choose_export_file", choose)
    return suggested


def _applicants(qtbot, database, exports_class=ExportService) -> ApplicantsView:
    make = Factory(database)
    make.applicant("KOWALSKI", "INGRID", nationality="POL", passports=("EA9876543",))
    make.applicant("SMITH", "JOHN", nationality="USA", passports=("123456789",))
    make.applicant("NOWAK", "ANNA", nationality="POL", passports=("EB1234567",))
    view = ApplicantsView(ListService(database, clock=lambda: NOW), CLERK)
    view.export = add_list_export(
        view.list, exports_class(database, clock=lambda: NOW), CLERK, ExportKind.APPLICANTS
    )
    qtbot.addWidget(view)
    view.resize(1100, 500)
    activate(qtbot, view)
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 3)
    return view


def test_ctrl_e_exports_the_filtered_rows_and_says_so(
    qtbot, zh_app, sqlite_database, chosen, tmp_path
):
    view = _applicants(qtbot, sqlite_database)
    view.list.filters[0].select("POL")
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 2)
    button = view.list.findChild(QPushButton, "export_button")
    assert button.text() == "导出Excel(&O)…"
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.export.message_box is not None, timeout=10000)

    assert chosen[0].name == f"外国人员-{date.today():%Y%m%d}.xlsx"
    path = tmp_path / "外国人员.xlsx"
    box = view.export.message_box
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text() == f"已导出 2 行，保存至 {path}。"
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == "外国人员花名册"
    assert [c.value for c in ws[3]][:3] == ["序号", "姓", "名"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    assert [(r[0], r[1]) for r in rows] == [(1, "KOWALSKI"), (2, "NOWAK")]
    assert rows[0][5] == datetime(1985, 5, 17), "a real date"
    assert [r[7] for r in rows] == ["EA9876543", "EB1234567"]  # a clerk may see them
    assert ws["H4"].data_type == "s"
    box.accept()
    assert button.isEnabled()


def test_cancel_leaves_no_file(qtbot, zh_app, sqlite_database, chosen, tmp_path):
    view = _applicants(qtbot, sqlite_database, HeldExport)
    qtbot.keyClick(view.list.table, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # mnemonic
    qtbot.waitUntil(lambda: view.export.busy)
    assert not view.export.button.isEnabled(), "one export at a time"
    qtbot.waitUntil(lambda: view.export.progress.isVisible(), timeout=5000)
    cancel = view.export.progress.findChild(QPushButton)
    assert cancel.text() == "取消"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export.message_box is not None, timeout=10000)
    assert view.export.message_box.text() == "导出已取消，未生成文件。"
    assert not (tmp_path / "外国人员.xlsx").exists()
    assert not list(tmp_path.glob("*.tmp"))
    view.export.message_box.accept()


def test_the_audit_viewer_exports_for_a_supervisor_only(
    qtbot, zh_app, sqlite_database, chosen, tmp_path
):
    audit = AuditService(sqlite_database)
    exports = ExportService(sqlite_database)
    assert export_action(QPushButton(), exports, CLERK, ExportKind.AUDIT, lambda: None) is None
    view = AuditView(audit, SUPERVISOR, exports=exports)
    qtbot.addWidget(view)
    activate(qtbot, view)
    assert view.export.button.text() == "导出Excel(&X)…"
    view.export.button.click()
    qtbot.waitUntil(lambda: view.export.message_box is not None, timeout=10000)
    assert view.export.message_box.text().startswith("已导出 0 行")
    ws = openpyxl.load_workbook(tmp_path / "外国人员.xlsx").active
    assert ws["A1"].value == "审计日志"
    assert [c.value for c in ws[3]][:3] == ["序号", "记录号", "时间（UTC）"]
    view.export.message_box.accept()


def test_a_role_that_may_not_export_sees_no_export_and_is_refused(
    qtbot, zh_app, sqlite_database, chosen, tmp_path, monkeypatch
):
    monkeypatch.setitem(MATRIX, Action.EXPORT_PERSONAL_DATA, frozenset({Role.SUPERVISOR}))
    exports = ExportService(sqlite_database)
    view = ApplicantsView(ListService(sqlite_database), CLERK)
    assert add_list_export(view.list, exports, CLERK, ExportKind.APPLICANTS) is None
    qtbot.addWidget(view)
    activate(qtbot, view)
    assert view.list.findChild(QPushButton, "export_button") is None
    qtbot.keyClick(view.list.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert not chosen, "no file dialog"
    with pytest.raises(PermissionDeniedError):
        exports.export(CLERK, ExportKind.APPLICANTS, ListQuery(), tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
