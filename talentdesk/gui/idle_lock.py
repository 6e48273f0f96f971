"""Idle lock: after a while without input the main window is covered until the password is given."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text
from talentdesk.services.accounts import AccountService

# Qt property on the main window: set when the session ended by signing out, not by quitting.
SIGN_IN_AGAIN = "talentdeskSignInAgain"

# Input a person makes; IME commits count, since Chinese typing may arrive only as those.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.InputMethod,
    }
)
_FOLLOW = frozenset({QEvent.Type.Move, QEvent.Type.Resize})


def sign_out(widget: QWidget) -> None:
    """End the session of ``widget``'s main window; the composition root signs in again.

    Other open windows (a dialog the lock screen covered) are hidden, which also ends their
    ``exec()``: what was typed there and not saved is lost.
    """
    window = widget.window()
    window.setProperty(SIGN_IN_AGAIN, True)
    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible():
            other.hide()
    window.close()


class LockScreen(QDialog):
    """An opaque, frameless, application-modal cover over the main window."""

    unlocked = Signal()

    def __init__(self, window: QWidget, accounts: AccountService, actor: Actor) -> None:
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("lock_screen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowTitle(self.tr("talentdesk is locked"))
        self._window = window
        self._accounts = accounts
        self._actor = actor
        title = QLabel(self.tr("talentdesk is locked"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        who = QLabel(
            self.tr("Signed in as {name} ({username}). Enter your password to continue.").format(
                name=actor.display_name, username=actor.username
            )
        )
        who.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        caption = QLabel(self.tr("&Password:"))
        caption.setBuddy(self.password)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._unlock)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.setToolTip(self.tr("Changes not saved yet are lost."))
        self.sign_out_button.setAutoDefault(False)  # Return in the password field unlocks
        self.sign_out_button.clicked.connect(lambda: sign_out(self._window))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setMinimumWidth(420)
        panel.setMaximumWidth(520)
        column = QVBoxLayout(panel)
        column.addWidget(title)
        column.addWidget(who)
        column.addWidget(caption)
        column.addWidget(self.password)
        column.addWidget(self.message)
        column.addLayout(buttons)
        outer = QGridLayout(self)
        outer.addWidget(panel, 1, 1)
        for edge in (0, 2):  # the panel stays centred however large the window is
            outer.setRowStretch(edge, 1)
            outer.setColumnStretch(edge, 1)

    def cover(self) -> None:
        self.password.clear()
        self.message.clear()
        self.follow()
        self.show()
        self.activateWindow()
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def follow(self) -> None:
        self.setGeometry(self._window.frameGeometry())

    def _unlock(self) -> None:
        try:
            self._accounts.authenticate(self._actor.username, self.password.text())
        except TalentDeskError as exc:
            self.password.clear()
            self.message.setText(error_text(exc))
            return
        self.hide()
        self.unlocked.emit()

    def reject(self) -> None:
        """Escape must not uncover the window."""

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class IdleLock(QObject):
    """Watches the whole application's input; ``timeout_ms`` without any locks the window."""

    def __init__(
        self, window: QWidget, accounts: AccountService, actor: Actor, timeout_ms: int
    ) -> None:
        super().__init__(window)
        self._window = window
        self.screen = LockScreen(window, accounts, actor)
        self.screen.unlocked.connect(self._resume)
        self._locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # A coarse timer may be 5 % late: 45 s on 15 minutes of an unattended counter.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.lock)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self._locked

    def lock(self) -> None:
        self._locked = True
        self.timer.stop()
        self.screen.cover()

    def _resume(self) -> None:
        self._locked = False
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event of the application: keep it to a set lookup.
        kind = event.type()
        if not self._locked:
            if kind in _INPUT:
                self.timer.start()
        elif kind in _FOLLOW and watched is self._window:
            self.screen.follow()
        return False
