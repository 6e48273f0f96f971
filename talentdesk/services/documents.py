"""Printed documents: receipt, deficiency notice, decision slip, from editable templates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Protocol

from talentdesk.domain.accounts import Actor
from talentdesk.domain.documents import (
    PLACEHOLDERS,
    Html,
    check_template,
    fill_template,
    html_rows,
    mask_passport,
)
from talentdesk.domain.enums import ChecklistStatus, Track
from talentdesk.domain.permissions import Action
from talentdesk.domain.permit_records import Case
from talentdesk.domain.problems import Problem
from talentdesk.domain.tracks import TrackAction, TrackState
from talentdesk.domain.workflow_records import (
    CaseWorkflow,
    DocumentKind,
    DocumentTemplate,
    RenderedDocument,
    TimelineEvent,
)
from talentdesk.errors import ValidationError
from talentdesk.services.cases import CaseService
from talentdesk.services.common import Clock, audit, local_today, require, utc_now
from talentdesk.services.permit_support import found
from talentdesk.services.workflow import WorkflowService
from talentdesk.storage.database import Database
from talentdesk.storage.repos import org_settings
from talentdesk.storage.repos import workflow as workflow_repo
from talentdesk.storage.repos.permits import get_case_row
from talentdesk.storage.tables import TrackEventRow

PRINT_ACTION = "print"
_PRESENT = (ChecklistStatus.RECEIVED, ChecklistStatus.VERIFIED)
_DECIDED = frozenset({TrackState.APPROVED, TrackState.REFUSED, TrackState.ISSUED,
                      TrackState.COLLECTED})


class DocumentTexts(Protocol):
    """The wording the GUI supplies in the user's language: the service stays Qt-free.

    ``label`` groups: business_type, category, track, nationality, checklist_item,
    checklist_status, refusal_reason, decision (approved / refused), note (provisional).
    """

    def label(self, group: str, value: str) -> str: ...

    def problem(self, problem: Problem) -> str: ...

    def date(self, day: date) -> str: ...


def _setting_key(kind: DocumentKind) -> str:
    return f"template.{kind}"


def _numbered(rows: Iterable[Sequence[str]]) -> Html:
    return html_rows([str(n), *row] for n, row in enumerate(rows, start=1))


class DocumentService:
    """Fills the office's templates with a case's data (HTML) and records every print."""

    def __init__(self, db: Database, cases: CaseService, workflow: WorkflowService,
                 templates_dir: Path, clock: Clock = utc_now) -> None:
        self._db = db
        self._cases = cases
        self._workflow = workflow
        self._templates_dir = templates_dir
        self._clock = clock

    # --- templates ----------------------------------------------------------------------------

    def default_template(self, kind: DocumentKind) -> str:
        """The template shipped in resources/templates/."""
        return (self._templates_dir / f"{kind}.html").read_text(encoding="utf-8")

    def template(self, actor: Actor, kind: DocumentKind) -> DocumentTemplate:
        require(actor, Action.READ_PERMITS)
        with self._db.read() as session:
            stored = org_settings.get_setting(session, _setting_key(kind))
        if stored is None:
            return DocumentTemplate(kind, self.default_template(kind), True, None)
        return DocumentTemplate(kind, stored.value, False, stored.version)

    def save_template(self, actor: Actor, kind: DocumentKind, html: str,
                      expected_version: int | None) -> DocumentTemplate:
        """Store the office's own template.

        Raises:
            ValidationError: ``template_syntax``, ``template_placeholder_unknown`` (name).
            ConflictError: someone saved or reset it since ``expected_version`` was read.
        """
        require(actor, Action.EDIT_CONFIGURATION)
        problems = check_template(kind, html)
        if problems:
            raise ValidationError(problems)
        now = self._clock()
        with self._db.write() as session:
            stored = org_settings.put_setting(session, _setting_key(kind), html, actor.username,
                                              now, expected_version)
            audit(session, actor, now, "update", "org_setting", _setting_key(kind),
                  {"chars": len(html)})
        return DocumentTemplate(kind, html, False, stored.version)

    def reset_template(self, actor: Actor, kind: DocumentKind,
                       expected_version: int) -> DocumentTemplate:
        """Go back to the shipped template."""
        require(actor, Action.EDIT_CONFIGURATION)
        now = self._clock()
        with self._db.write() as session:
            org_settings.delete_setting(session, _setting_key(kind), expected_version)
            audit(session, actor, now, "delete", "org_setting", _setting_key(kind))
        return DocumentTemplate(kind, self.default_template(kind), True, None)

    def preview_template(self, actor: Actor, kind: DocumentKind, html: str) -> str:
        """``html`` filled with each placeholder's name, to check an edit before saving it.

        Raises:
            ValidationError: as ``save_template``.
        """
        require(actor, Action.EDIT_CONFIGURATION)
        problems = check_template(kind, html)
        if problems:
            raise ValidationError(problems)
        values = {
            name: html_rows([[f"[{name}]", "…"]]) if name.endswith("_rows") else f"[{name}]"
            for name in PLACEHOLDERS[kind]
        }
        return fill_template(html, values)

    # --- documents ----------------------------------------------------------------------------

    def render(self, actor: Actor, kind: DocumentKind, case_id: int,
               texts: DocumentTexts) -> RenderedDocument:
        """The document for the case as HTML, ready for QTextDocument.

        Raises:
            ValidationError: ``document_not_available`` (kind) when the case has nothing to
                put on it yet: no acceptance, no deficiency, no decision.
        """
        require(actor, Action.EDIT_PERMITS)
        case = self._cases.get_case(actor, case_id)
        workflow = self._workflow.workflow(actor, case_id)
        timeline = self._workflow.timeline(actor, case_id)
        values = _common_values(actor, case, texts, local_today(self._clock()))
        specific = _FILLERS[kind](case, workflow, timeline, texts)
        if specific is None:
            raise ValidationError(
                [Problem("document_not_available", "kind", {"kind": str(kind)})]
            )
        html = self.template(actor, kind).html
        return RenderedDocument(kind, case_id, case.case_number,
                                fill_template(html, {**values, **specific}))

    def record_print(self, actor: Actor, case_id: int, kind: DocumentKind,
                     output: str) -> TimelineEvent:
        """Put a print (or a PDF) of ``kind`` on the case timeline and in the audit.

        Args:
            output: "printer" or "pdf".
        """
        require(actor, Action.EDIT_PERMITS)
        now = self._clock()
        with self._db.write() as session:
            found(get_case_row(session, case_id), "case", case_id)
            earlier = workflow_repo.count_events(session, case_id, PRINT_ACTION, str(kind))
            details = {"kind": str(kind), "copy": earlier + 1, "reprint": earlier > 0,
                       "output": output}
            row = TrackEventRow(case_id=case_id, track="", at=now, on_date=local_today(now),
                                username=actor.username, action=PRINT_ACTION, from_state="",
                                to_state="", comment="", details=details)
            session.add(row)
            session.flush()
            audit(session, actor, now, PRINT_ACTION, "case", case_id, details)
            return workflow_repo.to_event(row)


def _common_values(actor: Actor, case: Case, texts: DocumentTexts,
                   today: date) -> dict[str, str]:
    applicant = case.applicant
    passport = next((p for p in applicant.passports if p.id == case.passport_id),
                    applicant.passport)
    details = applicant.details
    return {
        "case_number": case.case_number,
        "applicant_name": f"{details.surname} {details.given_names}",
        "chinese_name": details.chinese_name,
        "nationality": texts.label("nationality", details.nationality),
        "passport_masked": mask_passport(passport.number) if passport else "",
        "employer_name": case.employer.details.name,
        "business_type": texts.label("business_type", str(case.details.business_type)),
        "category": texts.label("category", str(case.details.category)),
        "window": case.window,
        "printed_on": texts.date(today),
        "printed_by": actor.display_name,
    }


def _receipt(case: Case, workflow: CaseWorkflow, timeline: list[TimelineEvent],
             texts: DocumentTexts) -> dict[str, str] | None:
    # Only an accepted track has a promised decision date.
    accepted = [(t.track, t.accepted_on, t.decision_due) for t in workflow.tracks
                if t.accepted_on and t.decision_due]
    if not accepted:
        return None
    item = "checklist_item"
    received = [(texts.label(item, e.item.code), texts.label("checklist_status", e.item.status))
                for e in case.checklist if e.item.status in _PRESENT]
    promised = [
        (texts.label("track", str(track)),
         texts.date(due.due) + (f"\n{texts.label('note', 'provisional')}" if due.provisional
                                else ""))
        for track, _, due in accepted
    ]
    rongque = dict.fromkeys(code for codes in workflow.missing_mandatory.values()
                            for code in codes) if workflow.missing_accepted else {}
    return {
        "received_on": texts.date(case.received_on),
        "accepted_on": texts.date(min(on for _, on, _ in accepted)),
        "items_rows": _numbered(received),
        "promised_rows": html_rows(promised),
        "rongque_rows": _numbered([texts.label(item, code)] for code in rongque),
    }


def _deficiencies(case: Case, workflow: CaseWorkflow, timeline: list[TimelineEvent],
                  texts: DocumentTexts) -> dict[str, str] | None:
    rows: list[tuple[str, str]] = []
    for entry in case.checklist:
        item = entry.item
        label = texts.label("checklist_item", item.code)
        if item.status is ChecklistStatus.PENDING and item.mandatory:
            rows.append((label, texts.problem(Problem("checklist_item_missing", item.code))))
        elif item.status is ChecklistStatus.CANNOT_PROVIDE:
            reason = Problem("document_cannot_provide", item.code, {"reason": item.note})
            rows.append((label, texts.problem(reason)))
        rows += [(label, texts.problem(finding)) for finding in entry.findings]
    returned = {t.track for t in workflow.tracks if t.state is TrackState.RETURNED}
    for event in _last_returns(timeline, returned):
        noted = Problem("deficiency_noted_at_return", "", {"on": texts.date(event.on_date)})
        rows += [(text, texts.problem(noted)) for text in event.details.get("deficiencies", ())]
    if not rows:
        return None
    return {"received_on": texts.date(case.received_on), "deficiencies_rows": _numbered(rows)}


def _last_returns(timeline: list[TimelineEvent], tracks: set[Track]) -> list[TimelineEvent]:
    """The latest return of each track still waiting for the applicant."""
    latest = {e.track: e for e in timeline if e.action == TrackAction.RETURN and e.track in tracks}
    return list(latest.values())


def _decisions(case: Case, workflow: CaseWorkflow, timeline: list[TimelineEvent],
               texts: DocumentTexts) -> dict[str, str] | None:
    decided = [(t, t.decided_on) for t in workflow.tracks if t.state in _DECIDED and t.decided_on]
    if not decided:
        return None
    rows = [
        (
            texts.label("track", str(track.track)),
            texts.label("decision", "refused" if track.state is TrackState.REFUSED
                        else "approved"),
            texts.date(on),
            "\n".join(texts.label("refusal_reason", code) for code in track.refusal_reasons),
        )
        for track, on in decided
    ]
    return {"decided_on": texts.date(max(on for _, on in decided)),
            "decisions_rows": html_rows(rows)}


_FILLERS = {
    DocumentKind.ACCEPTANCE_RECEIPT: _receipt,
    DocumentKind.DEFICIENCY_NOTICE: _deficiencies,
    DocumentKind.DECISION_SLIP: _decisions,
}
