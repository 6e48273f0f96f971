"""Roles, the signed-in actor, and password rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from talentdesk.domain.problems import Problem

MIN_PASSWORD_LENGTH = 8


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"
    HR_OFFICER = "hr_officer"


@dataclass(frozen=True)
class Actor:
    """Who is doing something, from which workstation; every service call carries one."""

    user_id: int
    username: str
    display_name: str
    role: Role
    workstation: str


@dataclass(frozen=True)
class User:
    """An account as the administration screens see it (never the password hash)."""

    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    version: int
    locked_until: datetime | None = None  # naive UTC; in the past means no longer locked


_USERNAME = re.compile(r"^[A-Za-z0-9_.\-]{2,64}$")


def check_username(username: str) -> list[Problem]:
    if not _USERNAME.match(username):
        return [Problem("username_invalid", "username", {"min": 2, "max": 64})]
    return []


def check_password(password: str) -> list[Problem]:
    """At least 8 characters with letters and digits: enough for a counter PC with a lock."""
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(Problem("password_too_short", "password", {"min": MIN_PASSWORD_LENGTH}))
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        problems.append(Problem("password_needs_letters_and_digits", "password"))
    return problems
