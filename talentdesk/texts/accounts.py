"""Field labels, Problem sentences and role names of accounts and signing in."""

from __future__ import annotations

from talentdesk.error_texts import QT_TRANSLATE_NOOP

# Keys are the ``field`` of a Problem.
FIELD_LABELS: dict[str, str] = {
    "username": QT_TRANSLATE_NOOP("messages", "User name"),
    "display_name": QT_TRANSLATE_NOOP("messages", "Full name"),
    "password": QT_TRANSLATE_NOOP("messages", "Password"),
    "password_repeat": QT_TRANSLATE_NOOP("messages", "Repeat password"),
    "new_password": QT_TRANSLATE_NOOP("messages", "New password"),
}

# ``{field}`` and the Problem's params are filled in.
PROBLEM_TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("messages", "{field} is required."),
    "username_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field}: use {min} to {max} letters, digits, dots, dashes or underscores."
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "messages", "{field} must have at least {min} characters."
    ),
    "password_needs_letters_and_digits": QT_TRANSLATE_NOOP(
        "messages", "{field} must contain both letters and digits."
    ),
    "passwords_differ": QT_TRANSLATE_NOOP("messages", "The two passwords are not the same."),
    "password_unchanged": QT_TRANSLATE_NOOP(
        "messages", "{field} must differ from the password the administrator gave you."
    ),
    "wrong_password": QT_TRANSLATE_NOOP("messages", "{field} is not correct."),
    "password_change_required": QT_TRANSLATE_NOOP(
        "messages",
        "An administrator has reset your password: choose your own to sign in.",
    ),
}

ROLE_LABELS: dict[str, str] = {
    "administrator": QT_TRANSLATE_NOOP("messages", "Administrator"),
    "supervisor": QT_TRANSLATE_NOOP("messages", "Supervisor"),
    "clerk": QT_TRANSLATE_NOOP("messages", "Clerk"),
    "hr_officer": QT_TRANSLATE_NOOP("messages", "HR officer"),
}
