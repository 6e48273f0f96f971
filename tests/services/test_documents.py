"""Documents: receipt, one-time notice and decision slip filled from a case; templates; prints."""

from __future__ import annotations

from datetime import date

import pytest

from talentdesk.domain.enums import Category, ChecklistStatus
from talentdesk.domain.problems import Problem
from talentdesk.domain.workflow_records import DocumentKind
from talentdesk.errors import ConflictError, PermissionDeniedError, ValidationError
from talentdesk.paths import resource_path
from talentdesk.services.cases import CaseService
from talentdesk.services.documents import DocumentService
from talentdesk.services.workflow import WorkflowService
from talentdesk.storage.database import Database
from tests.services.permit_fixtures import (
    ADMINISTRATOR,
    CLERK,
    HR_OFFICER,
    FakeClock,
    applicant,
    applicants,
    audit_entries,
    cases,
    clock,
    employer,
    employers,
)
from tests.services.workflow_fixtures import (
    RP,
    WP,
    A,
    Desk,
    complete_checklist,
    desk,
    to_review,
    workflow,
)

__all__ = ["applicant", "applicants", "cases", "clock", "desk", "employer", "employers",
           "workflow"]  # fixtures used by name

K = DocumentKind
NOV = {day: date(2026, 11, day) for day in range(1, 31)}


class Texts:
    """Wording that shows what the service asked for."""

    def label(self, group: str, value: str) -> str:
        return f"<{group}:{value}>"

    def problem(self, problem: Problem) -> str:
        params = ",".join(f"{k}={v}" for k, v in sorted(problem.params.items()))
        return f"{problem.code}({problem.field};{params})"

    def date(self, day: date) -> str:
        return day.strftime("%Y年%m月%d日")


@pytest.fixture
def documents(database: Database, cases: CaseService, workflow: WorkflowService,
              clock: FakeClock) -> DocumentService:
    return DocumentService(database, cases, workflow, resource_path("templates"), clock)


def test_acceptance_receipt(desk: Desk, documents: DocumentService, cases: CaseService):
    case = desk.open(NOV[2])
    with pytest.raises(ValidationError) as caught:
        documents.render(CLERK, K.ACCEPTANCE_RECEIPT, case.id, Texts())
    assert [p.code for p in caught.value.problems] == ["document_not_available"]
    photo = next(e for e in cases.get_case(CLERK, case.id).checklist if e.item.code == "photo")
    cases.update_checklist_item(CLERK, case.id, "photo", ChecklistStatus.VERIFIED, "", None,
                                False, photo.version, NOV[2])
    to_review(desk, case.id, WP, NOV[2], NOV[5])
    html = documents.render(CLERK, K.ACCEPTANCE_RECEIPT, case.id, Texts()).html
    assert "案件编号：" + case.case_number in html
    assert "C0****T47" in html and "C01X00T47" not in html  # the passport is masked
    assert "MÜLLER ANNA MARIA" in html and "南京星河生物科技有限公司" in html
    assert "&lt;checklist_item:photo&gt;</td><td>&lt;checklist_status:verified&gt;" in html
    assert "&lt;checklist_item:passport&gt;</td><td>&lt;checklist_status:received&gt;" in html
    # Only the work permit is accepted: B review of 10 working days from 5 November.
    assert "<tr><td>&lt;track:work_permit&gt;</td><td>2026年11月19日</td></tr>" in html
    assert "track:residence_permit" not in html
    assert "${" not in html


def test_receipt_lists_the_items_accepted_missing_for_a(desk: Desk, documents: DocumentService):
    case = desk.open(NOV[2], Category.A, complete=False)
    desk.run(case.id, WP, [(A.SUBMIT, NOV[2]), (A.PASS_PRE_REVIEW, NOV[2]), (A.ACCEPT, NOV[3])])
    html = documents.render(CLERK, K.ACCEPTANCE_RECEIPT, case.id, Texts()).html
    rongque = html.split("容缺受理")[1]
    assert "<tr><td>1</td><td>&lt;checklist_item:application_form&gt;</td></tr>" in rongque


def test_one_time_notice_lists_every_deficiency_with_its_reason(desk: Desk, cases: CaseService,
                                                                documents: DocumentService):
    case = desk.open(NOV[2], complete=False)
    entries = {e.item.code: e for e in cases.get_case(CLERK, case.id).checklist}
    for code, status, reason, issued in (
        ("non_criminal_record", ChecklistStatus.RECEIVED, "", date(2026, 1, 5)),  # too old
        ("health_certificate", ChecklistStatus.CANNOT_PROVIDE, "体检机构尚未出具报告", None),
    ):
        cases.update_checklist_item(CLERK, case.id, code, status, reason, issued, True,
                                    entries[code].version, NOV[2])
    desk.act(case.id, WP, A.SUBMIT, NOV[2])
    desk.act(case.id, WP, A.RETURN, NOV[3], deficiencies=["劳动合同未盖单位公章"])
    html = documents.render(CLERK, K.DEFICIENCY_NOTICE, case.id, Texts()).html
    rows = html.split("原因及要求")[1]
    assert ("<td>&lt;checklist_item:application_form&gt;</td>"
            "<td>checklist_item_missing(application_form;)</td>") in rows
    assert "document_cannot_provide(health_certificate;reason=体检机构尚未出具报告)" in rows
    assert "document_too_old(non_criminal_record;" in rows
    assert "<td>劳动合同未盖单位公章</td><td>deficiency_noted_at_return(;on=2026年11月03日)</td>" \
        in rows
    assert "checklist_item:photo" in rows  # still pending
    assert "checklist_item:licensing_decision" not in rows  # optional, not a deficiency


def test_notice_needs_a_deficiency(desk: Desk, documents: DocumentService, database: Database):
    case = desk.open(NOV[2], complete=False)
    complete_checklist(database, case.id, ChecklistStatus.NOT_APPLICABLE)  # nothing to find
    with pytest.raises(ValidationError) as caught:
        documents.render(CLERK, K.DEFICIENCY_NOTICE, case.id, Texts())
    assert caught.value.problems[0].params == {"kind": "deficiency_notice"}


def test_decision_slip_with_refusal_reasons(desk: Desk, documents: DocumentService):
    case = desk.open(NOV[2])
    to_review(desk, case.id, WP, NOV[2], NOV[3])
    desk.act(case.id, WP, A.APPROVE, NOV[9])
    to_review(desk, case.id, RP, NOV[2], NOV[3])
    desk.act(case.id, RP, A.REFUSE, NOV[10], reason_codes=["visa_type_not_eligible",
                                                          "health_requirement_not_met"])
    html = documents.render(CLERK, K.DECISION_SLIP, case.id, Texts()).html
    assert ("<tr><td>&lt;track:work_permit&gt;</td><td>&lt;decision:approved&gt;</td>"
            "<td>2026年11月09日</td><td></td></tr>") in html
    assert ("<td>&lt;refusal_reason:visa_type_not_eligible&gt;<br/>"
            "&lt;refusal_reason:health_requirement_not_met&gt;</td>") in html
    assert "已于 2026年11月10日 作出" in html


def test_prints_and_reprints_are_recorded(desk: Desk, documents: DocumentService,
                                          database: Database):
    case = desk.open(NOV[2])
    first = documents.record_print(CLERK, case.id, K.ACCEPTANCE_RECEIPT, "printer")
    other = documents.record_print(CLERK, case.id, K.DECISION_SLIP, "pdf")
    again = documents.record_print(CLERK, case.id, K.ACCEPTANCE_RECEIPT, "pdf")
    assert [(e.details["kind"], e.details["copy"], e.details["reprint"], e.details["output"])
            for e in (first, other, again)] == [
        ("acceptance_receipt", 1, False, "printer"), ("decision_slip", 1, False, "pdf"),
        ("acceptance_receipt", 2, True, "pdf")]
    timeline = desk.workflow.timeline(CLERK, case.id)
    assert [(e.action, e.username) for e in timeline[-3:]] == [("print", "li")] * 3
    prints = [e for e in audit_entries(database, "case") if e.action == "print"]
    assert [e.details["copy"] for e in prints] == [1, 1, 2]
    with pytest.raises(PermissionDeniedError):
        documents.record_print(HR_OFFICER, case.id, K.ACCEPTANCE_RECEIPT, "pdf")


def test_administrator_edits_templates(desk: Desk, documents: DocumentService):
    shipped = documents.template(CLERK, K.DECISION_SLIP)
    assert shipped.is_default and "${decisions_rows}" in shipped.html
    with pytest.raises(PermissionDeniedError):
        documents.save_template(CLERK, K.DECISION_SLIP, "<p>${case_number}</p>", None)
    for html, code in (("<p>$5</p>", "template_syntax"),
                       ("<p>${items_rows}</p>", "template_placeholder_unknown")):
        with pytest.raises(ValidationError) as caught:
            documents.save_template(ADMINISTRATOR, K.DECISION_SLIP, html, None)
        assert [p.code for p in caught.value.problems] == [code]
    own = "<p>苏州工业园区 ${case_number} ${employer_name} 费用 $$0</p>${decisions_rows}"
    saved = documents.save_template(ADMINISTRATOR, K.DECISION_SLIP, own, None)
    assert documents.preview_template(ADMINISTRATOR, K.DECISION_SLIP, own).startswith(
        "<p>苏州工业园区 [case_number] [employer_name] 费用 $0</p><tr><td>[decisions_rows]")
    with pytest.raises(ConflictError):
        documents.save_template(ADMINISTRATOR, K.DECISION_SLIP, own, None)
    case = desk.open(NOV[2])
    to_review(desk, case.id, WP, NOV[2], NOV[3])
    desk.act(case.id, WP, A.APPROVE, NOV[4])
    html = documents.render(CLERK, K.DECISION_SLIP, case.id, Texts()).html
    assert html.startswith(
        f"<p>苏州工业园区 {case.case_number} 南京星河生物科技有限公司 费用 $0</p>")
    reset = documents.reset_template(ADMINISTRATOR, K.DECISION_SLIP, saved.version)
    assert reset.is_default and documents.template(CLERK, K.DECISION_SLIP) == reset
