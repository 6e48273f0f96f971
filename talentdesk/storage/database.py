"""Database: one engine and its sessions, opened for reading or for one write transaction."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from talentdesk.errors import ConflictError, StorageUnavailableError
from talentdesk.storage.engine import WRITE_OPTION, build_engine, database_url, sqlite_file

log = logging.getLogger(__name__)


class Database:
    """The application's database; built in the composition root, never at import time."""

    def __init__(self, url: str | Path) -> None:
        self.url = database_url(url)
        self.engine: Engine = build_engine(self.url)
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            self.engine.execution_options(**{WRITE_OPTION: True}), expire_on_commit=False
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        return sqlite_file(self.url)

    def display_name(self) -> str:
        """What the status bar shows: the file for SQLite, host/database without password else."""
        path = self.sqlite_path
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with _storage_errors(), self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back if it raises."""
        with _storage_errors(), self._write_sessions() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


@contextmanager
def _storage_errors() -> Iterator[None]:
    """Turn driver failures into the expected errors the GUI knows how to explain."""
    try:
        yield
    except StaleDataError as exc:
        raise ConflictError("record", None, "stale") from exc
    except IntegrityError as exc:
        raise ConflictError("record", None, str(exc.orig)) from exc
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise StorageUnavailableError("locked", str(exc.orig)) from exc
        if "not a database" in text or "malformed" in text:
            raise StorageUnavailableError("corrupt", str(exc.orig)) from exc
        if "could not connect" in text or "connection" in text or "unable to open" in text:
            raise StorageUnavailableError("unreachable", str(exc.orig)) from exc
        raise
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise StorageUnavailableError("unreachable", str(exc.orig)) from exc
        raise
