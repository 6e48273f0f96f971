"""English sentences for expected errors, without Qt: the GUI translates them, commands print."""

from __future__ import annotations

import errno
import logging
from collections.abc import Callable, Mapping
from typing import Any

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

log = logging.getLogger(__name__)

Translate = Callable[[str], str]
ProblemText = Callable[[Problem], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate (``make ts`` scans this module); returns it unchanged."""
    return text


def english(text: str) -> str:
    """The Translate of the command line: the English source as it is."""
    return text


STORAGE_TEXTS: dict[str, str] = {
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
STORAGE_UNUSABLE = QT_TRANSLATE_NOOP("messages", "The database cannot be used.")

LOGIN_TEXTS: dict[str, str] = {
    "wrong_credentials": QT_TRANSLATE_NOOP("messages", "Wrong user name or password."),
    "locked": QT_TRANSLATE_NOOP(
        "messages", "Too many failed attempts. This account is locked for 15 minutes."
    ),
    "disabled": QT_TRANSLATE_NOOP("messages", "This account has been disabled."),
}

NOT_ALLOWED = QT_TRANSLATE_NOOP("messages", "Your role is not allowed to do this.")
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "messages", "Someone else changed this record in the meantime. Please reload it."
)
GONE = QT_TRANSLATE_NOOP("messages", "The record no longer exists.")
UNREADABLE_WORKBOOK = QT_TRANSLATE_NOOP("messages", "The workbook cannot be read: {detail}")

# Why a file could not be read or written. The system's own words (``strerror``) come from
# the C library in English on every platform, so the usual causes get sentences of ours.
_NO_ACCESS = QT_TRANSLATE_NOOP(
    "messages", "access is denied; the file may be open in Excel or WPS, or the folder read-only"
)
FILE_ERROR_TEXTS: dict[int, str] = {
    errno.ENOENT: QT_TRANSLATE_NOOP("messages", "the folder or file does not exist"),
    errno.EACCES: _NO_ACCESS,  # also Windows' "used by another process" (WinError 32)
    errno.EPERM: _NO_ACCESS,
    errno.ENOSPC: QT_TRANSLATE_NOOP("messages", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("messages", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("messages", "a folder of that name is in the way"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("messages", "a file of that name is in the way of a folder"),
    # a folder to be made where a file of that name stands (mkdir, even with exist_ok)
    errno.EEXIST: QT_TRANSLATE_NOOP("messages", "a file or folder of that name already exists"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("messages", "the path is too long"),
}


def errno_reason(code: int | None, system_words: str, translate: Translate = english) -> str:
    """Why a file operation failed with ``errno`` ``code``: in ``translate``'s language where
    the cause is a usual one, else ``system_words``."""
    template = FILE_ERROR_TEXTS.get(code or 0)
    return translate(template) if template is not None else system_words


def file_error_reason(error: OSError, translate: Translate = english) -> str:
    """``errno_reason`` of ``error``."""
    return errno_reason(error.errno, error.strerror or str(error), translate)


def fill(template: str, params: Mapping[str, Any]) -> str:
    """``template`` with its ``{name}`` parameters; the bare template if some are missing."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("message %r lacks parameters %r", template, params)
        return template


def problem_sentence(
    problem: Problem,
    texts: Mapping[str, str],
    labels: Mapping[str, str],
    translate: Translate = english,
) -> str:
    """A complete sentence for one Problem from the ``texts`` of codes, naming its field."""
    label = labels.get(problem.field)
    field = translate(label) if label else problem.field
    template = texts.get(problem.code)
    if template is None:
        log.warning("no message text for problem code %s", problem.code)
        return f"{field}: {problem.code}"
    return fill(translate(template), {"field": field, **problem.params})


def code_text(problem: Problem) -> str:
    """A Problem as its field and code: for a command that has no sentences for its codes."""
    return f"{problem.field}: {problem.code}"


def error_text(
    error: TalentDeskError, problem_text: ProblemText = code_text, translate: Translate = english
) -> str:
    """What to tell the user about an expected error, in ``translate``'s language."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_text(p) for p in error.problems)
    if isinstance(error, AuthenticationError):
        return translate(LOGIN_TEXTS.get(error.reason, LOGIN_TEXTS["wrong_credentials"]))
    if isinstance(error, StorageUnavailableError):
        return translate(STORAGE_TEXTS.get(error.reason, STORAGE_UNUSABLE))
    if isinstance(error, PermissionDeniedError):
        return translate(NOT_ALLOWED)
    if isinstance(error, ConflictError):
        return translate(CHANGED_MEANWHILE)
    if isinstance(error, NotFoundError):
        return translate(GONE)
    if isinstance(error, ExcelFormatError):
        return fill(translate(UNREADABLE_WORKBOOK), {"detail": error.detail})
    return str(error)
