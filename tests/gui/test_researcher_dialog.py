"""Two windows edit one researcher: the second save shows both versions and loses nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from talentdesk.gui.dialogs.conflict_dialog import DIFFERENT, ConflictDialog
from talentdesk.gui.dialogs.researcher_dialog import ResearcherDialog
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from tests.gui.conftest import activate
from tests.gui.modal import when_modal
from tests.gui.typing import type_into
from tests.services.researcher_fixtures import HR, FakeClock, person

pytestmark = pytest.mark.gui


@pytest.fixture
def two_services(sqlite_database):
    """Each window's services with a connection of its own to the same SQLite file."""
    other = Database(sqlite_database.url)
    yield (ResearcherServices.build(sqlite_database, FakeClock()),
           ResearcherServices.build(other, FakeClock()))
    other.dispose()


def edit(qtbot, services: ResearcherServices, researcher) -> ResearcherDialog:
    dialog = ResearcherDialog(services.researchers, HR, researcher)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    return dialog


def ok(qtbot, dialog: ResearcherDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def versions(dialog: ConflictDialog) -> dict[str, tuple[str, str, bool]]:
    table = dialog.table
    return {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text(),
                                      table.item(r, 1).background().color() == DIFFERENT)
            for r in range(table.rowCount())}


def test_keep_mine_saves_over_the_other_windows_version(qtbot, zh_app, two_services):
    first, second = two_services
    researcher = first.researchers.create(HR, person())
    window_1, window_2 = edit(qtbot, first, researcher), edit(qtbot, second, researcher)
    window_1.department.clear()
    type_into(qtbot, window_1.department, "生命科学学院")
    ok(qtbot, window_1)
    assert window_1.result_record.data.department == "生命科学学院"

    activate(qtbot, window_2)
    window_2.phone.clear()
    type_into(qtbot, window_2.phone, "13800000000")
    shown = {}

    def keep_mine(dialog) -> None:
        assert isinstance(dialog, ConflictDialog)
        shown.update(versions(dialog))
        qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)

    failures = when_modal(keep_mine)
    ok(qtbot, window_2)
    assert failures == []
    assert shown["部门"] == ("化学化工学院", "生命科学学院", True)
    assert shown["电话"] == ("13800000000", "", True)
    assert shown["姓名"] == ("王芳", "王芳", False)
    assert shown["证件号码"][2] is False
    assert shown["许可端申请人编号"] == ("无", "无", False)
    stored = first.researchers.get(HR, researcher.id).data
    assert (stored.phone, stored.department) == ("13800000000", "化学化工学院")
    assert window_2.result_record is not None and not window_2.isVisible()


def test_cancel_keeps_the_input_and_take_theirs_shows_the_saved_version(
    qtbot, zh_app, two_services
):
    first, second = two_services
    researcher = first.researchers.create(HR, person())
    first.researchers.update(HR, researcher.id, researcher.version,
                             person(department="生命科学学院"))
    dialog = edit(qtbot, second, researcher)
    type_into(qtbot, dialog.mentor, "李教授")
    failures = when_modal(lambda conflict: conflict.reject())
    ok(qtbot, dialog)
    assert failures == []
    assert dialog.isVisible() and dialog.result_record is None
    assert dialog.message.text() == "未保存：此记录已在另一个窗口中被修改。"
    assert (dialog.mentor.text(), dialog.department.text()) == ("李教授", "化学化工学院")

    failures = when_modal(
        lambda conflict: qtbot.mouseClick(conflict.take_theirs, Qt.MouseButton.LeftButton))
    ok(qtbot, dialog)
    assert failures == []
    assert (dialog.mentor.text(), dialog.department.text()) == ("", "生命科学学院")
    assert first.researchers.get(HR, researcher.id).data.mentor_name == ""
    ok(qtbot, dialog)  # now based on the saved version: OK saves and closes
    assert dialog.result_record is not None and not dialog.isVisible()
