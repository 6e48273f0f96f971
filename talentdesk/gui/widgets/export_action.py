"""“Export to Excel…” on a list: Ctrl+E or a button; written off the GUI thread with Cancel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import AuditFilter
from talentdesk.domain.exports import ExportKind, ExportResult
from talentdesk.domain.listing import ListQuery
from talentdesk.errors import CancelledError, TalentDeskError
from talentdesk.gui.background import BackgroundJob
from talentdesk.gui.messages import error_text, file_error_reason
from talentdesk.gui.texts.workflow import chinese_ui
from talentdesk.gui.widgets.list_view import ListView
from talentdesk.services.exports import ExportOptions, ExportService, may_export

SHORTCUT = "Ctrl+E"
# A quick export finishes before a progress dialog would only flash.
PROGRESS_DELAY_MS = 400

Query = ListQuery | AuditFilter

# The suggested file name, before the date.
FILE_STEMS: dict[ExportKind, str] = {
    ExportKind.CASES: QT_TRANSLATE_NOOP("ExportAction", "Cases"),
    ExportKind.PERMITS: QT_TRANSLATE_NOOP("ExportAction", "Issued permits"),
    ExportKind.EXPIRING: QT_TRANSLATE_NOOP("ExportAction", "Expiring permits"),
    ExportKind.APPLICANTS: QT_TRANSLATE_NOOP("ExportAction", "Foreign nationals"),
    ExportKind.EMPLOYERS: QT_TRANSLATE_NOOP("ExportAction", "Employers"),
    ExportKind.RESEARCHERS: QT_TRANSLATE_NOOP("ExportAction", "Young researchers"),
    ExportKind.RESULTS: QT_TRANSLATE_NOOP("ExportAction", "Assessment results"),
    ExportKind.AUDIT: QT_TRANSLATE_NOOP("ExportAction", "Audit trail"),
}

# Button texts: the mnemonic is a letter the list's own view leaves free.
BUTTON_TEXTS: dict[ExportKind, str] = {
    ExportKind.AUDIT: QT_TRANSLATE_NOOP("ExportAction", "E&xport to Excel…"),
    ExportKind.EXPIRING: QT_TRANSLATE_NOOP("ExportAction", "E&xport expiring permits…"),
    ExportKind.PERMITS: QT_TRANSLATE_NOOP("ExportAction", "Export &issued permits…"),
    ExportKind.RESULTS: QT_TRANSLATE_NOOP("ExportAction", "Export &assessment results…"),
}
DEFAULT_BUTTON_TEXT = QT_TRANSLATE_NOOP("ExportAction", "Exp&ort to Excel…")

# What belongs to the rows of a list (see ``add_related_export``): the export kind's filter
# taking the list's query, and the tooltip of its button.
RELATED: dict[ExportKind, tuple[str, str]] = {
    ExportKind.PERMITS: ("cases", QT_TRANSLATE_NOOP(
        "ExportAction", "Export the issued permits of the cases as filtered to an Excel roster")),
    ExportKind.RESULTS: ("researchers", QT_TRANSLATE_NOOP(
        "ExportAction",
        "Export the assessment results of the researchers as filtered to an Excel roster")),
}  # fmt: skip


def choose_export_file(parent: QWidget, suggested: Path) -> Path | None:
    """Where to save, asked with the platform's dialog; None when the user cancels.

    A module function so tests replace it (a native dialog cannot be driven offscreen).
    """
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ExportAction", "Export to Excel"),
        str(suggested),
        QCoreApplication.translate("ExportAction", "Excel workbooks (*.xlsx)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ExportAction(QObject):
    """Exports what ``query()`` selects of one list to a file the user chooses.

    ``action`` (Ctrl+E on ``host`` unless ``shortcut`` is False) and ``button`` (with a
    mnemonic) start it. The end is told in ``message_box``, a window-modal box that does not
    block.

    Signals:
        done(result): an ExportResult, or the TalentDeskError / OSError that stopped it.
    """

    done = Signal(object)

    def __init__(
        self,
        host: QWidget,
        exports: ExportService,
        actor: Actor,
        kind: ExportKind,
        query: Callable[[], Query],
        shortcut: bool = True,
    ) -> None:
        super().__init__(host)
        self._host = host
        self._exports = exports
        self._actor = actor
        self._kind = kind
        self._query = query
        self._job: BackgroundJob | None = None
        self._target = Path()
        self.progress: QProgressDialog | None = None
        self.message_box: QMessageBox | None = None
        text = BUTTON_TEXTS.get(kind, DEFAULT_BUTTON_TEXT)
        self.action = QAction(QCoreApplication.translate("ExportAction", text), host)
        self.action.triggered.connect(self.start)
        self.button = QPushButton(self.action.text())
        self.button.clicked.connect(self.start)
        if shortcut:
            self.action.setObjectName("export_to_excel")
            self.action.setShortcut(QKeySequence.fromString(SHORTCUT, QKeySequence.PortableText))
            # Anywhere in the window, as Ctrl+F: also from the navigation just after choosing
            # the area. An area shows one list with it; a hidden area's shortcut is inactive.
            self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            host.addAction(self.action)
            self.button.setObjectName("export_button")
            self.button.setToolTip(
                self.tr("Export the rows as filtered to an Excel roster (Ctrl+E)")
            )
        else:  # a second export of the same list: its button and mnemonic only
            self.action.setObjectName(f"export_{kind}")
            self.button.setObjectName(f"export_{kind}_button")

    @property
    def busy(self) -> bool:
        return self._job is not None

    def start(self) -> None:
        """Ask for the file, then write it in a worker thread behind a progress dialog."""
        if self.busy:
            return
        query = self._query()
        stem = QCoreApplication.translate("ExportAction", FILE_STEMS[self._kind])
        suggested = Path.home() / f"{stem}-{date.today():%Y%m%d}.xlsx"
        target = choose_export_file(self._host, suggested)
        if target is None:
            return
        # The worker touches no widget: it gets the service and its arguments, not ``self``.
        exports, actor, kind = self._exports, self._actor, self._kind
        language = "zh_CN" if chinese_ui() else "en"

        def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> object:
            total = 0

            def counted(rows: int) -> None:
                nonlocal total
                total = rows
                progress(0, rows)

            options = ExportOptions(
                language=language,
                total=counted,
                progress=lambda done: progress(done, total),
                cancelled=cancelled,
            )
            return exports.export(actor, kind, query, target, options)

        job = BackgroundJob(work)
        self._job = job
        self._target = target
        self.action.setEnabled(False)
        self.button.setEnabled(False)
        progress = QProgressDialog(
            self.tr("Writing {file}…").format(file=target.name),
            self.tr("Cancel"),
            0,
            0,
            self._host,
        )
        progress.setObjectName("export_progress")
        progress.setWindowTitle(self.tr("Export to Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.canceled.connect(job.cancel)
        self.progress = progress
        job.progress.connect(self._progressed)
        job.finished.connect(self._finished)
        job.start()

    def _progressed(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        if self.progress.maximum() != total:
            self.progress.setMaximum(total)
        if done:
            self.progress.setValue(done)

    def _finished(self, found: object) -> None:
        target = self._target
        self._job = None
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self.action.setEnabled(True)
        self.button.setEnabled(True)
        if isinstance(found, ExportResult):
            if found.masked:
                text = self.tr("{rows} rows written to {file}. Passport and ID numbers are masked.")
            else:
                text = self.tr("{rows} rows written to {file}.")
            rows = QLocale().toString(found.rows)
            self._tell(QMessageBox.Icon.Information, text.format(rows=rows, file=str(found.path)))
        elif isinstance(found, CancelledError):
            self._tell(
                QMessageBox.Icon.Information, self.tr("Export cancelled; no file was written.")
            )
        elif isinstance(found, TalentDeskError):
            self._tell(QMessageBox.Icon.Warning, error_text(found))
        elif isinstance(found, OSError):
            self._tell(
                QMessageBox.Icon.Warning,
                self.tr("Could not write {file}: {reason}").format(
                    file=str(target), reason=file_error_reason(found)
                ),
            )
        else:
            raise found  # type: ignore[misc]  # a bug: the unexpected-error dialog shows it
        self.done.emit(found)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Export to Excel"), text, QMessageBox.StandardButton.Ok,
                          self._host)  # fmt: skip
        box.setObjectName("export_message")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "message_box", None))
        self.message_box = box
        box.open()


def export_action(
    host: QWidget,
    exports: ExportService,
    actor: Actor,
    kind: ExportKind,
    query: Callable[[], Query],
    shortcut: bool = True,
) -> ExportAction | None:
    """The export of one list, or None for a role that may not export it (nothing is shown)."""
    if not may_export(actor, kind):
        return None
    return ExportAction(host, exports, actor, kind, query, shortcut)


def add_list_export(
    view: ListView, exports: ExportService, actor: Actor, kind: ExportKind
) -> ExportAction | None:
    """Ctrl+E and a button in the search bar of ``view``, exporting the rows it shows."""
    found = export_action(view, exports, actor, kind, view.current_query)
    if found is not None:
        view.add_tool(found.button)
    return found


def add_related_export(
    view: ListView, exports: ExportService, actor: Actor, kind: ExportKind
) -> ExportAction | None:
    """A button in the search bar of ``view`` exporting the ``kind`` rows that belong to the
    rows it shows, as filtered (the issued permits of the cases listed; see ``RELATED``).

    Its mnemonic starts it; Ctrl+E stays the list's own export.
    """
    key, tooltip = RELATED[kind]
    found = export_action(
        view, exports, actor, kind, lambda: ListQuery(filters={key: view.current_query()}),
        shortcut=False,
    )  # fmt: skip
    if found is not None:
        found.button.setToolTip(QCoreApplication.translate("ExportAction", tooltip))
        view.add_tool(found.button)
    return found
