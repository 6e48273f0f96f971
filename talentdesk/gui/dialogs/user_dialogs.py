"""Administrator dialogs: a new user, a temporary password, another role."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from talentdesk.domain.accounts import Actor, Role, User
from talentdesk.domain.problems import Problem
from talentdesk.errors import ValidationError
from talentdesk.gui.dialogs.form_dialog import FormDialog
from talentdesk.gui.messages import role_label
from talentdesk.services.accounts import AccountService


class _UserDialog(FormDialog):
    """Subclasses add fields and return the changed account from ``_change``."""

    def __init__(
        self, accounts: AccountService, admin: Actor, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(title, parent)
        self.accounts = accounts
        self.admin = admin
        self.user: User | None = None

    def _password_pair(self) -> tuple[QLineEdit, QLineEdit]:
        return (
            self._line(self.tr("&Password:"), "password", secret=True),
            self._line(self.tr("&Repeat password:"), "password_repeat", secret=True),
        )

    def _role_box(self, current: Role) -> QComboBox:
        box = QComboBox()
        for role in Role:
            box.addItem(role_label(role), str(role))
        box.setCurrentIndex(box.findData(str(current)))
        self._row(self.tr("R&ole:"), box, "role")
        return box

    @staticmethod
    def _same(first: QLineEdit, second: QLineEdit) -> None:
        if first.text() != second.text():
            raise ValidationError([Problem("passwords_differ", "password_repeat")])

    def _save(self) -> None:
        self.user = self._change()

    def _change(self) -> User:
        raise NotImplementedError


class NewUserDialog(_UserDialog):
    def __init__(self, accounts: AccountService, admin: Actor, parent: QWidget | None = None):
        super().__init__(accounts, admin, self.tr("New user"), parent)
        self.username = self._line(self.tr("&User name:"), "username")
        self.display_name = self._line(self.tr("&Full name:"), "display_name")
        self.role = self._role_box(Role.CLERK)
        self.password, self.repeat = self._password_pair()

    def _change(self) -> User:
        self._same(self.password, self.repeat)
        return self.accounts.create_user(
            self.admin,
            self.username.text().strip(),
            self.display_name.text(),
            Role(self.role.currentData()),
            self.password.text(),
        )


class ResetPasswordDialog(_UserDialog):
    """The administrator sets a temporary password and hands it over in person."""

    def __init__(
        self, accounts: AccountService, admin: Actor, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(accounts, admin, self.tr("Reset password of %s") % user.username, parent)
        self.target = user
        intro = QLabel(
            self.tr(
                "Set a temporary password and give it to the user in person. "
                "They must choose their own when they next sign in."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.password, self.repeat = self._password_pair()

    def _change(self) -> User:
        self._same(self.password, self.repeat)
        return self.accounts.reset_password(self.admin, self.target.id, self.password.text())


class RoleDialog(_UserDialog):
    def __init__(
        self, accounts: AccountService, admin: Actor, user: User, parent: QWidget | None = None
    ) -> None:
        super().__init__(accounts, admin, self.tr("Role of %s") % user.username, parent)
        self.target = user
        self.role = self._role_box(user.role)

    def _change(self) -> User:
        role = Role(self.role.currentData())
        return self.accounts.change_role(self.admin, self.target.id, role, self.target.version)
