"""Logging: a rotating file in the user's log folder, the console with --debug, a tail in memory."""

from __future__ import annotations

import collections
import logging
import logging.handlers
from pathlib import Path

LOG_FILE_NAME = "talentdesk.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class TailHandler(logging.Handler):
    """Keeps the last lines so the error dialog can show what led up to a crash."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    def text(self) -> str:
        return "\n".join(self.lines)


def setup_logging(log_dir: Path, *, debug: bool = False) -> TailHandler:
    """Configure the root logger once; returns the in-memory tail."""
    log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    file_handler = logging.handlers.RotatingFileHandler(
        log_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    tail = TailHandler()
    root.addHandler(file_handler)
    root.addHandler(tail)
    if debug:
        console = logging.StreamHandler()
        console.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(console)
    # SQL echo would drown everything else and may log personal data.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    return tail
