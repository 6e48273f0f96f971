"""Bulk inserts sent on a second thread while the caller prepares the next rows.

The database does its part of a bulk insert (B-trees, search index, triggers) without
Python's interpreter lock, so an import's commit can check, convert and audit the next rows
while the last ones are stored: on two cores, most of the storing is then hidden.

Within ``write_behind(session)``, ``insert_rows`` and ``insert_plain`` hand their prepared
statements to one worker thread, which runs them in order on the session's connection.
Every other statement on that connection (a look-up, an update, the flush of ORM objects)
first waits until the worker is idle, so the connection is never used by two threads at
once and every read sees the rows written before it. Leaving the block waits too: the
transaction commits only once everything is stored. A statement that fails stops the
worker; its error is raised in the caller at the next insert or when the block ends, and
the transaction rolls back.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Session

_KEY = "talentdesk_write_behind"
# Statements queued at most: the caller waits beyond, so its prepared rows never pile up.
_QUEUED = 8


class _Worker:
    """One thread that runs a connection's queued statements in order."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="write-behind")
        self._queued: list[Future[None]] = []
        self._failure: BaseException | None = None
        self._thread: int | None = None

    def submit(self, sql: str, parameters: tuple[Any, ...]) -> None:
        self.raise_failure()
        self._queued = [f for f in self._queued if not f.done()]
        while len(self._queued) >= _QUEUED:
            self._queued.pop(0).result()
        self._queued.append(self._pool.submit(self._run, sql, parameters))

    def _run(self, sql: str, parameters: tuple[Any, ...]) -> None:
        self._thread = threading.get_ident()
        if self._failure is None:  # after a failure the rest is left: it rolls back anyway
            try:
                self._connection.exec_driver_sql(sql, parameters)
            except BaseException as exc:  # raised again in the caller's thread
                self._failure = exc

    def idle(self) -> None:
        """Wait until every queued statement has run (or been left after a failure)."""
        if threading.get_ident() == self._thread:
            return  # the worker's own statement
        for future in self._queued:
            future.result()
        self._queued = []

    def raise_failure(self) -> None:
        if self._failure is not None:
            raise self._failure

    def close(self) -> None:
        self.idle()
        self._pool.shutdown()


def queue_for(connection: Connection) -> _Worker | None:
    """The worker taking this connection's bulk inserts, if a ``write_behind`` block is open."""
    return connection.info.get(_KEY)


@contextlib.contextmanager
def write_behind(session: Session) -> Iterator[None]:
    """Bulk inserts in the block are stored on a second thread (see the module docstring)."""
    connection = session.connection()
    if _KEY in connection.info:  # nested: the outer block waits
        yield
        return
    worker = _Worker(connection)

    def wait(*_: Any) -> None:
        worker.idle()

    connection.info[_KEY] = worker
    event.listen(connection, "before_cursor_execute", wait)
    try:
        yield
    except BaseException:
        worker.close()
        worker.raise_failure()  # the cause: what failed in the caller after it follows from it
        raise
    finally:
        worker.close()
        event.remove(connection, "before_cursor_execute", wait)
        del connection.info[_KEY]
    worker.raise_failure()
