"""Accounts: the first administrator, signing in, and user administration."""

from __future__ import annotations

import dataclasses
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor, Role, User, check_password, check_username
from talentdesk.domain.audit_chain import field_changes
from talentdesk.domain.passwords import hash_password, verify_password
from talentdesk.domain.permissions import Action
from talentdesk.domain.problems import Problem
from talentdesk.errors import AuthenticationError, ConflictError, NotFoundError, ValidationError
from talentdesk.services.common import Clock, audit, require, utc_now
from talentdesk.storage.database import Database
from talentdesk.storage.repos import accounts as repo
from talentdesk.storage.tables import UserRow

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
SYSTEM = "system"


class AccountService:
    """Signing in and managing users."""

    def __init__(self, db: Database, clock: Clock = utc_now, workstation: str = "") -> None:
        self._db = db
        self._clock = clock
        self.workstation = workstation or socket.gethostname()

    def needs_first_admin(self) -> bool:
        """True on an empty database: the set-up dialog must create the administrator."""
        with self._db.read() as session:
            return repo.count_users(session) == 0

    def create_first_admin(self, username: str, display_name: str, password: str) -> Actor:
        """Create the administrator of a new database and sign them in."""
        self._validate(username, display_name, password)
        with self._db.write() as session:
            if repo.count_users(session) > 0:
                raise ConflictError("user", username, "administrator_exists")
            row = self._new_row(username, display_name, Role.ADMINISTRATOR, password, SYSTEM)
            session.add(row)
            session.flush()
            actor = self._actor(row)
            audit(
                session,
                actor,
                row.created_at,
                "create",
                "user",
                row.id,
                {"username": username, "role": str(Role.ADMINISTRATOR)},
            )
        return actor

    def authenticate(self, username: str, password: str) -> Actor:
        """Check the password; too many failures lock the account for a while.

        Raises:
            AuthenticationError: ``wrong_credentials``, ``locked`` or ``disabled``.
        """
        now = self._clock()
        with self._db.write() as session:
            row = repo.get_user_row(session, username.strip())
            if row is None:
                raise AuthenticationError("wrong_credentials")
            if row.locked_until is not None and row.locked_until > now:
                raise AuthenticationError("locked")
            if not verify_password(password, row.password_hash):
                row.failed_logins += 1
                if row.failed_logins >= MAX_FAILED_LOGINS:
                    row.locked_until = now + LOCKOUT
                    row.failed_logins = 0
                failure = AuthenticationError("wrong_credentials")
            elif not row.active:
                failure = AuthenticationError("disabled")
            else:
                row.failed_logins = 0
                row.locked_until = None
                failure = None
                actor = self._actor(row)
                audit(session, actor, now, "login", "user", row.id)
        # Raised after the commit so the failure counter is kept.
        if failure is not None:
            raise failure
        return actor

    def create_user(
        self, actor: Actor, username: str, display_name: str, role: Role, password: str
    ) -> User:
        require(actor, Action.MANAGE_USERS)
        self._validate(username, display_name, password)
        with self._db.write() as session:
            if repo.get_user_row(session, username) is not None:
                raise ConflictError("user", username, "username_taken")
            row = self._new_row(username, display_name, role, password, actor.username)
            session.add(row)
            session.flush()
            audit(
                session,
                actor,
                row.created_at,
                "create",
                "user",
                row.id,
                {"username": username, "role": str(role)},
            )
            return repo.to_user(row)

    def list_users(self, actor: Actor) -> list[User]:
        require(actor, Action.MANAGE_USERS)
        with self._db.read() as session:
            return repo.list_users(session)

    def set_active(self, actor: Actor, user_id: int, active: bool, version: int) -> User:
        """Disable (or enable again) an account; a disabled one can no longer sign in.

        Raises:
            ValidationError: ``cannot_disable_self`` or ``last_administrator``.
            ConflictError: the account changed since ``version`` was read.
        """
        with self._editing(actor, user_id, version) as (session, row, now):
            if not active:
                if row.id == actor.user_id:
                    raise ValidationError([Problem("cannot_disable_self", "active")])
                self._keep_an_administrator(session, row, "active")
            changes = field_changes({"active": row.active}, {"active": active})
            row.active = active
            audit(
                session, actor, now, "update", "user", row.id, {"username": row.username, **changes}
            )
        return repo.to_user(row)

    def change_role(self, actor: Actor, user_id: int, role: Role, version: int) -> User:
        """Give an account another role.

        Raises:
            ValidationError: ``last_administrator`` when it would leave no active administrator.
            ConflictError: the account changed since ``version`` was read.
        """
        with self._editing(actor, user_id, version) as (session, row, now):
            if role is not Role.ADMINISTRATOR:
                self._keep_an_administrator(session, row, "role")
            changes = field_changes({"role": row.role}, {"role": str(role)})
            row.role = str(role)
            audit(
                session, actor, now, "update", "user", row.id, {"username": row.username, **changes}
            )
        return repo.to_user(row)

    def reset_password(self, actor: Actor, user_id: int, temporary_password: str) -> User:
        """Set a temporary password the administrator hands over; this also unlocks.

        The user must choose their own at the next sign-in (``change_own_password``): the
        administrator knows this one.
        """
        problems = check_password(temporary_password)
        if problems:
            raise ValidationError(problems)
        with self._editing(actor, user_id) as (session, row, now):
            row.password_hash = hash_password(temporary_password)
            row.failed_logins = 0
            row.locked_until = None
            row.must_change_password = True
            audit(session, actor, now, "reset_password", "user", row.id, {"username": row.username})
        return repo.to_user(row)

    def must_change_password(self, actor: Actor) -> bool:
        """True after an administrator reset the signed-in user's password."""
        with self._db.read() as session:
            row = session.get(UserRow, actor.user_id)
            return row is not None and row.must_change_password

    def change_own_password(self, actor: Actor, current: str, new: str) -> None:
        """The signed-in user replaces their password (any role may).

        Raises:
            ValidationError: ``password_too_short``, ``password_needs_letters_and_digits``,
                ``password_unchanged`` (field ``new_password``) or ``wrong_password``
                (field ``password``).
        """
        problems = [dataclasses.replace(p, field="new_password") for p in check_password(new)]
        if new == current:
            problems.append(Problem("password_unchanged", "new_password"))
        if problems:
            raise ValidationError(problems)
        now = self._clock()
        with self._db.write() as session:
            row = session.get(UserRow, actor.user_id)
            if row is None:
                raise NotFoundError("user", actor.user_id)
            if not verify_password(current, row.password_hash):
                raise ValidationError([Problem("wrong_password", "password")])
            row.password_hash = hash_password(new)
            row.must_change_password = False
            row.updated_at = now
            row.updated_by = actor.username
            audit(session, actor, now, "change_password", "user", row.id,
                  {"username": row.username})

    def unlock(self, actor: Actor, user_id: int) -> User:
        """End a lockout after too many failed sign-ins before its 15 minutes are over."""
        with self._editing(actor, user_id) as (session, row, now):
            row.failed_logins = 0
            row.locked_until = None
            audit(session, actor, now, "unlock", "user", row.id, {"username": row.username})
        return repo.to_user(row)

    @contextmanager
    def _editing(
        self, actor: Actor, user_id: int, version: int | None = None
    ) -> Iterator[tuple[Session, UserRow, datetime]]:
        """One administrative change to one account, in one transaction."""
        require(actor, Action.MANAGE_USERS)
        now = self._clock()
        with self._db.write() as session:
            row = session.get(UserRow, user_id)
            if row is None:
                raise NotFoundError("user", user_id)
            if version is not None and row.version != version:
                raise ConflictError("user", user_id, "stale")
            row.updated_at = now
            row.updated_by = actor.username
            # The checks' queries must not flush half a change: one UPDATE, one new version.
            with session.no_autoflush:
                yield session, row, now
            session.flush()

    @staticmethod
    def _keep_an_administrator(session: Session, row: UserRow, field: str) -> None:
        """Refuse to disable or demote the last active administrator: nobody could undo it."""
        if row.role != Role.ADMINISTRATOR or not row.active:
            return
        others = [admin for admin in repo.active_administrators(session) if admin.id != row.id]
        if not others:
            raise ValidationError([Problem("last_administrator", field)])

    def _validate(self, username: str, display_name: str, password: str) -> None:
        problems = check_username(username) + check_password(password)
        if not display_name.strip():
            problems.append(Problem("required", "display_name"))
        if problems:
            raise ValidationError(problems)

    def _new_row(
        self, username: str, display_name: str, role: Role, password: str, by: str
    ) -> UserRow:
        now = self._clock()
        return UserRow(
            username=username,
            display_name=display_name.strip(),
            role=str(role),
            password_hash=hash_password(password),
            active=True,
            failed_logins=0,
            created_at=now,
            created_by=by,
            updated_at=now,
            updated_by=by,
        )

    def _actor(self, row: UserRow) -> Actor:
        return Actor(row.id, row.username, row.display_name, Role(row.role), self.workstation)
