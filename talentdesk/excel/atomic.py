"""Atomic file replacement: a crash or a cancel never leaves a half-written workbook."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A file beside ``target`` to write into; it replaces ``target`` only if the block succeeds.

    The temporary file lives in the target's folder so ``os.replace`` is a rename on one file
    system, and is synced first so a power cut cannot leave a renamed but empty file. On any
    error it is removed and an existing target is left as it was.
    """
    target = Path(target)
    fd, temp_name = tempfile.mkstemp(prefix=f".~{target.name}.", suffix=".tmp", dir=target.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "w+b") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open a folder and needs no such step."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
