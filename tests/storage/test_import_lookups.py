"""The import's look-ups by key on each backend: many keys in one statement, only the matches."""

from __future__ import annotations

from talentdesk.services.applicants import ApplicantService
from talentdesk.services.employers import EmployerService
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
