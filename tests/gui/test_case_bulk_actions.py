"""The case queue's bulk actions: hand the selected cases to a clerk, print one document each."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from talentdesk.domain.accounts import Role
from talentdesk.domain.enums import Category, Track
from talentdesk.domain.tracks import TrackAction
from talentdesk.domain.workflow_records import DocumentKind
from talentdesk.gui.printing import DocumentPrinter
from talentdesk.gui.views.cases_view import CasesView
from talentdesk.paths import resource_path
from talentdesk.services.accounts import AccountService
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.cases import CaseService
from talentdesk.services.documents import DocumentService
from talentdesk.services.employers import EmployerService
from talentdesk.services.lists import ListService
from talentdesk.services.workflow import WorkflowService
from tests.services.permit_fixtures import (
    CLERK,
    SUPERVISOR,
    TODAY,
    FakeClock,
    b_by_b1,
    case_draft,
    employer_draft,
    passport,
    person,
)
from tests.services.workflow_fixtures import complete_checklist

pytestmark = pytest.mark.gui


@pytest.fixture
def services(sqlite_database):
    clock = FakeClock()
    accounts = AccountService(sqlite_database, clock)
    admin = accounts.create_first_admin("admin", "管理员", "secret-2026")
    accounts.create_user(admin, "wang", "王芳", Role.CLERK, "secret-2026")
    applicant = ApplicantService(sqlite_database, clock).create(CLERK, person(), passport(),
                                                                TODAY)
    employer = EmployerService(sqlite_database, clock).create(CLERK, employer_draft(), TODAY)
    cases = CaseService(sqlite_database, clock)
    workflow = WorkflowService(sqlite_database, clock)
    draft = case_draft(applicant, employer, category=Category.B, category_request=b_by_b1())
    for _ in range(2):
        case_id = cases.create_case(CLERK, draft, date(2026, 11, 2)).id
        complete_checklist(sqlite_database, case_id)
        for action in (TrackAction.SUBMIT, TrackAction.PASS_PRE_REVIEW, TrackAction.ACCEPT):
            version = workflow.workflow(CLERK, case_id).track(Track.WORK_PERMIT).version
            workflow.transition(CLERK, case_id, Track.WORK_PERMIT, action,
                                on_date=date(2026, 11, 3), expected_version=version)
    documents = DocumentService(sqlite_database, cases, workflow, resource_path("templates"),
                                clock)
    return ListService(sqlite_database, clock), workflow, documents


def queue(qtbot, services, actor) -> CasesView:
    lists, workflow, documents = services
    view = CasesView(lists, actor, workflow, DocumentPrinter(documents, actor))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.list.model.rowCount() == 2)
    return view


def test_supervisor_assigns_the_selected_cases(qtbot, zh_app, services):
    view = queue(qtbot, services, SUPERVISOR)
    bulk = view.bulk
    assert bulk is not None and bulk.assignee.itemText(0) == "王芳 (wang)"
    qtbot.mouseClick(bulk.assign_button, Qt.MouseButton.LeftButton)
    assert bulk.message.text() == "请先选择案件和承办人。"
    view.list.table.selectAll()
    selected = bulk.selected_ids()
    qtbot.mouseClick(bulk.assign_button, Qt.MouseButton.LeftButton)
    assert bulk.message.text() == "已将 2 个案件分配给王芳 (wang)。"
    workflow = services[1]
    assert [workflow.timeline(CLERK, case_id)[-1].details["to"] for case_id in selected] == [
        "wang", "wang"]


def test_clerks_print_but_do_not_assign(qtbot, zh_app, services, monkeypatch):
    view = queue(qtbot, services, CLERK)
    bulk = view.bulk
    assert bulk.assign_button.isHidden() and bulk.assignee.isHidden()
    monkeypatch.setattr(bulk._printer, "preview", lambda html, title: True)
    view.list.table.selectAll()
    bulk.print_selected(DocumentKind.ACCEPTANCE_RECEIPT)
    assert bulk.message.text() == "已打印 2 / 2 份文书。"
    view.list.table.selectAll()  # the list was read again, with the print on its timeline
    bulk.print_selected(DocumentKind.DECISION_SLIP)
    assert bulk.message.text().splitlines() == [
        "已打印 0 / 2 份文书。", "该案件目前尚无可打印此文书的内容。"]
