"""Run slow service calls on a worker thread; results, progress and errors come back as signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from talentdesk.errors import TalentDeskError

log = logging.getLogger(__name__)

# work(progress, cancelled) -> result. ``progress(done, total)`` may be called from the worker;
# ``cancelled()`` turns True once the user asked to stop, and the work should then give up.
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

# Jobs whose worker is still running. A job has no Qt parent and lives here until it has
# finished, so closing the window that started it never deletes the object the worker emits
# from; receivers should be bound methods of widgets, which Qt disconnects when they go.
_running: set[BackgroundJob] = set()

# Our own pool: jobs wait on the database, not the CPU, and a long one (a year of statistics)
# must not hold up the dashboard or an export on a two-core machine's two-thread global pool.
_POOL_THREADS = 6
_pool: QThreadPool | None = None


def _thread_pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(_POOL_THREADS)
    return _pool


class BackgroundJob(QObject):
    """One piece of work on the global thread pool.

    Signals (delivered on the GUI thread, in the order emitted):
        progress(done, total): reported by the work.
        finished(result): the work's return value, or the exception it raised (expected
            errors such as ``TalentDeskError`` and ``CancelledError`` included). Unexpected
            exceptions are logged here too, with their traceback.
    """

    progress = Signal(int, int)
    finished = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()
        self.running = False

    def start(self) -> None:
        self.running = True
        _running.add(self)
        self.finished.connect(self._done)
        _thread_pool().start(_Runner(self))

    def cancel(self) -> None:
        """Ask the work to stop; ``finished`` still arrives (usually with ``CancelledError``)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.progress.emit, self._cancel.is_set)
        except Exception as exc:  # handed to the GUI thread, which decides what to show
            if not isinstance(exc, TalentDeskError | OSError):
                log.exception("background work failed")
            result = exc
        self.finished.emit(result)

    def _done(self, _result: object) -> None:
        self.running = False
        _running.discard(self)


class _Runner(QRunnable):
    def __init__(self, job: BackgroundJob) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


def wait_for_background_jobs(timeout_ms: int = 30_000) -> bool:
    """Block until every worker is done (closing the application, tests)."""
    return _pool is None or _pool.waitForDone(timeout_ms)
