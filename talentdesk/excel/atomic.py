"""Atomic file replacement: a crash or a cancel never leaves a half-written workbook."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

# A temporary file this old is a leftover of a writer killed mid-way (SIGKILL, power cut):
# no export of ours runs that long, so the next write of the same file removes it.
LEFTOVER_AGE_SECONDS = 3600


@contextlib.contextmanager
def atomic_output(target: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A file beside ``target`` to write into; it replaces ``target`` only if the block succeeds.

    The temporary file lives in the target's folder so ``os.replace`` is a rename on one file
    system, and is synced first so a power cut cannot leave a renamed but empty file. On any
    error it is removed and an existing target is left as it was.
    """
    target = Path(target)
    prefix = f".~{target.name}."
    _remove_leftovers(target.parent, prefix)
    fd, temp_name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=target.parent)
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


def _remove_leftovers(folder: Path, prefix: str) -> None:
    oldest = time.time() - LEFTOVER_AGE_SECONDS
    for leftover in folder.glob(f"{glob.escape(prefix)}*.tmp"):
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
            if leftover.stat().st_mtime < oldest:
                leftover.unlink()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows cannot open a folder and needs no such step."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
