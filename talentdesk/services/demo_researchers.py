"""Demo data for the young-researcher module: people, enrollments, checkpoints, panels, money.

Everything is generated with the domain rules (eligibility, schedules, tranches, aggregation,
grades) so the demo database looks like one the services wrote, and inserted with Core in
batches: 100k researchers take well under a minute.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from talentdesk.domain.fake_ids import fake_resident_id
from talentdesk.domain.researchers.eligibility import (
    Person,
    ReferenceContext,
    ages_out_on,
    check_eligibility,
)
from talentdesk.domain.researchers.evaluation import (
    Decision,
    IndicatorTemplate,
    Scorecard,
    aggregate,
    grade_for,
    load_indicator_templates,
    reviewer_total,
)
from talentdesk.domain.researchers.programs import EvaluationCategory, Program, Sex
from talentdesk.domain.researchers.records import (
    EnrollmentStatus,
    IdType,
    ResearcherInput,
    checkpoint_cohort,
)
from talentdesk.domain.researchers.rewards import plan_tranches
from talentdesk.domain.researchers.schedule import (
    Enrollment,
    Extension,
    ExtensionReason,
    Schedule,
    Termination,
    TerminationReason,
    build_schedule,
)
from talentdesk.services.common import utc_now
from talentdesk.storage.database import Database
from talentdesk.storage.repos import researchers as repo
from talentdesk.storage.repos.bulk import advance_id_sequences, insert_plain, next_id
from talentdesk.storage.tables import (
    CheckpointRow,
    EnrollmentRow,
    ExtensionRow,
    ProgramRow,
    ResearcherRow,
    ReviewerRow,
    ScorecardRow,
    TrancheRow,
)

DEMO_USER = "demo"
BATCH = 5000
# Loads this big rebuild the indexes once at the end (see _indexes_rebuilt).
REBUILD_INDEXES_FROM = 20_000
REVIEWER_POOL = 400
# Past checkpoints that get a full panel with per-indicator scores (the rest: report, decision).
PANEL_SHARE = 0.06
_CONTINUE = [str(Decision.CONTINUE)]
_RELEASE = sorted([str(Decision.CONTINUE), str(Decision.RELEASE_TRANCHE)])

# The most common surnames first, roughly as often as in Jiangsu.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏"
    "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱"
)
_SURNAME_WEIGHTS = tuple(itertools.accumulate(max(1, 60 - i) for i in range(len(_SURNAMES))))
_GIVEN_MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文斌博晨昊轩然"
_GIVEN_FEMALE = "芳娜敏静丽艳娟霞燕玲婷雪慧颖琳倩晶洁欣怡蕾萍红梅莉琴云佳悦璐瑶雯萌楠丹妍媛菲薇"

# (unit, e-mail domain, weight): universities and institutes in Jiangsu.
_UNITS = (
    ("南京大学", "nju.edu.cn", 10), ("东南大学", "seu.edu.cn", 9),
    ("南京航空航天大学", "nuaa.edu.cn", 6), ("南京理工大学", "njust.edu.cn", 6),
    ("河海大学", "hhu.edu.cn", 5), ("江南大学", "jiangnan.edu.cn", 5),
    ("苏州大学", "suda.edu.cn", 6), ("中国矿业大学", "cumt.edu.cn", 4),
    ("南京师范大学", "njnu.edu.cn", 4), ("扬州大学", "yzu.edu.cn", 4),
    ("南京农业大学", "njau.edu.cn", 4), ("南京医科大学", "njmu.edu.cn", 4),
    ("中国药科大学", "cpu.edu.cn", 3), ("南京工业大学", "njtech.edu.cn", 3),
    ("南京邮电大学", "njupt.edu.cn", 3), ("南京信息工程大学", "nuist.edu.cn", 3),
    ("江苏大学", "ujs.edu.cn", 3), ("常州大学", "cczu.edu.cn", 2),
    ("中国科学院南京土壤研究所", "issas.ac.cn", 2), ("中国科学院紫金山天文台", "pmo.ac.cn", 1),
    ("中国科学院南京地理与湖泊研究所", "niglas.ac.cn", 1),
    ("中国科学院苏州纳米技术与纳米仿生研究所", "sinano.ac.cn", 2),
    ("江苏省农业科学院", "jaas.ac.cn", 2), ("江苏省产业技术研究院", "jitri.cn", 2),
)
_UNIT_WEIGHTS = tuple(itertools.accumulate(w for *_, w in _UNITS))
_OUTSIDE_UNITS = ("清华大学", "北京大学", "浙江大学", "复旦大学", "上海交通大学",
                  "中国科学技术大学", "武汉大学", "中山大学", "西安交通大学", "哈尔滨工业大学")

# (discipline code, department at a university, at an institute)
_DISCIPLINES = (
    ("0701", "数学学院", "数学研究室"), ("0702", "物理学院", "物理研究室"),
    ("0703", "化学化工学院", "化学研究室"), ("0704", "天文与空间科学学院", "天文研究室"),
    ("0705", "地理与海洋科学学院", "地理研究室"), ("0710", "生命科学学院", "生物学研究室"),
    ("0713", "环境学院", "生态研究室"), ("0802", "机械工程学院", "智能制造研究室"),
    ("0805", "材料科学与工程学院", "纳米材料研究室"), ("0808", "电气工程学院", "能源研究室"),
    ("0809", "电子科学与工程学院", "微纳器件研究室"), ("0810", "信息科学与工程学院", "通信研究室"),
    ("0811", "自动化学院", "控制研究室"), ("0812", "计算机科学与技术学院", "人工智能研究室"),
    ("0814", "土木工程学院", "结构工程研究室"), ("0815", "水利水电学院", "水资源研究室"),
    ("0817", "化工学院", "化工过程研究室"), ("0830", "环境科学与工程学院", "环境工程研究室"),
    ("0832", "食品学院", "食品研究室"), ("0901", "农学院", "作物研究所"),
    ("1001", "基础医学院", "基础医学研究室"), ("1002", "第一临床医学院", "临床研究中心"),
    ("1007", "药学院", "药物研究室"), ("1201", "管理科学与工程学院", "战略研究室"),
    ("1401", "集成电路学院", "集成电路研究室"),
)


_BULK_TABLES = tuple(row.__table__ for row in (ResearcherRow, EnrollmentRow, CheckpointRow,
                                                ScorecardRow, TrancheRow, ExtensionRow))


@dataclass(frozen=True)
class _Program:
    id: int
    version: int
    program: Program


@dataclass
class _Ids:
    """Next free primary keys, so rows can reference each other before they are inserted."""

    researcher: int
    enrollment: int
    checkpoint: int

    def take(self, kind: str) -> int:
        value = getattr(self, kind)
        setattr(self, kind, value + 1)
        return value


@dataclass
class _Batch:
    researchers: list[dict[str, Any]]
    enrollments: list[dict[str, Any]]
    extensions: list[dict[str, Any]]
    checkpoints: list[dict[str, Any]]
    scorecards: list[dict[str, Any]]
    tranches: list[dict[str, Any]]

    @classmethod
    def empty(cls) -> _Batch:
        return cls([], [], [], [], [], [])


def fill_researchers(db: Database, count: int, rng: random.Random, today: date) -> int:
    """Add ``count`` researchers with enrollments, schedules, reviews and tranches.

    Each batch is its own transaction, so the SQLite write-ahead log stays small; big loads
    rebuild the indexes at the end. Returns the number of researchers added; existing records
    are never changed.
    """
    now = utc_now()
    with db.write() as session:
        programs = _programs(session, now)
        reviewers = _reviewers(session, rng, now)
        taken = set(session.scalars(select(ResearcherRow.id_number).where(
            ResearcherRow.id_type == str(IdType.RESIDENT_ID))))
    generator = _Generator(rng, today, programs, reviewers, taken,
                           repo.stamp_values(now, DEMO_USER))
    with _indexes_rebuilt(db, count):
        return _fill(db, generator, count)


def _fill(db: Database, generator: _Generator, count: int) -> int:
    made = 0
    while made < count:
        with db.write() as session:
            ids = _Ids(next_id(session, ResearcherRow.__table__),
                       next_id(session, EnrollmentRow.__table__),
                       next_id(session, CheckpointRow.__table__))
            batch = _Batch.empty()
            for _ in range(min(BATCH, count - made)):
                generator.researcher(batch, ids)
            for table, rows in ((ResearcherRow, batch.researchers),
                                (EnrollmentRow, batch.enrollments),
                                (ExtensionRow, batch.extensions),
                                (CheckpointRow, batch.checkpoints),
                                (ScorecardRow, batch.scorecards),
                                (TrancheRow, batch.tranches)):
                insert_plain(session, table.__table__, rows)
            advance_id_sequences(session, (ResearcherRow.__table__,
                                                EnrollmentRow.__table__,
                                                CheckpointRow.__table__))
        made += len(batch.researchers)
    return made


@contextmanager
def _indexes_rebuilt(db: Database, count: int) -> Iterator[None]:
    """For a big load, drop the secondary indexes of the tables filled and build them again
    afterwards: one sort per index instead of a B-tree insert per row (about half the time
    at 100k researchers). Unique constraints stay, so duplicates are still refused."""
    if count < REBUILD_INDEXES_FROM:
        yield
        return
    indexes = [index for table in _BULK_TABLES for index in table.indexes]
    with db.write() as session:
        for index in indexes:
            index.drop(session.connection())
    try:
        yield
    finally:
        with db.write() as session:
            for index in indexes:
                index.create(session.connection())


def _programs(session: Session, now: datetime) -> list[_Program]:
    if not session.scalar(select(func.count()).select_from(ProgramRow)):
        repo.install_presets(session, now, DEMO_USER)
    rows = session.scalars(select(ProgramRow).where(ProgramRow.active.is_(True))
                           .order_by(ProgramRow.id))
    return [_Program(r.id, r.version, repo.to_program(r).program) for r in rows]


def _reviewers(session: Session, rng: random.Random, now: datetime) -> list[tuple[int, str]]:
    """The expert pool (created on the first run): (id, unit) pairs."""
    existing = session.execute(select(ReviewerRow.id, ReviewerRow.unit)).all()
    if len(existing) >= REVIEWER_POOL:
        return [(r.id, r.unit) for r in existing]
    first = next_id(session, ReviewerRow.__table__)
    stamp = repo.stamp_values(now, DEMO_USER)
    units = [u for u, *_ in _UNITS] + list(_OUTSIDE_UNITS)
    rows = [{"id": first + i, "name": _name(rng, rng.random() < 0.3), "unit": rng.choice(units),
             "researcher_id": None, "expertise": rng.choice(_DISCIPLINES)[1].removesuffix("学院"),
             "phone": _phone(rng), "email": "", **stamp}
            for i in range(REVIEWER_POOL)]
    insert_plain(session, ReviewerRow.__table__, rows)
    advance_id_sequences(session, (ReviewerRow.__table__,))
    return [(r.id, r.unit) for r in existing] + [(r["id"], r["unit"]) for r in rows]


def _name(rng: random.Random, female: bool) -> str:
    pool = _GIVEN_FEMALE if female else _GIVEN_MALE
    surname = rng.choices(_SURNAMES, cum_weights=_SURNAME_WEIGHTS)[0]
    # About a third of names have one given character (王伟), the rest two (王伟东).
    given = rng.choice(pool) if rng.random() < 0.35 else rng.choice(pool) + rng.choice(pool)
    return surname + given


def _phone(rng: random.Random) -> str:
    return f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"


class _Generator:
    """Draws people and what happened to them; schedules shared by many people are cached."""

    def __init__(self, rng: random.Random, today: date, programs: list[_Program],
                 reviewers: list[tuple[int, str]], taken: set[str],
                 stamp: dict[str, Any]) -> None:
        self.rng = rng
        self.today = today
        self.programs = programs
        self.reviewers = reviewers
        self.taken = taken
        self.stamp = stamp
        self._schedules: dict[tuple[str, str, date], Schedule] = {}

    def researcher(self, batch: _Batch, ids: _Ids) -> None:
        rng = self.rng
        sex = Sex.FEMALE if rng.random() < 0.45 else Sex.MALE
        age = min(rng.randrange(27, 46), rng.randrange(27, 46))  # skewed young
        birth = self.today - timedelta(days=age * 365 + rng.randrange(365))
        code = "F" if sex is Sex.FEMALE else "M"
        number = fake_resident_id(rng, birth_date=birth, sex=code)
        while number in self.taken:
            number = fake_resident_id(rng, birth_date=birth, sex=code)
        self.taken.add(number)
        unit, domain, _ = rng.choices(_UNITS, cum_weights=_UNIT_WEIGHTS)[0]
        discipline, faculty, lab = rng.choice(_DISCIPLINES)
        institute = "研究" in unit or "科学院" in unit
        researcher_id = ids.take("researcher")
        data = ResearcherInput(
            name=_name(rng, sex is Sex.FEMALE), sex=sex, birth_date=birth,
            id_type=IdType.RESIDENT_ID, id_number=number, unit=unit,
            department=lab if institute else faculty, discipline_code=discipline,
            title=_title(rng, age, institute), degree="博士" if rng.random() < 0.9 else "硕士",
            mentor_name=_name(rng, rng.random() < 0.25) if rng.random() < 0.6 else "",
            phone=_phone(rng), email=f"yr{researcher_id}@{domain}")
        batch.researchers.append({"id": researcher_id, **repo.researcher_values(data),
                                  **self.stamp})
        person = Person(birth, sex)
        wanted = rng.choices((0, 1, 2, 3), cum_weights=(15, 70, 95, 100))[0]
        for entry in rng.sample(self.programs, min(8, len(self.programs))):
            if wanted == 0:
                break
            if self._enroll(batch, ids, researcher_id, unit, person, entry):
                wanted -= 1

    def _enroll(self, batch: _Batch, ids: _Ids, researcher_id: int, unit: str, person: Person,
                entry: _Program) -> bool:
        """Enroll in ``entry`` for a recent call the person was eligible for; False if none."""
        rng, today, program = self.rng, self.today, entry.program
        call_year = today.year - rng.randrange(program.cycle_years + 2)
        start = date(call_year, rng.choice((1, 7)), 1)
        if start > today or not check_eligibility(person, program,
                                                  ReferenceContext(call_year)).eligible:
            return False
        enrollment_id = ids.take("enrollment")
        category = rng.choice(program.categories)
        extensions = _extensions(rng, person, start, today)
        schedule = self._schedule(Enrollment(str(enrollment_id), person, program, category,
                                             start, extensions))
        termination = None
        if rng.random() < 0.02 and min(today, schedule.end) > start:
            last = min(today, schedule.end)
            termination = Termination(start + timedelta(days=rng.randrange((last - start).days)),
                                      rng.choice(list(TerminationReason)), "人事处")
            schedule = build_schedule(Enrollment(str(enrollment_id), person, program, category,
                                                 start, extensions, termination=termination))
        decided = self._checkpoints(batch, ids, enrollment_id, unit, program, category,
                                    schedule)
        done = all(c.key in decided or c.cancelled for c in schedule.checkpoints)
        status = (EnrollmentStatus.TERMINATED if termination else
                  EnrollmentStatus.COMPLETED if done and schedule.end < today else
                  EnrollmentStatus.ACTIVE)
        rule = program.age_rule
        batch.enrollments.append({
            "id": enrollment_id, "researcher_id": researcher_id, "program_id": entry.id,
            "program_version": entry.version, "category": str(category),
            "call_year": call_year, "application_deadline": None, "start_on": start,
            "original_end_on": schedule.original_end, "end_on": schedule.end,
            "ages_out_on": None if rule is None else ages_out_on(person, rule),
            "status": str(status), "terminated_on": termination.on if termination else None,
            "termination_reason": str(termination.reason) if termination else "",
            "termination_note": "",
            "terminated_approved_by": termination.approved_by if termination else "",
            **self.stamp})
        batch.extensions += [{"enrollment_id": enrollment_id, "reason": str(e.reason),
                              "starts_on": e.starts_on, "ends_on": e.ends_on,
                              "approved_by": e.approved_by, "note": "",
                              "recorded_at": self.stamp["created_at"], "recorded_by": DEMO_USER}
                             for e in extensions]
        _tranches(batch, today, enrollment_id, start, program, decided, self.stamp)
        return True

    def _schedule(self, enrollment: Enrollment) -> Schedule:
        """The schedule; without extensions it depends on program, category and start only."""
        if enrollment.extensions:
            return build_schedule(enrollment)
        key = (enrollment.program.code, str(enrollment.category), enrollment.start)
        if key not in self._schedules:
            self._schedules[key] = build_schedule(enrollment)
        return self._schedules[key]

    def _checkpoints(self, batch: _Batch, ids: _Ids, enrollment_id: int, unit: str,
                     program: Program, category: EvaluationCategory,
                     schedule: Schedule) -> dict[str, tuple[date, bool]]:
        """Insert the schedule; past checkpoints get reports, some panels and decisions.

        Returns the decided checkpoints: key -> (decision day, whether the tranche was
        released).
        """
        rng, today = self.rng, self.today
        template = load_indicator_templates().get(category)
        gates = {t.release_checkpoint for t in program.tranches}
        lowest = program.grade_scale.bands[-1].grade
        decided = {}
        for item in schedule.checkpoints:
            checkpoint_id = ids.take("checkpoint")
            row: dict[str, Any] = {
                "id": checkpoint_id, "enrollment_id": enrollment_id, "key": item.key,
                "kind": str(item.kind), "original_due_on": item.original_due,
                "due_on": item.due, "cancelled": item.cancelled,
                "cohort": checkpoint_cohort(program.code, item.key, item.due),
                "report_received_on": None, "score": None, "grade": "", "quota_demoted": False,
                "decision": [], "decided_on": None, "decided_by": "", "decision_note": "",
                **self.stamp}
            batch.checkpoints.append(row)
            if item.cancelled or item.due >= today or rng.random() < 0.04:
                continue  # future, cancelled, or (a few) reports still missing
            row["report_received_on"] = item.due - timedelta(days=rng.randrange(30))
            if template is not None and rng.random() < PANEL_SHARE:
                row["score"], row["grade"] = self._panel(batch, checkpoint_id, unit, program,
                                                         template)
            decided_on = item.due + timedelta(days=rng.randrange(15, 60))
            if decided_on >= today:
                continue
            release = item.key in gates and row["grade"] != lowest
            row.update(decision=_RELEASE if release else _CONTINUE, decided_on=decided_on,
                       decided_by="评审委员会")
            decided[item.key] = (decided_on, release)
        return decided

    def _panel(self, batch: _Batch, checkpoint_id: int, unit: str, program: Program,
               template: IndicatorTemplate) -> tuple[Decimal | None, str]:
        """Three reviewers from other units score every indicator; the result is graded."""
        rng = self.rng
        panel = [r for r in rng.sample(self.reviewers, 6) if r[1] != unit][:3]
        level = rng.gauss(80, 8)
        cards = []
        for reviewer_id, _ in panel:
            scores = {i.key: Decimal(max(40, min(100, round(rng.gauss(level, 4)))))
                      for i in template.scored}
            card = Scorecard(str(reviewer_id), scores)
            cards.append(card)
            batch.scorecards.append({
                "checkpoint_id": checkpoint_id, "reviewer_id": reviewer_id,
                "weight": Decimal(1), "scores": {k: str(v) for k, v in scores.items()},
                "failed_gates": [], "total": reviewer_total(card, template), "comment": "",
                "recused": False, "recusal_reason": "", **self.stamp})
        result = aggregate(cards, template, program.aggregation)
        if result.score is None:
            return None, ""
        return result.score, grade_for(result.score, program.grade_scale).grade


def _title(rng: random.Random, age: int, institute: bool) -> str:
    junior, middle, senior = ((2, 1, 0), (1, 3, 1), (0, 1, 3))[min(2, max(0, (age - 29) // 5))]
    ranks = rng.choices(("junior", "middle", "senior"), (junior + 0.1, middle, senior))[0]
    titles = {"junior": ("助理研究员", "博士后") if institute else ("讲师", "博士后"),
              "middle": ("副研究员",) if institute else ("副教授", "副研究员"),
              "senior": ("研究员",) if institute else ("教授", "研究员")}[ranks]
    return rng.choice(titles)


def _extensions(rng: random.Random, person: Person, start: date,
                today: date) -> tuple[Extension, ...]:
    if person.sex is not Sex.FEMALE or rng.random() > 0.06:
        return ()
    begins = start + timedelta(days=rng.randrange(200, 500))
    if begins > today:
        return ()
    return (Extension(rng.choice((ExtensionReason.MATERNITY, ExtensionReason.BREASTFEEDING)),
                      begins, begins + timedelta(days=rng.choice((98, 158, 180, 365))),
                      "人事处"),)


def _tranches(batch: _Batch, today: date, enrollment_id: int, start: date, program: Program,
              decided: dict[str, tuple[date, bool]], stamp: dict[str, Any]) -> None:
    """Split the funding; released tranches were paid a month later, if that has come."""
    if program.funding_total is None:
        return
    for position, tranche in enumerate(plan_tranches(program, program.funding_total)):
        gate = tranche.release_checkpoint
        released = start if gate is None else decided.get(gate, (None, False))[0]
        if gate is not None and not decided.get(gate, (None, False))[1]:
            released = None
        paid = None if released is None else released + timedelta(days=30)
        batch.tranches.append({
            "enrollment_id": enrollment_id, "key": tranche.key, "position": position,
            "amount": tranche.amount, "release_checkpoint": gate,
            "paid_on": paid if paid is not None and paid < today else None,
            "payment_reference": "", **stamp})
