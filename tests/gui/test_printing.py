"""Printed documents: PDF with Chinese embedded, bulk printing, the preview dialog, the record."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QApplication

from talentdesk.domain.enums import Category, Track
from talentdesk.domain.tracks import TrackAction
from talentdesk.domain.workflow_records import DocumentKind
from talentdesk.gui.printing import DocumentPrinter, text_document
from talentdesk.paths import resource_path
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.cases import CaseService
from talentdesk.services.documents import DocumentService
from talentdesk.services.employers import EmployerService
from talentdesk.services.workflow import WorkflowService
from tests.services.permit_fixtures import (
    CLERK,
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

RECEIPT = DocumentKind.ACCEPTANCE_RECEIPT


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def workflow(sqlite_database, clock) -> WorkflowService:
    return WorkflowService(sqlite_database, clock)


@pytest.fixture
def printer(sqlite_database, clock, workflow) -> DocumentPrinter:
    documents = DocumentService(sqlite_database, CaseService(sqlite_database, clock), workflow,
                                resource_path("templates"), clock)
    return DocumentPrinter(documents, CLERK)


@pytest.fixture
def new_case(sqlite_database, clock, workflow):
    """A function opening a B case, accepted unless told otherwise."""
    applicants = ApplicantService(sqlite_database, clock)
    employer = EmployerService(sqlite_database, clock).create(CLERK, employer_draft(), TODAY)
    cases = CaseService(sqlite_database, clock)
    people = iter((("Müller", "C01X00T47"), ("Dupont", "E12345567"), ("Rossi", "K99887766")))

    def make(accepted: bool = True) -> int:
        surname, number = next(people)
        applicant = applicants.create(CLERK, person(surname=surname), passport(number), TODAY)
        draft = case_draft(applicant, employer, category=Category.B, category_request=b_by_b1())
        case_id = cases.create_case(CLERK, draft, date(2026, 11, 2)).id
        complete_checklist(sqlite_database, case_id)
        steps = (TrackAction.SUBMIT, TrackAction.PASS_PRE_REVIEW, TrackAction.ACCEPT)
        for action in steps if accepted else ():
            version = workflow.workflow(CLERK, case_id).track(Track.WORK_PERMIT).version
            workflow.transition(CLERK, case_id, Track.WORK_PERMIT, action,
                                on_date=date(2026, 11, 3), expected_version=version)
        return case_id

    return make


def pdf_pages(path: Path) -> list[str]:
    """Each page's text as a reader copying it would get it.

    Whitespace is dropped (layout spaces vary with the font). Qt's PDF writer maps a glyph Noto
    shares between a CJK ideograph and its Kangxi radical (人 and ⼈) to the radical; those are
    folded back. Headings may come twice, as Qt draws the bundled regular-weight font twice to
    embolden it.
    """
    return [_unradical(re.sub(r"\s+", "", page.extract_text())) for page in PdfReader(path).pages]


def _unradical(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", c) if "\u2e80" <= c <= "\u2fdf" else c
                   for c in text)


def test_receipt_as_pdf_embeds_the_chinese_font(qtbot, zh_app, printer, new_case, workflow,
                                                tmp_path):
    case_id = new_case()
    path = tmp_path / "receipt.pdf"
    assert printer.save_pdf(RECEIPT, [case_id], path) == 1
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    # The font program travels inside the file: a CID font with its FontFile stream.
    assert b"/CIDFontType" in data and re.search(rb"/FontFile[23]?", data)
    html = printer.render(RECEIPT, [case_id])[0].html
    plain = text_document(html).toPlainText()
    assert "受 理 回 执" in plain and "C0****T47" in plain and "C01X00T47" not in plain
    assert "2026年11月17日" in plain  # 10 working days after acceptance on 3 November
    (text,) = pdf_pages(path)
    assert "受理回执" in text and "南京星河生物科技有限公司" in text and "申请人" in text
    assert "案件编号：2026-000001" in text and "2026年11月17日" in text
    event = workflow.timeline(CLERK, case_id)[-1]
    assert (event.action, event.details["kind"], event.details["output"]) == (
        "print", "acceptance_receipt", "pdf")


def test_bulk_print_puts_each_case_on_its_own_page(qtbot, zh_app, printer, new_case,
                                                   workflow, monkeypatch, tmp_path):
    first, second, not_accepted = new_case(), new_case(), new_case(accepted=False)
    shown: list[str] = []
    monkeypatch.setattr(printer, "preview", lambda html, title: shown.append(html) or True)
    assert printer.print_cases(RECEIPT, [first, second, not_accepted]) == 2
    assert printer.last_error == "该案件目前尚无可打印此文书的内容。"
    assert shown[0].count("page-break-before: always") == 1
    for case_id in (first, second):
        assert workflow.timeline(CLERK, case_id)[-1].details["output"] == "printer"
    assert workflow.timeline(CLERK, not_accepted)[-1].action == "create"
    path = tmp_path / "both.pdf"
    printer.save_pdf(RECEIPT, [first, second], path)
    pages = pdf_pages(path)
    assert len(pages) == 2 and all("受理回执" in page for page in pages)  # one page each
    assert "案件编号：2026-000001" in pages[0] and "案件编号：2026-000002" in pages[1]
    assert workflow.timeline(CLERK, first)[-1].details["copy"] == 2  # a reprint


def test_cancelling_the_preview_prints_nothing(qtbot, zh_app, printer, new_case, workflow):
    case_id = new_case()

    def close_preview() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QPrintPreviewDialog)
        assert dialog.windowTitle() == "受理回执"
        dialog.reject()

    QTimer.singleShot(0, close_preview)
    assert printer.print_cases(RECEIPT, [case_id]) == 0
    assert workflow.timeline(CLERK, case_id)[-1].action == "accept"
