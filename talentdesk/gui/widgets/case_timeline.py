"""The case timeline: every transition, print and reminder with who, when and why."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from talentdesk.domain.accounts import Actor
from talentdesk.domain.tracks import TrackAction
from talentdesk.domain.workflow_records import TimelineEvent
from talentdesk.errors import TalentDeskError
from talentdesk.gui.messages import error_text, field_label
from talentdesk.gui.texts.workflow import plain_label, refusal_label, value_label
from talentdesk.services.workflow import WorkflowService

_TRACK_ACTIONS = frozenset(str(a) for a in TrackAction)


def event_title(event: TimelineEvent) -> str:
    if event.action in _TRACK_ACTIONS:
        return plain_label("track_action", event.action)
    return value_label("event", event.action)


class CaseTimelineWidget(QWidget):
    """Newest last, as the case happened; for the case detail view to embed."""

    COLUMNS = 7

    def __init__(self, workflow: WorkflowService, actor: Actor,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workflow = workflow
        self._actor = actor
        self.case_id: int | None = None
        self.tree = QTreeWidget()
        self.tree.setObjectName("timeline")
        self.tree.setColumnCount(self.COLUMNS)
        self.tree.setHeaderLabels([
            self.tr("Time"), self.tr("Working day"), self.tr("User"), self.tr("Permit"),
            self.tr("Step"), self.tr("State"), self.tr("Comment and details"),
        ])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addWidget(self.message)

    def set_case(self, case_id: int) -> None:
        self.case_id = case_id
        self.refresh()

    def refresh(self) -> None:
        if self.case_id is None:
            return
        try:
            events = self._workflow.timeline(self._actor, self.case_id)
        except TalentDeskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.clear()
        self.tree.clear()
        for event in events:
            state = ""
            if event.to_state and event.from_state:
                state = (f"{value_label('track_state', event.from_state)} → "
                         f"{value_label('track_state', event.to_state)}")
            elif event.to_state:
                state = value_label("track_state", event.to_state)
            notes = [event.comment] if event.comment else []
            notes += self._details(event.details)
            self.tree.addTopLevelItem(QTreeWidgetItem([
                event.at.strftime("%Y-%m-%d %H:%M"),
                event.on_date.isoformat(),
                event.username,
                value_label("track", str(event.track)) if event.track else "",
                event_title(event),
                state,
                "\n".join(notes),
            ]))

    def _details(self, details: Mapping[str, Any]) -> list[str]:
        """The details a clerk needs to read; ids and bookkeeping stay in the audit."""
        lines = []
        separator = self.tr("; ")
        if details.get("reason_codes"):
            lines.append(self.tr("Reasons: %s") % separator.join(
                refusal_label(code) for code in details["reason_codes"]))
        if details.get("deficiencies"):
            lines.append(self.tr("Deficiencies: %s") % separator.join(details["deficiencies"]))
        if details.get("rongque"):
            lines.append(self.tr("Accepted with items missing: %s") % separator.join(
                field_label(code) for code in details["rongque"]))
        if details.get("number"):
            lines.append(self.tr("Permit %s, valid %s to %s") % (
                details["number"], details.get("valid_from", ""), details.get("valid_to", "")))
        if "to" in details:
            lines.append(self.tr("Handed from %s to %s") % (details.get("from") or "—",
                                                           details["to"]))
        if details.get("due_on"):
            lines.append(self.tr("Due %s") % details["due_on"])
        if "kind" in details:
            lines.append(self.tr("%s, copy %s, to %s") % (
                value_label("document_kind", details["kind"]), details.get("copy", 1),
                value_label("output", details.get("output", ""))))
        return lines
