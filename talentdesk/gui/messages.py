"""Translated sentences for expected errors and Problem codes (the core only reports codes)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from talentdesk import error_texts
from talentdesk.domain.problems import Problem
from talentdesk.error_texts import problem_sentence
from talentdesk.errors import TalentDeskError
from talentdesk.gui import texts
from talentdesk.gui.texts.workflow import value_label

_CONTEXT = "messages"

# Every area keeps its field labels and Problem sentences in gui/texts/<area>.py.
FIELD_LABELS: dict[str, str] = {k: v for m in texts.AREAS for k, v in m.FIELD_LABELS.items()}
PROBLEM_TEXTS: dict[str, str] = {k: v for m in texts.AREAS for k, v in m.PROBLEM_TEXTS.items()}


def _t(text: str) -> str:
    """Translate a string that was marked with QT_TRANSLATE_NOOP("messages", …)."""
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return _t(label) if label else field


# Parameters that carry a stored value, shown by its label: "审查中", not "under_review".
_PARAM_VALUE_GROUPS = {"state": "track_state"}


def problem_text(problem: Problem) -> str:
    """A complete sentence for one Problem, naming its field."""
    params = {
        name: value_label(_PARAM_VALUE_GROUPS[name], str(value))
        if name in _PARAM_VALUE_GROUPS else value
        for name, value in problem.params.items()
    }
    shown = Problem(problem.code, problem.field, params)
    return problem_sentence(shown, PROBLEM_TEXTS, FIELD_LABELS, _t)


def error_text(error: TalentDeskError) -> str:
    """What to tell the user about an expected error."""
    return error_texts.error_text(error, problem_text, _t)


ROLE_LABELS: dict[str, str] = {
    "administrator": QT_TRANSLATE_NOOP("messages", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("messages", "Supervisor"),
    "clerk": QT_TRANSLATE_NOOP("messages", "Clerk"),
    "hr_officer": QT_TRANSLATE_NOOP("messages", "HR officer"),
}


def role_label(role: str) -> str:
    label = ROLE_LABELS.get(role)
    return _t(label) if label else role
