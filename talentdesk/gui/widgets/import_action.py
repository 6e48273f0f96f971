"""“Import from Excel…” on a list: Ctrl+I or a button opens the import dialog for its kind."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from talentdesk.domain.accounts import Actor
from talentdesk.domain.imports import ImportKind
from talentdesk.domain.permissions import allowed
from talentdesk.gui.dialogs.import_dialog import ImportDialog
from talentdesk.gui.widgets.list_view import ListView
from talentdesk.services.imports import ImportService, import_action

SHORTCUT = "Ctrl+I"


class ImportAction(QObject):
    """Opens an ImportDialog over ``view``; the list is read again after an import."""

    def __init__(
        self, view: ListView, imports: ImportService, actor: Actor, kind: ImportKind
    ) -> None:
        super().__init__(view)
        self._view = view
        self._imports = imports
        self._actor = actor
        self._kind = kind
        self.dialog: ImportDialog | None = None
        self.action = QAction(self.tr("&Import from Excel…"), view)
        self.action.setObjectName("import_from_excel")
        self.action.setShortcut(QKeySequence.fromString(SHORTCUT, QKeySequence.PortableText))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # as Ctrl+E
        self.action.triggered.connect(self.open)
        view.addAction(self.action)
        self.button = QPushButton(self.action.text())
        self.button.setObjectName("import_button")
        self.button.setToolTip(self.tr("Check and import a roster from an Excel file (Ctrl+I)"))
        self.button.clicked.connect(self.open)

    def open(self) -> None:
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = ImportDialog(self._imports, self._actor, self._kind, self._view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _result: self._view.reload())
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()


def add_list_import(
    view: ListView, imports: ImportService, actor: Actor, kind: ImportKind
) -> ImportAction | None:
    """Ctrl+I and a button in the search bar of ``view``; nothing for a role that may not
    create or edit the list's records.
    """
    if not allowed(actor.role, import_action(kind)):
        return None
    found = ImportAction(view, imports, actor, kind)
    view.add_tool(found.button)
    return found
