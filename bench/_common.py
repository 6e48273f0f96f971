"""Shared helpers for the benchmarks: medians, a results table, peak RSS, a scratch folder."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SCRATCH = Path(os.environ.get("BENCH_SCRATCH", Path(tempfile.gettempdir()) / "talentdesk_bench"))
SCRATCH.mkdir(parents=True, exist_ok=True)


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    raise LookupError(field)


def rss_growth_mib(fn: Callable[[], object]) -> float:
    """How far this process's RSS peaks above its RSS before ``fn`` (Linux): all of its
    memory, also what native libraries allocate outside tracemalloc's view. Memory freed
    earlier may be reused, so in a process that has done other work it is a lower bound.
    """
    Path("/proc/self/clear_refs").write_text("5")  # the peak starts again from here
    before = _status_kib("VmRSS")
    fn()
    return (_status_kib("VmHWM") - before) / 1024


def settle(max_wait: float, quiet_load: float = 0.3) -> str:
    """Write out the files written so far and wait, up to ``max_wait`` seconds, until the
    one-minute load average per core is at most ``quiet_load``; says how long it waited.

    A bench that starts while the kernel still writes out a database just built, or while a
    neighbour winds down, measures its first minute on a busier machine than its last: on our
    2-core machines start-up missed its target twice in that minute and met alone after it.
    """
    started = time.monotonic()
    os.sync()
    cores = os.cpu_count() or 1
    while os.getloadavg()[0] > quiet_load * cores and time.monotonic() - started < max_wait:
        time.sleep(1)
    return f"settled in {time.monotonic() - started:.0f} s, load {os.getloadavg()[0]:.2f}"


def median_seconds(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved_seconds(
    app: Callable[[], object], base: Callable[[], object], repeat: int = 5, warmup: int = 1
) -> tuple[list[float], list[float]]:
    """The run times of ``app`` and ``base``, run in turns (app, base, app, …) after
    ``warmup`` untimed turns.

    In turns, so both sides see the machine as it is at that moment: on our 2-core machines a
    neighbour's load moved a query's time by half between two minutes of the same run, and
    the kernel pages out file cache left idle for six seconds (DAMON), so a side measured a
    minute after the other could read from disk what the other read from memory.
    """
    for _ in range(warmup):
        app()
        base()
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for fn, runs in zip((app, base), times, strict=True):
            start = time.perf_counter()
            fn()
            runs.append(time.perf_counter() - start)
    return times


def interleaved_medians(
    app: Callable[[], object], base: Callable[[], object], repeat: int = 5, warmup: int = 1
) -> tuple[float, float]:
    """The medians of ``interleaved_seconds``: (app, base)."""
    app_runs, base_runs = interleaved_seconds(app, base, repeat, warmup)
    return statistics.median(app_runs), statistics.median(base_runs)


@dataclass(frozen=True)
class Row:
    """One line of a results table: the app's figure, the same-run baseline, and the target:
    a ratio to the baseline, or with ``limit`` an absolute ceiling (seconds, or the unit)
    where the issue sets one; the ratio is then shown for orientation.
    """

    name: str
    app: float
    baseline: float
    target_ratio: float | None
    unit: str = "ms"
    limit: float | None = None

    @property
    def ratio(self) -> float:
        return self.app / self.baseline if self.baseline else float("inf")

    @property
    def ok(self) -> bool:
        if self.limit is not None:
            return self.app <= self.limit
        return self.target_ratio is not None and self.ratio <= self.target_ratio

    def target(self) -> str:
        if self.limit is not None:
            scale = 1000 if self.unit == "ms" else 1
            return f"≤ {self.limit * scale:g} {self.unit}"
        return f"≤ {self.target_ratio}×"


def print_table(title: str, rows: list[Row]) -> bool:
    """Print ``rows`` under ``title``; whether every row met its target."""
    print(f"\n## {title}\n")
    print("| operation | app | baseline | ratio | target | met |")
    print("|---|---:|---:|---:|---:|:---:|")
    for r in rows:
        scale = 1000 if r.unit == "ms" else 1
        print(
            f"| {r.name} | {r.app * scale:.1f} {r.unit} | {r.baseline * scale:.1f} {r.unit} "
            f"| {r.ratio:.2f}× | {r.target()} | {'yes' if r.ok else 'NO'} |"
        )
    return all(r.ok for r in rows)
