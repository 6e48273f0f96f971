"""Demo data: realistic, valid identifiers, consistent numbering, repeatable by seed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from talentdesk.domain.identifiers import check_uscc
from talentdesk.domain.mrz import build_td3, parse_td3
from talentdesk.services.demo import fill_demo_data
from talentdesk.storage.database import Database
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseCounterRow,
    CaseRow,
    EmployerRow,
    PassportRow,
    TrackRow,
)

TODAY = date(2026, 11, 27)


def test_demo_fills_valid_permit_side_records(database: Database):
    counts = fill_demo_data(database, applicants=300, researchers=0, cases=400, seed=7, today=TODAY)
    assert counts["applicants"] == 300 and counts["cases"] == 400
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(CaseRow)) == 400
        assert s.scalar(select(func.count()).select_from(TrackRow)) == counts["tracks"] >= 400
        employers = s.scalars(select(EmployerRow.uscc)).all()
        assert employers and all(check_uscc(code) == [] for code in employers)
        rows = s.execute(
            select(
                ApplicantRow.surname,
                ApplicantRow.given_names,
                ApplicantRow.birth_date,
                ApplicantRow.sex,
                ApplicantRow.nationality,
                PassportRow.number,
                PassportRow.issuing_state,
                PassportRow.expiry_date,
            ).join(PassportRow)
        ).all()
        numbers = s.scalars(select(CaseRow.case_number)).all()
        # Each case is filed with a passport of its own applicant, as the intake does it.
        filed = s.execute(
            select(CaseRow.applicant_id, PassportRow.applicant_id).outerjoin(
                PassportRow, PassportRow.id == CaseRow.passport_id
            )
        ).all()
        counters = {c.year: c.last_number for c in s.scalars(select(CaseCounterRow))}
    assert len({r.nationality for r in rows}) >= 8, "many countries, as at a real window"
    for r in rows:
        lines = build_td3(
            issuing_state=r.issuing_state,
            surname=r.surname,
            given_names=r.given_names,
            passport_number=r.number,
            nationality=r.issuing_state,
            birth_date=r.birth_date,
            sex=r.sex,
            expiry_date=r.expiry_date,
        )
        mrz, problems = parse_td3(lines, today=TODAY)
        assert problems == [] and mrz is not None and mrz.nationality_iso == r.nationality
    assert len(filed) == 400 and all(case == owner for case, owner in filed)
    assert len(set(numbers)) == 400
    per_year: dict[int, int] = {}
    for number in numbers:
        year, serial = number.split("-")
        per_year[int(year)] = max(per_year.get(int(year), 0), int(serial))
    assert per_year == counters, "the counters continue where the demo stopped"


def test_same_seed_gives_the_same_people(tmp_path, sqlite_template):
    import shutil

    names = []
    for run in range(2):
        path = tmp_path / f"run{run}.sqlite3"
        shutil.copyfile(sqlite_template, path)
        db = Database(path)
        fill_demo_data(db, applicants=50, researchers=0, seed=99, today=TODAY)
        with db.read() as s:
            names.append(s.scalars(select(ApplicantRow.surname).order_by(ApplicantRow.id)).all())
        db.dispose()
    assert names[0] == names[1]


def test_ordinary_inserts_after_the_demo_get_fresh_ids(database: Database):
    """Demo rows carry explicit ids; PostgreSQL's sequences must be moved past them."""
    fill_demo_data(database, applicants=20, researchers=0, seed=3, today=TODAY)
    from datetime import datetime

    from sqlalchemy import insert

    stamp = {
        "created_at": datetime(2026, 11, 27),
        "created_by": "t",
        "updated_at": datetime(2026, 11, 27),
        "updated_by": "t",
        "version": 1,
    }
    with database.write() as s:
        new_id = s.execute(
            insert(EmployerRow.__table__).returning(EmployerRow.id),
            [{"name": "新单位", "uscc": "91320100MA1XYW123W", "city": "320100", **stamp}],
        ).scalar_one()
        assert new_id > s.scalar(select(func.max(EmployerRow.id)).where(EmployerRow.id != new_id))
