"""Signing in: the set-up dialog that creates the first administrator, and the login dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from talentdesk import APP_NAME
from talentdesk.domain.accounts import Actor
from talentdesk.domain.problems import Problem
from talentdesk.errors import TalentDeskError, ValidationError
from talentdesk.gui.dialogs.form_dialog import FormDialog
from talentdesk.services.accounts import AccountService


class _AccountDialog(FormDialog):
    """Subclasses add fields and return the signed-in actor from ``_call_service``."""

    def __init__(self, accounts: AccountService, title: str, parent: QWidget | None) -> None:
        super().__init__(title, parent)
        self.accounts = accounts
        self.actor: Actor | None = None

    def _save(self) -> None:
        self.actor = self._call_service()

    def _call_service(self) -> Actor:
        raise NotImplementedError


class FirstAdminDialog(_AccountDialog):
    """Shown once, on an empty database: creates the administrator account."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(accounts, self.tr("Set up talentdesk"), parent)
        intro = QLabel(
            self.tr(
                "This database has no users yet. Create the administrator account; "
                "the administrator then adds the other users."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.username = self._line(self.tr("&User name:"), "username")
        self.display_name = self._line(self.tr("&Full name:"), "display_name")
        self.password = self._line(self.tr("&Password:"), "password", secret=True)
        self.repeat = self._line(self.tr("&Repeat password:"), "password_repeat", secret=True)

    def _call_service(self) -> Actor:
        if self.password.text() != self.repeat.text():
            raise ValidationError([Problem("passwords_differ", "password_repeat")])
        return self.accounts.create_first_admin(
            self.username.text().strip(), self.display_name.text(), self.password.text()
        )


class LoginDialog(_AccountDialog):
    """User name and password; a wrong one gets a plain message and the field is cleared."""

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(accounts, self.tr("Sign in to %s") % APP_NAME, parent)
        self.username = self._line(self.tr("&User name:"), "username")
        self.password = self._line(self.tr("&Password:"), "password", secret=True)

    def _call_service(self) -> Actor:
        try:
            return self.accounts.authenticate(self.username.text(), self.password.text())
        except TalentDeskError:
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            raise


def sign_in(accounts: AccountService, parent: QWidget | None = None) -> Actor | None:
    """Run whichever dialog the database needs; None when the user cancels."""
    dialog_class = FirstAdminDialog if accounts.needs_first_admin() else LoginDialog
    dialog = dialog_class(accounts, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
