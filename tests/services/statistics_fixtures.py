"""A small, deliberately shaped permit office for October 2026, written with Core inserts.

October 2026 has the National Day holiday (1–7 October) and a make-up working Saturday
(10 October); 25 September is the Mid-Autumn holiday and 20 September a make-up Sunday. The
working days around it, numbered from Monday 28 September = 1 (the table's ordinals differ by
a constant, which the differences do not see):

    Sep 14..18 → -9..-5, Sep 20 → -4, Sep 21..24 → -3..0, Sep 28 → 1, 29 → 2, 30 → 3,
    Oct 1..7 → 3 (holiday), 8 → 4, 9 → 5, 10 (Sat) → 6, 12 → 7, 13 → 8, 14 → 9, 15 → 10,
    16 → 11, 19 → 12, 20 → 13, 21 → 14, 22 → 15, 23 → 16, 26 → 17, 27 → 18, 28 → 19,
    29 → 20, 30 → 21, 31 → 21.

The expected figures in the tests are counted by hand from the table of cases below.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from talentdesk.domain.statistics import month_period
from talentdesk.storage.database import Database
from talentdesk.storage.repos.bulk import insert_rows
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseRow,
    CheckpointRow,
    EmployerRow,
    EnrollmentRow,
    ExtensionRow,
    IssuedPermitRow,
    ProgramRow,
    ResearcherRow,
    TrackEventRow,
    TrackRow,
)

OCTOBER = month_period(2026, 10)
NOW = datetime(2026, 11, 27, 9, 0)
_STAMP = {"created_at": NOW, "created_by": "t", "updated_at": NOW, "updated_by": "t", "version": 1}
WP, RP = "work_permit", "residence_permit"

EMPLOYERS = {  # id: (city, district)
    1: ("南京市", "玄武区"),
    2: ("苏州市", "工业园区"),
    3: ("南京市", "鼓楼区"),
}
APPLICANTS = {
    1: "USA", 2: "DEU", 3: "USA", 4: "JPN", 5: "KOR", 6: "FRA", 7: "USA", 8: "DEU", 9: "USA",
}

# case id: (received, business type, category, employer); the applicant has the case's id.
CASES = {
    1: (date(2026, 9, 28), "new_in_china", "B", 1),
    2: (date(2026, 10, 8), "new_in_china", "C", 2),
    3: (date(2026, 10, 9), "notice_from_abroad", "A", 1),
    4: (date(2026, 10, 12), "short_term", "B", 3),
    5: (date(2026, 10, 20), "extension", "B", 2),
    6: (date(2026, 10, 26), "new_in_china", "B", 3),
    7: (date(2026, 9, 10), "new_in_china", "B", 1),
    8: (date(2026, 11, 2), "cancellation", "C", 2),
    9: (date(2026, 10, 30), "change", "B", 1),
}

# (case, track, state, accepted, decided, refusal reasons)
TRACKS = [
    (1, WP, "collected", date(2026, 9, 29), date(2026, 10, 9), []),
    (1, RP, "issued", date(2026, 9, 29), date(2026, 10, 20), []),
    (2, WP, "approved", date(2026, 10, 8), date(2026, 10, 23), []),
    (2, RP, "refused", date(2026, 10, 8), date(2026, 10, 16),
     ["criminal_record", "qualification_not_met"]),
    (3, WP, "collected", date(2026, 10, 9), date(2026, 10, 14), []),
    (4, WP, "refused", date(2026, 10, 12), date(2026, 10, 21), ["criminal_record"]),
    (5, WP, "approved", date(2026, 10, 20), date(2026, 10, 30), []),
    # Withdrawn with a decision day, as bulk-loaded data has it: accepted, never decided.
    (5, RP, "withdrawn", date(2026, 10, 20), date(2026, 10, 22), []),
    (6, WP, "under_review", date(2026, 10, 27), None, []),
    (6, RP, "submitted", None, None, []),
    (7, WP, "collected", date(2026, 9, 14), date(2026, 10, 8), []),
    (7, RP, "refused", date(2026, 9, 14), date(2026, 9, 30), ["health_requirement_not_met"]),
    (8, WP, "submitted", None, None, []),
    (9, WP, "submitted", None, None, []),
    (9, RP, "submitted", None, None, []),
]

# (case, track, action, day): correction pauses
EVENTS = [
    (2, WP, "request_correction", date(2026, 10, 12)),
    (2, WP, "resume", date(2026, 10, 15)),
    (1, RP, "request_correction", date(2026, 10, 12)),
    (1, RP, "resume", date(2026, 10, 14)),
    # refused while the corrections were still awaited: the pause runs to the decision
    (4, WP, "request_correction", date(2026, 10, 19)),
    # an ordinary event on a paused track, which the pauses must ignore
    (2, WP, "approve", date(2026, 10, 23)),
]

# (id, kind, valid_to, replaces)
PERMITS = [
    (1, WP, date(2026, 11, 15), None),
    (2, RP, date(2026, 11, 30), None),
    (3, WP, date(2026, 10, 31), None),  # in the period, not ahead of it
    (4, WP, date(2027, 10, 31), None),  # the last day of the twelfth month
    (5, WP, date(2027, 11, 1), None),  # the thirteenth month
    (6, WP, date(2027, 1, 10), None),  # renewed by 7: no longer expiring
    (7, WP, date(2029, 1, 10), 6),
    (8, RP, date(2027, 3, 1), None),
]


def fill_permit_office(db: Database) -> None:
    with db.write() as session:
        insert_rows(session, EmployerRow.__table__, [
            {"id": i, "name": f"单位{i}", "uscc": f"91320100MA1XYW12{i}X", "city": city,
             "district": district, "address": "", "phone": "", "email": "", "credit_notes": "",
             "fortune_global_500": False, "studio_level": "", "studio_year": None, **_STAMP}
            for i, (city, district) in EMPLOYERS.items()
        ])
        insert_rows(session, ApplicantRow.__table__, [
            {"id": i, "surname": f"S{i}", "given_names": "G", "chinese_name": "", "sex": "F",
             "birth_date": date(1990, 1, 1), "nationality": nationality, "phone": "",
             "email": "", "education": "", "visa_status": "", "search_text": "", **_STAMP}
            for i, nationality in APPLICANTS.items()
        ])
        insert_rows(session, CaseRow.__table__, [_case(i, *spec) for i, spec in CASES.items()])
        insert_rows(session, TrackRow.__table__, [
            {"id": i, "case_id": case, "track": track, "state": state, "submitted_on": None,
             "accepted_on": accepted, "decided_on": decided, "due_on": None,
             "due_provisional": False, "refusal_reasons": reasons, **_STAMP}
            for i, (case, track, state, accepted, decided, reasons) in enumerate(TRACKS, 1)
        ])
        insert_rows(session, TrackEventRow.__table__, [
            {"id": i, "case_id": case, "track": track, "at": NOW, "on_date": on,
             "username": "t", "action": action, "from_state": "", "to_state": "",
             "comment": "", "details": {}}
            for i, (case, track, action, on) in enumerate(EVENTS, 1)
        ])
        insert_rows(session, IssuedPermitRow.__table__, [
            {"id": i, "case_id": 1, "applicant_id": 1, "kind": kind, "number": f"N{i}",
             "valid_from": date(2025, 1, 1), "valid_to": valid_to, "issued_on": date(2025, 1, 1),
             "replaces_id": replaces, "handled_on": None, "handled_by": ""}
            for i, kind, valid_to, replaces in PERMITS
        ])


def _case(case_id: int, received: date, business: str, category: str, employer: int) -> dict:
    values: dict[str, Any] = {
        "id": case_id, "case_number": f"2026-{case_id:06d}", "applicant_id": case_id,
        "employer_id": employer, "passport_id": None, "business_type": business,
        "received_on": received, "position": "工程师", "annual_salary": Decimal(300000),
        "contract_start": None, "contract_end": None, "work_city": "南京市", "work_location": "",
        "category": category, "suggested_category": category, "category_route": "",
        "override_reason": "", "points_table": "", "points_total": None, "points_detail": {},
        "route_inputs": {}, "time_limits_version": "", "window": "", "assigned_to": "",
        "missing_accepted": False, "notes": "",
    }
    return {**values, **_STAMP}


# --- young researchers, October 2026 ------------------------------------------------------------
# On 31 October 2026 (the period's last day) the people below are aged, in completed years:
# 1 → 28 (29 on 1 Nov), 2 → 30 (birthday that day), 3 → 34 (35 on 1 Nov), 4 → 35, 5 → 40,
# 6 → 46 (born 29 Feb), 7 → 36 (terminated 15 Oct), 8 → 31 (two programs),
# 9 → 32 (starts in November), 10 → 33 (ended 30 Oct).

PROGRAMS = {
    1: "江苏省青年科技人才托举工程",
    2: "国家自然科学基金青年科学基金项目",
    3: "江苏省双创博士",
}
RESEARCHERS = {
    1: date(1997, 11, 1), 2: date(1996, 10, 31), 3: date(1991, 11, 1), 4: date(1991, 10, 31),
    5: date(1986, 10, 31), 6: date(1980, 2, 29), 7: date(1990, 1, 1), 8: date(1995, 5, 5),
    9: date(1994, 1, 1), 10: date(1993, 1, 1),
}
# id: (researcher, program, category, start, end, terminated)
ENROLLMENTS = {
    1: (1, 1, "basic_research", date(2025, 1, 1), date(2027, 12, 31), None),
    2: (2, 1, "applied_technology", date(2026, 10, 10), date(2029, 10, 9), None),
    3: (3, 2, "basic_research", date(2024, 1, 1), date(2026, 12, 31), None),
    4: (4, 2, "basic_research", date(2023, 1, 1), date(2026, 10, 31), None),
    5: (5, 1, "technology_transfer", date(2022, 6, 1), date(2027, 5, 31), None),
    6: (6, 1, "public_interest", date(2026, 10, 1), date(2029, 9, 30), None),
    7: (7, 2, "basic_research", date(2024, 1, 1), date(2026, 12, 31), date(2026, 10, 15)),
    8: (8, 1, "applied_technology", date(2025, 3, 1), date(2028, 2, 29), None),
    9: (8, 2, "basic_research", date(2026, 10, 31), date(2029, 10, 30), None),
    10: (9, 1, "basic_research", date(2026, 11, 1), date(2029, 10, 31), None),
    11: (10, 2, "basic_research", date(2023, 10, 31), date(2026, 10, 30), None),
    12: (10, 3, "applied_technology", date(2026, 10, 5), date(2029, 10, 4), date(2026, 10, 20)),
}
_SEP1 = date(2026, 9, 1)
# (enrollment, key, kind, due, report received, grade, decided, cancelled)
CHECKPOINTS = [
    (1, "annual_1", "annual", _SEP1, _SEP1, "excellent", date(2026, 10, 10), False),
    (5, "annual_4", "annual", _SEP1, _SEP1, "good", date(2026, 10, 20), False),
    (3, "mid_term", "mid_term", _SEP1, _SEP1, "pass", date(2026, 10, 31), False),
    (4, "final", "final", _SEP1, _SEP1, "excellent", date(2026, 10, 15), False),
    (8, "annual_1", "annual", _SEP1, _SEP1, "excellent", date(2026, 10, 1), False),
    (11, "final", "final", _SEP1, _SEP1, "fail", date(2026, 10, 30), False),
    # decided in September; decided in October without a grade
    (7, "annual_1", "annual", _SEP1, _SEP1, "good", date(2026, 9, 30), False),
    (2, "annual_1", "annual", _SEP1, _SEP1, "", date(2026, 10, 12), False),
    # overdue on 31 October: 1 and 5 (P1, the latter received only in November), 3 (P2, June)
    (1, "annual_2", "annual", date(2026, 10, 15), None, "", None, False),
    (5, "annual_5", "annual", date(2026, 10, 30), date(2026, 11, 3), "", None, False),
    (3, "annual_1", "annual", date(2026, 6, 30), None, "", None, False),
    # not overdue: due on the last day; received in time; cancelled by the termination
    (3, "annual_2", "annual", date(2026, 10, 31), None, "", None, False),
    (4, "annual_3", "annual", date(2026, 9, 30), date(2026, 10, 5), "", None, False),
    (7, "annual_2", "annual", date(2026, 10, 1), None, "", None, True),
]
# (enrollment, reason, starts, ends)
EXTENSIONS = [
    (1, "maternity", date(2026, 10, 5), date(2027, 1, 4)),
    (5, "illness", date(2026, 8, 1), date(2026, 10, 31)),
    (8, "illness", date(2026, 10, 10), date(2026, 10, 20)),
    (3, "abroad", date(2026, 11, 1), date(2027, 4, 30)),
    (4, "maternity", date(2026, 1, 1), date(2026, 6, 30)),
]


def _row(table: Any, **values: Any) -> dict[str, Any]:
    """``values`` plus a neutral value for every other column, so schema additions don't break
    the fixture; none of the neutral values is one the statistics read."""
    neutral = {str: "", int: 0, bool: False, date: date(2020, 1, 1), datetime: NOW,
               dict: {}, list: [], object: {}, Decimal: Decimal(0)}  # object: JSON
    row = {}
    for column in table.columns:
        if column.name in values:
            row[column.name] = values[column.name]
        elif column.nullable:
            row[column.name] = None
        else:
            row[column.name] = neutral[column.type.python_type]
    return row


def fill_researcher_office(db: Database) -> None:
    programs, researchers = ProgramRow.__table__, ResearcherRow.__table__
    enrollments, checkpoints = EnrollmentRow.__table__, CheckpointRow.__table__
    with db.write() as session:
        insert_rows(session, programs, [
            _row(programs, id=i, code=f"p{i}", name=name, level="provincial", cycle_years=3,
                 active=True, version=1)
            for i, name in PROGRAMS.items()
        ])
        insert_rows(session, researchers, [
            _row(researchers, id=i, name=f"研究员{i}", sex="female", birth_date=born,
                 id_type="resident_id", id_number=f"ID{i}", unit="南京大学", version=1)
            for i, born in RESEARCHERS.items()
        ])
        insert_rows(session, enrollments, [
            _row(enrollments, id=i, researcher_id=r, program_id=p, program_version=1,
                 category=category, call_year=start.year, start_on=start, original_end_on=end,
                 end_on=end, status="terminated" if ended else "active", terminated_on=ended,
                 version=1)
            for i, (r, p, category, start, end, ended) in ENROLLMENTS.items()
        ])
        insert_rows(session, checkpoints, [
            _row(checkpoints, id=i, enrollment_id=e, key=key, kind=kind, original_due_on=due,
                 due_on=due, cancelled=cancelled, cohort=f"{e}-{key}", report_received_on=got,
                 grade=grade, decided_on=decided, version=1)
            for i, (e, key, kind, due, got, grade, decided, cancelled) in enumerate(CHECKPOINTS, 1)
        ])
        insert_rows(session, ExtensionRow.__table__, [
            _row(ExtensionRow.__table__, id=i, enrollment_id=e, reason=reason, starts_on=starts,
                 ends_on=ends)
            for i, (e, reason, starts, ends) in enumerate(EXTENSIONS, 1)
        ])
