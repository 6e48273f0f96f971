"""Two windows saved one record: both versions side by side, and the user decides which stays."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

DIFFERENT = QColor("#fff3c4")  # a pale amber: noticeable, and black text stays readable


@dataclass(frozen=True)
class FieldVersions:
    """One field as this window would save it and as it is saved now, both as shown."""

    label: str
    mine: str
    theirs: str

    @property
    def differs(self) -> bool:
        return self.mine != self.theirs


class Choice(enum.Enum):
    KEEP_MINE = "keep_mine"  # save mine over the version saved meanwhile
    TAKE_THEIRS = "take_theirs"  # drop mine and show what is saved
    CANCEL = "cancel"  # save nothing; my input stays in the form


class ConflictDialog(QDialog):
    """``record`` names what was edited (e.g. "Photo of case 2026-000012")."""

    def __init__(
        self, record: str, fields: Sequence[FieldVersions], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Changed in another window"))
        self.choice = Choice.CANCEL
        intro = QLabel(
            self.tr(
                "{record} was saved in another window while you were editing it. "
                "Differences are highlighted. Which version should stay?"
            ).format(record=record)
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(fields), 3)
        self.table.setObjectName("versions")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Yours"), self.tr("Saved now")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for row, field in enumerate(fields):
            self._put_row(row, field)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox()
        self.keep_mine = self._button(buttons, self.tr("&Keep mine"), Choice.KEEP_MINE)
        self.keep_mine.setToolTip(self.tr("Save your values over the version saved meanwhile."))
        self.take_theirs = self._button(buttons, self.tr("&Take theirs"), Choice.TAKE_THEIRS)
        self.take_theirs.setToolTip(self.tr("Drop your changes and show the saved version."))
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Save nothing now; your input stays in the form."))
        buttons.rejected.connect(self.reject)
        self.take_theirs.setAutoDefault(False)
        self.keep_mine.setAutoDefault(False)  # Return must not overwrite anybody's work
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 120 + 34 * max(3, len(fields)))

    def _put_row(self, row: int, field: FieldVersions) -> None:
        cells = (field.label, field.mine, field.theirs)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if field.differs:
                item.setBackground(QBrush(DIFFERENT))
                if column:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(row, column, item)

    def _button(self, buttons: QDialogButtonBox, text: str, choice: Choice) -> QPushButton:
        button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(choice.value)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()


def resolve_conflict(
    parent: QWidget, record: str, fields: Sequence[FieldVersions]
) -> Choice:
    """Ask which version stays; closing the dialog is Cancel."""
    dialog = ConflictDialog(record, fields, parent)
    dialog.exec()
    return dialog.choice
