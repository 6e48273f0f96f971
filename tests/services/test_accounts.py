"""Accounts: the first administrator, signing in, lockout, and who may manage users."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from talentdesk.domain.accounts import Role
from talentdesk.errors import (
    AuthenticationError,
    ConflictError,
    PermissionDeniedError,
    ValidationError,
)
from talentdesk.services.accounts import AccountService
from talentdesk.storage.database import Database
from talentdesk.storage.repos.accounts import get_user_row


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def accounts(database: Database, clock: FakeClock) -> AccountService:
    return AccountService(database, clock, workstation="window-3")


def test_first_administrator_is_created_once(accounts: AccountService, database: Database):
    assert accounts.needs_first_admin()
    admin = accounts.create_first_admin("admin", "管理员", "secret-2026")
    assert admin.role is Role.ADMINISTRATOR and admin.workstation == "window-3"
    assert not accounts.needs_first_admin()
    with pytest.raises(ConflictError):
        accounts.create_first_admin("admin2", "Second", "secret-2026")
    with database.read() as session:
        stored = get_user_row(session, "admin").password_hash
    assert stored.startswith("scrypt$") and "secret-2026" not in stored


@pytest.mark.parametrize(
    ("username", "name", "password", "codes"),
    [
        ("a", "Admin", "secret-2026", {"username_invalid"}),
        ("admin", " ", "secret-2026", {"required"}),
        ("admin", "Admin", "short1", {"password_too_short"}),
        ("admin", "Admin", "onlyletters", {"password_needs_letters_and_digits"}),
    ],
)
def test_bad_account_input_names_the_field(accounts, username, name, password, codes):
    with pytest.raises(ValidationError) as caught:
        accounts.create_first_admin(username, name, password)
    assert {p.code for p in caught.value.problems} == codes
    assert accounts.needs_first_admin(), "nothing may be saved"


def test_sign_in_accepts_the_right_password_only(accounts: AccountService):
    accounts.create_first_admin("admin", "Admin", "secret-2026")
    assert accounts.authenticate("admin", "secret-2026").username == "admin"
    for user, password in (("admin", "wrong-2026"), ("nobody", "secret-2026")):
        with pytest.raises(AuthenticationError) as caught:
            accounts.authenticate(user, password)
        assert caught.value.reason == "wrong_credentials"


def test_five_failures_lock_the_account_for_fifteen_minutes(accounts, clock):
    accounts.create_first_admin("admin", "Admin", "secret-2026")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate("admin", "wrong-2026")
    with pytest.raises(AuthenticationError) as caught:
        accounts.authenticate("admin", "secret-2026")
    assert caught.value.reason == "locked"
    clock.now += timedelta(minutes=15, seconds=1)
    assert accounts.authenticate("admin", "secret-2026").role is Role.ADMINISTRATOR


def test_only_administrators_manage_users(accounts: AccountService):
    admin = accounts.create_first_admin("admin", "Admin", "secret-2026")
    accounts.create_user(admin, "li", "李娜", Role.CLERK, "clerk-2026")
    clerk = accounts.authenticate("li", "clerk-2026")
    assert clerk.role is Role.CLERK
    with pytest.raises(PermissionDeniedError):
        accounts.create_user(clerk, "zhao", "赵", Role.SUPERVISOR, "super-2026")
    with pytest.raises(ConflictError):
        accounts.create_user(admin, "li", "Another Li", Role.CLERK, "clerk-2026")
    assert [u.username for u in accounts.list_users(admin)] == ["admin", "li"]
