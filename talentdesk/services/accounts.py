"""Accounts: the first administrator, signing in, and user administration."""

from __future__ import annotations

import socket
from datetime import timedelta

from talentdesk.domain.accounts import Actor, Role, User, check_password, check_username
from talentdesk.domain.passwords import hash_password, verify_password
from talentdesk.domain.permissions import Action
from talentdesk.domain.problems import Problem
from talentdesk.errors import AuthenticationError, ConflictError, ValidationError
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
