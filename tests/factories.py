"""Permit-side rows for tests, written with Core inserts: employers, applicants, cases, permits.

Only the columns a test cares about are parameters; the rest get plausible values. Rows go
through the same tables (and so the same search triggers) as the services' writes.

    make = Factory(db)
    acme = make.employer("南京华芯科技有限公司")
    wang = make.applicant("WANG", "WEI", chinese_name="王伟", passports=("E12345678",))
    make.case(wang, acme, received_on=date(2026, 11, 2), work=("under_review", date(2026, 11, 30)))
"""

from __future__ import annotations

import itertools
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert

from talentdesk.domain.applicants import search_text
from talentdesk.domain.permit_records import ApplicantDraft
from talentdesk.storage.database import Database
from talentdesk.storage.tables import (
    ApplicantRow,
    CaseRow,
    EmployerRow,
    IssuedPermitRow,
    PassportRow,
    TrackRow,
)

NOW = datetime(2026, 11, 27, 9, 0)
STAMP = {"created_at": NOW, "created_by": "test", "updated_at": NOW, "updated_by": "test"}

# (state, due date or None) of one track.
TrackSpec = tuple[str, date | None]


class Factory:
    """Inserts rows into ``db``, one transaction each, and returns their ids."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._serial = itertools.count(1)

    def _insert(self, table: Table, values: dict[str, Any]) -> int:
        with self.db.write() as session:
            return session.execute(insert(table).values(values).returning(table.c.id)).scalar_one()

    def employer(
        self, name: str = "", *, uscc: str = "", city: str = "320100", district: str = "玄武区"
    ) -> int:
        """An employer; ``city`` is a GB/T 2260 code (320100 is Nanjing), as the service stores."""
        n = next(self._serial)
        return self._insert(
            EmployerRow.__table__,
            {
                "name": name or f"测试科技有限公司（{n}）",
                "uscc": uscc or f"9132010{n:011d}",
                "city": city,
                "district": district,
                "address": "",
                "phone": "",
                "email": "",
                "credit_notes": "",
                "fortune_global_500": False,
                "studio_level": "",
                "studio_year": None,
                **STAMP,
            },
        )

    def applicant(
        self,
        surname: str,
        given_names: str,
        *,
        chinese_name: str = "",
        nationality: str = "USA",
        passports: tuple[str, ...] = (),
        birth_date: date = date(1985, 5, 17),
        sex: str = "M",
    ) -> int:
        """An applicant; ``passports`` newest first (the first is the current one)."""
        draft = ApplicantDraft(surname, given_names, sex, birth_date, nationality, chinese_name)
        applicant_id = self._insert(
            ApplicantRow.__table__,
            {
                "surname": surname,
                "given_names": given_names,
                "chinese_name": chinese_name,
                "sex": sex,
                "birth_date": birth_date,
                "nationality": nationality,
                "phone": "",
                "email": "",
                "education": "",
                "visa_status": "",
                "search_text": search_text(draft, passports),
                **STAMP,
            },
        )
        for number in reversed(passports):  # the current passport was recorded last
            self._insert(
                PassportRow.__table__,
                {
                    "applicant_id": applicant_id,
                    "number": number,
                    "issuing_state": nationality,
                    "expiry_date": date(2031, 1, 1),
                    "is_current": number == passports[0],
                    "recorded_at": NOW,
                    "recorded_by": "test",
                },
            )
        return applicant_id

    def case(
        self,
        applicant_id: int,
        employer_id: int,
        *,
        number: str = "",
        received_on: date = date(2026, 11, 2),
        business_type: str = "new_in_china",
        category: str = "B",
        work: TrackSpec = ("submitted", None),
        residence: TrackSpec | None = None,
        assigned_to: str = "",
        window: str = "",
    ) -> int:
        """A case with its work-permit track and, when given, its residence-permit track."""
        n = next(self._serial)
        case_id = self._insert(
            CaseRow.__table__,
            {
                "case_number": number or f"{received_on.year}-{n:06d}",
                "applicant_id": applicant_id,
                "employer_id": employer_id,
                "passport_id": None,
                "business_type": business_type,
                "received_on": received_on,
                "position": "工程师",
                "annual_salary": Decimal("400000.00"),
                "contract_start": received_on,
                "contract_end": None,
                "work_city": "南京市",
                "work_location": "",
                "category": category,
                "suggested_category": category,
                "category_route": "",
                "override_reason": "",
                "points_table": "",
                "points_total": None,
                "points_detail": {},
                "route_inputs": {},
                "time_limits_version": "",
                "window": window,
                "assigned_to": assigned_to,
                "missing_accepted": False,
                "notes": "",
                **STAMP,
            },
        )
        tracks = [("work_permit", work)] + ([("residence_permit", residence)] if residence else [])
        for kind, (state, due) in tracks:
            self._insert(
                TrackRow.__table__,
                {
                    "case_id": case_id,
                    "track": kind,
                    "state": state,
                    "submitted_on": received_on,
                    "accepted_on": None,
                    "decided_on": None,
                    "due_on": due,
                    "due_provisional": False,
                    "refusal_reasons": [],
                    **STAMP,
                },
            )
        return case_id

    def issued_permit(
        self,
        case_id: int,
        applicant_id: int,
        number: str,
        *,
        kind: str = "work_permit",
        issued_on: date = date(2026, 1, 1),
        valid_to: date = date(2028, 6, 30),
    ) -> int:
        """A permit issued for the case, valid from its day of issue."""
        return self._insert(
            IssuedPermitRow.__table__,
            {
                "case_id": case_id,
                "applicant_id": applicant_id,
                "kind": kind,
                "number": number,
                "valid_from": issued_on,
                "valid_to": valid_to,
                "issued_on": issued_on,
                "handled_by": "",
            },
        )
