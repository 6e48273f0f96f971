"""Bulk inserts on each backend store what Core would: values as their types convert them,
defaults for columns left out, every row across statements, the search index kept up.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from talentdesk.storage.database import Database
from talentdesk.storage.repos.bulk import insert_plain, insert_returning_ids, insert_rows
from talentdesk.storage.repos.permit_lists import APPLICANTS_SEARCH
from talentdesk.storage.tables import ApplicantRow, AuditRow, CaseRow, EmployerRow, PassportRow

NOW = datetime(2026, 11, 27, 9, 30, 15, 123456)
# More rows than one statement takes (1,000), so the batches are joined up right.
COUNT = 2_345


def applicant(i: int) -> dict[str, object]:
    # phone, email, education, visa_status and version are left out: their defaults apply.
    return {
        "surname": f"MUSTER{i:05d}",
        "given_names": "ANNA",
        "chinese_name": "安娜" if i % 2 else "",
        "sex": "F",
        "birth_date": date(1990, 1, 1 + i % 28),
        "nationality": "DEU",
        "search_text": f"MUSTER{i:05d} ANNA C{i:08d}",
        "created_at": NOW,
        "created_by": "bench",
        "updated_at": NOW,
        "updated_by": "bench",
    }


def test_insert_rows_stores_values_and_defaults_as_core_would(database: Database) -> None:
    with database.write() as session:
        ids = insert_returning_ids(session, ApplicantRow.__table__, map(applicant, range(COUNT)))
        passports = insert_rows(
            session,
            PassportRow.__table__,
            (
                {
                    "applicant_id": applicant_id,
                    "number": f"C{i:08d}",
                    "issuing_state": "DEU",
                    "expiry_date": date(2031, 5, 17),
                    "recorded_at": NOW,
                    "recorded_by": "bench",
                }  # is_current left out: True by default
                for i, applicant_id in enumerate(ids)
            ),
        )
    assert passports == COUNT
    assert len(set(ids)) == COUNT
    with database.read() as session:
        stored = session.scalars(select(ApplicantRow).order_by(ApplicantRow.id)).all()
        last = session.scalars(select(PassportRow).order_by(PassportRow.id.desc())).first()
        # On SQLite through the FTS table the insert triggers fill.
        dialect = session.get_bind().dialect.name
        found = session.scalars(APPLICANTS_SEARCH.containing("C00002344", dialect)).all()
        session.expunge_all()  # read: the rows keep what was loaded
    assert [row.id for row in stored] == ids
    assert [row.surname for row in stored[:2]] == ["MUSTER00000", "MUSTER00001"]
    tenth = stored[10]
    assert (tenth.birth_date, tenth.created_at, tenth.updated_at) == (date(1990, 1, 11), NOW, NOW)
    assert (tenth.phone, tenth.email, tenth.education, tenth.version) == ("", "", "", 1)
    assert stored[11].chinese_name == "安娜"
    assert (last.applicant_id, last.number, last.is_current) == (ids[-1], "C00002344", True)
    assert (last.expiry_date, last.recorded_at) == (date(2031, 5, 17), NOW)
    assert found == [ids[-1]]


def test_a_column_left_out_with_a_computed_default_gets_it(database: Database) -> None:
    # cases.points_detail defaults to a new dict: worked out per row, as Core does.
    with database.write() as session:
        applicant_id = insert_returning_ids(session, ApplicantRow.__table__, [applicant(1)])[0]
        employer_id = _employer(session)
        insert_rows(session, CaseRow.__table__, [_case(applicant_id, employer_id)])
    with database.read() as session:
        case = session.scalars(select(CaseRow)).one()
        session.expunge(case)
    assert (case.points_detail, case.route_inputs, case.received_on) == ({}, {}, date(2026, 11, 2))


def test_insert_plain_stores_times_and_text_as_given(database: Database) -> None:
    rows = [
        {
            "at": NOW,
            "username": "anna",
            "workstation": "w1",
            "action": "create",
            "entity": "applicant",
            "entity_id": str(i),
            "details": '{"surname":[null,"MÜLLER"]}',
            "prev_hash": "0" * 64,
            "hash": f"{i:064x}",
        }
        for i in range(3)
    ]
    with database.write() as session:
        insert_plain(session, AuditRow.__table__, rows)
    with database.read() as session:
        stored = session.scalars(select(AuditRow).order_by(AuditRow.id)).all()
        session.expunge_all()
    assert [(row.at, row.entity_id, row.details) for row in stored] == [
        (NOW, str(i), '{"surname":[null,"MÜLLER"]}') for i in range(3)
    ]


def _employer(session: Session) -> int:
    values = {
        "name": "江苏某研究院",
        "uscc": "91320000MA1MXXXX0X",
        "city": "南京市",
        "created_at": NOW,
        "created_by": "bench",
        "updated_at": NOW,
        "updated_by": "bench",
    }
    return insert_returning_ids(session, EmployerRow.__table__, [values])[0]


def _case(applicant_id: int, employer_id: int) -> dict[str, object]:
    """A case row without points_detail and route_inputs."""
    return {
        "case_number": "2026-000001",
        "applicant_id": applicant_id,
        "employer_id": employer_id,
        "business_type": "new",
        "received_on": date(2026, 11, 2),
        "position": "工程师",
        "annual_salary": Decimal(300000),
        "work_city": "南京市",
        "category": "B",
        "created_at": NOW,
        "created_by": "bench",
        "updated_at": NOW,
        "updated_by": "bench",
    }
