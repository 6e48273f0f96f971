"""Start-up recovery: a damaged or vanished database is offered its newest good backup."""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from talentdesk import APP_NAME
from talentdesk.errors import TalentDeskError
from talentdesk.gui.application import show_error
from talentdesk.gui.texts.trust import BACKUP_REASON_LABELS, label
from talentdesk.services.backups import (
    RecoveryOffer,
    damaged_database_offer,
    missing_database_offer,
    restore_damaged,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


class RecoveryChoice(Enum):
    RESTORE = "restore"
    NEW_DATABASE = "new_database"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    """Says what is wrong and offers what can be done; nothing happens without a choice."""

    def __init__(self, offer: RecoveryOffer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("%s cannot open its database") % APP_NAME)
        self.setMinimumWidth(520)
        self.choice = RecoveryChoice.QUIT
        if offer.problem == "missing":
            problem = self.tr(
                "The database file {path} is missing or empty, although backups of it exist."
            )
        else:
            problem = self.tr(
                "The database file {path} is damaged or is not a talentdesk database."
            )
        self.problem = QLabel(problem.format(path=offer.database))
        self.advice = QLabel(self._advice(offer))
        layout = QVBoxLayout(self)
        for text in (self.problem, self.advice):
            text.setWordWrap(True)
            layout.addWidget(text)
        self.buttons = QDialogButtonBox()
        self.restore_button = self._button(self.tr("&Restore the backup"), RecoveryChoice.RESTORE)
        self.new_button = self._button(
            self.tr("Start with an &empty database"), RecoveryChoice.NEW_DATABASE
        )
        self.quit_button = self._button(self.tr("&Quit"), RecoveryChoice.QUIT)
        self.restore_button.setVisible(offer.backup is not None)
        self.restore_button.setDefault(offer.backup is not None)
        self.new_button.setVisible(offer.problem == "missing")
        layout.addWidget(self.buttons)

    def _advice(self, offer: RecoveryOffer) -> str:
        if offer.backup is None:
            return self.tr(
                "No usable backup was found. The file has not been changed; "
                "please ask your administrator for help."
            )
        return self.tr(
            "The newest good backup was taken on {time} ({reason}). Restoring it loses the "
            "changes made since then. A damaged file is kept in the backups folder."
        ).format(
            time=offer.backup.taken.strftime("%Y-%m-%d %H:%M"),
            reason=label(BACKUP_REASON_LABELS, offer.backup.reason),
        )

    def _button(self, text: str, choice: RecoveryChoice) -> QPushButton:
        button = QPushButton(text)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: RecoveryChoice) -> None:
        self.choice = choice
        self.accept()


def ask_recovery(offer: RecoveryOffer) -> RecoveryChoice:
    dialog = RecoveryDialog(offer)
    dialog.exec()
    return dialog.choice


def open_with_recovery(
    open_db: Callable[[], T],
    database: Path | None,
    folder: Path,
    ask: Callable[[RecoveryOffer], RecoveryChoice] = ask_recovery,
) -> T | None:
    """Open the database, offering a restore when the SQLite file is damaged or gone.

    Returns None when it cannot be opened (the user has been told why) or the user quits.
    Never creates an empty database in place of a lost one without asking.
    """
    offer = missing_database_offer(database, folder)
    if offer is not None and not _recover(offer, ask):
        return None
    try:
        return open_db()
    except TalentDeskError as exc:
        log.warning("cannot open the database: %s", exc)
        offer = damaged_database_offer(exc, database, folder)
        if offer is None:
            show_error(exc)
            return None
    if not _recover(offer, ask):
        return None
    try:
        return open_db()
    except TalentDeskError as exc:  # the restored backup fails too: say so, do not loop
        log.warning("cannot open the restored database: %s", exc)
        show_error(exc)
        return None


def _recover(offer: RecoveryOffer, ask: Callable[[RecoveryOffer], RecoveryChoice]) -> bool:
    """True when opening should go ahead: restored, or an empty database was chosen."""
    choice = ask(offer)
    if choice is RecoveryChoice.RESTORE:
        try:
            restore_damaged(offer)
        except TalentDeskError as exc:
            show_error(exc)
            return False
        return True
    return choice is RecoveryChoice.NEW_DATABASE
