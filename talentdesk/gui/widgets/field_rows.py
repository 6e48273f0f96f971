"""Form rows with room for each field's problem, and service problems shown beside their fields."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGridLayout, QLabel, QWidget

from talentdesk.domain.problems import Problem
from talentdesk.gui.messages import field_label, problem_text

ERROR_STYLE = "color: #b00020;"


def error_label(name: str) -> QLabel:
    """A wrapped red line for what is wrong, empty until there is something to say."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class FieldRows:
    """Labelled rows of form layouts; each widget is named after the Problem field it answers
    for, so a problem lands in the red line under it."""

    def __init__(self, root: QWidget) -> None:
        self._root = root
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, str] = {}  # each row's label as given, by field name

    def add(self, form: QFormLayout, label: str, widget: QWidget, name: str,
            beside: QWidget | None = None) -> QWidget:
        """Add a row (``beside`` goes right of the widget); returns the row's field cell, which
        ``QFormLayout.setRowVisible`` takes to hide the row with its label."""
        widget.setObjectName(name)
        self.captions[name] = label
        caption = QLabel(label)
        caption.setBuddy(widget)
        error = error_label(f"{name}_error")
        error.hide()
        self.errors[name] = error
        cell = QWidget()
        row = QGridLayout(cell)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 0, 0)
        if beside is not None:
            row.addWidget(beside, 0, 1)
        row.addWidget(error, 1, 0, 1, 2)
        row.setColumnStretch(0, 1)
        form.addRow(caption, cell)
        return cell

    def show(self, problems: Sequence[Problem]) -> str:
        """Each problem under its field (the first such field focused); returns every problem
        as one line naming its field, for a summary above the form."""
        for label in self.errors.values():
            label.clear()
            label.hide()
        focused = False
        lines = []
        for problem in problems:
            text = problem_text(problem)
            name = field_label(problem.field)
            # Not every sentence names its field; the summary must, so the user knows where.
            lines.append(text if name in text else QCoreApplication.translate(
                "FieldRows", "%1: %2").replace("%1", name).replace("%2", text))
            label = self.errors.get(problem.field)
            if label is None:
                continue
            label.setText("\n".join(filter(None, (label.text(), text))))
            label.show()
            field = self._root.findChild(QWidget, problem.field)
            if not focused and field is not None:
                field.setFocus()
                focused = True
        return "\n".join(lines)
