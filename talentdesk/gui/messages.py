"""Translated sentences for expected errors and Problem codes (the core only reports codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talentdesk import error_texts, texts
from talentdesk.domain.problems import Problem
from talentdesk.errors import TalentDeskError
from talentdesk.texts import FIELD_LABELS, PROBLEM_TEXTS
from talentdesk.texts.accounts import ROLE_LABELS

# The tables are Qt-free in talentdesk/texts (the commands print them); tests import them here.
__all__ = ["FIELD_LABELS", "PROBLEM_TEXTS", "error_text", "field_label", "file_error_reason",
           "problem_text", "role_label"]  # fmt: skip

_CONTEXT = "messages"


def _t(text: str) -> str:
    """Translate a string that was marked with QT_TRANSLATE_NOOP("messages", …)."""
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return _t(label) if label else field


def problem_text(problem: Problem) -> str:
    """A complete sentence for one Problem, naming its field."""
    return texts.problem_text(problem, _t)


def error_text(error: TalentDeskError) -> str:
    """What to tell the user about an expected error."""
    return error_texts.error_text(error, problem_text, _t)


def file_error_reason(error: OSError) -> str:
    """Why a file could not be read or written, translated where the cause is a usual one."""
    return error_texts.file_error_reason(error, _t)


def role_label(role: str) -> str:
    label = ROLE_LABELS.get(role)
    return _t(label) if label else role
