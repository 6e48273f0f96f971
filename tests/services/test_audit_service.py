"""The audit trail: append-only triggers, tampering found by verify, the viewer's pages."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.audit_chain import VIEW_SENSITIVE, AuditFilter, BreakReason
from talentdesk.errors import PermissionDeniedError
from talentdesk.services.audit_service import AuditService
from talentdesk.services.common import audit
from talentdesk.storage.database import Database

START = datetime(2026, 11, 27, 9, 0)
ADMIN = Actor(1, "admin", "管理员", Role.ADMINISTRATOR, "window-1")
SUPERVISOR = Actor(2, "zhou", "周主任", Role.SUPERVISOR, "window-2")
CLERK = Actor(3, "li", "李娜", Role.CLERK, "window-3")


def _fill(db: Database, count: int = 6) -> None:
    """Entries 1..count: odd ones by the clerk on cases, even ones by the admin on users."""
    with db.write() as session:
        for n in range(1, count + 1):
            actor, entity = (CLERK, "case") if n % 2 else (ADMIN, "user")
            at = START + timedelta(hours=n)
            audit(session, actor, at, "update", entity, n, {"status": [f"s{n}", f"s{n + 1}"]})


def _drop_append_only(db: Database) -> None:
    """What a tamperer has to do first: the triggers refuse any change."""
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":
            conn.execute(text("DROP TRIGGER audit_log_no_change ON audit_log"))
        else:
            conn.execute(text("DROP TRIGGER audit_log_no_update"))
            conn.execute(text("DROP TRIGGER audit_log_no_delete"))


def _tamper(db: Database, *statements: str) -> None:
    _drop_append_only(db)
    with db.engine.begin() as conn:
        for statement in statements:
            conn.execute(text(statement))


@pytest.fixture
def service(database: Database) -> AuditService:
    _fill(database)
    return AuditService(database, clock=lambda: START + timedelta(days=1))


def test_an_untouched_trail_is_intact(service: AuditService, database: Database):
    report = service.verify()
    assert report.intact and report.checked == 6 and report.last_id == 6
    with database.read() as session:
        head = session.execute(text("SELECT hash FROM audit_log WHERE id = 6")).scalar()
    assert report.last_hash == head


def test_an_empty_trail_is_intact(database: Database):
    report = AuditService(database).verify()
    assert report.intact and report.checked == 0 and report.last_id is None


@pytest.mark.parametrize(
    "statement",
    [
        'UPDATE audit_log SET details = \'{"status":["s3","issued"]}\' WHERE id = 3',
        "UPDATE audit_log SET username = 'admin' WHERE id = 3",
        "UPDATE audit_log SET at = (SELECT at FROM audit_log WHERE id = 4) WHERE id = 3",
    ],
    ids=["details", "user", "time"],
)
def test_a_changed_entry_is_named(service, database, statement):
    _tamper(database, statement)
    broken = service.verify().first_break
    assert (broken.entry_id, broken.reason, broken.previous_id) == (3, BreakReason.CHANGED, 2)


def test_a_deleted_middle_entry_is_named_by_the_one_after_it(service, database):
    _tamper(database, "DELETE FROM audit_log WHERE id = 3")
    report = service.verify()
    assert report.checked == 2
    broken = report.first_break
    assert (broken.entry_id, broken.reason, broken.previous_id) == (4, BreakReason.DELETED, 2)


def test_a_deleted_first_entry_is_found(service, database):
    _tamper(database, "DELETE FROM audit_log WHERE id = 1")
    broken = service.verify().first_break
    assert (broken.entry_id, broken.reason, broken.previous_id) == (2, BreakReason.DELETED, None)


def test_reordered_entries_break_the_link(service, database):
    _tamper(
        database,
        "UPDATE audit_log SET id = -id WHERE id IN (2, 3)",
        "UPDATE audit_log SET id = 2 WHERE id = -3",
        "UPDATE audit_log SET id = 3 WHERE id = -2",
    )
    broken = service.verify().first_break
    assert (broken.entry_id, broken.reason) == (2, BreakReason.BROKEN_LINK)


def test_a_rehashed_entry_still_breaks_the_next_link(service, database):
    """Recomputing one entry's own hash is not enough: the next entry still points to the old."""
    with database.read() as session:
        old = session.execute(text("SELECT hash FROM audit_log WHERE id = 3")).scalar()
    _tamper(database, f"UPDATE audit_log SET hash = '{'f' * 64}' WHERE hash = '{old}'")
    broken = service.verify().first_break
    assert (broken.entry_id, broken.reason) == (3, BreakReason.CHANGED)


@pytest.mark.parametrize("change", ["update", "delete", "truncate"])
def test_the_triggers_refuse_changes(service, database, change):
    statement = {
        "update": "UPDATE audit_log SET username = 'x' WHERE id = 2",
        "delete": "DELETE FROM audit_log WHERE id = 6",
        # SQLite has no TRUNCATE; its DELETE without WHERE is the same shortcut.
        "truncate": "TRUNCATE audit_log"
        if database.dialect == "postgresql"
        else "DELETE FROM audit_log",
    }[change]
    with pytest.raises(DBAPIError, match="append-only"), database.engine.begin() as conn:
        conn.execute(text(statement))
    assert service.verify().intact


def test_filters_and_pages_newest_first(service: AuditService):
    page = service.list_entries(SUPERVISOR, AuditFilter(username="li"), offset=0, limit=2)
    assert page.total == 3
    assert [r.id for r in page.records] == [5, 3]
    assert page.records[0].entry.details == {"status": ["s5", "s6"]}
    rest = service.list_entries(SUPERVISOR, AuditFilter(username="li"), offset=2, limit=2)
    assert [r.id for r in rest.records] == [1]
    window = AuditFilter(
        entity="user", since=START + timedelta(hours=2), until=START + timedelta(hours=6)
    )
    assert [r.id for r in service.list_entries(ADMIN, window).records] == [4, 2]
    assert service.list_entries(ADMIN, AuditFilter(action="delete")).total == 0


def test_filter_choices_list_what_occurs(service: AuditService):
    assert service.filter_choices(ADMIN) == {
        "username": ["admin", "li"],
        "action": ["update"],
        "entity": ["case", "user"],
    }


def test_clerks_may_not_read_the_trail(service: AuditService):
    for call in (
        lambda: service.list_entries(CLERK, AuditFilter()),
        lambda: service.filter_choices(CLERK),
    ):
        with pytest.raises(PermissionDeniedError):
            call()


def test_viewing_unmasked_data_is_recorded(service: AuditService):
    service.record_view_sensitive(CLERK, "passport", 42, "number")
    (entry,) = service.list_entries(ADMIN, AuditFilter(action=VIEW_SENSITIVE)).records
    assert (entry.entry.username, entry.entry.entity, entry.entry.entity_id) == (
        "li",
        "passport",
        "42",
    )
    assert entry.entry.details == {"field": "number"}
    with pytest.raises(PermissionDeniedError):
        service.record_view_sensitive(ADMIN, "passport", 42, "number")
