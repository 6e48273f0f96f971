"""The import dialog: choose a roster, see every row checked (new, update, unchanged, error),
then import the valid rows in one go; reading and writing run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.imports import (
    FieldChange,
    ImportKind,
    ImportPreview,
    ImportResult,
    ImportRow,
    RowStatus,
)
from talentdesk.domain.problems import Problem
from talentdesk.errors import TalentDeskError
from talentdesk.gui.background import BackgroundJob
from talentdesk.gui.messages import error_text, field_label, file_error_reason, problem_text
from talentdesk.gui.texts.excel import import_error_text
from talentdesk.gui.texts.workflow import chinese_ui
from talentdesk.services.imports import ImportService

_CONTEXT = "ImportDialog"
STATUS_LABELS: dict[RowStatus, str] = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("ImportDialog", "New"),
    RowStatus.UPDATE: QT_TRANSLATE_NOOP("ImportDialog", "Update"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("ImportDialog", "Unchanged"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("ImportDialog", "Error"),
}
TITLES: dict[ImportKind, str] = {
    ImportKind.APPLICANTS: QT_TRANSLATE_NOOP("ImportDialog", "Import foreign nationals"),
    ImportKind.EMPLOYERS: QT_TRANSLATE_NOOP("ImportDialog", "Import employers"),
    ImportKind.RESEARCHERS: QT_TRANSLATE_NOOP("ImportDialog", "Import young researchers"),
}
TEMPLATE_NAMES: dict[ImportKind, str] = {
    ImportKind.APPLICANTS: QT_TRANSLATE_NOOP("ImportDialog", "Foreign nationals import template"),
    ImportKind.EMPLOYERS: QT_TRANSLATE_NOOP("ImportDialog", "Employers import template"),
    ImportKind.RESEARCHERS: QT_TRANSLATE_NOOP("ImportDialog", "Young researchers import template"),
}
_ERROR_COLOUR = QColor("#b00020")
_WORKBOOKS = QT_TRANSLATE_NOOP("ImportDialog", "Excel workbooks (*.xlsx)")


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def choose_import_file(parent: QWidget) -> Path | None:
    """The roster to read, asked with the platform's dialog; replaced in tests."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Choose a roster to import"), str(Path.home()), _tr(_WORKBOOKS)
    )
    return Path(chosen) if chosen else None


def choose_save_file(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to save a workbook; replaced in tests."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), _tr(_WORKBOOKS))
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


def placed_problem_text(problem: Problem) -> str:
    """The sentence with the cell in front (D7: …), as the error report and the preview show it."""
    cell = problem.params.get("cell")
    text = problem_text(problem)
    return f"{cell}: {text}" if cell else text


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):  # an employer's handlers
        return "、".join(str(v.get("name", v)) if isinstance(v, dict) else str(v) for v in value)
    return str(value)


class PreviewModel(QAbstractTableModel):
    """One line per problem or changed field of each row (one line for a row with neither)."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ImportDialog", "Row"),
        QT_TRANSLATE_NOOP("ImportDialog", "Status"),
        QT_TRANSLATE_NOOP("ImportDialog", "Record"),
        QT_TRANSLATE_NOOP("ImportDialog", "Field"),
        QT_TRANSLATE_NOOP("ImportDialog", "Reason or change"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[ImportRow] = ()
        # Per line the row's position, with the detail for a row with problems or changes:
        # the preview keeps its plain rows packed, and the model does not unpack them all.
        self._lines: list[int | tuple[int, Problem | FieldChange]] = []
        self._last: tuple[int, ImportRow] | None = None  # Qt asks for a row cell by cell

    def show_preview(self, preview: ImportPreview | None) -> None:
        self.beginResetModel()
        self._rows, self._lines, self._last = (), [], None
        if preview is not None:
            self._rows = preview.rows
            detailed = dict(preview.rows.detailed())
            for index in range(len(preview.rows)):
                row = detailed.get(index)
                if row is None:
                    self._lines.append(index)
                else:
                    details = row.problems or row.changes
                    self._lines += [(index, detail) for detail in details]
        self.endResetModel()

    def _row(self, index: int) -> ImportRow:
        if self._last is None or self._last[0] != index:
            self._last = (index, self._rows[index])
        return self._last[1]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        position, detail = (line, None) if isinstance(line, int) else line
        row = self._row(position)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is RowStatus.ERROR:
            return QBrush(_ERROR_COLOUR)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return str(row.number)
        if column == 1:
            return _tr(STATUS_LABELS[row.status])
        if column == 2:
            return "  ".join(part for part in (row.label, row.key) if part)
        if detail is None:
            return ""
        if column == 3:
            return field_label(detail.field) if detail.field else ""
        if isinstance(detail, Problem):
            return placed_problem_text(detail)
        return f"{_shown(detail.old)} → {_shown(detail.new)}"


class ImportDialog(QDialog):
    """Signals:
    imported(result): an ImportResult, after the rows were written.
    """

    imported = Signal(object)

    def __init__(
        self, imports: ImportService, actor: Actor, kind: ImportKind, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(_tr(TITLES[kind]))
        self._imports = imports
        self._actor = actor
        self._kind = kind
        self._language = "zh_CN" if chinese_ui() else "en"
        self._job: BackgroundJob | None = None
        # What the running job says while it counts rows, and what its result goes to.
        self._starting = self._counting = ""
        self._done: Callable[[Any], None] = lambda _result: None
        self._close_when_done = False
        self.preview: ImportPreview | None = None
        self.file = QLineEdit()
        self.file.setObjectName("file")
        self.file.setReadOnly(True)
        self.file.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # the keyboard starts at Choose
        self.file.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = self._button(self.tr("&Choose file…"), "choose_file", self.choose)
        self.template_button = self._button(
            self.tr("Download &template…"), "download_template", self.download_template
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 0)  # rows have no known total: a busy bar and a count
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.stop_button = self._button(self.tr("&Stop"), "stop", self.stop)
        self.stop_button.hide()
        self.status = QLabel(self.tr("Choose an Excel roster; every row is checked before "
                                     "anything is imported."))  # fmt: skip
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((50, 70, 320, 130)):
            header.resizeSection(column, width)
        self.report_button = self._button(
            self.tr("Save &error report…"), "save_error_report", self.save_error_report
        )
        self.import_button = self._button(self.tr("&Import"), "import_rows", self.commit)
        self.import_button.setDefault(True)
        self.close_button = self._button(self.tr("Close"), "close", self.reject)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.stop_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.status)
        layout.addLayout(busy_row)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 560)
        self._update_buttons()

    def _button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    @property
    def busy(self) -> bool:
        return self._job is not None

    # --- actions ------------------------------------------------------------------------------

    def choose(self) -> None:
        path = choose_import_file(self)
        if path is not None:
            self.read(path)

    def read(self, path: Path) -> None:
        """Preview ``path`` in a worker thread."""
        self.file.setText(str(path))
        self._show_preview(None)
        imports, actor, kind, language = self._imports, self._actor, self._kind, self._language
        self._run(
            lambda progress, cancelled: imports.preview(
                actor, kind, path, language=language, progress=progress, cancelled=cancelled,
            ),
            self.tr("Reading and checking {file}…").format(file=path.name),
            self.tr("{rows} rows read…"),
            self._previewed,
        )  # fmt: skip

    def commit(self) -> None:
        preview = self.preview
        if preview is None or not preview.writable:
            return
        imports, actor = self._imports, self._actor
        self._run(
            lambda progress, cancelled: imports.commit(
                actor, preview, progress=progress, cancelled=cancelled
            ),
            self.tr("Importing {rows} rows…").format(rows=self._number(preview.writable)),
            self.tr("{rows} rows written…"),
            self._committed,
        )

    def save_error_report(self) -> None:
        preview = self.preview
        if preview is None or not preview.errors:
            return
        suggested = preview.source.with_name(
            self.tr("{name} - errors").format(name=preview.source.stem) + ".xlsx"
        )
        target = choose_save_file(self, self.tr("Save error report"), suggested)
        if target is None:
            return
        imports, actor, language = self._imports, self._actor, self._language
        self._run(
            lambda progress, cancelled: imports.write_error_report(
                actor, preview, target, placed_problem_text, language=language,
                progress=progress, cancelled=cancelled,
            ),
            self.tr("Writing {file}…").format(file=target.name),
            self.tr("{rows} rows written…"),
            lambda written: self.status.setText(
                self.tr("Error report with {rows} rows saved to {file}.").format(
                    rows=self._number(written), file=str(target))
            ),
        )  # fmt: skip

    def download_template(self) -> None:
        suggested = Path.home() / f"{_tr(TEMPLATE_NAMES[self._kind])}.xlsx"
        target = choose_save_file(self, self.tr("Save import template"), suggested)
        if target is None:
            return
        try:
            self._imports.write_template(self._kind, target, self._language)
        except OSError as exc:
            self._fail(exc)
            return
        self.status.setText(self.tr("Template saved to {file}.").format(file=str(target)))

    def stop(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.stop_button.setEnabled(False)

    def reject(self) -> None:
        if self.busy:
            self.stop()  # the dialog closes when the worker has stopped
            self._close_when_done = True
            return
        super().reject()

    # --- worker -------------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[Callable[[int], None], Callable[[], bool]], object],
        starting: str,
        counting: str,
        done: Callable[[Any], None],
    ) -> None:
        """``work(progress, cancelled)`` on a worker thread, its result then to ``done``.

        ``work`` gets the services and their arguments, never ``self``: the dialog may be
        deleted while it runs.
        """
        if self.busy:
            return
        job = BackgroundJob(lambda progress, cancelled: work(
            lambda rows: progress(rows, 0), cancelled))  # rows have no known total
        self._job = job
        self._starting, self._counting, self._done = starting, counting, done
        self.status.setText(starting)
        self.progress.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        # Bound methods: Qt disconnects them should the dialog be deleted before the job ends.
        job.progress.connect(self._counted)
        job.finished.connect(self._finished)
        self._update_buttons()
        job.start()

    def _counted(self, rows: int, _total: int) -> None:
        self.status.setText(f"{self._starting} " + self._counting.format(rows=self._number(rows)))

    def _finished(self, found: object) -> None:
        self._job = None
        self.progress.hide()
        self.stop_button.hide()
        if isinstance(found, Exception):
            self._fail(found)
        else:
            self._done(found)
        self._update_buttons()
        if self._close_when_done:
            super().reject()

    def _fail(self, error: Exception) -> None:
        if isinstance(error, TalentDeskError):
            text = import_error_text(error, _message) or error_text(error)
        elif isinstance(error, OSError):
            text = self.tr("The file cannot be used: {reason}").format(
                reason=file_error_reason(error)
            )
        else:
            raise error  # a bug: the unexpected-error dialog shows it
        self.status.setText(text)

    def _previewed(self, preview: ImportPreview) -> None:
        self._show_preview(preview)
        if preview.errors:
            self.status.setText(self.tr(
                "Rows with errors are not imported. Save the error report, correct it and "
                "import it again."))  # fmt: skip
        elif preview.writable:
            self.status.setText(self.tr("Every row is valid."))
        else:
            self.status.setText(self.tr("Nothing to import: every row is already on file."))

    def _committed(self, result: ImportResult) -> None:
        # A preview is written once (read the file again to repeat); its error rows stay in
        # view, with their report, until they are corrected.
        preview = self.preview
        self._show_preview(preview.left_out() if preview is not None and result.skipped else None)
        text = self.tr("Imported: {new} new, {updated} updated.").format(
            new=self._number(result.created), updated=self._number(result.updated)
        )
        if result.skipped:
            text += self.tr(
                " {rows} rows with errors were not imported: save the error report, correct "
                "it and import it again."
            ).format(rows=self._number(result.skipped))
        self.status.setText(text)
        self.imported.emit(result)

    def _show_preview(self, preview: ImportPreview | None) -> None:
        self.preview = preview
        self.model.show_preview(preview)
        if preview is None:
            self.counts.clear()
        else:
            counts = preview.counts
            self.counts.setText("　".join(
                f"{_tr(STATUS_LABELS[status])}：{self._number(counts[status])}"
                for status in RowStatus
            ))  # fmt: skip
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = not self.busy
        preview = self.preview
        writable = preview.writable if preview is not None else 0
        self.import_button.setText(
            self.tr("&Import {rows} rows").format(rows=self._number(writable))
            if writable else self.tr("&Import")
        )  # fmt: skip
        self.import_button.setEnabled(idle and writable > 0)
        self.report_button.setEnabled(idle and preview is not None and bool(preview.errors))
        self.choose_button.setEnabled(idle)
        self.template_button.setEnabled(idle)

    @staticmethod
    def _number(value: int) -> str:
        return QLocale().toString(value)


def _message(text: str) -> str:
    return QCoreApplication.translate("messages", text)
