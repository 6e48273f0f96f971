"""User administration: disable, enable, reset password, change role, unlock; always audited."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.audit_chain import AuditFilter
from talentdesk.errors import (
    AuthenticationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from talentdesk.services.accounts import MAX_FAILED_LOGINS, AccountService
from talentdesk.services.audit_service import AuditService
from talentdesk.storage.database import Database

NOW = datetime(2026, 11, 27, 9, 0)


@pytest.fixture
def accounts(database: Database) -> AccountService:
    return AccountService(database, lambda: NOW, workstation="window-1")


@pytest.fixture
def admin(accounts: AccountService) -> Actor:
    return accounts.create_first_admin("admin", "王管理", "secret-2026")


def _user(accounts: AccountService, admin: Actor, name: str, role: Role = Role.CLERK):
    return accounts.create_user(admin, name, name.title(), role, "start-2026")


def _trail(database: Database, admin: Actor) -> list[tuple[str, dict]]:
    page = AuditService(database).list_entries(admin, AuditFilter(entity="user"))
    return [(r.entry.action, r.entry.details) for r in reversed(page.records)]


def _codes(caught: pytest.ExceptionInfo[ValidationError]) -> set[str]:
    return {p.code for p in caught.value.problems}


def test_a_disabled_user_cannot_sign_in_until_enabled(accounts, admin, database):
    li = _user(accounts, admin, "li")
    disabled = accounts.set_active(admin, li.id, False, li.version)
    assert not disabled.active and disabled.version == li.version + 1, "one version per change"
    with pytest.raises(AuthenticationError) as caught:
        accounts.authenticate("li", "start-2026")
    assert caught.value.reason == "disabled"
    accounts.set_active(admin, li.id, True, disabled.version)
    assert accounts.authenticate("li", "start-2026").username == "li"
    assert ("update", {"username": "li", "active": [True, False]}) in _trail(database, admin)


def test_reset_password_replaces_the_old_one_and_unlocks(accounts, admin, database):
    li = _user(accounts, admin, "li")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("li", "guess-2026")
    with pytest.raises(ValidationError) as caught:
        accounts.reset_password(admin, li.id, "short")
    assert _codes(caught) == {"password_too_short", "password_needs_letters_and_digits"}
    accounts.reset_password(admin, li.id, "temp-2026")
    with pytest.raises(AuthenticationError):
        accounts.authenticate("li", "start-2026")
    assert accounts.authenticate("li", "temp-2026").username == "li"
    trail = _trail(database, admin)
    assert ("reset_password", {"username": "li"}) in trail
    assert "temp-2026" not in str(trail), "the password itself is never recorded"


def test_a_reset_password_must_be_changed_at_the_next_sign_in(accounts, admin, database):
    li = _user(accounts, admin, "li")
    actor = accounts.authenticate("li", "start-2026")
    assert not accounts.must_change_password(actor), "a password the user chose stays"
    accounts.reset_password(admin, li.id, "temp-2026")
    actor = accounts.authenticate("li", "temp-2026")
    assert accounts.must_change_password(actor)
    for current, new, code in (
        ("wrong-2026", "mine-2026", "wrong_password"),
        ("temp-2026", "temp-2026", "password_unchanged"),
        ("temp-2026", "short", "password_too_short"),
    ):
        with pytest.raises(ValidationError) as caught:
            accounts.change_own_password(actor, current, new)
        assert code in _codes(caught)
    assert accounts.must_change_password(actor), "a refused change changes nothing"
    accounts.change_own_password(actor, "temp-2026", "mine-2026")
    assert not accounts.must_change_password(actor)
    with pytest.raises(AuthenticationError):
        accounts.authenticate("li", "temp-2026")
    assert accounts.authenticate("li", "mine-2026").username == "li"
    trail = _trail(database, admin)
    assert ("change_password", {"username": "li"}) in trail
    assert "mine-2026" not in str(trail)


def test_unlock_ends_a_lockout_early(accounts, admin, database):
    li = _user(accounts, admin, "li")
    for _ in range(MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("li", "guess-2026")
    (locked,) = [u for u in accounts.list_users(admin) if u.username == "li"]
    assert locked.locked_until == NOW + timedelta(minutes=15)
    assert accounts.unlock(admin, li.id).locked_until is None
    assert accounts.authenticate("li", "start-2026").username == "li"
    assert ("unlock", {"username": "li"}) in _trail(database, admin)


def test_role_change_checks_the_version_read(accounts, admin, database):
    li = _user(accounts, admin, "li")
    promoted = accounts.change_role(admin, li.id, Role.SUPERVISOR, li.version)
    assert promoted.role is Role.SUPERVISOR
    with pytest.raises(ConflictError):
        accounts.change_role(admin, li.id, Role.HR_OFFICER, li.version)  # a stale screen
    assert accounts.authenticate("li", "start-2026").role is Role.SUPERVISOR
    assert ("update", {"username": "li", "role": ["clerk", "supervisor"]}) in _trail(
        database, admin
    )


def test_the_last_active_administrator_stays(accounts, admin):
    (me,) = accounts.list_users(admin)
    with pytest.raises(ValidationError) as caught:
        accounts.change_role(admin, me.id, Role.SUPERVISOR, me.version)
    assert _codes(caught) == {"last_administrator"}
    second = _user(accounts, admin, "zhao", Role.ADMINISTRATOR)
    second = accounts.set_active(admin, second.id, False, second.version)
    with pytest.raises(ValidationError) as caught:  # a disabled administrator does not count
        accounts.change_role(admin, me.id, Role.CLERK, me.version)
    assert _codes(caught) == {"last_administrator"}
    accounts.set_active(admin, second.id, True, second.version)
    assert accounts.change_role(admin, me.id, Role.SUPERVISOR, me.version).role is Role.SUPERVISOR
    zhao = accounts.authenticate("zhao", "start-2026")
    (himself,) = [u for u in accounts.list_users(zhao) if u.username == "zhao"]
    with pytest.raises(ValidationError) as caught:
        accounts.set_active(zhao, zhao.user_id, False, himself.version)
    assert _codes(caught) == {"cannot_disable_self"}


def test_only_administrators_administer(accounts, admin):
    li = _user(accounts, admin, "li")
    clerk = accounts.authenticate("li", "start-2026")
    for call in (
        lambda: accounts.set_active(clerk, li.id, False, li.version),
        lambda: accounts.change_role(clerk, li.id, Role.ADMINISTRATOR, li.version),
        lambda: accounts.reset_password(clerk, li.id, "mine-2026"),
        lambda: accounts.unlock(clerk, li.id),
    ):
        with pytest.raises(PermissionDeniedError):
            call()


def test_an_unknown_user_is_reported(accounts, admin):
    with pytest.raises(NotFoundError):
        accounts.unlock(admin, 999)
