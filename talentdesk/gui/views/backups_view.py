"""Backups page: the list of backups, a backup now, and restoring one (administrators)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.backups import BackupInfo
from talentdesk.domain.problems import Problem
from talentdesk.errors import TalentDeskError, ValidationError
from talentdesk.gui.idle_lock import sign_out
from talentdesk.gui.messages import error_text
from talentdesk.gui.texts.trust import BACKUP_REASON_LABELS, label
from talentdesk.gui.widgets.record_table import fill_row, record_table
from talentdesk.services.backups import BackupService


class BackupsView(QWidget):
    def __init__(self, backups: BackupService, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.actor = actor
        self.items: list[BackupInfo] = []
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        if not backups.available:
            # PostgreSQL: the refusal the service would give, said up front.
            error = ValidationError([Problem("backup_use_pg_dump", "database")])
            self.message.setText(error_text(error))
            layout.addWidget(self.message)
            layout.addStretch(1)
            return
        intro = QLabel(
            self.tr(
                "Backups are taken at every start, daily, and before upgrades and imports; "
                "the newest {keep} of each kind are kept. Manual backups are kept until "
                "deleted by hand. Folder: {folder}"
            ).format(keep=backups.keep, folder=backups.folder)
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = record_table(
            "backups", [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("File")]
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(self.tr("&Restore selected backup…"))
        self.restore_button.clicked.connect(self._restore_selected)
        self.file_button = QPushButton(self.tr("Restore from &file…"))
        self.file_button.clicked.connect(self._restore_file)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.backups.available:
            self.refresh()

    def refresh(self) -> None:
        try:
            self.items = self.backups.list_backups(self.actor)
        except TalentDeskError as exc:
            self._say(error_text(exc), error=True)
            return
        self.table.setRowCount(len(self.items))
        for row, backup in enumerate(self.items):
            cells = (
                backup.taken.strftime("%Y-%m-%d %H:%M:%S"),
                label(BACKUP_REASON_LABELS, backup.reason),
                f"{backup.size / 1_048_576:,.1f} MB",
                backup.path.name,
            )
            fill_row(self.table, row, cells)
            self.table.item(row, 2).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet("color: #b00020;" if error else "")
        self.message.setText(text)

    def back_up(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            backup = self.backups.create(self.actor)
        except TalentDeskError as exc:
            self._say(error_text(exc), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh()
        self._say(self.tr("Backup written: %s") % backup.path)

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.restore(self.items[rows[0].row()].path)

    def _restore_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from file"),
            str(self.backups.folder),
            self.tr("talentdesk databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, candidate: Path) -> None:
        """Ask, restore, then sign out: every open screen shows data that no longer exists."""
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            self.tr(
                "Replace the current database by {file}?\n\nThe current database is backed up "
                "first. Everyone working on it must sign in again afterwards."
            ).format(file=candidate.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            saved = self.backups.restore(self.actor, candidate)
        except TalentDeskError as exc:
            self._say(error_text(exc), error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        QMessageBox.information(
            self,
            self.tr("Restore"),
            self.tr(
                "The database was restored from {file}. The previous state was saved as "
                "{saved}.\n\nPlease sign in again."
            ).format(file=candidate.name, saved=saved.name),
        )
        sign_out(self)
