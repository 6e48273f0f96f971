"""The case actions and timeline widgets, clicked as a clerk would, in Chinese."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from talentdesk.domain.enums import Category, Track
from talentdesk.domain.tracks import TrackAction, TrackState
from talentdesk.gui.widgets.case_actions import CaseActionsWidget, IssuePermitDialog
from talentdesk.gui.widgets.case_timeline import CaseTimelineWidget
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.cases import CaseService
from talentdesk.services.employers import EmployerService
from talentdesk.services.workflow import WorkflowService
from tests.gui.typing import type_into
from tests.services.permit_fixtures import (
    CLERK,
    HR_OFFICER,
    FakeClock,
    b_by_b1,
    case_draft,
    employer_draft,
    passport,
    person,
)
from tests.services.workflow_fixtures import complete_checklist

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 27)
WP, RP = Track.WORK_PERMIT, Track.RESIDENCE_PERMIT


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workflow(sqlite_database, clock) -> WorkflowService:
    return WorkflowService(sqlite_database, clock)


@pytest.fixture
def case_id(sqlite_database, clock) -> int:
    applicant = ApplicantService(sqlite_database, clock).create(CLERK, person(), passport(), TODAY)
    employer = EmployerService(sqlite_database, clock).create(CLERK, employer_draft(), TODAY)
    draft = case_draft(applicant, employer, category=Category.B, category_request=b_by_b1())
    case = CaseService(sqlite_database, clock).create_case(CLERK, draft, date(2026, 11, 2))
    complete_checklist(sqlite_database, case.id)
    return case.id


def actions_widget(qtbot, workflow, case_id, actor=CLERK) -> CaseActionsWidget:
    widget = CaseActionsWidget(workflow, actor, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.set_case(case_id)
    widget.show()
    return widget


def click(qtbot, widget: CaseActionsWidget, track: Track, action: TrackAction) -> None:
    qtbot.mouseClick(widget.buttons[(track, action)], Qt.MouseButton.LeftButton)


def test_clicking_submit_moves_the_track_and_shows_it(qtbot, zh_app, workflow, case_id):
    widget = actions_widget(qtbot, workflow, case_id)
    timeline = CaseTimelineWidget(workflow, CLERK)
    qtbot.addWidget(timeline)
    widget.changed.connect(timeline.set_case)
    assert widget.buttons[(WP, TrackAction.SUBMIT)].text() == "提交(&S)"
    assert widget.track_labels[WP].text() == "草稿"
    type_into(qtbot, widget.comment, "材料齐全，当场提交")
    with qtbot.waitSignal(widget.changed):
        click(qtbot, widget, WP, TrackAction.SUBMIT)
    assert widget.track_labels[WP].text().splitlines() == [
        "预审中", "期限 2026-12-04 · 剩余 5 个工作日"]
    assert widget.case_state.text().endswith("办理中")
    assert set(widget.buttons) >= {(WP, TrackAction.RETURN), (WP, TrackAction.PASS_PRE_REVIEW)}
    assert widget.comment.toPlainText() == ""  # ready for the next step
    last = timeline.tree.topLevelItem(timeline.tree.topLevelItemCount() - 1)
    assert [last.text(c) for c in range(1, 7)] == [
        "2026-11-27", "li", "工作许可", "提交", "草稿 → 预审中",
        "材料齐全，当场提交\n期限 2026-12-04"]


def test_refusal_needs_a_reason_ticked(qtbot, zh_app, workflow, case_id):
    widget = actions_widget(qtbot, workflow, case_id)
    for action in (TrackAction.SUBMIT, TrackAction.PASS_PRE_REVIEW, TrackAction.ACCEPT,
                   TrackAction.START_REVIEW):
        click(qtbot, widget, RP, action)
    click(qtbot, widget, RP, TrackAction.REFUSE)
    assert widget.message.text() == "不予许可须至少说明一项理由。"
    assert widget.state.track(RP).state is TrackState.UNDER_REVIEW
    reasons = widget.reasons
    row = next(r for r in range(reasons.count())
               if reasons.item(r).text() == "所持签证类别不能办理工作类居留证件")
    reasons.item(row).setCheckState(Qt.CheckState.Checked)
    click(qtbot, widget, RP, TrackAction.REFUSE)
    assert widget.message.text() == ""
    assert widget.track_labels[RP].text().splitlines() == [
        "不予许可", "所持签证类别不能办理工作类居留证件"]
    assert widget.case_state.text().endswith("不予许可")


def test_a_return_lists_the_deficiencies_typed(qtbot, zh_app, workflow, case_id):
    widget = actions_widget(qtbot, workflow, case_id)
    click(qtbot, widget, WP, TrackAction.SUBMIT)
    click(qtbot, widget, WP, TrackAction.RETURN)
    assert widget.message.text() == "请列出全部需补正事项：一次性告知须完整列明。"
    type_into(qtbot, widget.deficiencies, "护照复印件不清晰")
    qtbot.keyClick(widget.deficiencies, Qt.Key.Key_Return)
    type_into(qtbot, widget.deficiencies, "劳动合同未盖章")
    click(qtbot, widget, WP, TrackAction.RETURN)
    assert widget.track_labels[WP].text() == "已退回（一次性告知）"
    event = workflow.timeline(CLERK, case_id)[-1]
    assert event.details["deficiencies"] == ["护照复印件不清晰", "劳动合同未盖章"]


def test_read_only_roles_see_the_state_but_cannot_act(qtbot, zh_app, workflow, case_id):
    widget = actions_widget(qtbot, workflow, case_id, HR_OFFICER)
    assert not widget.buttons[(WP, TrackAction.SUBMIT)].isEnabled()


def test_issue_dialog_asks_to_confirm_an_unusual_number(qtbot, zh_app, workflow, case_id):
    for action in (TrackAction.SUBMIT, TrackAction.PASS_PRE_REVIEW, TrackAction.ACCEPT,
                   TrackAction.START_REVIEW, TrackAction.APPROVE):
        version = workflow.workflow(CLERK, case_id).track(WP).version
        workflow.transition(CLERK, case_id, WP, action, expected_version=version)
    status = workflow.workflow(CLERK, case_id).track(WP)
    dialog = IssuePermitDialog(workflow, CLERK, case_id, status, "", TODAY)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "请填写“证件号码”。"
    qtbot.keyClicks(dialog.number, "32010020261127")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == (
        "工作许可证号通常为18位数字，此号码为14位，请核对。\n如确认无误，请再次点击“确定”发证。")
    assert dialog.outcome is None
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # issued anyway, as the clerk confirmed
    assert dialog.outcome is not None and dialog.outcome.permit.number == "32010020261127"
    assert dialog.outcome.workflow.track(WP).state is TrackState.ISSUED
