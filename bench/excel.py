"""Benchmark of the Excel layer at 100k rows against plain openpyxl, measured in the same run.

    .venv/bin/python bench/excel.py [-n ROWS] [-r REPEAT] [--columns N] [--no-memory]

Export: talentdesk's roster writer (formatting, masking, injection guard, text IDs, 花名册
layout, atomic save) against a plain openpyxl write-only dump of the same cells (header +
values, ``ws.append`` and ``save``). Import: talentdesk's reader (header search, parsing,
validation with the researchers' row checks) against a plain ``read_only`` pass
(``iter_rows(values_only=True)``) over the same file. Runs alternate app/baseline, REPEAT
times each; figures are medians [min..max]. BASELINES.md §4 targets: export ≤ 1.2×, import
≤ 1.3×. Then, unless --no-memory, tracemalloc peaks of one app export fed by a generator
(the rows are never all in memory), one app import, and a bare read_only pass for
comparison. Scratch files go to $BENCH_SCRATCH or <tmp>/talentdesk_bench.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import openpyxl

from bench._common import SCRATCH, rss_growth_mib
from talentdesk.domain.fake_ids import fake_resident_id
from talentdesk.excel.columns import RESEARCHERS, ColumnSpec
from talentdesk.excel.reader import RosterReader
from talentdesk.excel.writer import write_roster

# 20 columns by default, as in BASELINES.md §4, with every kind: text, choices, dates,
# months, ints, a decimal, and the ID number (sensitive, checked across the row).
DEFAULT_KEYS = (
    "name", "sex", "birth_date", "id_number", "ethnicity", "political_status", "unit",
    "department", "post_category", "post_grade", "title", "title_date", "degree",
    "graduate_school", "graduation_date", "evaluation_category", "program_year", "funding",
    "phone", "email",
)  # fmt: skip
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国红梅海波宁晨子涵浩然"
_UNITS = [f"江苏省第{i}研究院" for i in range(1, 41)]
_DEPARTMENTS = ["材料所", "化学所", "信息所", "生物所", "能源所", "海洋所", "先进制造中心"]


def records(n: int, columns: tuple[ColumnSpec, ...], seed: int = 7) -> Iterator[dict]:
    """n deterministic researcher records (a generator: never all in memory at once)."""
    rng = random.Random(seed)
    choices = {c.key: [choice.value for choice in c.choices] for c in columns if c.choices}
    for i in range(n):
        born = date(1980, 1, 1) + timedelta(days=rng.randrange(20 * 365))
        sex = rng.choice(("male", "female"))
        record = {key: rng.choice(values) for key, values in choices.items()}
        record.update(
            name=rng.choice(_SURNAMES) + "".join(rng.choices(_GIVEN, k=rng.randint(1, 2))),
            sex=sex,
            birth_date=born,
            id_number=fake_resident_id(rng, birth_date=born, sex="M" if sex == "male" else "F"),
            ethnicity="汉族",
            unit=rng.choice(_UNITS),
            # The odd cell the injection guard has to catch.
            department="=1+1" if i % 5000 == 0 else rng.choice(_DEPARTMENTS),
            post_grade=rng.randint(4, 13),
            title=rng.choice(("助理研究员", "副研究员", "研究员", "高级工程师")),
            title_date=date(rng.randint(2010, 2025), rng.randint(1, 12), 1),
            graduate_school=rng.choice(("南京大学", "东南大学", "苏州大学", "清华大学")),
            graduation_date=date(rng.randint(2005, 2020), rng.choice((6, 7)), 1),
            program_year=rng.randint(2018, 2026),
            funding=Decimal(rng.randrange(5, 200)) / 2,
            phone=f"1{rng.randrange(3, 10)}{rng.randrange(10**9):09d}",
            email=f"user{i}@example.cn",
        )
        yield record


def raw_rows(n: int, columns: tuple[ColumnSpec, ...]) -> list[tuple]:
    """The exact cells the app writes, prepared untimed, for the plain dump."""
    rows = []
    for index, record in enumerate(records(n, columns), start=1):
        rows.append((index, *(c.format(record.get(c.key), "zh_CN") for c in columns)))
    return rows


def time_once(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall seconds and this process's CPU seconds (steadier on a shared, busy machine)."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def summary(times: list[float]) -> str:
    return f"{statistics.median(times):6.2f} s [{min(times):.2f}..{max(times):.2f}]"


def compare(
    name: str,
    app: Callable[[], object],
    raw: Callable[[], object],
    repeat: int,
    rows: int,
    target: float,
) -> bool:
    """Alternate app and raw runs; medians, and the median of each app/raw neighbour pair.
    Whether the wall-clock ratio met ``target``.
    """
    runs = {"app": [], "raw": []}
    met = {}
    for _ in range(repeat):
        runs["app"].append(time_once(app))
        runs["raw"].append(time_once(raw))
    for clock, index in (("wall", 0), ("cpu", 1)):
        app_s, raw_s = ([run[index] for run in runs[side]] for side in ("app", "raw"))
        ratio = statistics.median(app_s) / statistics.median(raw_s)
        paired = statistics.median(a / r for a, r in zip(app_s, raw_s, strict=True))
        met[clock] = ratio <= target
        verdict = "met" if met[clock] else "NOT met"
        print(
            f"{name} {clock:4s}: app {summary(app_s)}  raw {summary(raw_s)}  "
            f"{rows / statistics.median(app_s):7,.0f} rows/s  ratio {ratio:.2f}x "
            f"(paired {paired:.2f}x; target <= {target}x: {verdict})"
        )
    return met["wall"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("-r", "--repeat", type=int, default=3)
    parser.add_argument("--columns", type=int, default=len(DEFAULT_KEYS))
    parser.add_argument("--no-memory", action="store_true")
    args = parser.parse_args()
    keys = DEFAULT_KEYS[: args.columns]
    columns = RESEARCHERS.select(keys)
    SCRATCH.mkdir(parents=True, exist_ok=True)
    app_file, raw_file = SCRATCH / "roster_app.xlsx", SCRATCH / "roster_raw.xlsx"
    print(
        f"# {args.n:,} rows x {len(columns)} columns (+ 序号); openpyxl {openpyxl.__version__}, "
        f"lxml {'on' if openpyxl.LXML else 'off'}; median of {args.repeat} alternating runs\n"
    )

    prepared = list(records(args.n, columns))
    cells = raw_rows(args.n, columns)
    headers = ("序号", *(c.header("zh_CN") for c in columns))
    # The prepared rows are millions of objects; without this every full collection walks
    # them, and the side that allocates more pays for the fixture rather than for its work.
    # (The app streams its records from the database, so it never has such a heap.)
    gc.freeze()

    def app_write() -> None:
        # IDs unmasked, so the import below checks real ID numbers.
        write_roster(
            app_file,
            columns,
            prepared,
            title="青年科技人才花名册",
            report_date=date(2026, 1, 5),
            unit="江苏省示例研究院",
            reveal_sensitive=True,
        )

    def raw_write() -> None:
        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet("花名册")
        ws.append(headers)
        for row in cells:
            ws.append(row)
        wb.save(raw_file)

    def app_read() -> None:
        with RosterReader(app_file, columns, row_checks=RESEARCHERS.row_checks) as reader:
            count = sum(1 for _ in reader.rows())
        assert count == args.n, count

    def raw_read() -> None:
        wb = openpyxl.load_workbook(app_file, read_only=True)
        count = sum(1 for _ in wb.active.iter_rows(values_only=True))
        wb.close()
        assert count == args.n + 3, count

    met = compare("export", app_write, raw_write, args.repeat, args.n, 1.2)
    met = compare("import", app_read, raw_read, args.repeat, args.n, 1.3) and met

    if args.no_memory:
        return 0 if met else 1
    prepared.clear()
    cells.clear()
    gc.collect()
    tracemalloc.start()
    write_roster(
        app_file,
        columns,
        records(args.n, columns),
        title="花名册",
        report_date=date(2026, 1, 5),
        reveal_sensitive=True,
    )
    _, write_peak = tracemalloc.get_traced_memory()
    peaks = {}
    reads = (("import", app_read), ("bare read_only pass", raw_read))
    for name, read in reads:
        tracemalloc.reset_peak()
        base, _ = tracemalloc.get_traced_memory()
        read()
        peaks[name] = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print(
        f"tracemalloc peak above start: export {write_peak / 2**20:.1f} MiB, "
        + ", ".join(f"{name} {peak / 2**20:.1f} MiB" for name, peak in peaks.items())
        + " (target < 50 MiB)"
    )
    # The reader's cells are held by calamine, outside tracemalloc's view.
    print(
        "peak RSS above start (the whole process; at least): "
        + ", ".join(f"{name} {rss_growth_mib(read):.0f} MiB" for name, read in reads)
    )
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
