"""Opening cases from the main window: Ctrl+N for a new intake, a list's open request for a case."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.services.registry import Services

if TYPE_CHECKING:
    from talentdesk.gui.views.case_detail_view import CaseDetailView

# The intake and case windows are imported when first opened, not at start-up.


class CaseWindows(QObject):
    """Owns the “New case intake” action and opens each case in a window of its own."""

    def __init__(self, window: QMainWindow, services: Services, actor: Actor) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actor = actor
        self.new_case = QAction(self.tr("&New case intake…"), window)
        self.new_case.setObjectName("new_case")
        self.new_case.setShortcut(
            QKeySequence.fromString("Ctrl+N", QKeySequence.SequenceFormat.PortableText)
        )
        self.new_case.triggered.connect(self.open_intake)
        self.new_case.setEnabled(allowed(actor.role, Action.EDIT_PERMITS))
        window.addAction(self.new_case)

    def open_intake(self) -> None:
        from talentdesk.gui.dialogs.intake_dialog import IntakeDialog

        dialog = IntakeDialog(self._services, self._actor, parent=self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.case_created.connect(self.open_case)
        dialog.open()

    def open_case(self, case_id: int) -> CaseDetailView:
        """A separate window, so the clerk can keep the list and several cases side by side."""
        from talentdesk.gui.views.case_detail_view import CaseDetailView

        view = CaseDetailView(self._services, self._actor, parent=self._window)
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.set_case(case_id)
        view.resize(1400, 900)
        view.show()
        return view
