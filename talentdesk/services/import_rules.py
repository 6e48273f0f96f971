"""What an import does per roster kind: the record a row makes, its match key, the form's
checks, and the bulk writes with the audit details the single-record services record.

Values of a row: column key -> parsed value, blank cells left out, so an update keeps what
is stored wherever the sheet has no column or an empty cell.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.applicants import (
    check_applicant,
    check_passport,
    name_key,
    normalize_applicant,
    normalize_passport,
    search_text,
)
from talentdesk.domain.employers import check_employer, normalize_employer
from talentdesk.domain.identifiers import normalize_identifier
from talentdesk.domain.imports import ImportKind
from talentdesk.domain.permissions import Action
from talentdesk.domain.permit_records import (
    ApplicantDraft,
    EmployerDraft,
    Handler,
    PassportDraft,
    StudioLevel,
)
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.eligibility import Person
from talentdesk.domain.researchers.programs import Sex
from talentdesk.domain.researchers.records import IdType, ResearcherInput
from talentdesk.excel.columns import APPLICANTS, EMPLOYERS, RESEARCHERS, ColumnSet
from talentdesk.services.permit_support import new_stamp
from talentdesk.services.researchers import refresh_age_outs, researcher_problems
from talentdesk.storage.repos import imports as lookup
from talentdesk.storage.repos import permits as permit_repo
from talentdesk.storage.repos import researchers as researcher_repo
from talentdesk.storage.repos.bulk import insert_returning_ids, insert_rows, update_rows
from talentdesk.storage.tables import (
    ApplicantRow,
    EmployerRow,
    HandlerRow,
    PassportRow,
    ResearcherRow,
)

Values = Mapping[str, Any]
Key = tuple[str, ...]


@dataclasses.dataclass(frozen=True, slots=True)
class Stored:
    """A matched record as the preview saw it."""

    id: int
    version: int
    record: Any
    extra: Any = None  # what the write needs besides (the matched passport's id)


class KindRules:
    """One roster kind; subclasses fill in the record type's specifics."""

    kind: ImportKind
    record_type: type  # what ``build`` makes
    columns: ColumnSet
    action: Action
    entity: str
    table: Table
    key_field: str  # the column a duplicate within the file is reported on
    # Fields a new record gets a stand-in for when blank; the form's checks would then
    # report the stand-in, so they are left out for that row.
    vital: frozenset[str] = frozenset()
    # Not required by every sheet, but a new record cannot do without them.
    required_for_new: tuple[str, ...] = ()

    def key(self, values: Values) -> Key | None:
        raise NotImplementedError

    def record_key(self, record: Any) -> Key:
        """The match key of a checked, normalised record."""
        raise NotImplementedError

    def key_text(self, key: Key) -> str:
        return " ".join(key)

    def label(self, values: Values) -> str:
        return str(values.get("name") or "")

    def find(self, session: Session, keys: Sequence[Key]) -> dict[Key, Stored]:
        raise NotImplementedError

    def build(self, values: Values, stored: Stored | None, today: date) -> Any:
        """The record a row makes: a new one, or the stored one with the row's values."""
        raise NotImplementedError

    def check(self, record: Any, stored: Stored | None, today: date) -> list[Problem]:
        raise NotImplementedError

    def normalize(self, record: Any) -> Any:
        return record

    def audit_values(self, record: Any) -> dict[str, Any]:
        """The record in the audit's form; two records differ where these differ."""
        raise NotImplementedError

    def new_row_problems(
        self, session: Session, records: Sequence[Any]
    ) -> dict[int, list[Problem]]:
        """Problems of new records against what is stored (index into ``records``)."""
        return {}

    def insert(
        self, session: Session, records: Sequence[Any], actor: Actor, now: datetime
    ) -> list[int]:
        raise NotImplementedError

    def update(
        self, session: Session, items: Sequence[tuple[Stored, Any]], actor: Actor, now: datetime
    ) -> None:
        raise NotImplementedError

    def created_details(self, record: Any) -> dict[str, Any]:
        # changes({}, values) without comparing each field to nothing: once per new row.
        values = permit_repo.json_value(self.audit_values(record))
        return {key: [None, value] for key, value in values.items() if value is not None}

    def updated_details(self, diff: dict[str, list[Any]]) -> dict[str, Any]:
        return diff


def _text(values: Values, key: str) -> str:
    value = values.get(key)
    return "" if value is None else str(value)


def _stamp(actor: Actor, now: datetime) -> dict[str, Any]:
    return {"updated_at": now, "updated_by": actor.username}


# --- applicants -------------------------------------------------------------------------------

_PERSON = tuple(f.name for f in dataclasses.fields(ApplicantDraft))


def _person_values(person: ApplicantDraft) -> dict[str, Any]:
    """``dataclasses.asdict`` without its deep copies (every field is a str or a date):
    an import calls this three times per row.
    """
    return {name: getattr(person, name) for name in _PERSON}


@dataclasses.dataclass(frozen=True, slots=True)
class ApplicantImport:
    person: ApplicantDraft
    passport: PassportDraft


class ApplicantRules(KindRules):
    kind = ImportKind.APPLICANTS
    record_type = ApplicantImport
    columns = APPLICANTS
    action = Action.EDIT_PERMITS
    entity = "applicant"
    table = ApplicantRow.__table__
    key_field = "passport_number"
    required_for_new = ("passport_expiry",)

    def key(self, values: Values) -> Key | None:
        number, nationality = values.get("passport_number"), values.get("nationality")
        return (number, nationality) if number and nationality else None

    def record_key(self, record: ApplicantImport) -> Key:
        return (record.passport.number, record.person.nationality)

    def label(self, values: Values) -> str:
        names = " ".join(_text(values, k) for k in ("surname", "given_names")).strip()
        chinese = _text(values, "chinese_name")
        return f"{names}（{chinese}）" if chinese and names else names or chinese

    def find(self, session: Session, keys: Sequence[Key]) -> dict[Key, Stored]:
        found = lookup.applicants_by_passport(session, keys)  # type: ignore[arg-type]
        return {
            key: Stored(
                row.id,
                row.version,
                ApplicantImport(
                    permit_repo.applicant_details(row),
                    PassportDraft(passport.number, passport.issuing_state, passport.expiry_date),
                ),
                passport.id,
            )
            for key, (row, passport) in found.items()
        }

    def build(self, values: Values, stored: Stored | None, today: date) -> ApplicantImport:
        given = {k: v for k, v in values.items() if v is not None}
        if stored is None:
            person = ApplicantDraft(
                **{name: _text(given, name) for name in _PERSON if name != "birth_date"},
                birth_date=given.get("birth_date", today),
            )
            # Rosters seldom name the issuing state: the passport of one's own nationality.
            passport = PassportDraft(
                _text(given, "passport_number"),
                _text(given, "issuing_state") or person.nationality,
                given.get("passport_expiry", today),
            )
            return ApplicantImport(person, passport)
        old: ApplicantImport = stored.record
        person = dataclasses.replace(old.person, **{k: v for k, v in given.items() if k in _PERSON})
        passport = dataclasses.replace(
            old.passport,
            issuing_state=given.get("issuing_state", old.passport.issuing_state),
            expiry_date=given.get("passport_expiry", old.passport.expiry_date),
        )
        return ApplicantImport(person, passport)

    def check(self, record: ApplicantImport, stored: Stored | None, today: date) -> list[Problem]:
        return check_applicant(record.person, today) + check_passport(record.passport, today)

    def normalize(self, record: ApplicantImport) -> ApplicantImport:
        return ApplicantImport(
            normalize_applicant(record.person), normalize_passport(record.passport)
        )

    def audit_values(self, record: ApplicantImport) -> dict[str, Any]:
        return {
            **_person_values(record.person),
            "passport_number": record.passport.number,
            "issuing_state": record.passport.issuing_state,
            "passport_expiry": record.passport.expiry_date,
        }

    def new_row_problems(
        self, session: Session, records: Sequence[ApplicantImport]
    ) -> dict[int, list[Problem]]:
        """The intake form's refusals: a passport recorded for someone else, or a person on
        file already under another passport (to be renewed there, not added twice).
        """
        recorded = lookup.recorded_passports(session, (r.passport.number for r in records))
        people = lookup.applicants_by_identity(
            session, ((r.person.nationality, r.person.birth_date) for r in records)
        )
        # Names are keyed only for someone born that day in that country, seldom anyone.
        born = {(nationality, birth_date) for nationality, birth_date, _, _ in people}
        found: dict[int, list[Problem]] = {}
        for index, record in enumerate(records):
            person, passport = record.person, record.passport
            owner = recorded.get((passport.number, passport.issuing_state))
            if owner is not None:
                found.setdefault(index, []).append(
                    Problem("passport_already_recorded", "passport_number", {"applicant_id": owner})
                )
            if (person.nationality, person.birth_date) not in born:
                continue
            identity = (
                person.nationality,
                person.birth_date,
                name_key(person.surname),
                name_key(person.given_names),
            )
            if (same := people.get(identity)) is not None:
                found.setdefault(index, []).append(
                    Problem("possible_duplicate", "surname", {"record_id": same})
                )
        return found

    def insert(
        self, session: Session, records: Sequence[ApplicantImport], actor: Actor, now: datetime
    ) -> list[int]:
        ids = insert_returning_ids(
            session,
            self.table,
            (
                {
                    **_person_values(r.person),
                    "search_text": search_text(r.person, [r.passport.number]),
                    **new_stamp(actor, now),
                    "version": 1,
                }
                for r in records
            ),
        )
        insert_rows(
            session,
            PassportRow.__table__,
            (
                {
                    "applicant_id": applicant_id,
                    "number": r.passport.number,
                    "issuing_state": r.passport.issuing_state,
                    "expiry_date": r.passport.expiry_date,
                    "is_current": True,
                    "recorded_at": now,
                    "recorded_by": actor.username,
                }
                for applicant_id, r in zip(ids, records, strict=True)
            ),
        )
        return ids

    def update(
        self,
        session: Session,
        items: Sequence[tuple[Stored, ApplicantImport]],
        actor: Actor,
        now: datetime,
    ) -> None:
        numbers = permit_repo.passport_rows(session, [s.id for s, _ in items])
        update_rows(
            session,
            self.table,
            (
                {
                    "id": stored.id,
                    **_person_values(r.person),
                    "search_text": search_text(
                        r.person, [p.number for p in numbers.get(stored.id, [])]
                    ),
                    **_stamp(actor, now),
                }
                for stored, r in items
            ),
        )
        changed = [(s, r) for s, r in items if r.passport != s.record.passport]
        update_rows(
            session,
            PassportRow.__table__,
            (
                {
                    "id": stored.extra,
                    "issuing_state": r.passport.issuing_state,
                    "expiry_date": r.passport.expiry_date,
                }
                for stored, r in changed
            ),
        )


# --- employers --------------------------------------------------------------------------------

_EMPLOYER = tuple(f.name for f in dataclasses.fields(EmployerDraft) if f.name != "handlers")
_HANDLER = ("handler_name", "handler_phone", "handler_email")


def merge_handler(handlers: tuple[Handler, ...], given: Values) -> tuple[Handler, ...]:
    """The handler of the row corrects the one of that name on file, or joins them."""
    name = _text(given, "handler_name")
    if not name:
        return handlers
    phone, email = given.get("handler_phone"), given.get("handler_email")
    for index, handler in enumerate(handlers):
        if handler.name == name:
            corrected = Handler(name, phone or handler.phone, email or handler.email)
            return (*handlers[:index], corrected, *handlers[index + 1 :])
    return (*handlers, Handler(name, phone or "", email or ""))


class EmployerRules(KindRules):
    kind = ImportKind.EMPLOYERS
    record_type = EmployerDraft
    columns = EMPLOYERS
    action = Action.EDIT_PERMITS
    entity = "employer"
    table = EmployerRow.__table__
    key_field = "uscc"

    def key(self, values: Values) -> Key | None:
        return (values["uscc"],) if values.get("uscc") else None

    def record_key(self, record: EmployerDraft) -> Key:
        return (record.uscc,)

    def find(self, session: Session, keys: Sequence[Key]) -> dict[Key, Stored]:
        rows = lookup.employers_by_uscc(session, (uscc for (uscc,) in keys))
        records = permit_repo.load_employers(session, list(rows.values()))
        return {(e.details.uscc,): Stored(e.id, e.stamp.version, e.details) for e in records}

    def build(self, values: Values, stored: Stored | None, today: date) -> EmployerDraft:
        given = {k: v for k, v in values.items() if v is not None}
        if given.get("studio_level") is not None:
            given["studio_level"] = StudioLevel(given["studio_level"])
        own = {k: v for k, v in given.items() if k in _EMPLOYER}
        base = stored.record if stored is not None else EmployerDraft("", "", "", ())
        return dataclasses.replace(base, **own, handlers=merge_handler(base.handlers, given))

    def check(self, record: EmployerDraft, stored: Stored | None, today: date) -> list[Problem]:
        return check_employer(record, today)

    def normalize(self, record: EmployerDraft) -> EmployerDraft:
        return normalize_employer(record)

    def audit_values(self, record: EmployerDraft) -> dict[str, Any]:
        return dataclasses.asdict(record)

    def _columns(self, record: EmployerDraft) -> dict[str, Any]:
        values = {name: getattr(record, name) for name in _EMPLOYER}
        values["studio_level"] = str(record.studio_level or "")
        return values

    def _handlers(
        self, ids: Sequence[int], records: Sequence[EmployerDraft]
    ) -> list[dict[str, Any]]:
        return [
            {"employer_id": employer_id, "name": h.name, "phone": h.phone, "email": h.email}
            for employer_id, record in zip(ids, records, strict=True)
            for h in record.handlers
        ]

    def insert(
        self, session: Session, records: Sequence[EmployerDraft], actor: Actor, now: datetime
    ) -> list[int]:
        ids = insert_returning_ids(
            session,
            self.table,
            ({**self._columns(r), **new_stamp(actor, now), "version": 1} for r in records),
        )
        insert_rows(session, HandlerRow.__table__, self._handlers(ids, records))
        return ids

    def update(
        self,
        session: Session,
        items: Sequence[tuple[Stored, EmployerDraft]],
        actor: Actor,
        now: datetime,
    ) -> None:
        update_rows(
            session,
            self.table,
            ({"id": stored.id, **self._columns(r), **_stamp(actor, now)} for stored, r in items),
        )
        # Handlers have no identity of their own: a changed list is stored as given.
        changed = [(s.id, r) for s, r in items if r.handlers != s.record.handlers]
        lookup.delete_handlers(session, [employer_id for employer_id, _ in changed])
        insert_rows(
            session,
            HandlerRow.__table__,
            self._handlers([i for i, _ in changed], [r for _, r in changed]),
        )


# --- researchers ------------------------------------------------------------------------------

# Researchers keep the degree as the form's words (博士), the column reads it as a code.
_DEGREE_WORDS = {c.value: c.zh for c in RESEARCHERS.column("degree").choices}
_RESEARCHER = (
    "name",
    "birth_date",
    "id_number",
    "unit",
    "department",
    "discipline_code",
    "title",
    "degree",
    "mentor_name",
    "phone",
    "email",
)


class ResearcherRules(KindRules):
    kind = ImportKind.RESEARCHERS
    record_type = ResearcherInput
    columns = RESEARCHERS
    action = Action.EDIT_RESEARCHERS
    entity = "researcher"
    table = ResearcherRow.__table__
    key_field = "id_number"
    vital = frozenset({"sex", "birth_date"})

    def key(self, values: Values) -> Key | None:
        number = values.get("id_number")
        return (values.get("id_type") or IdType.RESIDENT_ID.value, number) if number else None

    def record_key(self, record: ResearcherInput) -> Key:
        return (str(record.id_type), normalize_identifier(record.id_number))

    def key_text(self, key: Key) -> str:
        return key[1]

    def find(self, session: Session, keys: Sequence[Key]) -> dict[Key, Stored]:
        rows = lookup.researchers_by_identity(session, keys)  # type: ignore[arg-type]
        return {
            key: Stored(row.id, row.version, researcher_repo.researcher_input(row))
            for key, row in rows.items()
        }

    def build(self, values: Values, stored: Stored | None, today: date) -> ResearcherInput:
        given = {k: v for k, v in values.items() if v is not None and k in _RESEARCHER}
        if "degree" in given:
            given["degree"] = _DEGREE_WORDS.get(given["degree"], given["degree"])
        if values.get("sex") is not None:
            given["sex"] = Sex(values["sex"])
        if stored is not None:
            return dataclasses.replace(stored.record, **given)
        # Stand-ins for blank vital cells, which the reader has reported already.
        values_or_blank = {k: "" for k in _RESEARCHER} | {"birth_date": today, "sex": Sex.FEMALE}
        return ResearcherInput(
            **(values_or_blank | given),
            id_type=IdType(values.get("id_type") or IdType.RESIDENT_ID),
        )

    def check(self, record: ResearcherInput, stored: Stored | None, today: date) -> list[Problem]:
        return researcher_problems(record, today)

    def audit_values(self, record: ResearcherInput) -> dict[str, Any]:
        values = researcher_repo.researcher_values(record)
        del values["search_text"]
        return values

    def insert(
        self, session: Session, records: Sequence[ResearcherInput], actor: Actor, now: datetime
    ) -> list[int]:
        return insert_returning_ids(
            session,
            self.table,
            (
                {
                    **researcher_repo.researcher_values(r),
                    **researcher_repo.stamp_values(now, actor.username),
                }
                for r in records
            ),
        )

    def update(
        self,
        session: Session,
        items: Sequence[tuple[Stored, ResearcherInput]],
        actor: Actor,
        now: datetime,
    ) -> None:
        update_rows(
            session,
            self.table,
            (
                {"id": stored.id, **researcher_repo.researcher_values(r), **_stamp(actor, now)}
                for stored, r in items
            ),
        )
        for stored, record in items:
            old: ResearcherInput = stored.record
            if (old.birth_date, old.sex) != (record.birth_date, record.sex):
                refresh_age_outs(session, stored.id, Person(record.birth_date, record.sex))

    def created_details(self, record: ResearcherInput) -> dict[str, Any]:
        # As ResearcherService.create records it.
        return {
            "name": record.name.strip(),
            "id_type": str(record.id_type),
            "unit": record.unit.strip(),
        }

    def updated_details(self, diff: dict[str, list[Any]]) -> dict[str, Any]:
        return {"changes": diff}


RULES: Mapping[ImportKind, KindRules] = {
    rules.kind: rules for rules in (ApplicantRules(), EmployerRules(), ResearcherRules())
}
