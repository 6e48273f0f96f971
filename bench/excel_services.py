"""Benchmark of the Excel export and import services at 100k rows, against raw openpyxl + SQL.

    .venv/bin/python -m bench.excel_services [-n ROWS] [-r REPEAT] [--no-memory] [--imports-only]

Run as a module from the repository root (as bench/run.py does), so bench/ never shadows a
standard-library module. Uses (and builds once, ~30 s) the demo database
``python -m talentdesk --db FILE demo --applicants N --cases N --researchers 0``.

Export: ``ExportService.export`` of the whole applicant list and the whole case list (ids
streamed in the list's order, rows loaded per batch, the 花名册 writer, the audit entry)
against the raw writer the app uses: the same columns fetched by one Core SELECT in the same
order and appended as they come (序号 first) to a plain openpyxl write-only sheet. Target ≤ 1.2×.

Import: ``ImportService.preview`` + ``commit`` of a bench-made roster of N new applicants into
an empty database (no backup: the service is built without one), against the raw path: an
openpyxl ``read_only`` pass over the same file and a Core bulk insert of the applicants
(multi-row INSERTs) and their passports (executemany), cell values as read. Target ≤ 1.3×.
Both sides start from a copy of the same freshly migrated file; the copy is not timed. The
roster is the app's own export format; the import is timed again on the same roster saved by
LibreOffice, as users' own files are saved (see ``saved_by_libreoffice``).

Runs alternate app/raw, REPEAT times each; figures are medians (--imports-only: the imports
alone, without the memory phase, to time a change to the import). Then, unless --no-memory,
tracemalloc peaks (one run each): of an export above its start (the rows are streamed, so
there is no data to hold), and of an import above the parsed file's cells held as tuples
(the preview must hold every row: that is the data). Target ≤ 50 MiB each.
Scratch files go to $BENCH_SCRATCH or <tmp>/talentdesk_bench.
"""

from __future__ import annotations

import argparse
import gc
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path

import openpyxl
from sqlalchemy import Integer, Select, and_, cast, func, insert, select

from bench._common import ROOT, SCRATCH, Row, print_table, rss_growth_mib
from bench.excel import time_once
from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.exports import ExportKind
from talentdesk.domain.imports import ImportKind, RowStatus
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.synthetic import applicant
from talentdesk.excel.columns import APPLICANTS
from talentdesk.excel.writer import FIRST_DATA_ROW, write_roster
from talentdesk.services.exports import ExportService
from talentdesk.services.imports import ImportService
from talentdesk.storage.database import Database
from talentdesk.storage.migrate import migrate, upgrade_to_head
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseRow,
    EmployerRow,
    PassportRow,
    TrackRow,
)

CLERK = Actor(2, "bench", "Bench", Role.CLERK, "bench")
EXPORT_TARGET, IMPORT_TARGET, MEMORY_LIMIT_MIB = 1.2, 1.3, 50.0
TODAY = date(2026, 11, 27)


def prepare(n: int = 100_000) -> Path:
    """The demo database of ``n`` applicants and cases, built on first use, migrated to head."""
    path = SCRATCH / f"excel_services_{n}.sqlite3"
    if not path.exists():
        print(f"building the demo database {path} (about 30 s) …", flush=True)
        subprocess.run(
            [sys.executable, "-m", "talentdesk", "--data-dir", str(SCRATCH / "data"),
             "--db", str(path), "demo", "--applicants", str(n), "--cases", str(n),
             "--researchers", "0"],
            check=True, cwd=ROOT,
        )  # fmt: skip
    db = Database(path)
    migrate(db, "head")  # a database built by an older checkout gets the newer indexes
    db.dispose()
    return path


def empty_database(path: Path) -> None:
    if path.exists():
        path.unlink()
    db = Database(path)
    upgrade_to_head(db, SCRATCH / "backups")
    db.dispose()  # checkpoints the WAL: the file alone is the database


# --- export -------------------------------------------------------------------------------------


def raw_applicants() -> Select:
    """The applicant roster's columns in the list's default order (name, then id)."""
    a, p = ApplicantRow, PassportRow
    return (
        select(
            a.surname, a.given_names, a.chinese_name, a.sex, a.birth_date, a.nationality,
            p.number, p.issuing_state, p.expiry_date, a.phone, a.email, a.education,
            a.visa_status,
        )
        .outerjoin(p, (p.applicant_id == a.id) & p.is_current)
        .order_by(a.surname, a.given_names, a.id)
    )  # fmt: skip


def raw_cases() -> Select:
    """The case roster's columns, newest first (the list's default order); calendar days to
    the nearer due date stand in for the app's working days left (an int cell all the same).
    """
    c, a, e, p = CaseRow, ApplicantRow, EmployerRow, PassportRow
    work, residence = TrackRow.__table__.alias("work"), TrackRow.__table__.alias("residence")
    nearer = func.coalesce(
        func.min(work.c.due_on, residence.c.due_on), work.c.due_on, residence.c.due_on
    )
    days_left = cast(func.julianday(nearer) - func.julianday(TODAY.isoformat()), Integer)
    return (
        select(
            c.case_number, c.received_on, a.surname, a.given_names, a.chinese_name,
            a.nationality, p.number, e.name, c.business_type, c.category, work.c.state,
            work.c.due_on, residence.c.state, residence.c.due_on, days_left.label("days_left"),
            c.assigned_to,
        )
        .join(a, a.id == c.applicant_id)
        .join(e, e.id == c.employer_id)
        .outerjoin(p, (p.applicant_id == a.id) & p.is_current)
        .outerjoin(work, and_(work.c.case_id == c.id, work.c.track == "work_permit"))
        .outerjoin(residence,
                   and_(residence.c.case_id == c.id, residence.c.track == "residence_permit"))
        .order_by(c.received_on.desc(), c.id.desc())
    )  # fmt: skip


def raw_export(db: Database, statement: Select, target: Path) -> int:
    """The rows as they come, 序号 first (as the app's roster and bench/excel.py's raw dump)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(["序号", *(column.name for column in statement.selected_columns)])
    written = 0
    with db.engine.connect() as conn:
        for row in conn.execute(statement.execution_options(yield_per=1000)):
            written += 1
            ws.append((written, *row))
    wb.save(target)
    return written


def app_export(db: Database, kind: ExportKind, target: Path) -> int:
    return ExportService(db).export(CLERK, kind, ListQuery(), target).rows


# --- import -------------------------------------------------------------------------------------


def import_records(n: int, seed: int = 11) -> Iterator[dict]:
    """n new applicants with valid passports (the demo generator's), as a roster's rows."""
    rng = random.Random(seed)
    for i in range(n):
        p = applicant(rng, TODAY)
        yield {
            "surname": p.surname,
            "given_names": p.given_names,
            "sex": p.sex,
            "birth_date": p.birth_date,
            "nationality": p.nationality,
            # Unique, so no row is refused as a duplicate in the file.
            "passport_number": f"{p.passport_number[:2]}{i:07d}",
            "issuing_state": p.nationality,
            "passport_expiry": p.passport_expiry,
            "email": f"person{i}@example.com",
        }


def raw_import(source: Path, db: Database) -> int:
    """Read every row as it is, insert it: the least an import can do."""
    keys = [c.key for c in APPLICANTS.columns]
    wb = openpyxl.load_workbook(source, read_only=True)
    rows = list(wb.active.iter_rows(min_row=FIRST_DATA_ROW, values_only=True))
    wb.close()
    now = datetime.now()
    stamp = {"created_at": now, "created_by": "bench", "updated_at": now, "updated_by": "bench"}
    people, passports = [], []
    for cells in rows:
        values = dict(zip(keys, cells[1:], strict=False))
        people.append({
            **{k: values.get(k) or "" for k in ("surname", "given_names", "chinese_name", "sex",
                                                "nationality", "phone", "email", "education",
                                                "visa_status")},
            "birth_date": values["birth_date"], "search_text": values["surname"],
            "version": 1, **stamp,
        })  # fmt: skip
        passports.append(values)
    # Ids set here; the fastest Core insert of each table on SQLite: applicants as multi-row
    # INSERTs (RETURNING makes SQLAlchemy batch them: 2.5× faster than executemany with
    # the search-index trigger), passports by executemany.
    with db.engine.begin() as conn:
        first = (conn.scalar(select(func.max(ApplicantRow.id))) or 0) + 1
        ids = range(first, first + len(people))
        conn.execute(
            insert(ApplicantRow.__table__).returning(ApplicantRow.id),
            [{**row, "id": i} for i, row in zip(ids, people, strict=True)],
        ).all()
        conn.execute(insert(PassportRow.__table__), [
            {"applicant_id": applicant_id, "number": v["passport_number"],
             "issuing_state": v["issuing_state"], "expiry_date": v["passport_expiry"],
             "is_current": True, "recorded_at": now, "recorded_by": "bench"}
            for applicant_id, v in zip(ids, passports, strict=True)
        ])  # fmt: skip
    return len(ids)


def saved_by_libreoffice(source: Path, target: Path) -> Path | None:
    """``source`` as LibreOffice saves it (None without LibreOffice): strings in the shared
    table and the sheet's size recorded, as Excel and WPS save workbooks too. Our exports
    (and anything openpyxl writes) have inline strings and no size; openpyxl's read-only
    open parses every row of such a sheet to look for its size, so the raw parse of a file
    users saved themselves is 1.7 times faster than of ours.
    """
    if target.exists():
        return target
    if shutil.which("soffice") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
             "--outdir", folder, str(source)],
            check=True, capture_output=True,
        )  # fmt: skip
        shutil.move(Path(folder) / source.name, target)
    return target


def app_import(source: Path, db: Database) -> int:
    service = ImportService(db)
    preview = service.preview(CLERK, ImportKind.APPLICANTS, source)
    counts = preview.counts
    assert counts[RowStatus.ERROR] == 0, [r.problems for r in preview.errors[:3]]
    return service.commit(CLERK, preview).created


def on_copy(template: Path, work: Path, run: Callable[[Database], int]) -> Callable[[], int]:
    """``run`` on a fresh copy of ``template`` (the copy made untimed, before the clock)."""

    def timed() -> int:
        db = Database(work)
        try:
            return run(db)
        finally:
            db.dispose()

    def prepare() -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, work)

    timed.prepare = prepare  # type: ignore[attr-defined]
    return timed


# --- timing and memory --------------------------------------------------------------------------


def compare(
    name: str, app: Callable[[], int], raw: Callable[[], int], repeat: int, target: float
) -> Row:
    """Alternating runs; the medians as a Row, with the paired ratio and CPU times printed."""
    runs: dict[str, list[tuple[float, float]]] = {"app": [], "raw": []}
    for _ in range(repeat):
        for side, fn in (("app", app), ("raw", raw)):
            getattr(fn, "prepare", lambda: None)()
            runs[side].append(time_once(fn))
    wall = {side: [t[0] for t in runs[side]] for side in runs}
    cpu = {side: [t[1] for t in runs[side]] for side in runs}
    paired = statistics.median(a / r for a, r in zip(wall["app"], wall["raw"], strict=True))
    print(
        f"  {name}: wall app {_span(wall['app'])}, raw {_span(wall['raw'])}, paired "
        f"{paired:.2f}×; cpu app {statistics.median(cpu['app']):.2f} s, raw "
        f"{statistics.median(cpu['raw']):.2f} s",
        flush=True,
    )
    return Row(name, statistics.median(wall["app"]), statistics.median(wall["raw"]), target, "s")


def _span(times: list[float]) -> str:
    return f"{statistics.median(times):.2f} s [{min(times):.2f}..{max(times):.2f}]"


def peak_mib(fn: Callable[[], object], held: float = 0.0) -> float:
    """tracemalloc peak of ``fn`` above the memory in use before it, less ``held`` bytes."""
    gc.collect()
    tracemalloc.reset_peak()
    base, _ = tracemalloc.get_traced_memory()
    fn()
    return (tracemalloc.get_traced_memory()[1] - base - held) / 2**20


def parsed_size(source: Path) -> float:
    """Bytes the file's data rows take as tuples of cell values: what a preview must hold."""
    gc.collect()
    before, _ = tracemalloc.get_traced_memory()
    wb = openpyxl.load_workbook(source, read_only=True)
    rows = list(wb.active.iter_rows(min_row=FIRST_DATA_ROW, values_only=True))
    wb.close()
    gc.collect()
    size = tracemalloc.get_traced_memory()[0] - before
    del rows
    return size


def preview_size(source: Path, work: Path, prepare: Callable[[], None]) -> float:
    """Bytes the preview of ``source`` holds (every row, checked) once it is built."""
    prepare()
    db = Database(work)
    gc.collect()
    before, _ = tracemalloc.get_traced_memory()
    preview = ImportService(db).preview(CLERK, ImportKind.APPLICANTS, source)
    gc.collect()
    size = tracemalloc.get_traced_memory()[0] - before
    del preview
    db.dispose()
    return size


def rss_probe(side: str, source: Path, template: Path) -> None:
    """One import in this (fresh) process; prints its peak RSS above the RSS before it, in
    MiB. The process's whole memory: what calamine holds is outside tracemalloc's view.
    """
    run = on_copy(template, SCRATCH / f"excel_services_rss_{side}.sqlite3",
                  lambda target: (app_import if side == "app" else raw_import)(source, target))
    run.prepare()  # type: ignore[attr-defined]
    print(rss_growth_mib(run))


def peak_rss_mib(side: str, source: Path, template: Path) -> float:
    probe = subprocess.run(
        [sys.executable, "-m", "bench.excel_services", "--rss-probe", side, str(source),
         str(template)],
        check=True, capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    return float(probe.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=100_000)
    parser.add_argument("-r", "--repeat", type=int, default=3)
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument("--imports-only", action="store_true")
    parser.add_argument("--rss-probe", nargs=3, help=argparse.SUPPRESS)  # side, roster, db
    args = parser.parse_args()
    if args.rss_probe:
        side, source, template = args.rss_probe
        rss_probe(side, Path(source), Path(template))
        return 0
    demo = prepare(args.n)
    empty = SCRATCH / "excel_services_empty.sqlite3"
    empty_database(empty)
    roster = SCRATCH / f"excel_services_import_{args.n}.xlsx"
    write_roster(roster, APPLICANTS.columns, import_records(args.n), title="外国人员花名册",
                 report_date=TODAY, reveal_sensitive=True)  # fmt: skip
    app_file, raw_file = SCRATCH / "services_app.xlsx", SCRATCH / "services_raw.xlsx"
    work = SCRATCH / "excel_services_work.sqlite3"
    print(f"# {args.n:,} rows; median of {args.repeat} alternating runs\n", flush=True)

    db = Database(demo)
    rows = []
    exports = () if args.imports_only else (
        ("export applicants", ExportKind.APPLICANTS, raw_applicants()),
        ("export cases", ExportKind.CASES, raw_cases()),
    )  # fmt: skip
    for name, kind, statement in exports:
        assert app_export(db, kind, app_file) == raw_export(db, statement, raw_file) == args.n
        rows.append(compare(
            f"{name} (ExportService.export vs SELECT + write-only openpyxl)",
            lambda k=kind: app_export(db, k, app_file),
            lambda s=statement: raw_export(db, s, raw_file),
            args.repeat, EXPORT_TARGET,
        ))  # fmt: skip
    app = on_copy(empty, work, lambda target: app_import(roster, target))
    raw = on_copy(empty, work, lambda target: raw_import(roster, target))
    rows.append(compare("import applicants (preview + commit vs read-only parse + Core insert)",
                        app, raw, args.repeat, IMPORT_TARGET))  # fmt: skip
    resaved = saved_by_libreoffice(roster, SCRATCH / f"excel_services_import_{args.n}_lo.xlsx")
    if resaved is None:
        print("  (no LibreOffice: the import of a roster saved by it is not timed)")
    else:
        rows.append(compare(
            "  the same roster saved by LibreOffice (shared strings, size recorded)",
            on_copy(empty, work, lambda target: app_import(resaved, target)),
            on_copy(empty, work, lambda target: raw_import(resaved, target)),
            args.repeat, IMPORT_TARGET,
        ))  # fmt: skip
    met = print_table(f"Excel services at {args.n:,} rows (median of {args.repeat})", rows)
    if args.no_memory or args.imports_only:
        db.dispose()
        return 0 if met else 1

    tracemalloc.start()
    held = parsed_size(roster)
    peaks = []
    for name, fn, above in (
        ("export applicants", lambda: app_export(db, ExportKind.APPLICANTS, app_file), 0.0),
        ("  raw", lambda: raw_export(db, raw_applicants(), raw_file), 0.0),
        ("export cases", lambda: app_export(db, ExportKind.CASES, app_file), 0.0),
        ("  raw", lambda: raw_export(db, raw_cases(), raw_file), 0.0),
    ):
        getattr(fn, "prepare", lambda: None)()
        peaks.append((name, peak_mib(fn, above)))
    kept = preview_size(roster, work, app.prepare)  # type: ignore[attr-defined]
    tracemalloc.stop()
    db.dispose()
    for source in (roster, resaved):
        if source is not None:
            app_peak, raw_peak = (peak_rss_mib(side, source, empty) for side in ("app", "raw"))
            peaks += [(f"import applicants, {source.name} (process peak RSS above the parsed "
                       f"cells)", app_peak - held / 2**20),
                      (f"  app {app_peak:.0f} MiB, raw {raw_peak:.0f} MiB above their start",
                       raw_peak - held / 2**20)]  # fmt: skip
    print(f"\n## peak above the data (target ≤ {MEMORY_LIMIT_MIB:.0f} MiB): exports by "
          f"tracemalloc; imports by the process's peak RSS, above their data, the parsed cells "
          f"({held / 2**20:.1f} MiB as Python tuples; the preview the import holds until its "
          f"commit: {kept / 2**20:.1f} MiB)\n")  # fmt: skip
    print("| operation | peak above the data | met |\n|---|---:|:---:|")
    for name, peak in peaks:
        verdict = "" if name.startswith(" ") else ("yes" if peak <= MEMORY_LIMIT_MIB else "NO")
        met = met and (name.startswith(" ") or peak <= MEMORY_LIMIT_MIB)
        print(f"| {name} | {peak:.1f} MiB | {verdict} |")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
