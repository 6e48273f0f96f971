"""Which role may do what: the role × action matrix the services enforce."""

from __future__ import annotations

from enum import StrEnum

from talentdesk.domain.accounts import Role


class Action(StrEnum):
    MANAGE_USERS = "manage_users"
    EDIT_CONFIGURATION = "edit_configuration"
    READ_PERMITS = "read_permits"
    EDIT_PERMITS = "edit_permits"  # applicants, employers, cases and their transitions
    ASSIGN_CASES = "assign_cases"  # hand cases to another clerk (the queue's bulk assign)
    READ_RESEARCHERS = "read_researchers"
    EDIT_RESEARCHERS = "edit_researchers"
    EDIT_PROGRAMS = "edit_programs"
    REVIEW = "review"
    EXPORT_PERSONAL_DATA = "export_personal_data"
    VIEW_UNMASKED_IDS = "view_unmasked_ids"
    VIEW_AUDIT = "view_audit"
    BACKUP_RESTORE = "backup_restore"


_A, _S, _C, _H = Role.ADMINISTRATOR, Role.SUPERVISOR, Role.CLERK, Role.HR_OFFICER

MATRIX: dict[Action, frozenset[Role]] = {
    Action.MANAGE_USERS: frozenset({_A}),
    Action.EDIT_CONFIGURATION: frozenset({_A}),
    Action.READ_PERMITS: frozenset({_A, _S, _C, _H}),
    Action.EDIT_PERMITS: frozenset({_S, _C}),
    Action.ASSIGN_CASES: frozenset({_S}),
    Action.READ_RESEARCHERS: frozenset({_A, _S, _C, _H}),
    Action.EDIT_RESEARCHERS: frozenset({_H}),
    Action.EDIT_PROGRAMS: frozenset({_H}),
    Action.REVIEW: frozenset({_H}),
    Action.EXPORT_PERSONAL_DATA: frozenset({_A, _S, _C, _H}),
    Action.VIEW_UNMASKED_IDS: frozenset({_S, _C, _H}),
    Action.VIEW_AUDIT: frozenset({_A, _S}),
    Action.BACKUP_RESTORE: frozenset({_A}),
}


def allowed(role: Role, action: Action) -> bool:
    return role in MATRIX[action]
