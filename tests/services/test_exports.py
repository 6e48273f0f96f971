"""Export service: what is filtered is exported, in the list's order; masking, audit, cancel."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import insert

from talentdesk.domain.accounts import Actor, Role
from talentdesk.domain.audit_chain import AuditFilter
from talentdesk.domain.exports import ExportKind
from talentdesk.domain.listing import ListQuery
from talentdesk.domain.researchers.programs import Sex
from talentdesk.errors import CancelledError, PermissionDeniedError, ValidationError
from talentdesk.services import exports as export_module
from talentdesk.services.exports import ExportOptions, ExportService, may_export
from talentdesk.services.lists import ListService
from talentdesk.storage.database import Database
from talentdesk.storage.tables import IssuedPermitRow
from tests.factories import Factory
from tests.services.permit_fixtures import audit_entries
from tests.services.researcher_fixtures import HR, enroll, person, services

__all__ = ["services"]  # fixtures used by name

CLERK = Actor(2, "li", "李娜", Role.CLERK, "window-1")
SUPERVISOR = Actor(3, "zhao", "赵强", Role.SUPERVISOR, "window-2")
ADMINISTRATOR = Actor(1, "admin", "管理员", Role.ADMINISTRATOR, "server")
NOW = datetime(2026, 11, 27, 9, 30)
HEADER = 3  # title, unit and date, then the header row


@pytest.fixture
def exports(database: Database) -> ExportService:
    return ExportService(database, clock=lambda: NOW)


@pytest.fixture
def desk(database: Database) -> dict[str, int]:
    make = Factory(database)
    acme = make.employer("南京华芯科技有限公司", uscc="91320100MA1XYZ0001")
    hostile = make.employer('=HYPERLINK("http://evil","点我")', uscc="91320100MA1XYZ0002")
    ingrid = make.applicant("KOWALSKI", "INGRID", nationality="POL", passports=("EA9876543",))
    wang = make.applicant("WANG", "WEI", chinese_name="王伟", nationality="USA",
                          passports=("E12345678",))  # fmt: skip
    ids = {"acme": acme, "hostile": hostile, "ingrid": ingrid, "wang": wang}
    for number, holder, work in [
        ("2026-000001", ingrid, ("under_review", date(2026, 12, 4))),
        ("2026-000002", wang, ("submitted", date(2026, 12, 1))),
        ("2026-000003", ingrid, ("submitted", None)),
        ("2026-000004", wang, ("submitted", date(2026, 11, 30))),
        ("2026-000005", ingrid, ("collected", None)),
    ]:
        ids[number] = make.case(holder, acme, number=number, work=work,
                                received_on=date(2026, 11, int(number[-1])))  # fmt: skip
    return ids


def rows_of(path: Path) -> tuple[openpyxl.worksheet.worksheet.Worksheet, list[tuple]]:
    ws = openpyxl.load_workbook(path).active
    return ws, [tuple(c.value for c in row) for row in ws.iter_rows(min_row=HEADER + 1)]


def column(ws, title: str) -> int:
    """The 0-based index of the column headed ``title``."""
    return [c.value for c in ws[HEADER]].index(title)


def test_a_filtered_case_export_holds_exactly_the_filtered_rows_in_the_lists_order(
    exports, desk, database, tmp_path, monkeypatch
):
    monkeypatch.setattr(export_module, "BATCH", 2)  # several batches, and the order kept
    query = ListQuery(filters={"state": "submitted"}, sort_key="due_on")
    result = exports.export(CLERK, ExportKind.CASES, query, tmp_path / "cases.xlsx")

    listed = ListService(database, clock=lambda: NOW).list_cases(CLERK, query)
    expected = [row.case_number for row in listed.rows]
    assert expected == ["2026-000004", "2026-000002", "2026-000003"]  # undated last
    ws, rows = rows_of(result.path)
    assert [row[1] for row in rows] == expected
    assert [row[0] for row in rows] == [1, 2, 3], "序号"
    assert (result.rows, result.masked) == (3, False)
    assert ws["A1"].value == "外国人来华工作许可案件花名册"
    assert "A1:" in str(ws.merged_cells)
    headers = [c.value for c in ws[HEADER]]
    assert headers[:3] == ["序号", "案件编号", "受理日期"]
    received = ws.cell(HEADER + 1, column(ws, "受理日期") + 1)
    assert (received.value, received.number_format) == (datetime(2026, 11, 4), "yyyy-mm-dd")
    state = rows[0][column(ws, "工作许可状态")]
    assert state == "预审中"
    passport = ws.cell(HEADER + 1, column(ws, "护照号码") + 1)
    assert (passport.value, passport.data_type) == ("E12345678", "s")


def test_search_and_english_headers(exports, desk, tmp_path):
    query = ListQuery(search="KOWALSKI", filters={"state": "submitted"})
    options = ExportOptions(language="en")
    result = exports.export(CLERK, ExportKind.CASES, query, tmp_path / "c.xlsx", options)
    ws, rows = rows_of(result.path)
    assert [row[1] for row in rows] == ["2026-000003"]
    assert [c.value for c in ws[HEADER]][:3] == ["No.", "Case number", "Received on"]


def test_passports_are_masked_for_a_role_that_may_not_see_them(exports, desk, tmp_path):
    query = ListQuery(filters={"nationality": "POL"})
    masked = exports.export(ADMINISTRATOR, ExportKind.APPLICANTS, query, tmp_path / "a.xlsx")
    shown = exports.export(SUPERVISOR, ExportKind.APPLICANTS, query, tmp_path / "b.xlsx")
    asked = exports.export(
        CLERK, ExportKind.APPLICANTS, query, tmp_path / "c.xlsx", ExportOptions(unmasked=False)
    )
    for result, passport in [(masked, "EA*****43"), (shown, "EA9876543"), (asked, "EA*****43")]:
        ws, rows = rows_of(result.path)
        assert len(rows) == 1 and rows[0][column(ws, "姓")] == "KOWALSKI"
        assert rows[0][column(ws, "护照号码")] == passport
    assert (masked.masked, shown.masked, asked.masked) == (True, False, True)
    with pytest.raises(PermissionDeniedError):
        exports.export(ADMINISTRATOR, ExportKind.APPLICANTS, query, tmp_path / "d.xlsx",
                       ExportOptions(unmasked=True))  # fmt: skip
    assert not (tmp_path / "d.xlsx").exists()


def test_every_export_is_recorded_in_the_audit_trail(exports, desk, database, tmp_path):
    query = ListQuery(search="华芯科技", filters={"city": "320100"})
    exports.export(CLERK, ExportKind.EMPLOYERS, query, tmp_path / "单位.xlsx")
    exports.export(ADMINISTRATOR, ExportKind.APPLICANTS, ListQuery(), tmp_path / "a.xlsx")
    entries = [e for e in audit_entries(database) if e.action == "export"]
    assert [(e.username, e.entity) for e in entries] == [("li", "employer"), ("admin", "applicant")]
    assert entries[0].details == {
        "kind": "employers",
        "filter": {"filters": {"city": "320100"}, "search": "华芯科技"},
        "rows": 1,
        "masked": False,
        "file": "单位.xlsx",
    }
    assert (entries[1].details["rows"], entries[1].details["masked"]) == (2, True)


def test_a_cancelled_export_leaves_no_file_and_no_audit_entry(exports, desk, database, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[int] = []
    options = ExportOptions(total=seen.append, cancelled=lambda: True)
    with pytest.raises(CancelledError):
        exports.export(CLERK, ExportKind.CASES, ListQuery(), folder / "cases.xlsx", options)
    assert seen == [5]
    assert list(folder.iterdir()) == [], "neither the file nor a temporary one"
    assert not [e for e in audit_entries(database) if e.action == "export"]


def test_a_hostile_name_is_written_as_text_never_as_a_formula(exports, desk, tmp_path):
    result = exports.export(CLERK, ExportKind.EMPLOYERS, ListQuery(), tmp_path / "e.xlsx")
    ws, _rows = rows_of(result.path)
    cell = next(row[1] for row in ws.iter_rows(min_row=HEADER + 1) if row[1].value[0] == "=")
    assert (cell.data_type, cell.quotePrefix) == ("s", True)
    assert cell.value == '=HYPERLINK("http://evil","点我")'
    uscc = ws.cell(HEADER + 1, column(ws, "统一社会信用代码") + 1)
    assert (uscc.data_type, uscc.number_format) == ("s", "@")


def test_refusals(exports, desk, tmp_path):
    with pytest.raises(PermissionDeniedError):
        exports.export(CLERK, ExportKind.AUDIT, AuditFilter(), tmp_path / "x.xlsx")
    with pytest.raises(ValidationError):
        exports.export(CLERK, ExportKind.CASES, ListQuery(filters={"colour": "red"}),
                       tmp_path / "x.xlsx")  # fmt: skip
    assert not may_export(CLERK, ExportKind.AUDIT) and may_export(SUPERVISOR, ExportKind.AUDIT)
    assert not (tmp_path / "x.xlsx").exists()


def test_issued_and_expiring_permits(exports, desk, database, tmp_path):
    with database.write() as session:
        for case, number, valid_to in [
            ("2026-000001", "WP-1", date(2027, 1, 10)),  # within the 90-day lead
            ("2026-000005", "WP-2", date(2028, 6, 30)),
        ]:
            session.execute(insert(IssuedPermitRow).values(
                case_id=desk[case], applicant_id=desk["ingrid"], kind="work_permit",
                number=number, valid_from=date(2026, 1, 1), valid_to=valid_to,
                issued_on=date(2026, 1, int(number[-1])), handled_by="",
            ))  # fmt: skip
    issued = exports.export(CLERK, ExportKind.PERMITS, ListQuery(), tmp_path / "p.xlsx")
    ws, rows = rows_of(issued.path)
    assert [row[column(ws, "证件编号")] for row in rows] == ["WP-2", "WP-1"]  # newest first
    assert rows[0][column(ws, "许可类型")] == "工作许可"
    assert rows[0][column(ws, "有效期至")] == datetime(2028, 6, 30)
    filtered = exports.export(
        CLERK, ExportKind.PERMITS, ListQuery(filters={"expires_to": date(2027, 12, 31)}),
        tmp_path / "q.xlsx",
    )  # fmt: skip
    assert [r[column(ws, "证件编号")] for r in rows_of(filtered.path)[1]] == ["WP-1"]
    expiring = exports.export(CLERK, ExportKind.EXPIRING, ListQuery(), tmp_path / "r.xlsx")
    ws, rows = rows_of(expiring.path)
    assert [(r[column(ws, "证件编号")], r[column(ws, "距到期天数")]) for r in rows] == [
        ("WP-1", 44)
    ]


def test_the_issued_permits_of_the_cases_a_case_list_shows(exports, desk, database, tmp_path):
    make = Factory(database)
    for case, holder, number in [("2026-000001", "ingrid", "WP-1"),
                                 ("2026-000002", "wang", "WP-2"),
                                 ("2026-000005", "ingrid", "WP-5")]:  # fmt: skip
        make.issued_permit(desk[case], desk[holder], number,
                           issued_on=date(2026, 1, int(number[-1])))  # fmt: skip
    # As the case list filters and searches: its sort and page do not matter here.
    cases = ListQuery(search="KOWALSKI", sort_key="due_on", offset=200, limit=200)
    result = exports.export(
        CLERK, ExportKind.PERMITS, ListQuery(filters={"cases": cases}), tmp_path / "p.xlsx"
    )
    ws, rows = rows_of(result.path)
    assert [(r[column(ws, "案件编号")], r[column(ws, "证件编号")]) for r in rows] == [
        ("2026-000005", "WP-5"), ("2026-000001", "WP-1"),
    ]  # fmt: skip
    submitted = ListQuery(filters={"state": "submitted", "nationality": "USA"})
    result = exports.export(
        CLERK, ExportKind.PERMITS, ListQuery(filters={"cases": submitted}), tmp_path / "q.xlsx"
    )
    assert [r[column(ws, "证件编号")] for r in rows_of(result.path)[1]] == ["WP-2"]
    entry = [e for e in audit_entries(database) if e.action == "export"][-1]
    assert entry.details["filter"] == {
        "filters": {"cases": {"filters": {"nationality": "USA", "state": "submitted"}}}
    }
    with pytest.raises(ValidationError):
        exports.export(CLERK, ExportKind.PERMITS,
                       ListQuery(filters={"cases": ListQuery(filters={"colour": "red"})}),
                       tmp_path / "x.xlsx")  # fmt: skip
    assert not (tmp_path / "x.xlsx").exists()


def test_the_assessment_results_of_the_researchers_a_list_shows(services, exports, tmp_path):
    fang = services.researchers.create(HR, person("王芳"))
    qiang = services.researchers.create(HR, person("李强", unit="东南大学", seed=2,
                                                   sex=Sex.MALE))  # fmt: skip
    enroll(services, fang, "nsfc_young_scientists", date(2024, 1, 1))
    enroll(services, qiang, "nsfc_young_scientists", date(2024, 1, 1))
    everyone = exports.export(HR, ExportKind.RESULTS, ListQuery(), tmp_path / "all.xlsx")
    ws, rows = rows_of(everyone.path)
    assert {r[column(ws, "姓名")] for r in rows} == {"王芳", "李强"}
    for listed in (ListQuery(filters={"unit": "东南大学"}), ListQuery(filters={"sex": "male"})):
        query = ListQuery(filters={"researchers": listed})
        result = exports.export(HR, ExportKind.RESULTS, query, tmp_path / "r.xlsx")
        ws, rows = rows_of(result.path)
        assert rows and {r[column(ws, "姓名")] for r in rows} == {"李强"}
        assert result.rows == len(rows) == everyone.rows // 2


def test_the_audit_trail_exports_for_a_supervisor(exports, desk, tmp_path):
    exports.export(CLERK, ExportKind.EMPLOYERS, ListQuery(), tmp_path / "e.xlsx")
    result = exports.export(
        SUPERVISOR, ExportKind.AUDIT, AuditFilter(username="li"), tmp_path / "audit.xlsx"
    )
    ws, rows = rows_of(result.path)
    assert len(rows) == 1
    assert rows[0][column(ws, "用户")] == "li" and rows[0][column(ws, "操作")] == "导出"
    assert rows[0][column(ws, "时间（UTC）")] == NOW
    assert '"file": "e.xlsx"' in rows[0][column(ws, "详情")]


def test_the_researcher_roster_and_the_assessment_results(services, exports, tmp_path):
    fang = services.researchers.create(HR, person("王芳", mentor_name="刘导师"))
    services.researchers.create(HR, person("李强", unit="东南大学", seed=2))
    youth = enroll(services, fang, "nsfc_young_scientists", date(2024, 1, 1))
    query = ListQuery(filters={"unit": "南京大学"})
    roster = exports.export(HR, ExportKind.RESEARCHERS, query, tmp_path / "花名册.xlsx")
    ws, rows = rows_of(roster.path)
    assert ws["A1"].value == "青年科技人才花名册"
    assert len(rows) == 1
    row = rows[0]
    assert (row[column(ws, "姓名")], row[column(ws, "导师")]) == ("王芳", "刘导师")
    assert row[column(ws, "出生日期")] == datetime(1992, 5, 1)
    assert row[column(ws, "身份证号")] == fang.data.id_number
    assert row[column(ws, "入选项目")] == youth.program.name
    assert row[column(ws, "入选年度")] == 2024
    hidden = exports.export(ADMINISTRATOR, ExportKind.RESEARCHERS, query, tmp_path / "m.xlsx")
    number = rows_of(hidden.path)[1][0][column(ws, "身份证号")]
    assert number == fang.data.id_number[:3] + "*" * 11 + fang.data.id_number[-4:]

    results = exports.export(HR, ExportKind.RESULTS, ListQuery(), tmp_path / "results.xlsx")
    ws, rows = rows_of(results.path)
    due = [c.due for c in youth.checkpoints if not c.cancelled]
    assert [r[column(ws, "考核时间")].date() for r in rows] == sorted(due)
    assert {r[column(ws, "姓名")] for r in rows} == {"王芳"}
    assert rows[0][column(ws, "考核类型")] in {"年度", "中期", "期满"}
    with pytest.raises(PermissionDeniedError):
        exports.export(ADMINISTRATOR, ExportKind.RESULTS, ListQuery(), tmp_path / "x.xlsx",
                       ExportOptions(unmasked=True))  # fmt: skip
