"""PreviewRows: a preview's rows read back as they were appended, in sheet order, while new
and unchanged rows are held as a fraction of their size as objects."""

from __future__ import annotations

import dataclasses
import gc
import tracemalloc
from datetime import date

import pytest

from talentdesk.domain.imports import FieldChange, ImportRow, PreviewRows, RowStatus
from talentdesk.domain.packing import RecordCodec
from talentdesk.domain.permit_records import ApplicantDraft, PassportDraft
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.programs import Sex


@dataclasses.dataclass(frozen=True, slots=True)
class Record:
    """Shaped like an imported applicant: a person and a passport."""

    person: ApplicantDraft
    passport: PassportDraft


def record(n: int) -> Record:
    return Record(
        ApplicantDraft(f"SURNAME{n}", "GIVEN NAMES", "F", date(1990, 1, 1 + n % 28), "DEU",
                       email=f"person{n}@example.de"),
        PassportDraft(f"C{n:08d}", "DEU", date(2031, 5, 1)),
    )  # fmt: skip


def new(n: int) -> ImportRow:
    return ImportRow(n, RowStatus.NEW, f"C{n:08d} DEU", f"SURNAME{n} GIVEN NAMES", record=record(n))


ERROR = ImportRow(
    3, RowStatus.ERROR, "", "SMITH", (Problem("required", "birth_date"),), cells=("SMITH", None)
)
UPDATE = ImportRow(
    4, RowStatus.UPDATE, "C00000004 DEU", "SURNAME4", (), (FieldChange("phone", "", "110"),),
    record_id=9, version=2, record=record(4), match=object(),
)  # fmt: skip
UNCHANGED = ImportRow(5, RowStatus.UNCHANGED, "C00000005 DEU", "SURNAME5", record_id=12)


def filled(*rows: ImportRow) -> PreviewRows:
    held = PreviewRows(RecordCodec(Record))
    for row in rows:
        held.append(row)
    return held


def test_rows_read_back_in_order_as_appended():
    rows = [new(2), ERROR, UPDATE, UNCHANGED, new(6)]
    held = filled(*rows)
    assert len(held) == 5
    assert list(held) == rows
    assert held[0] == rows[0] and held[-1] == rows[-1] and held[1:3] == rows[1:3]
    assert held[2] is UPDATE  # kept as it is: its stored match is no plain record
    with pytest.raises(IndexError):
        held[5]


def test_counts_statuses_and_the_rows_with_details():
    held = filled(new(2), ERROR, UPDATE, UNCHANGED, new(6))
    assert [held.count_status(s) for s in RowStatus] == [2, 1, 1, 1]
    assert [row.number for row in held.with_status(RowStatus.NEW)] == [2, 6]
    assert list(held.with_status(RowStatus.ERROR)) == [ERROR]
    assert list(held.detailed()) == [(1, ERROR), (2, UPDATE)]


def test_the_rows_of_one_status_on_their_own():
    held = filled(new(2), ERROR, UPDATE, UNCHANGED, new(6))
    errors = held.only(RowStatus.ERROR)
    assert list(errors) == [ERROR] and errors.count_status(RowStatus.NEW) == 0
    assert list(held.only(RowStatus.NEW)) == [new(2), new(6)]
    assert len(held) == 5  # the preview itself is left as it was


def test_a_value_marshal_cannot_hold_keeps_its_row_as_it_is():
    odd = dataclasses.replace(
        new(2), record=Record(dataclasses.replace(record(2).person, education=Sex.MALE),
                              record(2).passport)
    )  # fmt: skip
    held = filled(odd)
    assert held[0] is odd and held[0].record.person.education is Sex.MALE


def test_a_packed_new_row_takes_a_quarter_of_its_size_as_objects():
    """About 170 bytes a row against 760 as objects; the preview of 100k rows held 81 MiB
    that way."""
    count = 5000
    rows = [new(n) for n in range(count)]
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        as_objects = [new(n) for n in range(count)]
        objects = tracemalloc.get_traced_memory()[0] - before
        del as_objects
        gc.collect()
        before = tracemalloc.get_traced_memory()[0]
        held = filled(*rows)
        packed = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert packed < objects / 4, (packed / count, objects / count)
    assert list(held) == rows
