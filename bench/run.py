"""`make bench`: every benchmark, each against its baseline measured in the same run.

    .venv/bin/python bench/run.py [--quick]

First every script's ``prepare()`` builds (once, then reuses under $BENCH_SCRATCH) the demo
databases it needs — 500k cases, 100k researchers — so no build runs between two benches.
Then, before each script, the files written so far go to disk and the machine is let go
quiet (``settle``); each script prints a table of medians and ratios. --quick uses fewer
repetitions. A full run takes 25–40 minutes on our 2-core machines (their speeds differ), and
5–10 more the first time, for the builds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from _common import ROOT, settle  # run as a script: bench/ is on sys.path

# Calls a bench module's prepare(), if it has one, in a process of its own.
PREPARE = (
    "import importlib, sys; module = importlib.import_module(sys.argv[1])\n"
    "if hasattr(module, 'prepare'): module.prepare()"
)
# Seconds to wait for a quiet machine: once before the first bench, and before each other.
FIRST_SETTLE, SETTLE = 120.0, 30.0

# (module, arguments, arguments with --quick)
BENCHES: tuple[tuple[str, list[str], list[str]], ...] = (
    ("bench.startup", ["-n", "10"], ["-n", "3"]),
    ("bench.lists", ["-r", "7"], ["-r", "3"]),
    ("bench.list_view", ["-r", "7"], ["-r", "3"]),
    ("bench.work_queue", ["-r", "7"], ["-r", "3"]),
    ("bench.stats_queries", ["-r", "7"], ["-r", "3"]),
    ("bench.researcher_alerts", ["-r", "7"], ["-r", "3"]),
    ("bench.excel", ["-r", "3"], ["-r", "1"]),
    ("bench.excel_services", ["-r", "3"], ["-r", "1", "--no-memory"]),
    ("bench.bulk_writes", ["-r", "3"], ["-r", "1"]),
    ("bench.intake", ["-r", "5"], ["-r", "2"]),
    ("bench.trust", ["-r", "3"], ["-r", "1"]),
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("only", nargs="*", help="run only these (e.g. lists excel)")
    args = parser.parse_args()
    chosen = [b for b in BENCHES if not args.only or b[0].removeprefix("bench.") in args.only]
    failed = []
    for module, _, _ in chosen:
        # As modules from the root, so bench/ never shadows a standard-library module.
        if subprocess.run([sys.executable, "-c", PREPARE, module], cwd=ROOT).returncode:
            failed.append(f"{module} (prepare)")
    for i, (module, full, quick) in enumerate(chosen):
        print(f"\n# {module} ({settle(SETTLE if i else FIRST_SETTLE)})", flush=True)
        result = subprocess.run(
            [sys.executable, "-m", module, *(quick if args.quick else full)], cwd=ROOT, check=False
        )
        if result.returncode != 0:
            failed.append(module)
    if failed:
        print(f"\nfailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
