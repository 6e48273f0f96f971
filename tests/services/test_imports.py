"""Roster imports: preview per row (new, update, unchanged, error), matching, the all-or-nothing
commit with its backup and audit, conflicts and cancelling, on both databases.
"""

from __future__ import annotations

import dataclasses
import gc
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from talentdesk.domain.exports import ExportKind
from talentdesk.domain.imports import ImportKind, ImportPreview, ImportRow, RowStatus
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.permit_records import Handler
from talentdesk.domain.researchers.records import IdType
from talentdesk.errors import CancelledError, ConflictError, PermissionDeniedError
from talentdesk.excel.columns import APPLICANTS, EMPLOYERS, RESEARCHERS
from talentdesk.excel.writer import write_roster
from talentdesk.services import imports as imports_module
from talentdesk.services.applicants import ApplicantService
from talentdesk.services.audit_service import AuditService
from talentdesk.services.backups import BackupService
from talentdesk.services.demo import fill_demo_data
from talentdesk.services.employers import EmployerService
from talentdesk.services.exports import ExportService
from talentdesk.services.imports import ImportService
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.services.researchers import ResearcherService
from talentdesk.storage.database import Database
from talentdesk.storage.tables import (
    ApplicantRow,
    AuditRow,
    EmployerRow,
    EnrollmentRow,
    HandlerRow,
    PassportRow,
    ResearcherRow,
)
from tests.excel.conftest import build_workbook
from tests.services.permit_fixtures import (
    CLERK,
    HR_OFFICER,
    JIANGSU_USCC,
    OTHER_USCC,
    TODAY,
    audit_entries,
    employer_draft,
    passport,
    person,
)
from tests.services.researcher_fixtures import FakeClock, enroll
from tests.services.researcher_fixtures import person as researcher

APPLICANT_HEADER = ("姓", "名", "性别", "出生日期", "国籍", "护照号码", "护照有效期至", "电子邮箱")


class Clock:
    """TODAY at 01:30 UTC, one second further per call."""

    def __init__(self) -> None:
        self.now = datetime.combine(TODAY, datetime.min.time()) + timedelta(hours=1, minutes=30)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def service(database: Database, clock: Clock, tmp_path: Path) -> ImportService:
    return ImportService(database, BackupService(database, tmp_path / "backups", clock), clock)


def count(db: Database, table: Any) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def statuses(preview: ImportPreview) -> dict[int, RowStatus]:
    return {row.number: row.status for row in preview.rows}


def row_of(preview: ImportPreview, number: int) -> ImportRow:
    return next(r for r in preview.rows if r.number == number)


def problems(preview: ImportPreview, number: int) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in row_of(preview, number).problems]


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Everything an import may touch, to prove it did not."""
    tables = {"applicants": ApplicantRow, "passports": PassportRow, "employers": EmployerRow,
              "handlers": HandlerRow, "researchers": ResearcherRow, "audit": AuditRow}
    with db.read() as session:
        return {
            name: [tuple(r) for r in session.execute(select(t.__table__).order_by(t.id))]
            for name, t in tables.items()
        }


# --- applicants -------------------------------------------------------------------------------


@pytest.fixture
def anna(database: Database, clock: Clock):
    """Müller, Anna Maria (DEU), passport C01X00T47, email anna@example.de."""
    return ApplicantService(database, clock).create(CLERK, person(), passport(), TODAY)


def applicant_sheet(tmp_path: Path, *rows: tuple[Any, ...]) -> Path:
    return build_workbook(tmp_path / "applicants.xlsx", [APPLICANT_HEADER, *rows])


ANNA = ("Müller", "Anna Maria", "女", date(1988, 3, 14), "德国", "C01X00T47", date(2031, 5, 1),
        "anna@example.de")


def test_each_row_is_new_update_unchanged_or_error_with_the_reason(
    service: ImportService, anna, tmp_path: Path
):
    path = applicant_sheet(
        tmp_path,
        ANNA,  # row 2: as stored
        ("SMITH", "JOHN", "男", "1985.6.15", "英国", "E12345678", "2033年3月31日", ""),  # new
        ("Müller", "Anna Maria", "女", date(1988, 3, 14), "DEU", "C01X00T47", date(2031, 5, 1),
         "anna.mueller@example.de"),  # row 4: the same passport again
        ("DOE", "JANE", "女", date(2030, 1, 1), "USA", "X1234567", date(2031, 1, 1), ""),
        ("LEE", "", "X", date(1990, 1, 1), "KOR", "M12345678", None, "not-an-email"),
    )
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    assert statuses(preview) == {
        2: RowStatus.UNCHANGED, 3: RowStatus.NEW, 4: RowStatus.ERROR, 5: RowStatus.ERROR,
        6: RowStatus.ERROR,
    }
    assert preview.counts == {RowStatus.NEW: 1, RowStatus.UPDATE: 0, RowStatus.UNCHANGED: 1,
                              RowStatus.ERROR: 3}
    (duplicate,) = row_of(preview, 4).problems
    assert duplicate.code == "duplicate_in_file"
    assert duplicate.params == {"first_row": 2, "row": 4, "column": "护照号码", "cell": "F4"}
    assert problems(preview, 5) == [("birth_date", "birth_date_in_future")]
    assert sorted(problems(preview, 6)) == [("email", "email_invalid"),
                                            ("passport_expiry", "required")]
    (future,) = row_of(preview, 5).problems
    assert future.params == {"row": 5, "column": "出生日期", "cell": "D5"}


def test_an_update_shows_each_changed_field_old_and_new(
    service: ImportService, anna, tmp_path: Path
):
    changed = (*ANNA[:5], " c01x00t47 ", date(2032, 5, 1), "anna.mueller@example.de")
    preview = service.preview(CLERK, ImportKind.APPLICANTS, applicant_sheet(tmp_path, changed))
    (row,) = preview.rows
    assert row.status is RowStatus.UPDATE and row.record_id == anna.id
    assert {(c.field, c.old, c.new) for c in row.changes} == {
        ("email", "anna@example.de", "anna.mueller@example.de"),
        ("passport_expiry", "2031-05-01", "2032-05-01"),
    }
    assert row.key == "C01X00T47 DEU" and row.label == "Müller Anna Maria"


def test_a_match_needs_passport_number_and_nationality(
    service: ImportService, anna, tmp_path: Path
):
    # The same number from another country is another passport, so another person.
    other = ("Müller", "Anna Maria", "女", date(1988, 3, 14), "AUT", "C01X00T47", date(2031, 5, 1),
             "")
    preview = service.preview(CLERK, ImportKind.APPLICANTS, applicant_sheet(tmp_path, other))
    assert statuses(preview) == {2: RowStatus.NEW}
    # The same person under a new passport is refused: renew it in the form instead.
    renewed = (*ANNA[:5], "C01X00T55", date(2035, 1, 1), "")
    preview = service.preview(CLERK, ImportKind.APPLICANTS, applicant_sheet(tmp_path, renewed))
    assert problems(preview, 2) == [("surname", "possible_duplicate")]


def test_commit_writes_new_and_changed_rows_with_backup_and_audit(
    service: ImportService, database: Database, anna, tmp_path: Path
):
    path = applicant_sheet(
        tmp_path,
        (*ANNA[:7], "anna.mueller@example.de"),
        ("SMITH", "JOHN", "男", "1985.6.15", "英国", "E12345678", "2033年3月31日", ""),
        ("BAD", "ROW", "?", date(1990, 1, 1), "USA", "X1", date(2031, 1, 1), ""),
    )
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    seen: list[int] = []
    result = service.commit(CLERK, preview, progress=seen.append)
    assert (result.created, result.updated, result.unchanged, result.skipped) == (1, 1, 0, 1)
    assert seen == [1, 2]
    if database.sqlite_path is not None:
        assert result.backup is not None and "before-import" in result.backup.name
    else:
        assert result.backup is None
    applicants = ApplicantService(database)
    assert applicants.get(CLERK, anna.id).details.email == "anna.mueller@example.de"
    (smith,) = applicants.search(CLERK, "SMITH").items
    assert smith.details.birth_date == date(1985, 6, 15)
    assert smith.passport is not None and smith.passport.issuing_state == "GBR"
    assert smith.passport.expiry_date == date(2033, 3, 31)
    entries = audit_entries(database)[1:]  # after Anna's creation
    assert [(e.action, e.entity) for e in entries] == [
        ("create", "applicant"), ("update", "applicant"), ("import", "applicants")
    ]
    assert entries[0].entity_id == str(smith.id)
    assert entries[0].details["passport_number"] == [None, "E12345678"]
    assert entries[1].details == {"email": ["anna@example.de", "anna.mueller@example.de"]}
    assert entries[2].details["created"] == 1 and entries[2].details["skipped"] == 1
    assert entries[2].entity_id == "applicants.xlsx"
    # The audit chain stays intact across the bulk entries.
    assert AuditService(database).verify().intact


def test_a_failure_mid_commit_leaves_the_database_unchanged(
    service: ImportService, database: Database, anna, tmp_path: Path, monkeypatch
):
    path = applicant_sheet(
        tmp_path,
        (*ANNA[:7], "anna.mueller@example.de"),
        ("SMITH", "JOHN", "男", "1985.6.15", "英国", "E12345678", "2033年3月31日", ""),
    )
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    before = snapshot(database)

    def broken(*_args: Any) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(imports_module, "append_entries", broken)
    with pytest.raises(RuntimeError):
        service.commit(CLERK, preview)
    assert snapshot(database) == before


def test_a_file_of_many_chunks_is_stored_and_audited_row_by_row(
    service: ImportService, database: Database, anna, tmp_path: Path
):
    """3 chunks, each stored behind while the next is prepared: every row, its passport and
    its creation entry, in the file's order, on one unbroken audit chain.
    """
    rows = [("SMITH", f"JOHN {n}", "男", date(1985, 6, 15), "GBR", f"E{n:08d}",
             date(2033, 3, 31), "") for n in range(2500)]  # fmt: skip
    preview = service.preview(CLERK, ImportKind.APPLICANTS, applicant_sheet(tmp_path, *rows))
    assert service.commit(CLERK, preview).created == 2500
    with database.read() as session:
        stored = session.execute(
            select(ApplicantRow.id, ApplicantRow.given_names, PassportRow.number)
            .join(PassportRow, PassportRow.applicant_id == ApplicantRow.id)
            .where(ApplicantRow.id != anna.id)
            .order_by(ApplicantRow.id)
        ).all()
    assert [(given, number) for _, given, number in stored] == [
        (f"JOHN {n}", f"E{n:08d}") for n in range(2500)
    ]
    created = [e for e in audit_entries(database) if e.action == "create"][1:]  # after Anna's
    assert [e.entity_id for e in created] == [str(row.id) for row in stored]
    assert AuditService(database).verify().intact


def test_cancelling_preview_or_commit_changes_nothing(
    service: ImportService, database: Database, anna, tmp_path: Path
):
    rows = [("SMITH", f"JOHN {n}", "男", date(1985, 6, 15), "GBR", f"E{n:08d}",
             date(2033, 3, 31), "") for n in range(2500)]
    path = applicant_sheet(tmp_path, *rows)
    with pytest.raises(CancelledError):
        service.preview(CLERK, ImportKind.APPLICANTS, path, cancelled=lambda: True)
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    assert preview.counts[RowStatus.NEW] == 2500
    before = snapshot(database)
    written: list[int] = []
    with pytest.raises(CancelledError):
        service.commit(CLERK, preview, progress=written.append, cancelled=lambda: bool(written))
    assert written == [1000]  # cancelled after the first chunk was written
    assert snapshot(database) == before


def test_a_record_changed_after_the_preview_is_a_conflict(
    service: ImportService, database: Database, clock: Clock, anna, tmp_path: Path
):
    path = applicant_sheet(tmp_path, (*ANNA[:7], "anna.mueller@example.de"))
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    applicants = ApplicantService(database, clock)
    applicants.update(CLERK, anna.id, person(phone="110"), anna.stamp.version, TODAY)
    before = snapshot(database)
    with pytest.raises(ConflictError) as caught:
        service.commit(CLERK, preview)
    assert caught.value.detail == "stale"
    assert snapshot(database) == before


def test_a_new_record_stored_by_someone_else_meanwhile_is_a_conflict(
    service: ImportService, database: Database, clock: Clock, tmp_path: Path
):
    path = applicant_sheet(tmp_path, ANNA)
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    assert statuses(preview) == {2: RowStatus.NEW}
    ApplicantService(database, clock).create(CLERK, person(), passport(), TODAY)
    with pytest.raises(ConflictError):
        service.commit(CLERK, preview)
    assert count(database, ApplicantRow) == 1


def test_a_conflict_in_a_later_chunk_undoes_the_chunks_written_before_it(
    service: ImportService, database: Database, clock: Clock, tmp_path: Path
):
    """New rows are checked for someone else's record a chunk at a time, just before the
    chunk is written; the last row's passport, stored meanwhile, undoes the whole import."""
    total = imports_module.WRITE_CHUNK + 5
    rows = [("SMITH", f"JOHN {n}", "男", date(1985, 6, 15), "GBR", f"E{n:08d}",
             date(2033, 3, 31), "") for n in range(total)]  # fmt: skip
    preview = service.preview(CLERK, ImportKind.APPLICANTS, applicant_sheet(tmp_path, *rows))
    assert preview.counts[RowStatus.NEW] == total
    last = preview.rows[-1].record
    ApplicantService(database, clock).create(CLERK, last.person, last.passport, TODAY)
    before = snapshot(database)
    written: list[int] = []
    with pytest.raises(ConflictError) as caught:
        service.commit(CLERK, preview, progress=written.append)
    assert caught.value.detail == "stale"
    assert written == [imports_module.WRITE_CHUNK]  # the first chunk was written, then undone
    assert snapshot(database) == before


def test_an_unchanged_row_keeps_no_record_for_the_commit(
    service: ImportService, database: Database, anna, tmp_path: Path
):
    path = applicant_sheet(tmp_path, ANNA, (*ANNA[:7], "anna.mueller@example.de"))
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    assert statuses(preview) == {2: RowStatus.UNCHANGED, 3: RowStatus.ERROR}  # twice in file
    unchanged = row_of(preview, 2)
    assert (unchanged.record, unchanged.match, unchanged.record_id) == (None, None, anna.id)
    assert unchanged.label == "Müller Anna Maria" and unchanged.key.startswith("C01X00T47")
    result = service.commit(CLERK, preview)
    assert (result.created, result.updated, result.unchanged, result.skipped) == (0, 0, 1, 1)


def test_import_needs_the_right_to_edit_the_area(service: ImportService, tmp_path: Path):
    path = applicant_sheet(tmp_path, ANNA)
    with pytest.raises(PermissionDeniedError):
        service.preview(HR_OFFICER, ImportKind.APPLICANTS, path)
    with pytest.raises(PermissionDeniedError):
        service.preview(CLERK, ImportKind.RESEARCHERS, path)


def test_the_error_report_repeats_the_error_rows_with_their_problems(
    service: ImportService, anna, tmp_path: Path
):
    path = applicant_sheet(
        tmp_path,
        ANNA,
        ("DOE", "JANE", "女", date(2030, 1, 1), "USA", "X1234567", date(2031, 1, 1), ""),
    )
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    target = tmp_path / "errors.xlsx"
    written = service.write_error_report(CLERK, preview, target, lambda p: f"{p.field}:{p.code}")
    assert written == 1
    ws = load_workbook(target).active
    assert [c.value for c in ws[1]][:4] == ["原行号", "错误说明", "姓", "名"]
    assert [c.value for c in ws[2]][:4] == [3, "birth_date:birth_date_in_future", "DOE", "JANE"]


# --- employers --------------------------------------------------------------------------------


def test_employers_match_by_uscc_and_keep_or_add_handlers(
    service: ImportService, database: Database, clock: Clock, tmp_path: Path
):
    employers = EmployerService(database, clock)
    stored = employers.create(CLERK, employer_draft(), TODAY)
    wrong = OTHER_USCC[:-1] + ("0" if OTHER_USCC[-1] != "0" else "1")
    path = build_workbook(tmp_path / "employers.xlsx", [
        ["江苏省外国人来华工作单位名册"],
        ["统一社会信用代码", "单位名称", "所在城市", "备注", "经办人", "经办人电话"],
        [JIANGSU_USCC.lower(), "南京星河生物科技有限公司", "南京市", "x", None, None],
        [OTHER_USCC, "苏州新材料有限公司", "苏州", "", "李雷", 13912345678],
        [wrong, "无锡某公司", "无锡", "", "韩梅梅", None],
        ["91320100MA1XYW1230", "无经办人公司", "南京", "", None, None],
    ], merges=["A1:F1"])
    preview = service.preview(CLERK, ImportKind.EMPLOYERS, path)
    assert statuses(preview) == {3: RowStatus.UNCHANGED, 4: RowStatus.NEW, 5: RowStatus.ERROR,
                                 6: RowStatus.ERROR}
    assert problems(preview, 5) == [("uscc", "uscc_check_character")]
    assert ("handlers", "handlers_count") in problems(preview, 6)
    # A handler on the row joins the one on file.
    path = build_workbook(tmp_path / "employers2.xlsx", [
        ["统一社会信用代码", "单位名称", "所在城市", "经办人", "经办人电话"],
        [JIANGSU_USCC, "南京星河生物科技有限公司", "南京", "李雷", "025-1"],
    ])
    preview = service.preview(CLERK, ImportKind.EMPLOYERS, path)
    (row,) = preview.rows
    assert row.status is RowStatus.UPDATE and [c.field for c in row.changes] == ["handlers"]
    service.commit(CLERK, preview)
    assert employers.get(CLERK, stored.id).details.handlers == (
        Handler("王芳", "025-52110000", "wang@xinghe.cn"), Handler("李雷", "025-1", ""))


# --- researchers ------------------------------------------------------------------------------


def test_researchers_from_a_messy_sheet(service: ImportService, database: Database, clock,
                                        tmp_path: Path):
    wang = ResearcherService(database, clock).create(HR_OFFICER, researcher())
    path = build_workbook(tmp_path / "researchers.xlsx", [
        ["2026年度青年科技人才花名册"],
        ["填报单位：南京大学", None, None, None, "填报日期：2026年11月27日"],
        ["序号", "所在单位", "身份证号码", "姓名", "出生年月日", "性别", "职称", "无关列"],
        [1, "南京大学", wang.data.id_number, "王芳", "1992年5月1日", "女", "副教授", "x"],
        [2, "东南大学", "320102199005178128", "李晓雯", "1990.5.17", "女", "", ""],
        [3, "东南大学", 320102199005178128, "赵六", 33010, "男", "", ""],
        [4, "东南大学", "320102199005178128", "李晓雯", "1990/05/17", "女", "", ""],
    ], merges=["A1:H1"])
    preview = service.preview(HR_OFFICER, ImportKind.RESEARCHERS, path)
    assert preview.header_row == 3 and preview.ignored == ("序号", "无关列")
    assert statuses(preview) == {4: RowStatus.UPDATE, 5: RowStatus.NEW, 6: RowStatus.ERROR,
                                 7: RowStatus.ERROR}
    assert [(c.field, c.old, c.new) for c in preview.rows[0].changes] == [
        ("title", "", "副教授")]
    assert problems(preview, 6) == [("id_number", "identifier_digits_lost")]
    assert problems(preview, 7) == [("id_number", "duplicate_in_file")]
    new = preview.rows[1]
    assert new.record.birth_date == date(1990, 5, 17) and new.record.unit == "东南大学"
    result = service.commit(HR_OFFICER, preview)
    assert (result.created, result.updated, result.skipped) == (1, 1, 2)
    assert count(database, ResearcherRow) == 2
    assert ResearcherService(database).get(HR_OFFICER, wang.id).data.title == "副教授"
    assert [e.action for e in audit_entries(database, "researcher")] == [
        "create", "create", "update"]


# --- round trips ------------------------------------------------------------------------------


def _fields(record: object) -> dict[str, object]:
    """A dataclass's fields by name, nested records kept as they are (unlike ``asdict``)."""
    return {field.name: getattr(record, field.name) for field in dataclasses.fields(record)}


def test_an_exported_roster_imports_back_unchanged(
    service: ImportService, database: Database, clock: Clock, anna, tmp_path: Path
):
    employers = EmployerService(database, clock)
    employer = employers.create(CLERK, employer_draft(studio_level="provincial",
                                                      studio_year=2020), TODAY)
    wang = ResearcherService(database, clock).create(HR_OFFICER, researcher(degree="博士",
                                                                            title="副研究员"))
    cases = [
        (ImportKind.APPLICANTS, APPLICANTS, CLERK,
         {**_fields(anna.details), "passport_number": "C01X00T47", "issuing_state": "DEU",
          "passport_expiry": date(2031, 5, 1)}),
        (ImportKind.EMPLOYERS, EMPLOYERS, CLERK, _fields(employer.details)),
        (ImportKind.RESEARCHERS, RESEARCHERS, HR_OFFICER,
         {**_fields(wang.data), "sex": str(wang.data.sex), "id_type": str(wang.data.id_type)}),
    ]
    for kind, columns, actor, record in cases:
        path = tmp_path / f"{kind}.xlsx"
        write_roster(path, columns.columns, [record], title="花名册", report_date=TODAY,
                     reveal_sensitive=True)
        preview = service.preview(actor, kind, path)
        assert statuses(preview) == {4: RowStatus.UNCHANGED}, (kind, preview.rows)


def test_the_example_row_of_each_template_imports_as_new(service: ImportService, tmp_path: Path):
    for kind, actor in ((ImportKind.APPLICANTS, CLERK), (ImportKind.EMPLOYERS, CLERK),
                        (ImportKind.RESEARCHERS, HR_OFFICER)):
        path = tmp_path / f"{kind}-template.xlsx"
        service.write_template(kind, path)
        preview = service.preview(actor, kind, path)
        assert statuses(preview) == {2: RowStatus.NEW}, (kind, preview.rows)


def test_dates_as_excel_serials_and_text(service: ImportService, database: Database,
                                         tmp_path: Path):
    serial = (date(1985, 6, 15) - date(1899, 12, 30)).days
    path = applicant_sheet(
        tmp_path,
        ("SMITH", "JOHN", "男", serial, "GBR", "E12345678", "2033/03/31", ""),
        ("JONES", "MARY", "女", "1986-02-03", "GBR", "E12345679", "20330401", ""),
        ("BROWN", "ANN", "女", "2026.1", "GBR", "E12345670", "2033.4.1", ""),
    )
    preview = service.preview(CLERK, ImportKind.APPLICANTS, path)
    smith, jones, _brown = (row.record for row in preview.rows)
    assert smith.person.birth_date == date(1985, 6, 15)
    assert smith.passport.expiry_date == date(2033, 3, 31)
    assert jones.person.birth_date == date(1986, 2, 3)
    assert jones.passport.expiry_date == date(2033, 4, 1)
    assert problems(preview, 4) == [("birth_date", "date_incomplete")]


def test_a_new_birth_date_moves_the_age_out_date_of_enrollments(
    service: ImportService, database: Database, tmp_path: Path
):
    services = ResearcherServices.build(database, FakeClock())
    created = services.researchers.create(
        HR_OFFICER, researcher(id_type=IdType.PASSPORT, id_number="E12345678")
    )
    enrollment = enroll(services, created, "jiangsu_young_sponsorship")
    path = build_workbook(tmp_path / "r.xlsx", [
        ["姓名", "性别", "出生日期", "证件类型", "证件号码", "所在单位"],
        ["王芳", "女", "1990-05-01", "护照", "E12345678", "南京大学"],
    ])  # fmt: skip
    preview = service.preview(HR_OFFICER, ImportKind.RESEARCHERS, path)
    assert [(c.field, c.new) for c in preview.rows[0].changes] == [("birth_date", "1990-05-01")]
    service.commit(HR_OFFICER, preview)
    with database.read() as session:
        stored = session.get(EnrollmentRow, enrollment.id)
        assert stored is not None and stored.ages_out_on == date(2026, 5, 1)


def test_a_duplicate_chunks_apart_names_the_first_row(service: ImportService, tmp_path: Path):
    rows = [("SMITH", f"JOHN {n}", "男", date(1985, 6, 15), "GBR", f"E{n:08d}",
             date(2033, 3, 31), "") for n in range(imports_module.READ_CHUNK + 5)]  # fmt: skip
    rows.append(("SMITH", "JOHN AGAIN", "男", date(1985, 6, 15), "英国", "e0000 0001",
                 date(2033, 3, 31), ""))  # the second row's passport, typed another way
    preview = service.preview(CLERK, ImportKind.APPLICANTS, applicant_sheet(tmp_path, *rows))
    last = preview.rows[-1]
    assert [(p.code, p.params["first_row"]) for p in last.problems] == [("duplicate_in_file", 3)]
    assert preview.counts[RowStatus.NEW] == len(rows) - 1


def test_a_preview_frees_its_look_ups_as_it_goes(service: ImportService, tmp_path: Path):
    """The look-ups' SQL statements are reference cycles holding a chunk's keys; with the
    collector paused they would pile up over a whole file unless each chunk frees them."""
    rows = [
        (f"Person{i}", "Anna", "女", date(1980, 1, 1) + timedelta(days=i), "德国",
         f"C{i:08d}", date(2031, 5, 1), f"p{i}@example.de")
        for i in range(3 * imports_module.READ_CHUNK)
    ]  # fmt: skip
    gc.collect()
    gc.disable()
    try:
        preview = service.preview(CLERK, ImportKind.APPLICANTS, applicant_sheet(tmp_path, *rows))
        left = gc.collect()  # what the paused collector would have kept until the end
    finally:
        gc.enable()
    assert preview.counts[RowStatus.NEW] == len(rows)
    assert left < len(rows) / 3, left


def test_the_demo_data_exported_imports_back_unchanged(
    service: ImportService, database: Database, clock: Clock, tmp_path: Path
):
    """What the demo generator stores is what the forms would store: a roster exported from
    it changes nothing (its passports once kept the MRZ's "D" where intake keeps "DEU")."""
    fill_demo_data(database, applicants=150, researchers=0, cases=20, seed=3, today=TODAY)
    roster = tmp_path / "demo.xlsx"
    ExportService(database, clock=clock).export(CLERK, ExportKind.APPLICANTS, ListQuery(), roster)
    preview = service.preview(CLERK, ImportKind.APPLICANTS, roster)
    changed = [(r.number, [(c.field, c.old, c.new) for c in r.changes], r.problems)
               for r in preview.rows if r.status is not RowStatus.UNCHANGED]  # fmt: skip
    assert changed == []
    assert preview.counts[RowStatus.UNCHANGED] == 150
