"""The case detail view: what it shows of a case, and a checklist status change that persists."""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from talentdesk.app import build_services
from talentdesk.domain.enums import Category, ChecklistStatus
from talentdesk.gui.views.case_detail_view import CaseDetailView
from talentdesk.services.registry import Services
from tests.gui.conftest import activate
from tests.gui.typing import type_into
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    b_by_b1,
    case_draft,
    employer_draft,
    passport,
    person,
)

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 27)
# `make screenshots` points this at docs/screenshots; a plain test run leaves the repo alone.
SCREENSHOTS = Path(os.environ.get("TALENTDESK_SCREENSHOTS", tempfile.gettempdir()))


@pytest.fixture
def services(sqlite_database) -> Services:
    return build_services(sqlite_database)


def make_case(services: Services, **changes):
    applicant = services.applicants.create(CLERK, person(), passport(), TODAY)
    employer = services.employers.create(CLERK, employer_draft(), TODAY)
    return services.cases.create_case(CLERK, case_draft(applicant, employer, **changes), TODAY)


def detail(qtbot, services, case_id, actor=CLERK) -> CaseDetailView:
    view = CaseDetailView(services, actor, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1500, 950)
    view.set_case(case_id)
    activate(qtbot, view)
    return view


def row_of(view: CaseDetailView, code: str) -> int:
    return next(i for i, e in enumerate(view.case.checklist) if e.item.code == code)


def test_shows_the_case_with_points_tracks_and_a_masked_passport(qtbot, zh_app, services):
    case = make_case(services)
    view = detail(qtbot, services, case.id)
    assert case.case_number in view.heading.text() and "A类" in view.heading.text()
    assert view.values["passport"].text() == "C0****T47"
    assert view.values["employer"].text().startswith("南京星河生物科技有限公司")
    assert view.values["position"].text() == "研发总监"
    assert view.points.item(view.points.rowCount() - 1, 1).text() == str(
        case.category.points_total
    )
    assert view.tracks.rowCount() == len(case.tracks)
    assert view.tracks.item(0, 1).text() == "草稿"
    assert view.checklist.rowCount() == len(case.checklist)
    passport_row = row_of(view, "passport")
    assert view.checklist.item(passport_row, 0).text() == "护照或国际旅行证件"
    assert view.checklist.item(passport_row, 2).text() == "未提交"
    assert view.values["work_place"].text() == "南京市"
    # The same explanation as the intake form: each value with the band it fell into.
    why = [view.points.item(r, 2).text() for r in range(view.points.rowCount())]
    assert "500000（450000及以上）" in why and "博士" in why
    assert "6（满2计5分，每多1加1分）" in why
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    qtbot.wait(100)  # let pending layout requests run before the picture
    view.grab().save(str(SCREENSHOTS / "case_detail.png"))
    view.unmask.click()
    assert view.values["passport"].text() == "C01X00T47"


def test_the_administrator_sees_only_the_masked_number(qtbot, zh_app, services):
    case = make_case(services)
    view = detail(qtbot, services, case.id, ADMINISTRATOR)
    assert view.unmask.isHidden()
    assert not view.save_item.isEnabled()


def test_a_checklist_status_change_persists(qtbot, zh_app, services):
    case = make_case(services, category=Category.B, category_request=b_by_b1())
    view = detail(qtbot, services, case.id)
    row = row_of(view, "photo")
    view.checklist.setFocus()
    view.checklist.setCurrentCell(row, 0)
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert view.status.hasFocus()
    view.status.setCurrentIndex(view.status.findData("cannot_provide"))
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "理由" in view.message.text())
    type_into(qtbot, view.reason, "申请人在境外，照片后补")
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.checklist.item(row, 2).text() == "无法提供")
    assert view.message.text() == ""
    stored = services.cases.get_case(CLERK, case.id)
    entry = next(e for e in stored.checklist if e.item.code == "photo")
    assert entry.item.status is ChecklistStatus.CANNOT_PROVIDE
    assert entry.item.note == "申请人在境外，照片后补"
