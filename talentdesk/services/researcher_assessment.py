"""Checkpoints: reports, representative works, panels with recusal, scores, grades, decisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from talentdesk.domain.accounts import Actor
from talentdesk.domain.audit_chain import field_changes
from talentdesk.domain.permissions import Action
from talentdesk.domain.problems import Problem
from talentdesk.domain.researchers.evaluation import (
    CheckpointDecision,
    Decision,
    GradedEntry,
    RepresentativeWork,
    Researcher,
    Reviewer,
    Scorecard,
    aggregate,
    apply_top_quota,
    decision_problems,
    grade_for,
    load_indicator_templates,
    recusal_problems,
    representative_works_problems,
    reviewer_total,
    scorecard_problems,
)
from talentdesk.domain.researchers.programs import EvaluationCategory, Program
from talentdesk.domain.researchers.records import (
    CheckpointDetail,
    CheckpointRecord,
    EnrollmentStatus,
    ReviewerInput,
    ReviewerRecord,
    ScoreEntry,
)
from talentdesk.domain.researchers.schedule import Termination, TerminationReason
from talentdesk.services.common import Clock, audit, local_today, require, utc_now
from talentdesk.services.researchers import (
    check_version,
    found,
    refuse,
    terminate_enrollment,
)
from talentdesk.storage.database import Database
from talentdesk.storage.repos import researchers as repo
from talentdesk.storage.tables import (
    CheckpointRow,
    EnrollmentRow,
    ProgramRow,
    RepresentativeWorkRow,
    ResearcherRow,
    ReviewerRow,
    ScorecardRow,
)

MAX_REVIEWER_RESULTS = 200


class AssessmentService:
    """What an HR officer records on a checkpoint, from the report to the decision."""

    def __init__(self, db: Database, clock: Clock = utc_now) -> None:
        self._db = db
        self._clock = clock

    def detail(self, actor: Actor, checkpoint_id: int) -> CheckpointDetail:
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            return _detail(session, _checkpoint(session, checkpoint_id))

    def works_of(self, actor: Actor, researcher_id: int
                 ) -> dict[int, tuple[RepresentativeWork, ...]]:
        """The researcher's nominated works by checkpoint id, for the detail's timeline."""
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            found(repo.get_researcher_row(session, researcher_id), "researcher", researcher_id)
            return repo.works_of_researcher(session, researcher_id)

    def record_report(self, actor: Actor, checkpoint_id: int, expected_version: int,
                      received_on: date | None) -> CheckpointRecord:
        """The day the report arrived (None takes a wrong entry back)."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            row = _open_checkpoint(session, checkpoint_id, expected_version)
            if received_on is not None and received_on > local_today(now):
                refuse([Problem("date_in_future", "report_received_on",
                                {"date": received_on})])
            changes = field_changes({"report_received_on": row.report_received_on},
                                    {"report_received_on": received_on})
            row.report_received_on = received_on
            repo.stamp(row, now, actor.username)
            session.flush()
            audit(session, actor, now, "report", "checkpoint", row.id, {"changes": changes})
            return repo.to_checkpoint(row)

    def set_works(self, actor: Actor, checkpoint_id: int, expected_version: int,
                  works: Sequence[RepresentativeWork]) -> CheckpointDetail:
        """Replace the nominated works, refused over the cap or below the domestic share."""
        require(actor, Action.EDIT_RESEARCHERS)
        now = self._clock()
        with self._db.write() as session:
            row = _open_checkpoint(session, checkpoint_id, expected_version)
            enrollment = _enrollment(session, row)
            program = repo.enrollment_program(session, enrollment)
            problems = representative_works_problems(works, program, _category(enrollment))
            problems += [Problem("required", "title", {"index": i})
                         for i, w in enumerate(works) if not w.title.strip()]
            refuse(problems)
            old = [w.title for w in map(repo.to_work, repo.work_rows(session, row.id))]
            for stored in repo.work_rows(session, row.id):
                session.delete(stored)
            session.flush()
            for position, work in enumerate(works):
                session.add(RepresentativeWorkRow(checkpoint_id=row.id, position=position,
                                                  **repo.work_values(work)))
            repo.stamp(row, now, actor.username)
            session.flush()
            audit(session, actor, now, "works", "checkpoint", row.id,
                  {"changes": field_changes({"works": old},
                                            {"works": [w.title for w in works]})})
            return _detail(session, row)

    def create_reviewer(self, actor: Actor, data: ReviewerInput) -> ReviewerRecord:
        require(actor, Action.REVIEW)
        if not data.name.strip():
            refuse([Problem("required", "name")])
        now = self._clock()
        with self._db.write() as session:
            if data.researcher_id is not None:
                found(repo.get_researcher_row(session, data.researcher_id), "researcher",
                      data.researcher_id)
            row = ReviewerRow(**repo.reviewer_values(data))
            repo.stamp(row, now, actor.username, new=True)
            session.add(row)
            session.flush()
            audit(session, actor, now, "create", "reviewer", row.id,
                  {"name": row.name, "unit": row.unit})
            return repo.to_reviewer(row)

    def search_reviewers(self, actor: Actor, text: str) -> list[ReviewerRecord]:
        require(actor, Action.READ_RESEARCHERS)
        with self._db.read() as session:
            return repo.search_reviewers(session, text, MAX_REVIEWER_RESULTS)

    def assign_reviewer(self, actor: Actor, checkpoint_id: int, expected_version: int,
                        reviewer_id: int, weight: Decimal = Decimal(1)) -> CheckpointDetail:
        """Seat a reviewer on the panel; refused when the recusal rules say they must not."""
        require(actor, Action.REVIEW)
        now = self._clock()
        with self._db.write() as session:
            row = _open_checkpoint(session, checkpoint_id, expected_version)
            reviewer = found(repo.get_reviewer_row(session, reviewer_id), "reviewer",
                             reviewer_id)
            researcher = _researcher(session, _enrollment(session, row))
            problems = recusal_problems(*_parties(reviewer, researcher))
            if any(s.reviewer_id == reviewer_id for s in repo.scorecard_rows(session, row.id)):
                problems.append(Problem("reviewer_already_assigned", "reviewer",
                                        {"reviewer": reviewer.name}))
            refuse(problems)
            seat = ScorecardRow(checkpoint_id=row.id, reviewer_id=reviewer_id, weight=weight,
                                scores={}, failed_gates=[])
            repo.stamp(seat, now, actor.username, new=True)
            session.add(seat)
            repo.stamp(row, now, actor.username)
            session.flush()
            audit(session, actor, now, "assign_reviewer", "checkpoint", row.id,
                  {"reviewer_id": reviewer_id, "reviewer": reviewer.name, "weight": weight})
            return _detail(session, row)

    def recuse(self, actor: Actor, scorecard_id: int, expected_version: int,
               reason: str) -> CheckpointDetail:
        """A reviewer declares a conflict (回避); their scores no longer count."""
        require(actor, Action.REVIEW)
        if not reason.strip():
            refuse([Problem("required", "recusal_reason")])
        now = self._clock()
        with self._db.write() as session:
            seat = found(session.get(ScorecardRow, scorecard_id), "scorecard", scorecard_id)
            check_version(seat, expected_version, "scorecard", scorecard_id)
            row = _checkpoint(session, seat.checkpoint_id)
            seat.recused = True
            seat.recusal_reason = reason.strip()
            repo.stamp(seat, now, actor.username)
            session.flush()
            changes = _grade(session, row, now, actor.username)
            audit(session, actor, now, "recuse", "checkpoint", row.id,
                  {"scorecard_id": seat.id, "reviewer_id": seat.reviewer_id,
                   "reason": seat.recusal_reason, "changes": changes})
            return _detail(session, row)

    def record_scores(self, actor: Actor, checkpoint_id: int, expected_version: int,
                      entries: Sequence[ScoreEntry]) -> CheckpointDetail:
        """Store per-indicator scores, then aggregate the panel and grade it by the thresholds.

        All entries are checked first; one incomplete scorecard refuses the whole save.
        """
        require(actor, Action.REVIEW)
        now = self._clock()
        with self._db.write() as session:
            row = _open_checkpoint(session, checkpoint_id, expected_version)
            enrollment = _enrollment(session, row)
            template = load_indicator_templates().get(_category(enrollment))
            if template is None:
                refuse([Problem("indicator_template_missing", "category",
                                {"category": enrollment.category})])
            seats = {s.id: s for s in repo.scorecard_rows(session, row.id)}
            problems: list[Problem] = []
            for entry in entries:
                seat = seats.get(entry.scorecard_id)
                if seat is None:
                    problems.append(Problem("scorecard_unknown", "scores",
                                            {"scorecard_id": entry.scorecard_id}))
                elif seat.recused:
                    problems.append(Problem("reviewer_recused", "scores",
                                            {"scorecard_id": seat.id}))
                else:
                    problems += scorecard_problems(_card(entry, seat), template)
            refuse(problems)
            for entry in entries:
                seat = seats[entry.scorecard_id]
                seat.scores = {k: str(v) for k, v in entry.scores.items()}
                seat.failed_gates = sorted(entry.failed_gates)
                seat.total = reviewer_total(_card(entry, seat), template)
                seat.comment = entry.comment.strip()
                repo.stamp(seat, now, actor.username)
            session.flush()
            changes = _grade(session, row, now, actor.username)
            audit(session, actor, now, "score", "checkpoint", row.id,
                  {"scorecards": {str(e.scorecard_id): {k: str(v) for k, v in e.scores.items()}
                                  for e in entries}, "changes": changes})
            return _detail(session, row)

    def apply_top_quota(self, actor: Actor, cohort: str) -> list[CheckpointRecord]:
        """Rank a round by score and move top grades beyond the program's quota down one grade.

        Run it when the round is complete: the quota is a share of everyone graded in it. The
        program's current grade scale decides (a round is assessed under one set of rules).
        """
        require(actor, Action.REVIEW)
        now = self._clock()
        with self._db.write() as session:
            rows = [r for r in repo.cohort_rows(session, cohort) if r.score is not None]
            if not rows:
                refuse([Problem("cohort_empty", "cohort", {"cohort": cohort})])
            scale = _cohort_program(session, rows[0]).grade_scale
            top = scale.bands[0].grade
            entries = [GradedEntry(str(r.id), r.score, top if r.quota_demoted else r.grade)
                       for r in rows]
            changes = {}
            for row, entry in zip(rows, apply_top_quota(entries, scale), strict=True):
                if (row.grade, row.quota_demoted) != (entry.grade, entry.demoted):
                    changes[str(row.id)] = [row.grade, entry.grade]
                    row.grade = entry.grade
                    row.quota_demoted = entry.demoted
                    repo.stamp(row, now, actor.username)
            session.flush()
            audit(session, actor, now, "apply_quota", "cohort", cohort,
                  {"top_quota": str(scale.top_quota), "graded": len(rows), "changes": changes})
            return [repo.to_checkpoint(r) for r in rows]

    def record_decision(self, actor: Actor, checkpoint_id: int, expected_version: int,
                        decision: CheckpointDecision, note: str = "") -> CheckpointDetail:
        """Continue, release the tranche, warn, terminate or renew.

        TERMINATE ends the enrollment on the decision day (later checkpoints are cancelled and
        unpaid tranches blocked); a decision on the last open checkpoint completes it.
        """
        require(actor, Action.REVIEW)
        now = self._clock()
        with self._db.write() as session:
            row = _open_checkpoint(session, checkpoint_id, expected_version)
            problems = _decision_problems(decision, row)
            if decision.decided_on > local_today(now):
                problems.append(Problem("date_in_future", "decided_on",
                                        {"date": decision.decided_on}))
            refuse(problems)
            old = {"decision": list(row.decision), "decided_on": row.decided_on,
                   "decided_by": row.decided_by}
            row.decision = sorted(str(o) for o in decision.options)
            row.decided_on = decision.decided_on
            row.decided_by = decision.decided_by.strip()
            row.decision_note = note.strip()
            repo.stamp(row, now, actor.username)
            session.flush()
            enrollment = _enrollment(session, row)
            if Decision.TERMINATE in decision.options:
                terminate_enrollment(
                    session, enrollment, _researcher(session, enrollment),
                    Termination(decision.decided_on, TerminationReason.FAILED_ASSESSMENT,
                                decision.decided_by, note), now, actor.username)
            elif all(c.decision or c.cancelled for c in repo.checkpoint_rows(session,
                                                                             enrollment.id)):
                enrollment.status = str(EnrollmentStatus.COMPLETED)
                repo.stamp(enrollment, now, actor.username)
            session.flush()
            audit(session, actor, now, "decide", "checkpoint", row.id,
                  {"changes": field_changes(old, {"decision": row.decision,
                                                  "decided_on": row.decided_on,
                                                  "decided_by": row.decided_by}),
                   "note": row.decision_note, "enrollment_status": enrollment.status})
            return _detail(session, _checkpoint(session, checkpoint_id))


def _decision_problems(decision: CheckpointDecision, row: CheckpointRow) -> list[Problem]:
    problems = decision_problems(decision)
    if decision.checkpoint_key != row.key:
        problems.append(Problem("decision_wrong_checkpoint", "checkpoint",
                                {"checkpoint": row.key, "given": decision.checkpoint_key}))
    return problems


def _checkpoint(session: Session, checkpoint_id: int) -> CheckpointRow:
    return found(repo.get_checkpoint_row(session, checkpoint_id), "checkpoint", checkpoint_id)


def _open_checkpoint(session: Session, checkpoint_id: int, expected_version: int
                     ) -> CheckpointRow:
    """A checkpoint that may still be written to: current version, not cancelled, enrollment
    not terminated."""
    row = _checkpoint(session, checkpoint_id)
    check_version(row, expected_version, "checkpoint", checkpoint_id)
    if row.cancelled:
        refuse([Problem("checkpoint_cancelled", "checkpoint", {"checkpoint": row.key})])
    enrollment = _enrollment(session, row)
    if enrollment.status == str(EnrollmentStatus.TERMINATED):
        refuse([Problem("enrollment_not_active", "status", {"status": enrollment.status})])
    return row


def _enrollment(session: Session, row: CheckpointRow) -> EnrollmentRow:
    return found(repo.get_enrollment_row(session, row.enrollment_id), "enrollment",
                 row.enrollment_id)


def _researcher(session: Session, enrollment: EnrollmentRow) -> ResearcherRow:
    return found(repo.get_researcher_row(session, enrollment.researcher_id), "researcher",
                 enrollment.researcher_id)


def _category(enrollment: EnrollmentRow) -> EvaluationCategory:
    return EvaluationCategory(enrollment.category)


def _cohort_program(session: Session, row: CheckpointRow) -> Program:
    enrollment = _enrollment(session, row)
    current = session.get(ProgramRow, enrollment.program_id)
    if current is None:
        return repo.enrollment_program(session, enrollment)
    return repo.to_program(current).program


def _parties(reviewer: ReviewerRow, researcher: ResearcherRow) -> tuple[Reviewer, Researcher]:
    """The recusal rule's view of both people; people are ``r<id>`` when they are researchers.

    An expert not linked to a researcher record counts as the mentor when their name is the
    mentor name typed on the researcher.
    """
    reviewer_id = (f"r{reviewer.researcher_id}" if reviewer.researcher_id is not None
                   else f"x{reviewer.id}")
    mentors = set()
    if researcher.mentor_id is not None:
        mentors.add(f"r{researcher.mentor_id}")
    if researcher.mentor_name and reviewer.researcher_id is None \
            and reviewer.name.strip() == researcher.mentor_name.strip():
        mentors.add(reviewer_id)
    return (Reviewer(reviewer_id, reviewer.unit),
            Researcher(f"r{researcher.id}", researcher.unit, frozenset(mentors)))


def _card(entry: ScoreEntry, seat: ScorecardRow) -> Scorecard:
    return Scorecard(str(seat.id), dict(entry.scores), seat.weight, entry.failed_gates)


def _grade(session: Session, row: CheckpointRow, now: datetime, by: str) -> dict[str, Any]:
    """Aggregate the panel's counted scorecards and grade the checkpoint by the thresholds."""
    enrollment = _enrollment(session, row)
    template = load_indicator_templates().get(_category(enrollment))
    program = repo.enrollment_program(session, enrollment)
    cards = [repo.scorecard_of(s) for s in repo.scorecard_rows(session, row.id)
             if s.scores and not s.recused]
    old = {"score": row.score, "grade": row.grade}
    if template is None or not cards:
        row.score, row.grade = None, ""
    else:
        result = aggregate(cards, template, program.aggregation)
        if result.score is None:
            row.score, row.grade = None, ""
        else:
            row.score = result.score
            row.grade = grade_for(result.score, program.grade_scale,
                                  gate_failed=bool(result.failed_gates)).grade
    row.quota_demoted = False
    repo.stamp(row, now, by)
    session.flush()
    return field_changes(old, {"score": row.score, "grade": row.grade})


def _detail(session: Session, row: CheckpointRow) -> CheckpointDetail:
    enrollment_row = _enrollment(session, row)
    enrollment = repo.load_enrollments(session, [enrollment_row])[0]
    researcher = repo.to_researcher(_researcher(session, enrollment_row))
    seats = repo.scorecard_rows(session, row.id)
    reviewers = {r.id: r for r in (repo.get_reviewer_row(session, s.reviewer_id) for s in seats)
                 if r is not None}
    return CheckpointDetail(
        checkpoint=repo.to_checkpoint(row), enrollment=enrollment, researcher=researcher,
        template=load_indicator_templates().get(enrollment.category),
        works=tuple(map(repo.to_work, repo.work_rows(session, row.id))),
        scorecards=tuple(repo.to_scorecard(s, reviewers[s.reviewer_id]) for s in seats))
