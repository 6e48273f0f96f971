"""Signing in: the first administrator's set-up, the login, and replacing a reset password."""

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
    """User name and password; a wrong one gets a plain message and the field is cleared.

    After an administrator reset the password, the user must choose their own before the
    sign-in completes; cancelling that leaves them at this dialog, not signed in.
    """

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(accounts, self.tr("Sign in to %s") % APP_NAME, parent)
        self.username = self._line(self.tr("&User name:"), "username")
        self.password = self._line(self.tr("&Password:"), "password", secret=True)

    def _call_service(self) -> Actor:
        try:
            actor = self.accounts.authenticate(self.username.text(), self.password.text())
        except TalentDeskError:
            self.password.clear()
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            raise
        if self.accounts.must_change_password(actor):
            change = ChangePasswordDialog(self.accounts, actor, self.password.text(), self)
            if change.exec() != QDialog.DialogCode.Accepted:
                raise ValidationError([Problem("password_change_required", "password")])
        return actor


class ChangePasswordDialog(FormDialog):
    """The user replaces the temporary password an administrator set."""

    def __init__(
        self, accounts: AccountService, actor: Actor, current: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Choose your own password"), parent)
        self.accounts = accounts
        self.actor = actor
        self._current = current
        intro = QLabel(
            self.tr(
                "An administrator has reset your password. Choose your own now; "
                "nobody else should know it."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.new_password = self._line(self.tr("&New password:"), "new_password", secret=True)
        self.repeat = self._line(self.tr("&Repeat new password:"), "password_repeat", secret=True)

    def _save(self) -> None:
        if self.new_password.text() != self.repeat.text():
            raise ValidationError([Problem("passwords_differ", "password_repeat")])
        self.accounts.change_own_password(self.actor, self._current, self.new_password.text())


def sign_in(accounts: AccountService, parent: QWidget | None = None) -> Actor | None:
    """Run whichever dialog the database needs; None when the user cancels."""
    dialog_class = FirstAdminDialog if accounts.needs_first_admin() else LoginDialog
    dialog = dialog_class(accounts, parent)
    return dialog.actor if dialog.exec() == QDialog.DialogCode.Accepted else None
