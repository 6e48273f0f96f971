"""Queries on user accounts."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Role, User
from talentdesk.storage.tables import UserRow


def count_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(UserRow)) or 0


def get_user_row(session: Session, username: str) -> UserRow | None:
    return session.scalar(select(UserRow).where(UserRow.username == username))


def to_user(row: UserRow) -> User:
    return User(
        row.id,
        row.username,
        row.display_name,
        Role(row.role),
        row.active,
        row.version,
        row.locked_until,
    )


def active_administrators(session: Session) -> list[UserRow]:
    """The active administrators, locked against a concurrent demotion on PostgreSQL."""
    return list(
        session.scalars(
            select(UserRow)
            .where(UserRow.role == str(Role.ADMINISTRATOR), UserRow.active.is_(True))
            .with_for_update()
        )
    )


def list_users(session: Session) -> list[User]:
    return [to_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.username))]
