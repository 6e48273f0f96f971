"""Benchmark of the big lists at 500k cases: talentdesk's list service against raw SQLite.

    .venv/bin/python bench/lists.py [-n CASES] [-r REPEAT] [--rebuild]

Builds (once, ~5 min, then reuses) a SQLite database migrated to head with CASES cases and a
realistic spread: 0.7 applicants per case (renewals reuse people), 45 % with a Chinese name,
one employer per 25 cases with a Zipf-like size spread, nationalities as at Jiangsu windows,
40 clerks, ten years of cases with the last two months still open. Rows go in with Core bulk
inserts, 1,000 rows per statement, so the FTS triggers run as in production.

Each operation of ``ListService.list_cases`` (page of 200 rows with the total, the rows'
deadline marks included) runs once untimed and REPEAT times timed, median [min..max], in turns
with the raw baseline on the same file with sqlite3 (``interleaved_seconds``):
- page and filter rows: the hand-written SQL an expert would write on the same indexes (ids
  ordered and limited, then the page's rows joined) plus its count;
- search rows: one FTS5 trigram MATCH over a table holding each case's whole searchable text
  (BASELINES.md §3), page and count; for a 2-character term, which trigrams cannot find, the
  LIKE scan over that table.
The last lines time Core bulk inserts with and without the FTS triggers.
Scratch files go to $BENCH_SCRATCH or <tmp>/talentdesk_bench.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, insert, text

HERE = Path(__file__).resolve().parent
# With bench/ first on the path, its statistics.py would stand in for the standard library's.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(HERE.parent))

import statistics  # noqa: E402

from bench._common import SCRATCH, interleaved_seconds  # noqa: E402
from talentdesk.domain.accounts import Actor, Role  # noqa: E402
from talentdesk.domain.cases import format_case_number, tracks_for  # noqa: E402
from talentdesk.domain.enums import BusinessType, Track  # noqa: E402
from talentdesk.domain.jiangsu import jiangsu_city  # noqa: E402
from talentdesk.domain.listing import ListQuery  # noqa: E402
from talentdesk.domain.synthetic import applicant, employer  # noqa: E402
from talentdesk.domain.tracks import TrackState  # noqa: E402
from talentdesk.domain.workcalendar import WorkCalendar  # noqa: E402
from talentdesk.services.lists import ListService  # noqa: E402
from talentdesk.storage.database import Database  # noqa: E402
from talentdesk.storage.migrate import upgrade_to_head  # noqa: E402
from talentdesk.storage.tables import (  # noqa: E402
    ApplicantRow,
    CaseRow,
    EmployerRow,
    PassportRow,
    TrackRow,
)

TODAY = date(2026, 11, 27)
NOW = datetime(2026, 11, 27, 8, 0)
STAMP = {"created_at": NOW, "created_by": "bench", "updated_at": NOW, "updated_by": "bench"}
STAMP_V = {**STAMP, "version": 1}

_CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
_CN_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰文辉建国红梅海波宁晨浩然思远佳怡"
# The business types as they come to a Jiangsu window: mostly new work and extensions.
_BUSINESS = tuple(BusinessType)
_BUSINESS_SHARE = (15, 20, 30, 3, 20, 6, 2, 4)
_OPEN = (
    TrackState.SUBMITTED,
    TrackState.AWAITING_ACCEPTANCE,
    TrackState.ACCEPTED,
    TrackState.UNDER_REVIEW,
    TrackState.CORRECTION_REQUESTED,
)
_CLOSED = (TrackState.COLLECTED, TrackState.REFUSED, TrackState.WITHDRAWN)
_CLERKS = tuple(f"clerk{i:02d}" for i in range(40))


# --- building the database ----------------------------------------------------------------------


def chinese_name(rng: random.Random) -> str:
    """Two or three characters; two-character names are common (王伟)."""
    return rng.choice(_CN_SURNAMES) + "".join(rng.choices(_CN_GIVEN, k=rng.choice((1, 1, 2))))


def employer_rows(rng: random.Random, n: int) -> Iterator[dict[str, Any]]:
    for i in range(1, n + 1):
        e = employer(rng, i)
        yield {
            "id": i,
            "name": e.name,
            "uscc": e.uscc,
            "city": jiangsu_city(e.city).code,  # stored as the service stores it
            "district": e.district,
            "address": "",
            "phone": "",
            "email": "",
            "credit_notes": "",
            "fortune_global_500": e.fortune_global_500,
            "studio_level": "",
            "studio_year": None,
            **STAMP_V,
        }


def people_rows(rng: random.Random, n: int) -> tuple[list[dict], list[dict]]:
    applicants, passports = [], []
    for i in range(1, n + 1):
        p = applicant(rng, TODAY)
        cn = chinese_name(rng) if rng.random() < 0.45 else ""
        # The synthetic numbers may repeat at this scale; the serial keeps them unique.
        numbers = [f"{p.passport_number[:1]}{i:08d}"]
        if rng.random() < 0.1:  # a renewed passport: the old number stays searchable
            numbers.append(f"{p.passport_number[:1]}X{i:07d}")
        applicants.append(
            {
                "id": i,
                "surname": p.surname,
                "given_names": p.given_names,
                "chinese_name": cn,
                "sex": p.sex,
                "birth_date": p.birth_date,
                "nationality": p.nationality,
                "phone": "",
                "email": "",
                "education": "",
                "visa_status": "",
                "search_text": " ".join(x for x in (p.surname, p.given_names, cn, *numbers) if x),
                **STAMP_V,
            }
        )
        for k, number in enumerate(numbers):
            passports.append(
                {
                    "applicant_id": i,
                    "number": number,
                    "issuing_state": p.issuing_state,
                    "expiry_date": p.passport_expiry,
                    "is_current": k == 0,
                    "recorded_at": NOW,
                    "recorded_by": "bench",
                }
            )
    return applicants, passports


def case_rows(
    rng: random.Random, n: int, n_applicants: int, n_employers: int
) -> tuple[list[dict], list[dict]]:
    calendar = WorkCalendar()
    # Ten years, denser lately; about 8 % of cases are younger than two months and still open.
    received = sorted(TODAY - timedelta(days=int(3650 * rng.random() ** 1.6)) for _ in range(n))
    people = list(range(1, n_applicants + 1))
    rng.shuffle(people)
    people += rng.choices(range(1, n_applicants + 1), k=max(0, n - n_applicants))
    sizes = [1 / (rank + 1) ** 0.9 for rank in range(n_employers)]
    employers = rng.choices(range(1, n_employers + 1), weights=sizes, k=n)
    counters: dict[int, int] = {}
    cases, tracks = [], []
    for i, on in enumerate(received, start=1):
        counters[on.year] = counters.get(on.year, 0) + 1
        business = rng.choices(_BUSINESS, _BUSINESS_SHARE)[0]
        cases.append(
            {
                "id": i,
                "case_number": format_case_number(on.year, counters[on.year]),
                "applicant_id": people[i - 1],
                "employer_id": employers[i - 1],
                "passport_id": None,
                "business_type": str(business),
                "received_on": on,
                "position": "",
                "annual_salary": Decimal(rng.randrange(150, 2000) * 1000),
                "contract_start": on,
                "contract_end": on + timedelta(days=730),
                "work_city": "",
                "work_location": "",
                "category": rng.choices("ABC", (15, 70, 15))[0],
                "suggested_category": "",
                "category_route": "",
                "override_reason": "",
                "points_table": "",
                "points_total": None,
                "points_detail": {},
                "route_inputs": {},
                "time_limits_version": "",
                "window": f"W{rng.randint(1, 6)}",
                "assigned_to": rng.choice(_CLERKS),
                "missing_accepted": False,
                "notes": "",
                **STAMP_V,
            }
        )
        for track in tracks_for(business):
            young = (TODAY - on).days <= 60
            state = rng.choice(_OPEN) if young else rng.choices(_CLOSED, (92, 5, 3))[0]
            days = 20 if track is Track.WORK_PERMIT else 15
            due = calendar.add_working_days(on, days).due if young else None
            tracks.append(
                {
                    "case_id": i,
                    "track": str(track),
                    "state": str(state),
                    "submitted_on": on,
                    "accepted_on": None,
                    "decided_on": None if young else on + timedelta(days=20),
                    "due_on": due,
                    "due_provisional": False,
                    "refusal_reasons": [],
                    **STAMP_V,
                }
            )
    return cases, tracks


def build(path: Path, n_cases: int, seed: int) -> dict[str, float]:
    """A migrated database with ``n_cases`` cases; returns seconds per step."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = Database(path)
    upgrade_to_head(db, path.parent / "backups")
    rng = random.Random(seed)
    n_employers, n_applicants = max(10, n_cases // 25), max(10, n_cases * 7 // 10)
    applicants, passports = people_rows(rng, n_applicants)
    cases, tracks = case_rows(rng, n_cases, n_applicants, n_employers)
    timings = {}
    for table, rows in (
        (EmployerRow.__table__, list(employer_rows(rng, n_employers))),
        (ApplicantRow.__table__, applicants),
        (PassportRow.__table__, passports),
        (CaseRow.__table__, cases),
        (TrackRow.__table__, tracks),
    ):
        start = time.perf_counter()
        with db.engine.begin() as connection:
            insert_many(connection, table, rows, batched=True)
        timings[f"Core insert {table.name}, 1,000 rows per statement ({len(rows):,} rows)"] = (
            time.perf_counter() - start
        )
    db.dispose()
    start = time.perf_counter()
    with closing(sqlite3.connect(path)) as con, con:
        # The baseline's shape (BASELINES.md §3): one table holding each case's searchable
        # text, with an FTS5 trigram index over it. Not part of talentdesk's schema.
        con.executescript(_BASELINE_SEARCH_DDL)
    timings["baseline search table + FTS5 (bench only)"] = time.perf_counter() - start
    return timings


_BASELINE_SEARCH_DDL = """
CREATE TABLE bench_case_search (id INTEGER PRIMARY KEY, document TEXT NOT NULL);
INSERT INTO bench_case_search
    SELECT c.id, c.case_number || ' ' || a.search_text || ' ' || e.name || ' ' || e.uscc
    FROM cases c JOIN applicants a ON a.id = c.applicant_id
    JOIN employers e ON e.id = c.employer_id;
CREATE VIRTUAL TABLE bench_case_fts USING fts5(
    document, content='bench_case_search', content_rowid='id', tokenize='trigram');
INSERT INTO bench_case_fts(bench_case_fts) VALUES ('rebuild');
"""

# --- the raw baselines: hand-written SQL on the same file, default pragmas ---------------------

_COLUMNS = """c.id, c.case_number, c.received_on, c.applicant_id, a.surname, a.given_names,
    a.chinese_name, a.nationality, c.employer_id, e.name, c.business_type, c.category,
    c.assigned_to, w.state, w.due_on, r.state, r.due_on"""
# What an expert writes by hand: order and limit the ids alone, then join the page's rows.
_PAGE = f"""SELECT {_COLUMNS} FROM ({{ids}}) AS p
    JOIN cases c ON c.id = p.id JOIN applicants a ON a.id = c.applicant_id
    JOIN employers e ON e.id = c.employer_id
    LEFT JOIN case_tracks w ON w.case_id = c.id AND w.track = 'work_permit'
    LEFT JOIN case_tracks r ON r.case_id = c.id AND r.track = 'residence_permit'"""
_NEWEST = "ORDER BY c.received_on DESC, c.id DESC LIMIT 200"
_FTS_IDS = (
    "SELECT c.id FROM bench_case_fts f JOIN cases c ON c.id = f.rowid "
    f"WHERE bench_case_fts MATCH ? {_NEWEST}"
)
_FTS_COUNT = "SELECT count(*) FROM bench_case_fts WHERE bench_case_fts MATCH ?"
_LIKE_IDS = (
    "SELECT c.id FROM bench_case_search s JOIN cases c ON c.id = s.id "
    f"WHERE s.document LIKE ? {_NEWEST}"
)
# Each case once, through the track holding its nearest deadline, in due-date order.
_NEAREST_IDS = (
    "SELECT t.case_id AS id FROM case_tracks t WHERE t.due_on {due} "
    "AND NOT EXISTS (SELECT 1 FROM case_tracks o WHERE o.case_id = t.case_id "
    "AND o.due_on IS NOT NULL AND (o.due_on < t.due_on OR (o.due_on = t.due_on "
    "AND o.id < t.id))) ORDER BY t.due_on, t.id LIMIT 200"
)
_LIKE_COUNT = "SELECT count(*) FROM bench_case_search WHERE document LIKE ?"


@dataclasses.dataclass(frozen=True)
class Case:
    """One line of the report: talentdesk's call and the raw statements it is compared with."""

    label: str
    query: ListQuery
    raw: tuple[tuple[str, tuple[Any, ...]], ...]
    target: float | None  # the largest ratio allowed, None when only reported


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def cases_to_time() -> list[Case]:
    def page(ids: str, *args: Any) -> tuple[str, tuple[Any, ...]]:
        return _PAGE.format(ids=ids), args

    count_all = ("SELECT count(*) FROM cases", ())
    fts = {
        t: ((_PAGE.format(ids=_FTS_IDS), (_phrase(t),)), (_FTS_COUNT, (_phrase(t),)))
        for t in ("SMITH", "E00012")
    }
    like = {
        t: ((_PAGE.format(ids=_LIKE_IDS), (f"%{t}%",)), (_LIKE_COUNT, (f"%{t}%",)))
        for t in ("王伟",)
    }
    state = "track = 'work_permit' AND state = 'under_review'"
    return [
        Case(
            "first page + total",
            ListQuery(),
            (page(f"SELECT c.id FROM cases c {_NEWEST}"), count_all),
            6.0,
        ),
        Case(
            "page at row 250,000 + total",
            ListQuery(offset=250_000),
            (page(f"SELECT c.id FROM cases c {_NEWEST} OFFSET 250000"), count_all),
            None,
        ),
        Case(
            "last page + total",
            ListQuery(offset=499_800),
            (page("SELECT c.id FROM cases c ORDER BY c.received_on, c.id LIMIT 200"), count_all),
            None,
        ),
        Case(
            "re-sort by applicant name",
            ListQuery(sort_key="applicant"),
            (
                page(
                    "SELECT c.id FROM cases c JOIN applicants a ON a.id = c.applicant_id "
                    "ORDER BY a.surname, a.given_names, a.id, c.received_on, c.id LIMIT 200"
                ),
                count_all,
            ),
            6.0,
        ),
        Case(
            "re-sort by case number, descending",
            ListQuery(sort_key="case_number", descending=True),
            (
                page("SELECT c.id FROM cases c ORDER BY c.case_number DESC, c.id DESC LIMIT 200"),
                count_all,
            ),
            6.0,
        ),
        Case(
            "re-sort by nearest deadline",
            ListQuery(sort_key="due_on"),
            (
                page(_NEAREST_IDS.format(due="IS NOT NULL")),
                count_all,
            ),
            6.0,
        ),
        Case(
            "filter: my cases",
            ListQuery(filters={"assigned_to": "clerk07"}),
            (
                page(f"SELECT c.id FROM cases c WHERE c.assigned_to = 'clerk07' {_NEWEST}"),
                ("SELECT count(*) FROM cases WHERE assigned_to = 'clerk07'", ()),
            ),
            6.0,
        ),
        Case(
            "filter: work permit under review",
            ListQuery(filters={"track": "work_permit", "state": "under_review"}),
            (
                page(
                    f"SELECT c.id FROM cases c WHERE c.id IN (SELECT case_id FROM case_tracks "
                    f"WHERE {state}) {_NEWEST}"
                ),
                (f"SELECT count(*) FROM case_tracks WHERE {state}", ()),
            ),
            6.0,
        ),
        Case(
            "filter: nationality DEU",
            ListQuery(filters={"nationality": "DEU"}),
            (
                page(
                    "SELECT c.id FROM cases c JOIN applicants a ON a.id = c.applicant_id "
                    f"WHERE +a.nationality = 'DEU' {_NEWEST}"
                ),
                (
                    "SELECT count(*) FROM cases c JOIN applicants a ON a.id = c.applicant_id "
                    "WHERE a.nationality = 'DEU'",
                    (),
                ),
            ),
            6.0,
        ),
        Case(
            "filter: overdue, by deadline",
            ListQuery(filters={"deadline": "overdue"}, sort_key="due_on"),
            (
                page(_NEAREST_IDS.format(due="< '2026-11-27'")),
                (
                    "SELECT count(DISTINCT case_id) FROM case_tracks WHERE due_on < '2026-11-27'",
                    (),
                ),
            ),
            6.0,
        ),
        Case("search, common fragment (SMITH)", ListQuery(search="smith"), fts["SMITH"], 1.5),
        Case("search, passport fragment (E00012)", ListQuery(search="E00012"), fts["E00012"], 1.5),
        Case(
            "search, 2-character Chinese name (王伟)", ListQuery(search="王伟"), like["王伟"], 1.5
        ),
    ]


# --- timing -------------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    fn()  # warm-up: page cache, statement caches
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def fmt(times: list[float]) -> str:
    return f"{statistics.median(times) * 1e3:8.2f} [{min(times) * 1e3:.1f}..{max(times) * 1e3:.1f}]"


def insert_many(connection: Connection, table: Table, rows: list[dict], batched: bool) -> None:
    """Core bulk insert, as ``storage.repos.bulk.insert_rows`` does it, or batched.

    Batched adds RETURNING, which makes SQLAlchemy send 1,000 rows per INSERT statement
    ("insertmanyvalues") instead of one statement per row: the FTS5 triggers then flush the
    search index once per statement, not once per row (FTS5 flushes at every statement
    savepoint, and a statement that fires a trigger opens one).
    """
    for start in range(0, len(rows), 5000):
        chunk = rows[start : start + 5000]
        if batched:
            connection.execute(insert(table).returning(*table.primary_key.columns), chunk).all()
        else:
            connection.execute(insert(table), chunk)


def write_cost(db: Database, n: int) -> dict[str, float]:
    """Seconds to insert ``n`` applicants and ``n`` cases in three ways, each rolled back."""
    with db.engine.connect() as connection:
        top = connection.scalar(text("SELECT max(id) FROM applicants")) or 0
        top_case = connection.scalar(text("SELECT max(id) FROM cases")) or 0
    people, _passports = people_rows(random.Random(1), n)
    files, _tracks = case_rows(random.Random(1), n, n, 1)
    for i, row in enumerate(people, start=1):
        row["id"] = top + i
    for i, row in enumerate(files, start=1):
        row.update(id=top_case + i, applicant_id=top + row["applicant_id"], case_number=f"B-{i}")
    timings = {}
    for label, batched, triggers in (
        ("one INSERT per row (bulk.insert_rows today), FTS triggers", False, True),
        ("1,000 rows per INSERT (with RETURNING), FTS triggers", True, True),
        ("one INSERT per row, no FTS triggers", False, False),
    ):
        with db.engine.connect() as connection, connection.begin() as transaction:
            if not triggers:  # dropped inside the transaction: the rollback restores them
                for name in connection.scalars(
                    text(
                        "SELECT name FROM sqlite_master WHERE type='trigger' AND name LIKE '%fts%'"
                    )
                ).all():
                    connection.execute(text(f"DROP TRIGGER {name}"))
            start = time.perf_counter()
            insert_many(connection, ApplicantRow.__table__, people, batched)
            insert_many(connection, CaseRow.__table__, files, batched)
            timings[label] = time.perf_counter() - start
            transaction.rollback()
    return timings


def prepare(n: int = 500_000, rebuild: bool = False) -> Path:
    """The database of ``n`` cases, built on first use (or again with ``rebuild``)."""
    path = SCRATCH / f"lists-{n}.sqlite3"
    if rebuild or not path.exists():
        print(f"building {path} …", flush=True)
        for step, seconds in build(path, n, seed=7).items():
            print(f"  {step}: {seconds:.1f} s", flush=True)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=500_000, help="cases (default 500,000)")
    parser.add_argument("-r", "--repeat", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()
    path = prepare(args.n, args.rebuild)
    import sqlalchemy

    print(
        f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}, "
        f"SQLAlchemy {sqlalchemy.__version__}; {args.repeat} runs each, median [min..max] ms"
    )
    db = Database(path)
    lists = ListService(db, clock=lambda: NOW)
    actor = Actor(1, "clerk07", "Bench", Role.CLERK, "bench")
    with closing(sqlite3.connect(path)) as raw:
        total = raw.execute("SELECT count(*) FROM cases").fetchone()[0]
        print(f"{total:,} cases, {path.stat().st_size / 2**20:.0f} MiB\n")
        header = (
            "| operation | matches | talentdesk ms | raw baseline ms | ratio | target |\n"
            "|---|---|---|---|---|---|"
        )
        print(header)
        missed = 0
        for case in cases_to_time():
            page = lists.list_cases(actor, case.query)
            listed = lambda case=case: lists.list_cases(actor, case.query)  # noqa: E731
            if case.raw:
                ours, base = interleaved_seconds(
                    listed,
                    lambda case=case: [raw.execute(sql, a).fetchall() for sql, a in case.raw],
                    args.repeat,
                )
                ratio = statistics.median(ours) / statistics.median(base)
                met = case.target is None or ratio <= case.target
                missed += not met
                verdict = "" if case.target is None else (
                    f"≤ {case.target:g}× {'ok' if met else 'MISSED'}")
                print(
                    f"| {case.label} | {page.total:,} | {fmt(ours)} | {fmt(base)} | "
                    f"{ratio:.2f}× | {verdict} |"
                )
            else:
                print(f"| {case.label} | {page.total:,} | {fmt(timed(listed, args.repeat))} "
                      "| – | – | |")
    n = 20_000
    print(f"\n{n:,} applicants + {n:,} cases written with Core, then rolled back:")
    for label, seconds in write_cost(db, n).items():
        print(f"  {label}: {seconds:.2f} s ({2 * n / seconds:,.0f} rows/s)")
    db.dispose()
    return 1 if missed else 0  # so `make bench` lists this module among the failed


if __name__ == "__main__":
    sys.exit(main())
