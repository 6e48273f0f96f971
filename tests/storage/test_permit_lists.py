"""The permit lists in SQL: filters, both sort directions, stable paging, counts, search, sync."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.orm import Session

from talentdesk.domain.listing import ListQuery, ListSpec, Page
from talentdesk.domain.permit_lists import APPLICANT_LIST, CASE_LIST, EMPLOYER_LIST
from talentdesk.storage.database import Database
from talentdesk.storage.repos import listing
from talentdesk.storage.repos.listing import ListSource, read_page
from talentdesk.storage.repos.permit_lists import applicant_source, case_source, employer_source
from talentdesk.storage.tables import ApplicantRow, CaseRow, EmployerRow
from tests.factories import Factory

TODAY = date(2026, 11, 27)  # a Friday: "due this week" is 27–29 November


def _read(
    db: Database, spec: ListSpec, source: Callable[[Session], ListSource[Any]], query: ListQuery
) -> Page[Any]:
    assert spec.check(query) == []
    with db.read() as session:
        return read_page(session, spec, source(session), query)


def cases(db: Database, **query: Any) -> Page[Any]:
    return _read(db, CASE_LIST, lambda s: case_source(s, TODAY), ListQuery(**query))


def applicants(db: Database, **query: Any) -> Page[Any]:
    return _read(db, APPLICANT_LIST, applicant_source, ListQuery(**query))


def employers(db: Database, **query: Any) -> Page[Any]:
    return _read(db, EMPLOYER_LIST, employer_source, ListQuery(**query))


def numbers(page: Page[Any]) -> list[str]:
    return [row.case_number for row in page.rows]


@pytest.fixture
def office(database: Database) -> dict[str, int]:
    """Three employers, seven applicants, nine cases; the numbers say who is who."""
    make = Factory(database)
    ids = {
        "huaxin": make.employer("南京华芯科技有限公司", uscc="91320102MA1ABCDE1X"),
        "boyuan": make.employer(
            "苏州博远生物医药有限公司", uscc="91320505MA2XYZ1234", city="320500", district="吴中区"
        ),
        "trading": make.employer(
            "无锡恒信国际贸易有限公司", uscc="91320205MA3QQQQQ5A", city="320200"
        ),
        "wang": make.applicant(
            "WANG", "WEI", chinese_name="王伟", nationality="SGP", passports=("K1234567A",)
        ),
        "wangwq": make.applicant(
            "WANG", "WEIQIANG", chinese_name="王伟强", nationality="SGP", passports=("K7654321B",)
        ),
        "liww": make.applicant(
            "LI", "WANGWEI", chinese_name="李王伟", nationality="MYS", passports=("A11223344",)
        ),
        "kowalski": make.applicant(
            "KOWALSKI", "INGRID", nationality="POL", passports=("EA9876543", "EA1111111")
        ),
        "smith": make.applicant("SMITH", "JOHN", nationality="USA", passports=("561234987",)),
        "smithson": make.applicant("SMITHSON", "ANNA", nationality="GBR", passports=("125478963",)),
        "tanaka": make.applicant(
            "TANAKA", "KENJI", chinese_name="田中健二", nationality="JPN", passports=("TK0001234",)
        ),
    }
    c = make.case
    c(
        ids["wang"],
        ids["huaxin"],
        number="2026-000101",
        received_on=date(2026, 11, 2),
        work=("under_review", date(2026, 11, 26)),
        residence=("accepted", date(2026, 12, 4)),
        assigned_to="li",
        window="窗口1",
    )
    c(
        ids["wangwq"],
        ids["boyuan"],
        number="2026-000102",
        received_on=date(2026, 11, 10),
        business_type="extension",
        category="A",
        work=("submitted", date(2026, 11, 28)),
        assigned_to="zhao",
    )
    c(
        ids["liww"],
        ids["huaxin"],
        number="2026-000103",
        received_on=date(2026, 11, 10),
        work=("correction_requested", date(2026, 12, 15)),
        residence=("under_review", date(2026, 11, 27)),
        assigned_to="li",
        window="窗口2",
    )
    c(
        ids["kowalski"],
        ids["trading"],
        number="2026-000104",
        received_on=date(2026, 11, 10),
        category="C",
        work=("approved", None),
        residence=("under_review", date(2026, 12, 1)),
    )
    c(
        ids["smith"],
        ids["boyuan"],
        number="2025-000077",
        received_on=date(2025, 3, 4),
        business_type="notice_from_abroad",
        category="A",
        work=("collected", None),
    )
    c(
        ids["smithson"],
        ids["huaxin"],
        number="2025-000078",
        received_on=date(2025, 6, 30),
        work=("collected", None),
        residence=("collected", None),
    )
    c(
        ids["tanaka"],
        ids["trading"],
        number="2024-000005",
        received_on=date(2024, 1, 15),
        business_type="extension",
        work=("refused", None),
        residence=("withdrawn", None),
    )
    c(
        ids["kowalski"],
        ids["huaxin"],
        number="2024-000006",
        received_on=date(2024, 1, 15),
        work=("collected", None),
        residence=("collected", None),
    )
    c(
        ids["wang"],
        ids["boyuan"],
        number="2026-000105",
        received_on=date(2026, 11, 20),
        business_type="change",
        work=("accepted", date(2026, 12, 3)),
        assigned_to="li",
    )
    return ids


NEWEST_FIRST = [
    "2026-000105",
    "2026-000104",  # three cases on 10 November: the later id first
    "2026-000103",
    "2026-000102",
    "2026-000101",
    "2025-000078",
    "2025-000077",
    "2024-000006",
    "2024-000005",
]


def test_cases_come_newest_first_with_the_total(database, office):
    page = cases(database)
    assert (page.total, page.offset, numbers(page)) == (9, 0, NEWEST_FIRST)
    first = page.rows[0]
    assert (first.surname, first.chinese_name, first.nationality) == ("WANG", "王伟", "SGP")
    assert first.employer_name == "苏州博远生物医药有限公司"
    assert (first.work_state, first.residence_state) == ("accepted", None)
    assert first.work_due == date(2026, 12, 3) and first.deadline is None  # the service marks it


def test_every_page_size_gives_the_same_order_without_gaps_or_repeats(database, office):
    for size in (1, 2, 4):
        seen = []
        for offset in range(0, 9, size):
            page = cases(database, offset=offset, limit=size)
            assert page.total == 9 and page.offset == offset
            seen += numbers(page)
        assert seen == NEWEST_FIRST, f"pages of {size}"
    assert cases(database, offset=9).rows == ()


SORTS = [
    ("case_number", sorted(NEWEST_FIRST)),
    ("received_on", list(reversed(NEWEST_FIRST))),
    # By name, then the same person's cases by date.
    (
        "applicant",
        [
            "2024-000006",
            "2026-000104",
            "2026-000103",
            "2025-000077",
            "2025-000078",
            "2024-000005",
            "2026-000101",
            "2026-000105",
            "2026-000102",
        ],
    ),
    # By name (Unicode order, as the database compares), then each employer's by date.
    (
        "employer",
        [
            "2024-000006",
            "2025-000078",
            "2026-000101",
            "2026-000103",
            "2024-000005",
            "2026-000104",
            "2025-000077",
            "2026-000102",
            "2026-000105",
        ],
    ),
]


def test_cases_sort_both_ways_in_sql(database, office):
    for key, expected in SORTS:
        assert numbers(cases(database, sort_key=key)) == expected, key
        # Descending reverses everything, the tie-breakers included.
        assert numbers(cases(database, sort_key=key, descending=True)) == expected[::-1], key


def test_due_sort_puts_the_nearest_deadline_first_and_cases_without_one_last(database, office):
    with_deadline = [
        "2026-000101",  # work 26 Nov (its residence track is due 4 Dec)
        "2026-000103",  # residence 27 Nov
        "2026-000102",  # 28 Nov
        "2026-000104",  # residence 1 Dec
        "2026-000105",  # 3 Dec
    ]
    without = ["2025-000078", "2025-000077", "2024-000006", "2024-000005"]  # newest first
    assert numbers(cases(database, sort_key="due_on")) == with_deadline + without
    assert numbers(cases(database, sort_key="due_on", descending=True)) == (
        with_deadline[::-1] + without
    )
    # Pages that end inside, straddle, and start after the cases with a deadline.
    pages = [cases(database, sort_key="due_on", offset=o, limit=3) for o in (0, 3, 6)]
    assert [numbers(p) for p in pages] == [
        with_deadline[:3],
        with_deadline[3:] + without[:1],
        without[1:],
    ]
    assert {p.total for p in pages} == {9}
    # Overdue by deadline reads the nearest deadlines' index; the result is the filter's.
    overdue = cases(database, sort_key="due_on", filters={"deadline": "overdue"})
    assert (numbers(overdue), overdue.total) == (["2026-000101"], 1)
    this_week = cases(database, sort_key="due_on", filters={"deadline": "due_this_week"})
    assert numbers(this_week) == ["2026-000103", "2026-000102"]


CASE_FILTERS = [
    ({"business_type": "extension"}, ["2026-000102", "2024-000005"]),
    ({"category": "A"}, ["2026-000102", "2025-000077"]),
    ({"nationality": "SGP"}, ["2026-000105", "2026-000102", "2026-000101"]),
    ({"assigned_to": "li"}, ["2026-000105", "2026-000103", "2026-000101"]),
    ({"window": "窗口2"}, ["2026-000103"]),
    (
        {"received_from": date(2025, 1, 1), "received_to": date(2025, 12, 31)},
        ["2025-000078", "2025-000077"],
    ),
    # Either track in the state, or the chosen track only.
    ({"state": "under_review"}, ["2026-000104", "2026-000103", "2026-000101"]),
    ({"state": "under_review", "track": "work_permit"}, ["2026-000101"]),
    ({"state": "collected", "track": "residence_permit"}, ["2025-000078", "2024-000006"]),
    ({"track": "residence_permit", "state": "withdrawn"}, ["2024-000005"]),
    # Due before today, or from today to Sunday.
    ({"deadline": "overdue"}, ["2026-000101"]),
    ({"deadline": "due_this_week"}, ["2026-000103", "2026-000102"]),
    ({"deadline": "due_this_week", "track": "residence_permit"}, ["2026-000103"]),
    ({"deadline": "overdue", "track": "residence_permit"}, []),
    ({"state": "accepted", "deadline": "overdue"}, []),  # on the same track
    (
        {"state": "collected", "business_type": "new_in_china", "category": "B"},
        ["2025-000078", "2024-000006"],
    ),
]


def test_case_filters_and_their_counts(database, office):
    for filters, expected in CASE_FILTERS:
        page = cases(database, filters=filters)
        assert (numbers(page), page.total) == (expected, len(expected)), filters


def test_employer_filter_uses_the_id(database, office):
    page = cases(database, filters={"employer_id": office["trading"]})
    assert numbers(page) == ["2026-000104", "2024-000005"]


CASE_SEARCHES = [
    ("kowal", ["2026-000104", "2024-000006"]),  # part of a Latin name, any case
    ("Ingrid KOWALSKI", ["2026-000104", "2024-000006"]),  # both words, any order
    ("smith", ["2025-000078", "2025-000077"]),
    ("smith john", ["2025-000077"]),
    ("王伟强", ["2026-000102"]),  # a Chinese name of 3 characters, anywhere
    ("EA1111111", ["2026-000104", "2024-000006"]),  # an earlier passport counts too
    ("ea987", ["2026-000104", "2024-000006"]),  # part of a passport number
    ("000104", ["2026-000104"]),  # part of a case number
    ("2026-000102", ["2026-000102"]),
    ("博远生物", ["2026-000105", "2025-000077", "2026-000102"]),  # part of an employer name
    ("MA3QQQ", ["2026-000104", "2024-000005"]),  # part of a USCC
    ("smith 华芯", ["2025-000078"]),  # applicant and employer together
    ("ＫＯＷＡＬ", ["2026-000104", "2024-000006"]),  # full-width letters from an IME
    ("nobody", []),
]


def test_case_search(database, office):
    for search, expected in CASE_SEARCHES:
        page = cases(database, search=search)
        assert (sorted(numbers(page)), page.total) == (sorted(expected), len(expected)), search


SHORT_SEARCHES = [
    # A two-character Chinese name is matched at the start of a name (王伟 and 王伟强,
    # not 李王伟): a trigram index cannot find two characters.
    ("王伟", ["2026-000105", "2026-000102", "2026-000101"]),
    ("田中", ["2024-000005"]),
    ("li", ["2026-000103"]),  # surnames starting with LI
    ("苏州", ["2026-000105", "2026-000102", "2025-000077"]),  # employer names starting so
    ("伟强", []),  # two characters inside a name are not found
    ("王 wa", ["2026-000105", "2026-000102", "2026-000101"]),  # each short term a prefix
    # Next to a longer term, a short one is found anywhere, among the longer one's rows.
    ("wang 强", ["2026-000102"]),
]


def test_short_search_falls_back_to_prefixes(database, office):
    for search, expected in SHORT_SEARCHES:
        page = cases(database, search=search)
        assert (numbers(page), page.total) == (expected, len(expected)), search


def test_search_filter_and_sort_combine(database, office):
    page = cases(database, search="wang", filters={"assigned_to": "li"}, sort_key="case_number")
    assert numbers(page) == ["2026-000101", "2026-000103", "2026-000105"]


def test_walking_the_sort_index_finds_the_same_rows(database, office, monkeypatch):
    """On SQLite big matches hide the filters' indexes; the rows must not change."""
    queries = [
        {"filters": {"nationality": "SGP"}},
        {"filters": {"state": "under_review", "business_type": "new_in_china"}},
        {"filters": {"deadline": "due_this_week"}, "sort_key": "applicant"},
        {"filters": {"employer_id": office["huaxin"]}, "sort_key": "case_number"},
        {"search": "wang", "sort_key": "employer", "descending": True},
        {"search": "王伟", "filters": {"received_from": date(2026, 11, 5)}},
        {"filters": {"state": "collected"}, "sort_key": "due_on"},
    ]
    expected = [numbers(cases(database, **q)) for q in queries]
    monkeypatch.setattr(listing, "_WALK_MIN_SHARE", 0)
    monkeypatch.setattr(listing, "_WALK_COST", 10**9)
    assert [numbers(cases(database, **q)) for q in queries] == expected
    assert all(expected)


def test_applicants_list(database, office):
    page = applicants(database)
    assert page.total == 7
    assert [(r.surname, r.given_names) for r in page.rows] == [
        ("KOWALSKI", "INGRID"),
        ("LI", "WANGWEI"),
        ("SMITH", "JOHN"),
        ("SMITHSON", "ANNA"),
        ("TANAKA", "KENJI"),
        ("WANG", "WEI"),
        ("WANG", "WEIQIANG"),
    ]
    kowalski = page.rows[0]
    assert kowalski.passport_number == "EA9876543"  # the current passport
    assert [r.chinese_name for r in applicants(database, sort_key="chinese_name").rows] == [
        "",
        "",
        "",
        "李王伟",
        "王伟",
        "王伟强",
        "田中健二",
    ]
    by_nationality = applicants(database, sort_key="nationality", descending=True)
    assert [r.nationality for r in by_nationality.rows] == [
        "USA",
        "SGP",
        "SGP",
        "POL",
        "MYS",
        "JPN",
        "GBR",
    ]
    sgp = applicants(database, filters={"nationality": "SGP"}, search="王伟")
    assert [r.chinese_name for r in sgp.rows] == ["王伟", "王伟强"] and sgp.total == 2
    assert [r.surname for r in applicants(database, search="k765").rows] == ["WANG"]


def test_employers_list(database, office):
    page = employers(database)
    assert [(r.name, r.case_count) for r in page.rows] == [
        ("南京华芯科技有限公司", 4),
        ("无锡恒信国际贸易有限公司", 2),
        ("苏州博远生物医药有限公司", 3),
    ]
    assert [r.city for r in employers(database, sort_key="city").rows] == [
        "320100",
        "320200",
        "320500",
    ]
    assert [r.name for r in employers(database, search="恒信国际").rows] == [
        "无锡恒信国际贸易有限公司"
    ]
    assert employers(database, search="MA2XYZ").rows[0].city == "320500"
    assert employers(database, search="苏州").total == 1  # prefix of the name
    assert employers(database, filters={"city": "320100"}).total == 1


def test_search_index_follows_inserts_updates_and_deletes(database, office):
    make = Factory(database)
    assert cases(database, search="OKAFOR").total == 0
    person = make.applicant("OKAFOR", "CHINEDU", nationality="NGA", passports=("A05551234",))
    make.case(person, office["trading"], number="2026-000200")
    assert numbers(cases(database, search="okafor")) == ["2026-000200"]
    with database.write() as session:
        session.execute(
            update(ApplicantRow)
            .where(ApplicantRow.id == person)
            .values(surname="EZE", search_text="EZE CHINEDU A05551234")
        )
        session.execute(
            update(EmployerRow)
            .where(EmployerRow.id == office["trading"])
            .values(name="无锡凯德新材有限公司")
        )
        session.execute(
            update(CaseRow)
            .where(CaseRow.case_number == "2026-000200")
            .values(case_number="2026-000201")
        )
    assert cases(database, search="okafor").total == 0
    assert numbers(cases(database, search="eze chinedu")) == ["2026-000201"]
    assert cases(database, search="000200").total == 0
    assert cases(database, search="恒信国际").total == 0
    assert cases(database, search="凯德新材").total == 3
    with database.write() as session:
        session.execute(delete(CaseRow).where(CaseRow.case_number == "2026-000201"))
        session.execute(delete(ApplicantRow).where(ApplicantRow.id == person))
    assert cases(database, search="chinedu").total == 0
    assert applicants(database, search="chinedu").total == 0
    if database.dialect == "sqlite":
        with database.engine.connect() as conn:
            for fts in ("applicants_fts", "employers_fts", "cases_fts"):
                # Raises when the index and its table disagree.
                conn.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))


def test_search_objects_exist_at_head(database):
    """A later migration that rebuilds a table on SQLite must bring its triggers back."""
    with database.engine.connect() as conn:
        if database.dialect == "sqlite":
            names = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type='trigger'")))
            expected = {
                f"{table}_fts_{event}"
                for table in ("applicants", "employers", "cases")
                for event in ("ai", "ad", "au")
            }
            assert expected <= names
        else:
            names = set(conn.scalars(text("SELECT indexname FROM pg_indexes")))
            assert {"trgm_applicants_search", "trgm_employers_search", "trgm_cases_search"} <= names


@pytest.mark.postgres
def test_postgresql_search_uses_the_trigram_indexes(database, office):
    if database.dialect != "postgresql":
        pytest.skip("PostgreSQL only")
    from talentdesk.storage.repos.permit_lists import (
        APPLICANTS_SEARCH,
        CASES_SEARCH,
        EMPLOYERS_SEARCH,
    )

    with database.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        for index, name in (
            (APPLICANTS_SEARCH, "trgm_applicants_search"),
            (EMPLOYERS_SEARCH, "trgm_employers_search"),
            (CASES_SEARCH, "trgm_cases_search"),
        ):
            statement = index.containing("华芯科", "postgresql")
            sql = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
            plan = "\n".join(session.connection().exec_driver_sql(f"EXPLAIN {sql}").scalars())
            assert name in plan, plan
