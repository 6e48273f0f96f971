"""Expected errors: the ones a user can cause or fix, shown as plain translated messages."""

from __future__ import annotations

from collections.abc import Iterable

from talentdesk.domain.problems import Problem


class TalentDeskError(Exception):
    """Base of every expected error; anything else is a bug and opens the error dialog."""


class ValidationError(TalentDeskError):
    """Input broke one or more rules; ``problems`` says which field and why."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.code}" for p in self.problems))


class NotFoundError(TalentDeskError):
    """A record asked for by id or key does not exist (any more)."""

    def __init__(self, kind: str, key: object) -> None:
        self.kind = kind
        self.key = key
        super().__init__(f"{kind} {key!r} not found")


class ConflictError(TalentDeskError):
    """Someone else changed the record first, or a unique key is taken."""

    def __init__(self, kind: str, key: object, detail: str = "") -> None:
        self.kind = kind
        self.key = key
        self.detail = detail
        super().__init__(f"{kind} {key!r} conflict {detail}".strip())


class DuplicateError(TalentDeskError):
    """The record looks like one already stored; ``matches`` are those records, to offer instead.

    The caller may save anyway by confirming (e.g. ``allow_duplicate=True``).
    """

    def __init__(self, kind: str, matches: Iterable[object]) -> None:
        self.kind = kind
        self.matches = tuple(matches)
        super().__init__(f"{kind} may already exist ({len(self.matches)} similar)")


class PermissionDeniedError(TalentDeskError):
    """The signed-in user's role may not perform this action."""

    def __init__(self, action: str, role: str) -> None:
        self.action = action
        self.role = role
        super().__init__(f"role {role} may not {action}")


class AuthenticationError(TalentDeskError):
    """Wrong user name or password (deliberately not saying which)."""

    def __init__(self, reason: str = "wrong_credentials") -> None:
        self.reason = reason
        super().__init__(reason)


class StorageUnavailableError(TalentDeskError):
    """The database cannot be used: locked, unreachable, corrupt, or newer than this app."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


class ExcelFormatError(TalentDeskError):
    """A workbook cannot be read as the expected roster."""

    def __init__(self, reason: str, detail: str = "") -> None:
        self.reason = reason
        self.detail = detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


class CancelledError(TalentDeskError):
    """The user cancelled a long job (an import or export); nothing was saved or left behind."""
