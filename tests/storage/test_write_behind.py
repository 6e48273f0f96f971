"""Inserts written behind on each backend: stored on a second thread, in order, seen by every
later statement of the transaction, and a failure rolls the whole transaction back.
"""

from __future__ import annotations

import threading
from datetime import date, datetime

import pytest
from sqlalchemy import event, func, select

from talentdesk.errors import ConflictError
from talentdesk.storage.database import Database
from talentdesk.storage.repos.bulk import insert_plain, insert_returning_ids, insert_rows
from talentdesk.storage.repos.write_behind import write_behind
from talentdesk.storage.tables import ApplicantRow, PassportRow
from tests.storage.test_bulk import applicant

NOW = datetime(2026, 11, 28, 9, 0)


def passport(applicant_id: int, number: str) -> dict[str, object]:
    return {
        "applicant_id": applicant_id,
        "number": number,
        "issuing_state": "DEU",
        "expiry_date": date(2031, 5, 17),
        "recorded_at": NOW,
        "recorded_by": "bench",
    }


def test_inserts_run_on_another_thread_and_reads_wait_for_them(database: Database) -> None:
    threads: dict[str, set[int]] = {}

    def note(_conn, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        threads.setdefault(" ".join(statement.split()[:3]), set()).add(threading.get_ident())

    event.listen(database.engine, "before_cursor_execute", note)
    try:
        with database.write() as session, write_behind(session):
            ids = insert_returning_ids(
                session, ApplicantRow.__table__, map(applicant, range(2500))
            )
            insert_rows(
                session,
                PassportRow.__table__,
                (passport(i, f"C{n:08d}") for n, i in enumerate(ids)),
            )
            # Asked at once: the count waits for every insert queued before it.
            seen = session.scalar(select(func.count()).select_from(PassportRow))
            last = session.scalar(select(func.max(ApplicantRow.id)))
    finally:
        event.remove(database.engine, "before_cursor_execute", note)
    assert seen == 2500
    assert last == ids[-1]
    # PostgreSQL numbers new applicants itself: that insert returns their ids, so it waits.
    assert threading.get_ident() not in threads["INSERT INTO passports"]
    assert {key for key, seen in threads.items() if threading.get_ident() not in seen} == {
        "INSERT INTO passports",
        *(["INSERT INTO applicants"] if database.engine.dialect.name == "sqlite" else []),
    }
    with database.read() as session:
        stored = session.execute(
            select(PassportRow.number, PassportRow.applicant_id).order_by(PassportRow.id)
        ).all()
    assert stored == [(f"C{n:08d}", i) for n, i in enumerate(ids)]


def test_a_failed_insert_rolls_back_everything_and_is_raised(database: Database) -> None:
    with database.write() as session:
        (first,) = insert_returning_ids(session, ApplicantRow.__table__, [applicant(0)])
    with pytest.raises(ConflictError), database.write() as session, write_behind(session):
        ids = insert_returning_ids(session, ApplicantRow.__table__, map(applicant, range(1, 9)))
        insert_rows(session, PassportRow.__table__, [passport(i, f"D{i}") for i in ids])
        # An applicant that does not exist: the foreign key refuses the row.
        insert_rows(session, PassportRow.__table__, [passport(999_999, "X1")])
        later = {**passport(first, "Y1"), "is_current": True}
        insert_plain(session, PassportRow.__table__, [later])  # refused: the worker stopped
    with database.read() as session:
        applicants = session.scalars(select(ApplicantRow.id)).all()
        passports = session.scalar(select(func.count()).select_from(PassportRow))
    assert applicants == [first]
    assert passports == 0


def test_an_error_in_the_block_waits_for_the_worker_and_rolls_back(database: Database) -> None:
    with (
        pytest.raises(RuntimeError, match="stop"),
        database.write() as session,
        write_behind(session),
    ):
        insert_returning_ids(session, ApplicantRow.__table__, map(applicant, range(3000)))
        raise RuntimeError("stop")
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(ApplicantRow)) == 0
