"""The case, applicant and employer lists as a clerk uses them: type, filter, sort, open."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView

from talentdesk.domain.accounts import Actor, Role
from talentdesk.gui.views.applicants_view import ApplicantsView
from talentdesk.gui.views.cases_view import CasesView
from talentdesk.gui.views.employers_view import EmployersView
from talentdesk.gui.widgets.list_view import SEARCH_DELAY_MS, ListView
from talentdesk.services.lists import ListService
from tests.factories import Factory
from tests.gui.conftest import activate
from tests.gui.typing import type_into

pytestmark = pytest.mark.gui

CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")
_BACKGROUND = Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def lists(sqlite_database) -> ListService:
    make = Factory(sqlite_database)
    huaxin = make.employer("南京华芯科技有限公司", uscc="91320102MA1ABCDE1X")
    boyuan = make.employer("苏州博远生物医药有限公司", city="320500", district="吴中区")
    people = [
        make.applicant("WANG", "WEI", chinese_name="王伟", nationality="SGP"),
        make.applicant("WANG", "WEIQIANG", chinese_name="王伟强", nationality="SGP"),
        make.applicant("KOWALSKI", "INGRID", nationality="POL", passports=("EA9876543",)),
        make.applicant("SMITH", "JOHN", nationality="USA"),
    ]
    for n, (person, employer, work) in enumerate(
        [
            (people[0], huaxin, ("under_review", date(2026, 11, 25))),  # overdue by 2
            (people[1], boyuan, ("submitted", date(2026, 11, 30))),  # at risk
            (people[2], huaxin, ("accepted", date(2026, 12, 10))),
            (people[3], boyuan, ("collected", None)),
            (people[2], boyuan, ("collected", None)),
        ],
        start=1,
    ):
        make.case(
            person,
            employer,
            number=f"2026-{n:06d}",
            received_on=date(2026, 11, n),
            work=work,
            assigned_to="li" if n % 2 else "zhao",
        )
    return ListService(sqlite_database, clock=lambda: datetime(2026, 11, 27, 9, 0))


def _shown(view: ListView, column: int = 0) -> list[str]:
    model = view.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _wait_for(qtbot, view: ListView, count: int) -> None:
    qtbot.waitUntil(lambda: view.model.rowCount() == count, timeout=SEARCH_DELAY_MS * 10)


def _searched(qtbot, view: ListView, text: str) -> None:
    """Type ``text`` after what the box holds and wait until the list shows its rows."""
    type_into(qtbot, view.search, text)
    typed = view.search.text()
    qtbot.waitUntil(lambda: view.model.query.search == typed, timeout=SEARCH_DELAY_MS * 10)


@pytest.fixture
def cases(qtbot, zh_app, lists) -> CasesView:
    view = CasesView(lists, CLERK)
    qtbot.addWidget(view)
    view.resize(1280, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_case_list_reads_when_shown_and_says_how_many(cases: CasesView):
    view = cases.list
    assert view.count.text() == "共 5 条"
    assert _shown(view) == [f"2026-{n:06d}" for n in (5, 4, 3, 2, 1)]
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(12)]
    assert headers[:3] == ["案件编号", "收件日期", "申请人"]
    assert headers[-2:] == ["到期日", "时限"]
    assert view.filters[0].label.text() == "显示(&S)："


def test_typing_narrows_the_list_as_you_type(qtbot, cases: CasesView):
    view = cases.list
    _searched(qtbot, view, "kowal")
    assert _shown(view, 2) == ["KOWALSKI INGRID", "KOWALSKI INGRID"]
    assert view.count.text() == "共 2 条"
    view.search.clear()
    _wait_for(qtbot, view, 5)
    _searched(qtbot, view, "王伟")  # two characters: the start of a Chinese name
    assert _shown(view, 3) == ["王伟强", "王伟"]
    _searched(qtbot, view, "强")
    assert _shown(view) == ["2026-000002"]
    assert view.count.text() == "共 1 条"


def test_filters_narrow_the_list_and_overdue_rows_stand_out(qtbot, cases: CasesView):
    view = cases.list
    deadline = next(f for f in view.filters if f.key == "deadline")
    deadline.setCurrentIndex(deadline.findText("已超期"))
    _wait_for(qtbot, view, 1)
    row = view.model.index(0, 0)
    assert view.model.data(row) == "2026-000001"
    assert view.model.data(view.model.index(0, 11)) == "已超期 2 个工作日"
    assert view.model.data(row, _BACKGROUND) == QColor("#fde7e9")
    deadline.setCurrentIndex(0)
    _wait_for(qtbot, view, 5)
    at_risk = view.model.index(3, 0)  # 2026-000002: one working day left
    assert view.model.data(view.model.index(3, 11)).startswith("临近期限")
    assert view.model.data(at_risk, _BACKGROUND) == QColor("#fff4ce")
    assert view.model.data(view.model.index(2, 0), _BACKGROUND) is None
    mine = next(f for f in view.filters if f.key == "assigned_to")
    mine.setCurrentIndex(mine.findText("我的案件"))
    _wait_for(qtbot, view, 3)
    state = next(f for f in view.filters if f.key == "state")
    state.setCurrentIndex(state.findText("已领证"))
    _wait_for(qtbot, view, 1)
    assert _shown(view) == ["2026-000005"]


def test_clicking_a_header_sorts_in_sql_and_other_columns_keep_the_order(qtbot, cases: CasesView):
    view = cases.list
    header = view.table.horizontalHeader()
    applicant = 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, applicant)
    )
    assert view.model.query.sort_key == "applicant"
    assert _shown(view, 2)[0] == "KOWALSKI INGRID"
    chinese_name = 3  # shown, but not sortable in SQL
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, chinese_name)
    )
    assert view.model.query.sort_key == "applicant"
    assert header.sortIndicatorSection() == applicant


def _section_centre(header: QHeaderView, section: int) -> QPoint:
    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, 5)


def test_keyboard_finds_moves_and_opens(qtbot, cases: CasesView, lists: ListService):
    view = cases.list
    activate(qtbot, cases)
    view.table.setFocus()
    qtbot.keyClick(cases, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.search
    qtbot.keyClick(view.search, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is view.table
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    expected = lists.list_cases(CLERK, view.model.query).rows[1].id
    with qtbot.waitSignal(cases.open_requested) as opened:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened.args == [expected]
    centre = view.table.visualRect(view.model.index(0, 2)).center()
    # QTest's double click alone has no press on the item before it, as a real one has.
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(cases.open_requested) as opened:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert opened.args == [view.model.id_at(0)]


def test_applicant_list_searches_passports_and_filters_by_nationality(qtbot, zh_app, lists):
    view = ApplicantsView(lists, CLERK)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    shown = view.list
    assert shown.count.text() == "共 4 条"
    assert _shown(shown) == ["KOWALSKI INGRID", "SMITH JOHN", "WANG WEI", "WANG WEIQIANG"]
    assert _shown(shown, 2)[0] == "波兰"
    _searched(qtbot, shown, "EA98")
    assert _shown(shown) == ["KOWALSKI INGRID"]
    shown.search.clear()
    _wait_for(qtbot, shown, 4)
    nationality = shown.filters[0]
    nationality.setCurrentIndex(nationality.findData("SGP"))
    _wait_for(qtbot, shown, 2)
    assert nationality.currentText() == "新加坡"


def test_employer_list_shows_cities_and_case_counts(qtbot, zh_app, lists):
    view = EmployersView(lists, CLERK)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    shown = view.list
    assert _shown(shown) == ["南京华芯科技有限公司", "苏州博远生物医药有限公司"]
    assert _shown(shown, 2) == ["2", "3"]
    assert _shown(shown, 3) == ["南京市", "苏州市"]
    city = shown.filters[0]
    city.setCurrentIndex(city.findText("苏州市"))
    _wait_for(qtbot, shown, 1)
    with qtbot.waitSignal(view.open_requested) as opened:
        shown.table.setCurrentIndex(shown.model.index(0, 0))
        qtbot.keyClick(shown.table, Qt.Key.Key_Enter)
    assert opened.args == [shown.model.id_at(0)]


def test_filters_wrap_in_a_narrow_window(qtbot, cases: CasesView):
    filters = [choice.parentWidget() for choice in cases.list.filters]
    cases.resize(1280, 600)
    qtbot.waitUntil(lambda: len({f.y() for f in filters}) <= 2)
    cases.resize(560, 600)
    qtbot.waitUntil(lambda: len({f.y() for f in filters}) >= 3)
    assert all(f.geometry().right() <= cases.list.width() for f in filters)
    assert cases.minimumSizeHint().width() < 400
