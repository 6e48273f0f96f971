"""Translated value labels and discipline names of the young-researcher module."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talentdesk.domain.researchers.disciplines import load_disciplines
from talentdesk.texts.researchers import VALUE_LABELS


def discipline_text(code: str) -> str:
    """“0703 化学” for a discipline code (the code as it is when not in the list)."""
    discipline = load_disciplines().get(code)
    return f"{code} {discipline.name}" if discipline else code


def label(group: str, value: str) -> str:
    """The translated label of a stored value; the value itself when it has none."""
    text = VALUE_LABELS.get(group, {}).get(value)
    return QCoreApplication.translate("messages", text) if text else value
