"""Users administration: the list of accounts and what an administrator does with them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from talentdesk.domain.accounts import Actor, User
from talentdesk.errors import TalentDeskError
from talentdesk.gui.dialogs.user_dialogs import NewUserDialog, ResetPasswordDialog, RoleDialog
from talentdesk.gui.messages import error_text, role_label
from talentdesk.gui.widgets.record_table import fill_row, record_table
from talentdesk.services.accounts import AccountService


class UsersView(QWidget):
    def __init__(
        self, accounts: AccountService, admin: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.accounts = accounts
        self.admin = admin
        self.users: list[User] = []
        self.table = record_table(
            "users",
            [self.tr("User name"), self.tr("Full name"), self.tr("Role"), self.tr("Status")],
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = self._button(self.tr("&New user…"), self._new)
        self.reset_button = self._button(self.tr("&Reset password…"), self._reset)
        self.role_button = self._button(self.tr("Change r&ole…"), self._role)
        self.active_button = self._button(self.tr("&Disable"), self._toggle_active)
        self.unlock_button = self._button(self.tr("&Unlock"), self._unlock)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.reset_button,
            self.role_button,
            self.active_button,
            self.unlock_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self._update_buttons()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list, keeping the selected user selected."""
        selected = self.selected()
        try:
            self.users = self.accounts.list_users(self.admin)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        now = datetime.now(UTC).replace(tzinfo=None)
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            cells = (
                user.username,
                user.display_name,
                role_label(user.role),
                self._status(user, now),
            )
            fill_row(self.table, row, cells)
            if selected is not None and user.id == selected.id:
                self.table.selectRow(row)
        self._update_buttons()

    def _status(self, user: User, now: datetime) -> str:
        if not user.active:
            return self.tr("Disabled")
        if user.locked_until is not None and user.locked_until > now:
            local = user.locked_until.replace(tzinfo=UTC).astimezone()
            return self.tr("Locked until %s") % local.strftime("%H:%M")
        return self.tr("Active")

    def selected(self) -> User | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        for button in (self.reset_button, self.role_button, self.active_button, self.unlock_button):
            button.setEnabled(user is not None)
        disabled = user is not None and not user.active
        self.active_button.setText(self.tr("&Enable") if disabled else self.tr("&Disable"))

    def _done(self, text: str) -> None:
        self.refresh()
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _failed(self, exc: TalentDeskError) -> None:
        self.refresh()  # a conflict means the list was stale
        self.message.setStyleSheet("color: #b00020;")
        self.message.setText(error_text(exc))

    def _new(self) -> None:
        dialog = NewUserDialog(self.accounts, self.admin, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.user is not None:
            self.refresh()
            self.select(dialog.user.username)
            self._done(self.tr("User %s created.") % dialog.user.username)

    def _reset(self) -> None:
        self._edit(ResetPasswordDialog, self.tr("The password of %s was reset."))

    def _role(self) -> None:
        self._edit(RoleDialog, self.tr("The role of %s was changed."))

    def _edit(self, dialog_class: type[ResetPasswordDialog | RoleDialog], done: str) -> None:
        user = self.selected()
        if user is not None and dialog_class(self.accounts, self.admin, user, self).exec():
            self._done(done % user.username)

    def _toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            changed = self.accounts.set_active(self.admin, user.id, not user.active, user.version)
        except TalentDeskError as exc:
            self._failed(exc)
            return
        if changed.active:
            self._done(self.tr("User %s can sign in again.") % user.username)
        else:
            self._done(self.tr("User %s is disabled and can no longer sign in.") % user.username)

    def _unlock(self) -> None:
        user = self.selected()
        if user is None:
            return
        try:
            self.accounts.unlock(self.admin, user.id)
        except TalentDeskError as exc:
            self._failed(exc)
            return
        self._done(self.tr("User %s is unlocked.") % user.username)
