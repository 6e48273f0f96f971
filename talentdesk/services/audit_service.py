"""The audit trail: verifying its hash chain, the viewer's pages, and views of sensitive data."""

from __future__ import annotations

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import (
    VIEW_SENSITIVE,
    AuditFilter,
    AuditPage,
    ChainReport,
    verify_chain,
)
from talentdesk.domain.permissions import Action
from talentdesk.services.common import Clock, audit, require, utc_now
from talentdesk.storage.database import Database
from talentdesk.storage.repos import audit as repo

MAX_PAGE = 1000


class AuditService:
    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def verify(self) -> ChainReport:
        """Stream the whole chain and report the first broken entry and why.

        No actor: the command line runs it without signing in, and it reveals no content.
        """
        with self._db.read() as session:
            return verify_chain(repo.stream_stored(session))

    def list_entries(
        self, actor: Actor, filters: AuditFilter, offset: int = 0, limit: int = 100
    ) -> AuditPage:
        """One page of matching entries, newest first, with the number of all matches."""
        require(actor, Action.VIEW_AUDIT)
        limit = max(1, min(limit, MAX_PAGE))
        with self._db.read() as session:
            return AuditPage(
                repo.page_entries(session, filters, max(0, offset), limit),
                repo.count_entries(session, filters),
            )

    def filter_choices(self, actor: Actor) -> dict[str, list[str]]:
        """The user names, actions and entities that occur, for the viewer's pick lists."""
        require(actor, Action.VIEW_AUDIT)
        with self._db.read() as session:
            return {
                column: repo.distinct_values(session, column) for column in repo.DISTINCT_COLUMNS
            }

    def record_view_sensitive(
        self, actor: Actor, entity: str, entity_id: object, field: str
    ) -> None:
        """Record that ``actor`` was shown ``field`` of a record unmasked."""
        require(actor, Action.VIEW_UNMASKED_IDS)
        with self._db.write() as session:
            audit(
                session, actor, self._clock(), VIEW_SENSITIVE, entity, entity_id, {"field": field}
            )
