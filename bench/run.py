"""`make bench`: every benchmark, each against its baseline measured in the same run.

    .venv/bin/python bench/run.py [--quick]

Each script builds (once, then reuses under $BENCH_SCRATCH) the demo databases it needs —
500k cases, 100k researchers — and prints a table of medians and ratios. --quick uses fewer
repetitions; the first run takes about 20 minutes on our 2-core machines because of the builds.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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
    failed = []
    for module, full, quick in BENCHES:
        if args.only and module.removeprefix("bench.") not in args.only:
            continue
        print(f"\n# {module}", flush=True)
        # As modules from the root, so bench/ never shadows a standard-library module.
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
