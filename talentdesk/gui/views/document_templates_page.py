"""The administrator's editor for the printed documents' templates, with a preview."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.documents import PLACEHOLDERS
from talentdesk.domain.permissions import Action, allowed
from talentdesk.domain.workflow_records import DocumentKind, DocumentTemplate
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.gui.printing import text_document
from talentdesk.gui.texts.workflow import value_label
from talentdesk.services.documents import DocumentService


class DocumentTemplatesPage(QWidget):
    """Edit the HTML of each document; placeholders are listed, the preview fills their names."""

    def __init__(self, documents: DocumentService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._documents = documents
        self._actor = actor
        self.current: DocumentTemplate | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in DocumentKind:
            self.kind.addItem(value_label("document_kind", str(kind)), kind)
        self.kind.currentIndexChanged.connect(self.load)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("editor")
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.preview_view = QTextBrowser()
        self.preview_view.setObjectName("preview")
        self.placeholders = QLabel()
        self.placeholders.setWordWrap(True)
        self.placeholders.setObjectName("placeholders")
        self.state = QLabel()
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("&Save template"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Restore the &default"))
        self.reset_button.clicked.connect(self.reset)
        may_edit = allowed(actor.role, Action.EDIT_CONFIGURATION)
        for button in (self.preview_button, self.save_button, self.reset_button):
            button.setEnabled(may_edit)
        self.editor.setReadOnly(not may_edit)
        top = QHBoxLayout()
        caption = QLabel(self.tr("Document &type:"))
        caption.setBuddy(self.kind)
        top.addWidget(caption)
        top.addWidget(self.kind)
        top.addWidget(self.state, 1)
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview_view)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.placeholders)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.current is None:
            self.load()

    def selected_kind(self) -> DocumentKind:
        return DocumentKind(self.kind.currentData())

    def load(self) -> None:
        kind = self.selected_kind()
        try:
            self._show(self._documents.template(self._actor, kind))
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        names = " ".join(f"${{{name}}}" for name in sorted(PLACEHOLDERS[kind]))
        self.placeholders.setText(self.tr("Placeholders: %s") % names)
        self.preview()

    def _show(self, template: DocumentTemplate) -> None:
        self.current = template
        self.editor.setPlainText(template.html)
        self.state.setText(self.tr("Shipped template") if template.is_default
                           else self.tr("The office's own template"))
        self.message.clear()

    def preview(self) -> None:
        try:
            html = self._documents.preview_template(self._actor, self.selected_kind(),
                                                    self.editor.toPlainText())
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.preview_view.setDocument(text_document(html))

    def save(self) -> None:
        version = self.current.version if self.current else None
        try:
            self._show(self._documents.save_template(
                self._actor, self.selected_kind(), self.editor.toPlainText(), version))
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.preview()
        self.message.setText(self.tr("Saved. The next print uses this template."))

    def reset(self) -> None:
        if self.current is None or self.current.version is None:
            return
        try:
            self._show(self._documents.reset_template(self._actor, self.selected_kind(),
                                                      self.current.version))
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.preview()
