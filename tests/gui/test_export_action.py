"""Ctrl+E on a list: the rows as filtered go to the chosen file, off the GUI thread, with Cancel."""

from __future__ import annotations

import threading
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.exports import ExportKind
from talentdesk.domain.imports import ImportKind
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permissions import MATRIX, Action
from talentdesk.domain.researchers.programs import Sex
from talentdesk.errors import PermissionDeniedError
from talentdesk.gui.background import wait_for_background_jobs
from talentdesk.gui.printing import DocumentPrinter
from talentdesk.gui.views.applicants_view import ApplicantsView
from talentdesk.gui.views.audit_view import AuditView
from talentdesk.gui.views.cases_view import CasesView
from talentdesk.gui.views.researchers_view import ResearchersView
from talentdesk.gui.widgets import export_action as module
from talentdesk.gui.widgets.export_action import (
    add_list_export,
    add_related_export,
    export_action,
)
from talentdesk.gui.widgets.import_action import add_list_import
from talentdesk.gui.widgets.list_view import FilterChoice
from talentdesk.paths import resource_path
from talentdesk.services.audit_service import AuditService
from talentdesk.services.cases import CaseService
from talentdesk.services.documents import DocumentService
from talentdesk.services.exports import ExportService
from talentdesk.services.imports import ImportService
from talentdesk.services.lists import ListService
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.services.workflow import WorkflowService
from tests.factories import Factory
from tests.gui.conftest import activate
from tests.gui.mnemonics import clashes, mnemonics
from tests.services.researcher_fixtures import HR, FakeClock, enroll, person

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


def read_back(path: Path) -> tuple[str, list[str], list[list[Any]]]:
    """An exported roster's title, header row and data rows, as a user opening it sees them."""
    ws = openpyxl.load_workbook(path).active
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=4)]
    return ws["A1"].value, [c.value for c in ws[3]], rows


def _applicants_view(database, exports_class=ExportService) -> ApplicantsView:
    make = Factory(database)
    make.applicant("KOWALSKI", "INGRID", nationality="POL", passports=("EA9876543",))
    make.applicant("SMITH", "JOHN", nationality="USA", passports=("123456789",))
    make.applicant("NOWAK", "ANNA", nationality="POL", passports=("EB1234567",))
    view = ApplicantsView(ListService(database, clock=lambda: NOW), CLERK)
    view.export = add_list_export(
        view.list, exports_class(database, clock=lambda: NOW), CLERK, ExportKind.APPLICANTS
    )
    return view


def _applicants(qtbot, database, exports_class=ExportService) -> ApplicantsView:
    view = _applicants_view(database, exports_class)
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
    title, headers, rows = read_back(path)
    assert title == "外国人员花名册"
    assert headers[:3] == ["序号", "姓", "名"]
    assert [(r[0], r[1]) for r in rows] == [(1, "KOWALSKI"), (2, "NOWAK")]
    assert rows[0][5] == datetime(1985, 5, 17), "a real date"
    assert [r[7] for r in rows] == ["EA9876543", "EB1234567"]  # a clerk may see them
    assert openpyxl.load_workbook(path).active["H4"].data_type == "s"
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


def test_a_folder_that_does_not_exist_is_named_in_chinese_and_nothing_is_written(
    qtbot, zh_app, sqlite_database, monkeypatch, tmp_path
):
    target = tmp_path / "不存在的文件夹" / "外国人员.xlsx"
    monkeypatch.setattr(module, "choose_export_file", lambda _parent, _suggested: target)
    view = _applicants(qtbot, sqlite_database)
    button = view.list.findChild(QPushButton, "export_button")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.export.message_box is not None, timeout=10000)

    box = view.export.message_box
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text() == f"无法写入 {target}：文件夹或文件不存在"
    assert not target.parent.exists()
    box.accept()
    assert button.isEnabled()


def test_deleting_the_list_while_it_exports_is_harmless(qtbot, zh_app, sqlite_database, chosen):
    gate, written = threading.Event(), threading.Event()

    class Gated(ExportService):
        """The real export, held until the test lets it go."""

        def export(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            gate.wait(10)
            try:
                return super().export(*args, **kwargs)
            finally:
                written.set()

    view = _applicants_view(sqlite_database, Gated)
    view.export.button.click()
    assert view.export.busy
    view.deleteLater()
    qtbot.wait(10)  # the list and its progress dialog are gone before the file is written
    gate.set()
    assert wait_for_background_jobs()
    qtbot.waitUntil(written.is_set, timeout=10_000)
    qtbot.wait(100)  # the late result finds no list, and no error reaches the event loop


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
    title, headers, _rows = read_back(tmp_path / "外国人员.xlsx")
    assert title == "审计日志"
    assert headers[:3] == ["序号", "记录号", "时间（UTC）"]
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


def test_the_cases_view_exports_the_issued_permits_of_the_cases_as_filtered(
    qtbot, zh_app, sqlite_database, chosen, tmp_path
):
    make = Factory(sqlite_database)
    acme = make.employer("南京华芯科技有限公司")
    ingrid = make.applicant("KOWALSKI", "INGRID", nationality="POL", passports=("EA9876543",))
    john = make.applicant("SMITH", "JOHN", nationality="USA", passports=("123456789",))
    for number, holder, permits in [
        ("2026-000001", ingrid, ["WP-1"]),
        ("2026-000002", john, ["WP-2"]),
        ("2026-000003", ingrid, ["WP-3", "RP-3"]),
        ("2026-000004", ingrid, []),
    ]:
        case = make.case(holder, acme, number=number)
        for permit in permits:
            kind = "residence_permit" if permit.startswith("RP") else "work_permit"
            make.issued_permit(case, holder, permit, kind=kind,
                               issued_on=date(2026, 3, int(number[-1])))  # fmt: skip
    clock = lambda: NOW  # noqa: E731
    workflow = WorkflowService(sqlite_database, clock)
    documents = DocumentService(sqlite_database, CaseService(sqlite_database, clock), workflow,
                                resource_path("templates"), clock)  # fmt: skip
    view = CasesView(ListService(sqlite_database, clock=clock), CLERK, workflow,
                     DocumentPrinter(documents, CLERK))  # fmt: skip
    exports = ExportService(sqlite_database, clock=clock)
    cases = add_list_export(view.list, exports, CLERK, ExportKind.CASES)
    permits = add_related_export(view.list, exports, CLERK, ExportKind.PERMITS)
    assert cases is not None and permits is not None
    qtbot.addWidget(view)
    view.resize(1300, 600)
    activate(qtbot, view)
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 4)
    assert permits.button.text() == "导出已发证件(&I)…"
    assert clashes(view) == [] and mnemonics(view)["Alt+I"] == 1
    view.list.findChild(FilterChoice, "filter_nationality").select("POL")
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 3)

    qtbot.keyClick(view.list.table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: permits.message_box is not None, timeout=10000)
    assert chosen[0].name == f"已发证件-{date.today():%Y%m%d}.xlsx"
    path = tmp_path / "外国人员.xlsx"
    assert permits.message_box.text() == f"已导出 3 行，保存至 {path}。"
    title, headers, rows = read_back(path)
    assert title == "已发证件花名册"
    case_number, number = headers.index("案件编号"), headers.index("证件编号")
    assert sorted((r[case_number], r[number]) for r in rows) == [
        ("2026-000001", "WP-1"), ("2026-000003", "RP-3"), ("2026-000003", "WP-3"),
    ]  # fmt: skip
    permits.message_box.accept()

    # Ctrl+E is still the list's own export: the cases, not their permits.
    activate(qtbot, view)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: cases.message_box is not None, timeout=10000)
    assert read_back(path)[0] == "外国人来华工作许可案件花名册"
    cases.message_box.accept()


def test_the_researchers_view_exports_the_results_of_the_researchers_as_filtered(
    qtbot, zh_app, sqlite_database, chosen, tmp_path
):
    services = ResearcherServices.build(sqlite_database, FakeClock())
    fang = services.researchers.create(HR, person("王芳"))
    qiang = services.researchers.create(HR, person("李强", unit="东南大学", seed=2,
                                                   sex=Sex.MALE))  # fmt: skip
    enroll(services, fang, "nsfc_young_scientists", date(2024, 1, 1))
    due = sorted(c.due for c in enroll(services, qiang, "nsfc_young_scientists",
                                       date(2024, 1, 1)).checkpoints if not c.cancelled)
    view = ResearchersView(services, HR, lambda: date(2025, 3, 1))
    exports = ExportService(sqlite_database, clock=lambda: NOW)
    add_list_export(view.list, exports, HR, ExportKind.RESEARCHERS)
    add_list_import(view.list, ImportService(sqlite_database), HR, ImportKind.RESEARCHERS)
    results = add_related_export(view.list, exports, HR, ExportKind.RESULTS)
    assert results is not None
    qtbot.addWidget(view)
    view.resize(1400, 700)
    activate(qtbot, view)
    qtbot.waitUntil(lambda: view.model.total == 2)
    assert results.button.text() == "导出考核结果(&A)…"
    # End early and Edit, Talent programs and Record payment shared a key before.
    assert clashes(view) == [] and mnemonics(view)["Alt+A"] == 1
    view.list.findChild(FilterChoice, "filter_sex").select("male")
    qtbot.waitUntil(lambda: view.model.total == 1)

    qtbot.keyClick(view.list.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: results.message_box is not None, timeout=10000)
    assert chosen[0].name == f"考核结果-{date.today():%Y%m%d}.xlsx"
    path = tmp_path / "外国人员.xlsx"
    assert results.message_box.text() == f"已导出 {len(due)} 行，保存至 {path}。"
    title, headers, rows = read_back(path)
    assert title == "青年科技人才考核结果花名册"
    name, on = headers.index("姓名"), headers.index("考核时间")
    assert [(r[name], r[on].date()) for r in rows] == [("李强", day) for day in due]
    results.message_box.accept()
