"""RecordCodec: the records an import previews come back equal after marshal, and a type the
codec cannot carry is refused when the codec is made, not met halfway through a file."""

from __future__ import annotations

import dataclasses
import marshal
from datetime import date, datetime

import pytest

from talentdesk.domain.packing import RecordCodec
from talentdesk.domain.permit_records import (
    ApplicantDraft,
    EmployerDraft,
    Handler,
    PassportDraft,
    StudioLevel,
)
from talentdesk.domain.researchers.programs import Sex
from talentdesk.domain.researchers.records import IdType, ResearcherInput


@dataclasses.dataclass(frozen=True, slots=True)
class Pair:
    """Nested records and the optional kinds the domain's records use."""

    person: ApplicantDraft
    passport: PassportDraft
    seen_at: datetime | None = None
    renewed: date | None = None


@dataclasses.dataclass(frozen=True)
class Single:
    name: str


RECORDS = [
    ApplicantDraft("MÜLLER", "ANNA", "F", date(1990, 5, 1), "DEU", "安娜", "", "a@b.de", "", ""),
    PassportDraft("C01X00T47", "D", date(2031, 5, 1)),
    EmployerDraft(
        "南京星河生物科技有限公司", "91320102MA1XXXXXX0", "320100",
        (Handler("李雷", "13800000000", ""), Handler("韩梅梅")),
        studio_level=StudioLevel.MUNICIPAL, studio_year=2024, fortune_global_500=True,
    ),
    EmployerDraft("苏州新材料有限公司", "91320500MA1XXXXXX1", "320500", ()),
    ResearcherInput("王伟", Sex.MALE, date(1995, 2, 28), IdType.RESIDENT_ID,
                    "11010519950228001X", "东南大学", mentor_id=7),
    ResearcherInput("Li Na", Sex.FEMALE, date(2000, 1, 1), IdType.PASSPORT, "E12345678",
                    "南京大学"),
    Pair(
        ApplicantDraft("SMITH", "JOHN", "M", date(1985, 6, 15), "GBR"),
        PassportDraft("E12345678", "GBR", date(2033, 3, 31)),
        seen_at=datetime(2026, 11, 27, 9, 30, 5),
    ),
    Pair(
        ApplicantDraft("SMITH", "JOHN", "M", date(1985, 6, 15), "GBR"),
        PassportDraft("E12345678", "GBR", date(2033, 3, 31)),
        renewed=date(2026, 1, 2),
    ),
    Single("一个字段"),
]  # fmt: skip


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_a_record_comes_back_equal_and_of_its_types(record: object):
    codec = RecordCodec(type(record))
    back = codec.decode(marshal.loads(marshal.dumps(codec.encode(record))))
    assert back == record
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        assert type(getattr(back, field.name)) is type(getattr(record, field.name)), field.name


def test_an_enum_comes_back_as_its_member_not_its_text():
    codec = RecordCodec(ResearcherInput)
    back = codec.decode(codec.encode(RECORDS[4]))  # type: ignore[arg-type]
    assert back.sex is Sex.MALE and back.id_type is IdType.RESIDENT_ID


@dataclasses.dataclass(frozen=True)
class Listed:
    names: list[str]


@dataclasses.dataclass(frozen=True)
class Either:
    value: int | str


@dataclasses.dataclass(frozen=True)
class Pairs:
    items: tuple[int, str]


@pytest.mark.parametrize("cls", [Listed, Either, Pairs, dict])
def test_a_type_the_codec_cannot_carry_is_refused_up_front(cls: type):
    with pytest.raises(TypeError):
        RecordCodec(cls)


def test_a_value_not_of_its_declared_type_is_left_for_marshal_to_refuse():
    """``education`` is typed str; a StrEnum there stays a StrEnum, which marshal refuses,
    so the caller keeps the record as it is rather than have it come back as plain text."""
    odd = dataclasses.replace(RECORDS[0], education=Sex.MALE)  # type: ignore[arg-type]
    encoded = RecordCodec(ApplicantDraft).encode(odd)
    with pytest.raises(ValueError):
        marshal.dumps(encoded)
