"""The import's look-ups by key on each backend: many keys in one statement, only the matches."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from talentdesk.domain.researchers.records import IdType
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.employers import EmployerService
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from talentdesk.storage.repos import imports as lookup
from tests.services.permit_fixtures import (
    CLERK,
    JIANGSU_USCC,
    OTHER_USCC,
    TODAY,
    FakeClock,
    employer_draft,
    passport,
    person,
)
from tests.services.researcher_fixtures import HR
from tests.services.researcher_fixtures import person as researcher

# More keys than the 500 a statement used to bind, the stored ones among them.
ABSENT = [f"X{i:08d}" for i in range(1200)]


def test_passport_lookups_find_the_stored_among_many_keys(database: Database) -> None:
    applicants = ApplicantService(database, FakeClock())
    anna = applicants.create(CLERK, person(), passport("C01X00T47"), TODAY)
    ben = applicants.create(
        CLERK,
        person(surname="Brown", nationality="GBR"),
        passport("123456789", issuing_state="GBR"),
        TODAY,
    )
    keys = [(n, "DEU") for n in ABSENT] + [
        ("C01X00T47", "DEU"),
        ("123456789", "GBR"),
        ("123456789", "DEU"),
    ]
    with database.read() as session:
        found = {
            key: applicant.id
            for key, (applicant, _passport) in lookup.applicants_by_passport(session, keys).items()
        }
        recorded = lookup.recorded_passports(session, [*ABSENT, "C01X00T47", "123456789"])
    assert found == {("C01X00T47", "DEU"): anna.id, ("123456789", "GBR"): ben.id}
    assert recorded == {("C01X00T47", "DEU"): anna.id, ("123456789", "GBR"): ben.id}


def test_employer_lookup_by_uscc_among_many_codes(database: Database) -> None:
    stored = EmployerService(database, FakeClock()).create(CLERK, employer_draft(), TODAY)
    with database.read() as session:
        found = {
            code: row.id
            for code, row in lookup.employers_by_uscc(
                session, [*ABSENT, JIANGSU_USCC, OTHER_USCC]
            ).items()
        }
        nothing = lookup.employers_by_uscc(session, [])
    assert found == {JIANGSU_USCC: stored.id}
    assert nothing == {}


def _people(database: Database) -> tuple[int, int]:
    applicants = ApplicantService(database, FakeClock())
    anna = applicants.create(CLERK, person(), passport("C01X00T47"), TODAY)
    twin = applicants.create(
        CLERK, person(given_names="Lena"), passport("C01X00T55"), TODAY
    )  # same birth date and nationality, another name
    return anna.id, twin.id


# Born on other days, or elsewhere: pairs that find no one.
OTHERS = [("DEU", date(1950, 1, 1) + timedelta(days=i)) for i in range(600)] + [
    ("FRA", date(1988, 3, 14))
]


def test_identity_lookup_finds_everyone_born_that_day_there(database: Database) -> None:
    anna, twin = _people(database)
    with database.read() as session:
        found = lookup.applicants_by_identity(session, [*OTHERS, ("DEU", date(1988, 3, 14))])
        nothing = lookup.applicants_by_identity(session, [])
    assert found == {
        ("DEU", date(1988, 3, 14), "MULLER", "ANNAMARIA"): anna,
        ("DEU", date(1988, 3, 14), "MULLER", "LENA"): twin,
    }
    assert nothing == {}


def test_researcher_lookup_by_id_among_many(database: Database) -> None:
    services = ResearcherServices.build(database, FakeClock())
    stored = services.researchers.create(HR, researcher())
    number = stored.data.id_number
    keys = [(IdType.RESIDENT_ID.value, n) for n in ABSENT] + [
        (IdType.PASSPORT.value, number),  # the number, under another kind of ID
        (IdType.RESIDENT_ID.value, number),
    ]
    with database.read() as session:
        found = {key: row.id for key, row in lookup.researchers_by_identity(session, keys).items()}
    assert found == {(IdType.RESIDENT_ID.value, number): stored.id}


def test_identity_lookups_search_the_index_not_scan_the_table(database: Database) -> None:
    """On SQLite ``(a, b) IN (VALUES …)`` scanned the whole index: 500k applicants read for
    each chunk of an import's rows. The look-ups must search the index key by key.
    """
    if database.engine.dialect.name != "sqlite":
        pytest.skip("query plans are SQLite's")
    _people(database)
    sent: list[tuple[str, object]] = []

    def keep(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        if statement.startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", keep)
    try:
        with database.read() as session:
            lookup.applicants_by_identity(session, OTHERS)
            lookup.researchers_by_identity(session, [("resident_id", n) for n in ABSENT])
    finally:
        event.remove(database.engine, "before_cursor_execute", keep)
    assert len(sent) == 2
    with database.engine.connect() as conn:
        plans = [
            [row[3] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)]
            for sql, params in sent
        ]
    for plan in plans:
        assert not any(step.startswith("SCAN applicants") or step.startswith("SCAN researchers")
                       for step in plan), plan  # fmt: skip
        assert any(step.startswith("SEARCH") for step in plan), plan
