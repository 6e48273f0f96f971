"""The main window: navigation between areas; a status bar with user, role and database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.gui.messages import role_label
from talentdesk.gui.ui_state import UiState
from talentdesk.gui.views.placeholder_view import PlaceholderView

# (key, title): titles are translated when shown; later issues fill the keys with views.
AREAS: tuple[tuple[str, str], ...] = (
    ("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
    ("cases", QT_TRANSLATE_NOOP("MainWindow", "Cases")),
    ("applicants", QT_TRANSLATE_NOOP("MainWindow", "Applicants")),
    ("employers", QT_TRANSLATE_NOOP("MainWindow", "Employers")),
    ("researchers", QT_TRANSLATE_NOOP("MainWindow", "Young researchers")),
    ("statistics", QT_TRANSLATE_NOOP("MainWindow", "Statistics")),
    ("settings", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)


# The widest the database's name may be in the status bar, in pixels: a long path (a network
# share, a deep profile folder) would otherwise set the window's minimum width.
DATABASE_LABEL_WIDTH = 640


class MainWindow(QMainWindow):
    """Owns no business logic: it arranges the views the composition root gives it."""

    def __init__(
        self,
        actor: Actor,
        database_label: str,
        views: dict[str, Callable[[], QWidget]],
        ui_state: UiState,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("talentdesk — foreign talent and young researchers"))
        self._ui_state = ui_state
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.stack = QStackedWidget()
        self.area_keys: list[str] = []
        # Areas are built when first shown: start-up pays only for the dashboard.
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._views: dict[str, QWidget] = {}
        for number, (key, title) in enumerate(AREAS, start=1):
            text = QCoreApplication.translate("MainWindow", title)
            self.navigation.addItem(text)
            self._builders[key] = views.get(key) or (lambda text=text: PlaceholderView(text))
            slot = QWidget()
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(slot)
            self.area_keys.append(key)
            self._add_shortcut(number, key, text)
        self.navigation.currentRowChanged.connect(self._show_row)
        self.navigation.setFixedWidth(150)
        # Large, well-spaced entries: the clerk hits them all day with a mouse or Ctrl+digit.
        self.navigation.setStyleSheet(
            "QListWidget#navigation { font-size: 15px; border: none; background: #f4f6f9; }"
            "QListWidget#navigation::item { padding: 10px 14px; }"
            "QListWidget#navigation::item:selected { background: #1f5fa8; color: white; }"
        )
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_status_bar(actor, database_label)
        self.navigation.setCurrentRow(0)
        if not ui_state.restore_geometry(self, "main_window"):
            self.resize(1280, 800)

    def _add_shortcut(self, number: int, key: str, text: str) -> None:
        action = QAction(text, self)
        # PortableText: the native form would be parsed with Qt's own translation of "Ctrl".
        action.setShortcut(QKeySequence.fromString(f"Ctrl+{number}", QKeySequence.PortableText))
        action.triggered.connect(lambda: self.show_area(key))
        self.addAction(action)

    def _build_status_bar(self, actor: Actor, database_label: str) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(self.tr("User: %s") % actor.display_name)
        self.role_label = QLabel(self.tr("Role: %s") % role_label(actor.role))
        full = self.tr("Database: %s") % database_label
        elided = self.fontMetrics().elidedText(full, Qt.TextElideMode.ElideMiddle,
                                               DATABASE_LABEL_WIDTH)  # fmt: skip
        self.database_label = QLabel(elided)
        self.database_label.setToolTip(full)
        for label in (self.user_label, self.role_label, self.database_label):
            bar.addPermanentWidget(label)

    def show_area(self, key: str) -> None:
        self.navigation.setCurrentRow(self.area_keys.index(key))

    def view(self, key: str) -> QWidget:
        """The area's view, built now if it has not been shown yet."""
        if key not in self._views:
            view = self._builders[key]()
            slot = self.stack.widget(self.area_keys.index(key))
            slot.layout().addWidget(view)
            self._views[key] = view
        return self._views[key]

    def current_view(self) -> QWidget:
        return self.view(self.area_keys[self.stack.currentIndex()])

    def _show_row(self, row: int) -> None:
        self.view(self.area_keys[row])
        self.stack.setCurrentIndex(row)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._ui_state.save_geometry(self, "main_window")
        super().closeEvent(event)
