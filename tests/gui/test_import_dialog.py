"""The import dialog as a clerk uses it: Ctrl+I on a list, choose a file, read the preview,
save the error report and the template, import, and see the list show the new rows."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.imports import ImportKind
from talentdesk.gui.background import wait_for_background_jobs
from talentdesk.gui.dialogs import import_dialog
from talentdesk.gui.dialogs.import_dialog import ImportDialog
from talentdesk.gui.views.employers_view import EmployersView
from talentdesk.gui.widgets.import_action import add_list_import
from talentdesk.gui.widgets.list_view import SEARCH_DELAY_MS
from talentdesk.services.imports import ImportService
from talentdesk.services.lists import ListService
from tests.excel.conftest import build_workbook, rewritten
from tests.factories import Factory
from tests.gui.conftest import activate
from tests.services.permit_fixtures import JIANGSU_USCC, OTHER_USCC

pytestmark = pytest.mark.gui

CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")
HR = Actor(4, "sun", "孙丽", Role.HR_OFFICER, "hr-1")
WRONG_USCC = OTHER_USCC[:-1] + ("0" if OTHER_USCC[-1] != "0" else "1")


def _clock() -> datetime:
    return datetime(2026, 11, 27, 9, 0)


@pytest.fixture
def view(qtbot, zh_app, sqlite_database) -> EmployersView:
    Factory(sqlite_database).employer("南京星河生物科技有限公司", uscc=JIANGSU_USCC)
    view = EmployersView(ListService(sqlite_database, clock=_clock), CLERK)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    return view


@pytest.fixture
def imports(sqlite_database) -> ImportService:
    return ImportService(sqlite_database, clock=_clock)


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    return build_workbook(tmp_path / "单位名册.xlsx", [
        ["统一社会信用代码", "单位名称", "所在城市", "区县", "经办人"],
        [JIANGSU_USCC, "南京星河生物科技有限公司", "南京", "玄武区", None],  # unchanged
        [OTHER_USCC, "苏州新材料有限公司", "苏州市", "吴中区", "李雷"],  # new
        [WRONG_USCC, "无锡某公司", "无锡", "", "韩梅梅"],  # error
    ])  # fmt: skip


def _column(dialog: ImportDialog, column: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _open_dialog(qtbot, view: EmployersView, imports: ImportService) -> ImportDialog:
    action = add_list_import(view.list, imports, CLERK, ImportKind.EMPLOYERS)
    assert action is not None and action.button.text() == "导入Excel(&I)…"
    activate(qtbot, view)
    view.list.table.setFocus()
    qtbot.keyClick(view.list.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: action.dialog is not None and action.dialog.isVisible())
    assert action.dialog is not None
    return action.dialog


def test_preview_then_import_and_the_list_shows_the_new_row(
    qtbot, view, imports, sheet, tmp_path, monkeypatch
):
    dialog = _open_dialog(qtbot, view, imports)
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 1, timeout=SEARCH_DELAY_MS * 10)
    assert dialog.windowTitle() == "导入用人单位"
    assert not dialog.import_button.isEnabled() and not dialog.report_button.isEnabled()
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda _parent: sheet)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert _column(dialog, 0) == ["2", "3", "4"]
    assert _column(dialog, 1) == ["无变化", "新增", "有错误"]
    assert _column(dialog, 2)[:2] == [f"南京星河生物科技有限公司  {JIANGSU_USCC}",
                                      f"苏州新材料有限公司  {OTHER_USCC}"]  # fmt: skip
    assert _column(dialog, 3)[2] == "统一社会信用代码"
    assert _column(dialog, 4)[2].startswith("A4: ")
    assert dialog.counts.text() == "新增：1　更新：0　无变化：1　有错误：1"
    assert dialog.import_button.text() == "导入 1 行(&I)"
    assert "有错误的行不会导入" in dialog.status.text()
    dialog.grab().save(str(tmp_path / "import_dialog.png"))

    report = tmp_path / "errors.xlsx"
    monkeypatch.setattr(import_dialog, "choose_save_file", lambda *_args: report)
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and report.exists(), timeout=10_000)
    rows = list(load_workbook(report).active.values)
    assert rows[1][0] == 4 and rows[1][1].startswith("A4: 统一社会信用代码")

    report.unlink()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    done = "导入完成：新增 1 条，更新 0 条。1 行有错误，未导入：请保存错误报告，修改后重新导入。"
    qtbot.waitUntil(lambda: dialog.status.text() == done, timeout=10_000)
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 2, timeout=SEARCH_DELAY_MS * 10)
    # What is left is the row to correct, and its report can still be saved.
    assert _column(dialog, 0) == ["4"] and _column(dialog, 1) == ["有错误"]
    assert dialog.counts.text() == "新增：0　更新：0　无变化：0　有错误：1"
    assert not dialog.import_button.isEnabled() and dialog.report_button.isEnabled()
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy and report.exists(), timeout=10_000)
    assert [row[0] for row in list(load_workbook(report).active.values)[1:]] == [4]
    names = [view.list.model.data(view.list.model.index(r, 0)) for r in range(2)]
    assert "苏州新材料有限公司" in names


def test_the_template_is_saved_where_the_user_chooses(qtbot, view, imports, tmp_path,
                                                      monkeypatch):  # fmt: skip
    dialog = _open_dialog(qtbot, view, imports)
    target = tmp_path / "模板.xlsx"
    monkeypatch.setattr(import_dialog, "choose_save_file", lambda *_args: target)
    activate(qtbot, dialog)
    assert dialog.choose_button.hasFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(target.exists)  # a mnemonic clicks the button after a short animation
    headers = [c.value for c in load_workbook(target).active[1]]
    assert headers[:3] == ["单位名称", "统一社会信用代码", "所在城市"]
    assert "经办人" in headers
    assert dialog.status.text() == f"模板已保存至 {target}。"


def test_a_template_for_a_folder_that_does_not_exist_is_explained_in_chinese(
    qtbot, view, imports, tmp_path, monkeypatch
):
    dialog = _open_dialog(qtbot, view, imports)
    target = tmp_path / "不存在的文件夹" / "模板.xlsx"
    monkeypatch.setattr(import_dialog, "choose_save_file", lambda *_args: target)
    activate(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.status.text() == "无法使用该文件：文件夹或文件不存在")
    assert not target.parent.exists()


def test_an_unreadable_file_is_explained_and_stop_cancels(
    qtbot, view, imports, tmp_path, monkeypatch
):
    dialog = _open_dialog(qtbot, view, imports)
    wrong = tmp_path / "名册.xls"
    wrong.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 512)
    dialog.read(wrong)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == (
        "该文件为旧版 Excel 97-2003 格式（.xls），请另存为 .xlsx 后重试。"
    )
    big = build_workbook(tmp_path / "big.xlsx", [
        ["统一社会信用代码", "单位名称", "所在城市", "经办人"],
        *([OTHER_USCC, f"公司{n}", "苏州", "李雷"] for n in range(5000)),
    ])  # fmt: skip
    dialog.read(big)
    dialog.stop()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.status.text() == "已取消，未作任何更改。"
    assert dialog.preview is None


def test_a_role_that_may_not_edit_gets_no_import(view, imports):
    assert add_list_import(view.list, imports, HR, ImportKind.EMPLOYERS) is None
    assert view.list.findChild(QPushButton, "import_button") is None


def test_deleting_the_dialog_while_it_reads_is_harmless(qtbot, zh_app, sqlite_database, sheet):
    gate, read = threading.Event(), threading.Event()

    class Gated(ImportService):
        """The real preview, held until the test lets it go."""

        def preview(self, *args, **kwargs):  # type: ignore[no-untyped-def]
            gate.wait(10)
            try:
                return super().preview(*args, **kwargs)
            finally:
                read.set()

    dialog = ImportDialog(Gated(sqlite_database, clock=_clock), CLERK, ImportKind.EMPLOYERS)
    dialog.read(sheet)
    assert dialog.busy
    dialog.deleteLater()
    qtbot.wait(10)  # the dialog is gone before the preview is ready
    gate.set()
    assert wait_for_background_jobs()
    qtbot.waitUntil(read.is_set, timeout=10_000)
    qtbot.wait(100)  # the late preview finds no dialog, and no error reaches the event loop


def test_a_formula_error_is_shown_in_chinese_and_its_row_is_held_back(
    qtbot, view, imports, sheet, tmp_path, monkeypatch
):
    """A VLOOKUP that found nothing (#N/A) in 所在城市: the row is refused, naming the cell,
    and the other rows import as before."""
    looked_up = rewritten(
        sheet,
        tmp_path / "单位名册（公式）.xlsx",
        rb'<c r="C3"[^>]*><is><t>[^<]*</t></is></c>',
        b'<c r="C3" t="e"><f>VLOOKUP(B3,Sheet2!A:B,2,0)</f><v>#N/A</v></c>',
    )
    dialog = _open_dialog(qtbot, view, imports)
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda _parent: looked_up)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert _column(dialog, 1) == ["无变化", "有错误", "有错误"]
    assert _column(dialog, 4)[1] == (
        "C3: 所在城市：单元格显示的是公式错误“#N/A”，不是数据。请修正公式或直接填写内容。"
    )
    assert dialog.counts.text() == "新增：0　更新：0　无变化：1　有错误：2"
    dialog.grab().save(str(tmp_path / "import_formula_error.png"))


def test_a_file_without_errors_leaves_nothing_to_do_after_its_import(
    qtbot, view, imports, tmp_path, monkeypatch
):
    clean = build_workbook(tmp_path / "单位名册（无误）.xlsx", [
        ["统一社会信用代码", "单位名称", "所在城市", "区县", "经办人"],
        [OTHER_USCC, "苏州新材料有限公司", "苏州市", "吴中区", "李雷"],
    ])  # fmt: skip
    dialog = _open_dialog(qtbot, view, imports)
    monkeypatch.setattr(import_dialog, "choose_import_file", lambda _parent: clean)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "导入完成：新增 1 条，更新 0 条。",
                    timeout=10_000)  # fmt: skip
    assert dialog.preview is None and dialog.model.rowCount() == 0
    assert not dialog.import_button.isEnabled() and not dialog.report_button.isEnabled()
