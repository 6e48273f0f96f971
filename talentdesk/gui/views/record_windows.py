"""Opening applicants and employers from their lists, each in one window of its own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.services.registry import Services

if TYPE_CHECKING:
    from talentdesk.gui.views.applicant_window import ApplicantWindow
    from talentdesk.gui.views.employer_window import EmployerWindow
    from talentdesk.gui.views.record_window import RecordWindow

# The windows are imported when first opened, not at start-up.


class RecordWindows(QObject):
    """Opening a record already open brings its window forward instead of a second copy.

    Signals:
        applicant_saved(applicant_id), employer_saved(employer_id): lists read them again.
        open_case_requested(case_id): a case was opened from a record's window.
    """

    applicant_saved = Signal(int)
    employer_saved = Signal(int)
    open_case_requested = Signal(int)

    def __init__(self, window: QWidget, services: Services, actor: Actor,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self._actor = actor
        self._today = today
        self._open: dict[tuple[type, int], RecordWindow] = {}

    def open_applicant(self, applicant_id: int) -> ApplicantWindow:
        from talentdesk.gui.views.applicant_window import ApplicantWindow

        window = self._show(ApplicantWindow, applicant_id, self.applicant_saved)
        assert isinstance(window, ApplicantWindow)
        return window

    def open_employer(self, employer_id: int) -> EmployerWindow:
        from talentdesk.gui.views.employer_window import EmployerWindow

        window = self._show(EmployerWindow, employer_id, self.employer_saved)
        assert isinstance(window, EmployerWindow)
        return window

    def _show(self, kind: type[RecordWindow], record_id: int,
              saved: SignalInstance) -> RecordWindow:
        key = (kind, record_id)
        window = self._open.get(key)
        if window is None:
            window = kind(self._services, self._actor, record_id, self._today, self._window)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.saved.connect(saved)
            window.open_case_requested.connect(self.open_case_requested)
            window.destroyed.connect(lambda: self._open.pop(key, None))
            self._open[key] = window
        else:
            window.raise_()
        window.show()
        window.activateWindow()
        return window
