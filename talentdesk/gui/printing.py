"""Printing documents: QTextDocument in the CJK font, to paper with a preview or to PDF."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.countries import country
from talentdesk.domain.problems import Problem
from talentdesk.domain.workflow_records import DocumentKind, RenderedDocument
from talentdesk.errors import TalentDeskError
from talentdesk.gui.fonts import ensure_cjk_font
from talentdesk.gui.messages import error_text, field_label, problem_text
from talentdesk.gui.texts.workflow import chinese_ui, refusal_label, value_label
from talentdesk.services.documents import DocumentService

DOCUMENT_POINT_SIZE = 11
_BODY = re.compile(r"<body([^>]*)>(.*)</body>", re.DOTALL | re.IGNORECASE)
_STYLE = re.compile(r"""\bstyle\s*=\s*["']([^"']*)["']""", re.IGNORECASE)


class GuiDocumentTexts:
    """The wording documents are filled with, in the interface language."""

    def label(self, group: str, value: str) -> str:
        if group == "checklist_item":
            return field_label(value)  # checklist codes are field labels (texts/permits.py)
        if group == "refusal_reason":
            return refusal_label(value)
        if group == "nationality":
            known = country(value)
            return (known.name_zh if chinese_ui() else known.name_en) if known else value
        return value_label(group, value)

    def problem(self, problem: Problem) -> str:
        return problem_text(problem)

    def date(self, day: date) -> str:
        return f"{day.year}年{day.month}月{day.day}日" if chinese_ui() else day.isoformat()


@functools.cache
def _document_family() -> str:
    app = QApplication.instance()
    return ensure_cjk_font(app) if isinstance(app, QApplication) else ""


def text_document(html: str) -> QTextDocument:
    """The document laid out in the CJK font, so Chinese prints and is embedded in PDFs."""
    document = QTextDocument()
    font = QFont(_document_family(), DOCUMENT_POINT_SIZE)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


def combined_html(documents: Sequence[RenderedDocument]) -> str:
    """Several documents as one, each starting on a new page (bulk printing)."""
    bodies = []
    for number, rendered in enumerate(documents):
        found = _BODY.search(rendered.html)
        attributes, body = found.groups() if found else ("", rendered.html)
        # The body's own style (its font size, say) moves to the page's block.
        style = _STYLE.search(attributes)
        css = (style.group(1) if style else "").strip()
        if number:
            css = f"page-break-before: always; {css}"
        bodies.append(f'<div style="{css}">{body}</div>')
    return "<html><body>" + "".join(bodies) + "</body></html>"


def a4_printer(mode: QPrinter.PrinterMode = QPrinter.PrinterMode.HighResolution) -> QPrinter:
    printer = QPrinter(mode)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def write_pdf(html: str, path: Path, title: str = "") -> None:
    """Lay ``html`` out on A4 and write it as a PDF with its fonts embedded."""
    printer = a4_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    text_document(html).print_(printer)


class DocumentPrinter:
    """Renders, previews, prints or saves a case's documents and records every copy.

    ``preview`` is the dialog step; tests replace it to accept without showing a dialog.
    """

    def __init__(self, documents: DocumentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        self._documents = documents
        self._actor = actor
        self._parent = parent
        self.texts = GuiDocumentTexts()
        self.last_error = ""

    def render(self, kind: DocumentKind, case_ids: Sequence[int]) -> list[RenderedDocument]:
        """The documents that can be made; ``last_error`` explains the ones that cannot."""
        rendered, errors = [], []
        for case_id in case_ids:
            try:
                rendered.append(self._documents.render(self._actor, kind, case_id, self.texts))
            except TalentDeskError as exc:
                errors.append(error_text(exc))
        self.last_error = "\n".join(dict.fromkeys(errors))
        return rendered

    def print_cases(self, kind: DocumentKind, case_ids: Sequence[int]) -> int:
        """Preview and print one document per case; returns how many were printed."""
        rendered = self.render(kind, case_ids)
        if not rendered or not self.preview(combined_html(rendered), value_label(
                "document_kind", str(kind))):
            return 0
        return self._record(kind, rendered, "printer")

    def save_pdf(self, kind: DocumentKind, case_ids: Sequence[int], path: Path) -> int:
        """Write the documents to one PDF; returns how many it holds."""
        rendered = self.render(kind, case_ids)
        if not rendered:
            return 0
        write_pdf(combined_html(rendered), path, value_label("document_kind", str(kind)))
        return self._record(kind, rendered, "pdf")

    def preview(self, html: str, title: str) -> bool:
        """Show the print preview; True when the user printed."""
        printer = a4_printer()
        printer.setDocName(title)
        document = text_document(html)
        dialog = QPrintPreviewDialog(printer, self._parent)
        dialog.setWindowTitle(title)
        dialog.paintRequested.connect(document.print_)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _record(self, kind: DocumentKind, rendered: Sequence[RenderedDocument],
                output: str) -> int:
        for document in rendered:
            self._documents.record_print(self._actor, document.case_id, kind, output)
        return len(rendered)
