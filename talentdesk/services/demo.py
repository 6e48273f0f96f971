"""Demo data: realistic applicants, employers and cases (and researchers) in bulk."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from talentdesk.domain.applicants import issuing_state_code
from talentdesk.domain.enums import BusinessType, Category, Track
from talentdesk.domain.synthetic import POSITIONS, SyntheticEmployer, applicant, employer
from talentdesk.domain.tracks import TrackState
from talentdesk.domain.workcalendar import CalendarOverrides, WorkCalendar
from talentdesk.services.common import utc_now
from talentdesk.storage.database import Database
from talentdesk.storage.repos.bulk import advance_id_sequences, insert_rows, next_id
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseCounterRow,
    CaseRow,
    EmployerRow,
    PassportRow,
    TrackRow,
)

DEMO_USER = "demo"
# Most cases at a window are brand-new work in China or card-after-entry; a few are the rest.
_BUSINESS_WEIGHTS = {
    BusinessType.NEW_IN_CHINA: 30,
    BusinessType.CARD_AFTER_ENTRY: 20,
    BusinessType.NOTICE_FROM_ABROAD: 15,
    BusinessType.EXTENSION: 20,
    BusinessType.CHANGE: 6,
    BusinessType.SHORT_TERM: 3,
    BusinessType.REISSUE: 2,
    BusinessType.CANCELLATION: 4,
}
_WITH_RESIDENCE = {
    BusinessType.NEW_IN_CHINA,
    BusinessType.CARD_AFTER_ENTRY,
    BusinessType.EXTENSION,
    BusinessType.CHANGE,
}
_OPEN_STATES = (
    TrackState.SUBMITTED,
    TrackState.AWAITING_ACCEPTANCE,
    TrackState.ACCEPTED,
    TrackState.UNDER_REVIEW,
    TrackState.CORRECTION_REQUESTED,
    TrackState.APPROVED,
    TrackState.ISSUED,
)


def fill_demo_data(
    db: Database,
    *,
    applicants: int,
    researchers: int,
    seed: int,
    cases: int | None = None,
    today: date | None = None,
) -> dict[str, int]:
    """Add synthetic records (never touching existing ones); returns counts per kind."""
    rng = random.Random(seed)
    today = today or date.today()
    now = utc_now()
    counts: dict[str, int] = {}
    with db.write() as session:
        if applicants:
            counts.update(_fill_permits(session, rng, applicants, cases or applicants, today, now))
    if researchers:
        from talentdesk.services.demo_researchers import fill_researchers

        counts["researchers"] = fill_researchers(db, researchers, rng, today)
    return counts


def _stamp(now: datetime) -> dict[str, Any]:
    return {
        "created_at": now,
        "created_by": DEMO_USER,
        "updated_at": now,
        "updated_by": DEMO_USER,
        "version": 1,
    }


def _fill_permits(
    session: Session,
    rng: random.Random,
    n_applicants: int,
    n_cases: int,
    today: date,
    now: datetime,
) -> dict[str, int]:
    stamp = _stamp(now)
    n_employers = max(5, n_applicants // 25)
    first_employer = next_id(session, EmployerRow.__table__)
    employers = [
        {"id": first_employer + i, **_employer_row(employer(rng, first_employer + i)), **stamp}
        for i in range(n_employers)
    ]
    insert_rows(session, EmployerRow.__table__, employers)
    first_applicant = next_id(session, ApplicantRow.__table__)
    first_passport = next_id(session, PassportRow.__table__)
    people = [applicant(rng, today) for _ in range(n_applicants)]
    insert_rows(
        session,
        ApplicantRow.__table__,
        (
            {
                "id": first_applicant + i,
                "surname": p.surname,
                "given_names": p.given_names,
                "chinese_name": "",
                "sex": p.sex,
                "birth_date": p.birth_date,
                "nationality": p.nationality,
                "phone": "",
                "email": "",
                "education": "",
                "visa_status": "",
                "search_text": f"{p.surname} {p.given_names} {p.passport_number}",
                **stamp,
            }
            for i, p in enumerate(people)
        ),
    )
    insert_rows(
        session,
        PassportRow.__table__,
        (
            {
                "id": first_passport + i,
                "applicant_id": first_applicant + i,
                "number": p.passport_number,
                # Stored as intake stores it: ISO alpha-3 ("DEU"), not the MRZ's "D".
                "issuing_state": issuing_state_code(p.issuing_state) or p.issuing_state,
                "expiry_date": p.passport_expiry,
                "is_current": True,
                "recorded_at": now,
                "recorded_by": DEMO_USER,
            }
            for i, p in enumerate(people)
        ),
    )
    n_tracks = _fill_cases(
        session,
        rng,
        n_cases,
        today,
        stamp,
        (first_applicant, n_applicants, first_passport),
        (first_employer, n_employers),
    )
    return {
        "employers": n_employers,
        "applicants": n_applicants,
        "cases": n_cases,
        "tracks": n_tracks,
    }


def _employer_row(e: SyntheticEmployer) -> dict[str, Any]:
    return {
        "name": e.name,
        "uscc": e.uscc,
        "city": e.city,
        "district": e.district,
        "address": "",
        "phone": "",
        "email": "",
        "credit_notes": "",
        "fortune_global_500": e.fortune_global_500,
        "studio_level": "",
        "studio_year": None,
    }


def _fill_cases(
    session: Session,
    rng: random.Random,
    n_cases: int,
    today: date,
    stamp: dict[str, Any],
    applicants: tuple[int, int, int],
    employers: tuple[int, int],
) -> int:
    """Cases of random applicants at random employers; ``applicants``: the first applicant
    id, how many, and the id of the first one's passport (each has one, in the same order)."""
    calendar = WorkCalendar(CalendarOverrides({}, frozenset()))
    first_case = next_id(session, CaseRow.__table__)
    first_track = next_id(session, TrackRow.__table__)
    # Ten years of a province: received dates spread back from today, denser lately.
    span_days = 3650
    received = sorted(
        today - timedelta(days=int(span_days * rng.random() ** 1.6)) for _ in range(n_cases)
    )
    counters = _counters(session)
    cases, tracks = [], []
    business_types = list(_BUSINESS_WEIGHTS)
    weights = list(_BUSINESS_WEIGHTS.values())
    for i, on in enumerate(received):
        counters[on.year] = counters.get(on.year, 0) + 1
        business = rng.choices(business_types, weights)[0]
        category = rng.choices((Category.A, Category.B, Category.C), (15, 70, 15))[0]
        case_id = first_case + i
        person = rng.randrange(applicants[1])
        cases.append(
            {
                "id": case_id,
                "case_number": f"{on.year}-{counters[on.year]:06d}",
                "applicant_id": applicants[0] + person,
                "employer_id": employers[0] + rng.randrange(employers[1]),
                "passport_id": applicants[2] + person,  # filed with it, as intake does
                "business_type": str(business),
                "received_on": on,
                "position": rng.choice(POSITIONS),
                "annual_salary": Decimal(rng.randrange(150, 2000) * 1000),
                "contract_start": on,
                "contract_end": on + timedelta(days=365 * rng.randint(1, 3)),
                "work_city": "",
                "work_location": "",
                "category": str(category),
                "suggested_category": str(category),
                "category_route": "",
                "override_reason": "",
                "points_table": "",
                "points_total": None,
                "points_detail": {},
                "route_inputs": {},
                "time_limits_version": "",
                "window": f"窗口{rng.randint(1, 6)}",
                "assigned_to": "",
                "missing_accepted": False,
                "notes": "",
                **stamp,
            }
        )
        kinds = [Track.WORK_PERMIT] + (
            [Track.RESIDENCE_PERMIT] if business in _WITH_RESIDENCE else []
        )
        for kind in kinds:
            tracks.append(
                _track_row(
                    first_track + len(tracks), case_id, kind, on, today, rng, calendar, stamp
                )
            )
    insert_rows(session, CaseRow.__table__, cases)
    insert_rows(session, TrackRow.__table__, tracks)
    advance_id_sequences(
        session,
        (t.__table__ for t in (EmployerRow, ApplicantRow, PassportRow, CaseRow, TrackRow)),
    )
    _save_counters(session, counters)
    return len(tracks)


def _track_row(
    track_id: int,
    case_id: int,
    kind: Track,
    on: date,
    today: date,
    rng: random.Random,
    calendar: WorkCalendar,
    stamp: dict[str, Any],
) -> dict[str, Any]:
    age = (today - on).days
    if age > 60:  # long finished: almost all collected, some refused or withdrawn
        state = rng.choices(
            (TrackState.COLLECTED, TrackState.REFUSED, TrackState.WITHDRAWN), (92, 5, 3)
        )[0]
    else:
        state = rng.choice(_OPEN_STATES)
    open_ = state in _OPEN_STATES and state not in (TrackState.APPROVED, TrackState.ISSUED)
    due = calendar.add_working_days(on, 10 if kind is Track.WORK_PERMIT else 15) if open_ else None
    return {
        "id": track_id,
        "case_id": case_id,
        "track": str(kind),
        "state": str(state),
        "submitted_on": on,
        "accepted_on": on if state not in (TrackState.SUBMITTED,) else None,
        "decided_on": None if open_ else on + timedelta(days=rng.randint(5, 20)),
        "due_on": due.due if due else None,
        "due_provisional": bool(due and due.provisional),
        "refusal_reasons": [],
        **stamp,
    }


def _counters(session: Session) -> dict[int, int]:
    return {row.year: row.last_number for row in session.scalars(select(CaseCounterRow))}


def _save_counters(session: Session, counters: dict[int, int]) -> None:
    for year, last in counters.items():
        row = session.get(CaseCounterRow, year)
        if row is None:
            session.add(CaseCounterRow(year=year, last_number=last))
        else:
            row.last_number = last
