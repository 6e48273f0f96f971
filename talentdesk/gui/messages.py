"""Translated sentences for expected errors and Problem codes (the core only reports codes)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from talentdesk.domain.problems import Problem
from talentdesk.errors import (
    AuthenticationError,
    ConflictError,
    ExcelFormatError,
    NotFoundError,
    PermissionDeniedError,
    StorageUnavailableError,
    TalentDeskError,
    ValidationError,
)
from talentdesk.gui import texts
from talentdesk.gui.texts.workflow import value_label

log = logging.getLogger(__name__)

_CONTEXT = "messages"

# Every area keeps its field labels and Problem sentences in gui/texts/<area>.py.
FIELD_LABELS: dict[str, str] = {k: v for m in texts.AREAS for k, v in m.FIELD_LABELS.items()}
PROBLEM_TEXTS: dict[str, str] = {k: v for m in texts.AREAS for k, v in m.PROBLEM_TEXTS.items()}

_STORAGE_TEXTS: dict[str, str] = {
    "locked": QT_TRANSLATE_NOOP(
        "messages", "The database is busy in another window. Please try again in a moment."
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "messages", "The database file is damaged or is not a talentdesk database."
    ),
    "unreachable": QT_TRANSLATE_NOOP("messages", "The database cannot be reached."),
    "newer_database": QT_TRANSLATE_NOOP(
        "messages",
        "This database was written by a newer version of talentdesk. "
        "Please install the newer version; nothing has been changed.",
    ),
    "migration_failed": QT_TRANSLATE_NOOP(
        "messages",
        "Upgrading the database failed. It has been restored to the state before the upgrade.",
    ),
}

_LOGIN_TEXTS: dict[str, str] = {
    "wrong_credentials": QT_TRANSLATE_NOOP("messages", "Wrong user name or password."),
    "locked": QT_TRANSLATE_NOOP(
        "messages", "Too many failed attempts. This account is locked for 15 minutes."
    ),
    "disabled": QT_TRANSLATE_NOOP("messages", "This account has been disabled."),
}


def _t(text: str) -> str:
    """Translate a string that was marked with QT_TRANSLATE_NOOP("messages", …)."""
    return QCoreApplication.translate(_CONTEXT, text)


def field_label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return _t(label) if label else field


def _fill(template: str, params: Mapping[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("message %r lacks parameters %r", template, params)
        return template


# Parameters that carry a stored value, shown by its label: "审查中", not "under_review".
_PARAM_VALUE_GROUPS = {"state": "track_state"}


def problem_text(problem: Problem) -> str:
    """A complete sentence for one Problem, naming its field."""
    template = PROBLEM_TEXTS.get(problem.code)
    if template is None:
        log.warning("no message text for problem code %s", problem.code)
        return f"{field_label(problem.field)}: {problem.code}"
    params = {
        name: value_label(_PARAM_VALUE_GROUPS[name], str(value))
        if name in _PARAM_VALUE_GROUPS else value
        for name, value in problem.params.items()
    }
    return _fill(_t(template), {"field": field_label(problem.field), **params})


def error_text(error: TalentDeskError) -> str:
    """What to tell the user about an expected error."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(p) for p in error.problems)
    if isinstance(error, AuthenticationError):
        return _t(_LOGIN_TEXTS.get(error.reason, _LOGIN_TEXTS["wrong_credentials"]))
    if isinstance(error, StorageUnavailableError):
        text = _STORAGE_TEXTS.get(error.reason)
        return (
            _t(text) if text else _t(QT_TRANSLATE_NOOP("messages", "The database cannot be used."))
        )
    if isinstance(error, PermissionDeniedError):
        return _t(QT_TRANSLATE_NOOP("messages", "Your role is not allowed to do this."))
    if isinstance(error, ConflictError):
        return _t(
            QT_TRANSLATE_NOOP(
                "messages", "Someone else changed this record in the meantime. Please reload it."
            )
        )
    if isinstance(error, NotFoundError):
        return _t(QT_TRANSLATE_NOOP("messages", "The record no longer exists."))
    if isinstance(error, ExcelFormatError):
        return _fill(
            _t(QT_TRANSLATE_NOOP("messages", "The workbook cannot be read: {detail}")),
            {"detail": error.detail},
        )
    return str(error)


ROLE_LABELS: dict[str, str] = {
    "administrator": QT_TRANSLATE_NOOP("messages", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("messages", "Supervisor"),
    "clerk": QT_TRANSLATE_NOOP("messages", "Clerk"),
    "hr_officer": QT_TRANSLATE_NOOP("messages", "HR officer"),
}


def role_label(role: str) -> str:
    label = ROLE_LABELS.get(role)
    return _t(label) if label else role
