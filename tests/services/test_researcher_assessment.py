"""Checkpoints through the services: reports, works, recusal, scores, grades, quota, decisions."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.evaluation import (
    CheckpointDecision,
    Decision,
    RepresentativeWork,
    WorkRole,
    WorkType,
)
from talentdesk.domain.researchers.programs import EvaluationCategory, Sex
from talentdesk.domain.researchers.records import (
    EnrollmentRecord,
    EnrollmentStatus,
    ScoreEntry,
)
from talentdesk.errors import PermissionDeniedError, ValidationError
from talentdesk.services.researcher_services import ResearcherServices
from talentdesk.storage.database import Database
from tests.services.researcher_fixtures import (
    BASIC_KEYS,
    CLERK,
    HR,
    audit_entries,
    enroll,
    person,
    program,
    reviewer,
    score_all,
    scores,
    services,
)

__all__ = ["services"]  # fixtures used by name


def codes(caught: pytest.ExceptionInfo[ValidationError]) -> list[str]:
    return [p.code for p in caught.value.problems]


@pytest.fixture
def youth(services: ResearcherServices) -> EnrollmentRecord:
    """NSFC youth fund from 2024-01-01 (pass/fail, works cap 5, domestic share 1/3)."""
    researcher = services.researchers.create(HR, person(mentor_name="刘导师"))
    return enroll(services, researcher, "nsfc_young_scientists", date(2024, 1, 1))


def paper(title: str, domestic: bool, significance: str = "提出新机制") -> RepresentativeWork:
    return RepresentativeWork(WorkType.PAPER, title, date(2024, 6, 1), WorkRole.FIRST_AUTHOR,
                              significance, domestic)


def test_report_received(services: ResearcherServices, youth, database: Database):
    checkpoint = youth.checkpoints[0]
    stored = services.assessments.record_report(HR, checkpoint.id, checkpoint.version,
                                                date(2025, 1, 10))
    assert stored.report_received_on == date(2025, 1, 10)
    assert audit_entries(database, "checkpoint")[-1][2] == {
        "changes": {"report_received_on": [None, "2025-01-10"]}}
    with pytest.raises(ValidationError) as caught:
        services.assessments.record_report(HR, checkpoint.id, stored.version, date(2025, 3, 2))
    assert codes(caught) == ["date_in_future"]


def test_works_cap_and_domestic_share(services: ResearcherServices, youth):
    checkpoint = youth.checkpoints[0]
    foreign = [paper(f"Paper {i}", False) for i in range(3)]
    with pytest.raises(ValidationError) as caught:
        services.assessments.set_works(HR, checkpoint.id, checkpoint.version, foreign)
    assert caught.value.problems == [
        Problem("domestic_journal_share_too_low", "works",
                {"domestic": 0, "papers": 3, "required_share": "1/3", "required_domestic": 1})]
    with pytest.raises(ValidationError) as caught:
        services.assessments.set_works(HR, checkpoint.id, checkpoint.version,
                                       [*foreign, *(paper(f"论文{i}", True) for i in range(3))])
    assert codes(caught) == ["representative_works_over_cap"]
    works = [*foreign[:2], paper("中文论文", True)]
    detail = services.assessments.set_works(HR, checkpoint.id, checkpoint.version, works)
    assert detail.works == tuple(works)


def test_works_of_a_researcher_by_checkpoint(services: ResearcherServices, youth):
    first, second = youth.checkpoints[:2]
    services.assessments.set_works(HR, first.id, first.version, [paper("中文论文", True)])
    patent = RepresentativeWork(WorkType.PATENT, "一种催化剂", date(2025, 3, 1),
                                WorkRole.INVENTOR, "已转化应用")
    services.assessments.set_works(HR, second.id, second.version,
                                   [patent, paper("第二篇", True)])
    other = enroll(services, services.researchers.create(HR, person("李雷", seed=9)),
                   "nsfc_young_scientists", date(2024, 1, 1))
    services.assessments.set_works(HR, other.checkpoints[0].id, other.checkpoints[0].version,
                                   [paper("别人的论文", True)])
    assert services.assessments.works_of(CLERK, youth.researcher_id) == {
        first.id: (paper("中文论文", True),), second.id: (patent, paper("第二篇", True))}


def test_recusal_is_refused_for_same_unit_mentor_and_self(services: ResearcherServices, youth):
    checkpoint = youth.checkpoints[0]
    colleague = reviewer(services, "赵教授", "南京大学")
    mentor = reviewer(services, "刘导师", "清华大学")
    himself = reviewer(services, "王芳", "", researcher_id=youth.researcher_id)
    for expert, code in ((colleague, "reviewer_same_unit"), (mentor, "reviewer_is_mentor"),
                         (himself, "reviewer_is_self")):
        with pytest.raises(ValidationError) as caught:
            services.assessments.assign_reviewer(HR, checkpoint.id, checkpoint.version,
                                                 expert.id)
        assert codes(caught) == [code]
    assert services.assessments.detail(HR, checkpoint.id).scorecards == ()


def test_mentor_by_record_is_recused(services: ResearcherServices):
    mentor_record = services.researchers.create(HR, person("刘导师", seed=9,
                                                           birth=date(1970, 1, 1)))
    student = services.researchers.create(HR, person("小王", seed=8, mentor_id=mentor_record.id))
    checkpoint = enroll(services, student, "nsfc_young_scientists",
                        date(2024, 1, 1)).checkpoints[0]
    expert = reviewer(services, "刘导师", "北京大学", researcher_id=mentor_record.id)
    with pytest.raises(ValidationError) as caught:
        services.assessments.assign_reviewer(HR, checkpoint.id, checkpoint.version, expert.id)
    assert codes(caught) == ["reviewer_is_mentor"]


def test_scores_aggregate_to_a_grade_and_a_declared_recusal_drops_out(
        services: ResearcherServices, database: Database):
    researcher = services.researchers.create(HR, person(birth=date(1993, 1, 1)))
    enrollment = enroll(services, researcher, "cast_young_elite")  # four-level scale
    checkpoint = enrollment.checkpoints[0]
    score_all(services, checkpoint.id, ["95", "85"])
    detail = services.assessments.detail(HR, checkpoint.id)
    assert (detail.checkpoint.score, detail.checkpoint.grade) == (Decimal("90.00"), "excellent")
    assert [s.total for s in detail.scorecards] == [Decimal("95.00"), Decimal("85.00")]
    first = detail.scorecards[0]
    detail = services.assessments.recuse(HR, first.id, first.version, "与被评人有合作")
    assert (detail.checkpoint.score, detail.checkpoint.grade) == (Decimal("85.00"), "good")
    assert audit_entries(database, "checkpoint")[-1][2]["changes"] == {
        "score": ["90.00", "85.00"], "grade": ["excellent", "good"]}
    with pytest.raises(ValidationError) as caught:
        services.assessments.record_scores(
            HR, checkpoint.id, detail.checkpoint.version,
            [ScoreEntry(first.id, scores("99", *BASIC_KEYS))])
    assert codes(caught) == ["reviewer_recused"]


def test_incomplete_or_out_of_range_scores_refuse_the_whole_save(services: ResearcherServices,
                                                                youth):
    checkpoint = youth.checkpoints[0]
    for name in ("甲专家", "乙专家"):
        services.assessments.assign_reviewer(
            HR, checkpoint.id, services.assessments.detail(HR, checkpoint.id).checkpoint.version,
            reviewer(services, name).id)
    detail = services.assessments.detail(HR, checkpoint.id)
    good, bad = detail.scorecards
    entries = [ScoreEntry(good.id, scores("80", *BASIC_KEYS)),
               ScoreEntry(bad.id, {**scores("80", *BASIC_KEYS[1:]),
                                   "representative_works": Decimal("101")})]
    with pytest.raises(ValidationError) as caught:
        services.assessments.record_scores(HR, checkpoint.id, detail.checkpoint.version,
                                           entries)
    assert codes(caught) == ["score_out_of_range"]
    assert services.assessments.detail(HR, checkpoint.id).scorecards[0].scores == {}


def test_failed_ethics_gate_gives_the_lowest_grade(services: ResearcherServices, youth):
    checkpoint = youth.checkpoints[0]
    services.assessments.assign_reviewer(HR, checkpoint.id, checkpoint.version,
                                         reviewer(services, "甲专家").id)
    detail = services.assessments.detail(HR, checkpoint.id)
    detail = services.assessments.record_scores(
        HR, checkpoint.id, detail.checkpoint.version,
        [ScoreEntry(detail.scorecards[0].id, scores("95", *BASIC_KEYS), frozenset({"ethics"}))])
    assert (detail.checkpoint.score, detail.checkpoint.grade) == (Decimal("95.00"), "fail")


def test_top_grade_quota_applies_across_the_round(services: ResearcherServices):
    """NSFC 杰青 (three levels, at most 1/5 优秀): five people due in the same round."""
    checkpoints = []
    for index, score in enumerate(["96", "88", "91", "86", "60"]):
        researcher = services.researchers.create(
            HR, person(f"研究员{index}", seed=20 + index, birth=date(1985, 1, 1),
                       sex=Sex.MALE))
        enrollment = enroll(services, researcher, "nsfc_distinguished_young", date(2024, 1, 1))
        mid_term = enrollment.checkpoints[0]
        score_all(services, mid_term.id, [score])
        checkpoints.append(mid_term.id)
    graded = [services.assessments.detail(HR, c).checkpoint for c in checkpoints]
    assert [c.grade for c in graded] == ["excellent"] * 4 + ["fair"]
    cohort = graded[0].cohort
    assert cohort == "nsfc_distinguished_young:mid_term:2026"
    result = services.assessments.apply_top_quota(HR, cohort)
    assert [(c.grade, c.quota_demoted) for c in result] == [
        ("excellent", False), ("good", True), ("good", True), ("good", True), ("fair", False)]
    # Running it again changes nothing; a new score re-grades that checkpoint by thresholds.
    assert services.assessments.apply_top_quota(HR, cohort) == result


def test_decisions_release_tranches_complete_or_terminate(services: ResearcherServices):
    researcher = services.researchers.create(HR, person(birth=date(1996, 1, 1)))
    enrollment = enroll(services, researcher, "jiangsu_shuangchuang_doctor")
    annual, final = enrollment.checkpoints
    with pytest.raises(ValidationError) as caught:
        services.assessments.record_decision(
            HR, annual.id, annual.version,
            CheckpointDecision("annual_1", frozenset({Decision.TERMINATE, Decision.CONTINUE}),
                               date(2025, 2, 1), "评审委员会"))
    assert codes(caught) == ["decision_conflict"]
    detail = services.assessments.record_decision(
        HR, annual.id, annual.version,
        CheckpointDecision("annual_1", frozenset({Decision.CONTINUE, Decision.RELEASE_TRANCHE}),
                           date(2025, 2, 1), "评审委员会"))
    assert detail.checkpoint.decision == {Decision.CONTINUE, Decision.RELEASE_TRANCHE}
    assert [str(t.status) for t in detail.enrollment.tranches] == ["due", "due"]
    detail = services.assessments.record_decision(
        HR, final.id, final.version,
        CheckpointDecision("final", frozenset({Decision.RENEW}), date(2025, 2, 20), "评审委员会"))
    assert detail.enrollment.status is EnrollmentStatus.COMPLETED


def test_terminate_decision_ends_the_enrollment(services: ResearcherServices):
    researcher = services.researchers.create(HR, person(birth=date(1993, 1, 1)))
    enrollment = enroll(services, researcher, "cast_young_elite")
    annual = enrollment.checkpoints[0]
    detail = services.assessments.record_decision(
        HR, annual.id, annual.version,
        CheckpointDecision("annual_1", frozenset({Decision.TERMINATE}), date(2025, 2, 1),
                           "评审委员会"), "年度考核不合格")
    ended = detail.enrollment
    assert ended.status is EnrollmentStatus.TERMINATED
    assert ended.termination is not None and ended.termination.on == date(2025, 2, 1)
    assert [c.cancelled for c in ended.checkpoints] == [False, True, True]
    later = ended.checkpoints[1]
    with pytest.raises(ValidationError) as caught:
        services.assessments.record_report(HR, later.id, later.version, date(2025, 2, 5))
    assert codes(caught) == ["checkpoint_cancelled"]


def test_a_category_without_an_indicator_template_cannot_be_scored(
        services: ResearcherServices):
    base = program(services, "nsfc_basic_science_center").program
    mission = dataclasses.replace(base, code="major_task",
                                  categories=(EvaluationCategory.MAJOR_MISSION,))
    services.programs.create(HR, mission)
    researcher = services.researchers.create(HR, person())
    enrollment = enroll(services, researcher, "major_task", date(2024, 1, 1),
                        category=EvaluationCategory.MAJOR_MISSION)
    checkpoint = enrollment.checkpoints[0]
    with pytest.raises(ValidationError) as caught:
        services.assessments.record_scores(HR, checkpoint.id, checkpoint.version, [])
    assert codes(caught) == ["indicator_template_missing"]


def test_only_hr_officers_review(services: ResearcherServices, youth):
    checkpoint = youth.checkpoints[0]
    assert services.assessments.detail(CLERK, checkpoint.id).checkpoint.key == "annual_1"
    expert = reviewer(services, "甲专家")
    for call in (
        lambda: services.assessments.assign_reviewer(CLERK, checkpoint.id, checkpoint.version,
                                                     expert.id),
        lambda: services.assessments.record_report(CLERK, checkpoint.id, checkpoint.version,
                                                   date(2025, 1, 1)),
        lambda: services.assessments.apply_top_quota(CLERK, checkpoint.cohort),
        lambda: services.assessments.record_decision(
            CLERK, checkpoint.id, checkpoint.version,
            CheckpointDecision("annual_1", frozenset({Decision.CONTINUE}), date(2025, 1, 1),
                               "x")),
    ):
        with pytest.raises(PermissionDeniedError):
            call()
