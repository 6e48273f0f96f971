"""Texts of the workflow: transitions, calendar, radar, documents; labels of states and actions."""

from __future__ import annotations

from talentdesk.error_texts import QT_TRANSLATE_NOOP, Translate, english

# Keys are the ``field`` of a Problem.
FIELD_LABELS: dict[str, str] = {
    "comment": QT_TRANSLATE_NOOP("messages", "Comment"),
    "on_date": QT_TRANSLATE_NOOP("messages", "Working day of the event"),
    "action": QT_TRANSLATE_NOOP("messages", "Action"),
    "number": QT_TRANSLATE_NOOP("messages", "Permit number"),
    "valid_from": QT_TRANSLATE_NOOP("messages", "Valid from"),
    "notice": QT_TRANSLATE_NOOP("messages", "Notice"),
    "day": QT_TRANSLATE_NOOP("messages", "Date"),
    "leads": QT_TRANSLATE_NOOP("messages", "Lead times"),
    "file_now_days": QT_TRANSLATE_NOOP("messages", "Extension warning"),
    "html": QT_TRANSLATE_NOOP("messages", "Template"),
    "kind": QT_TRANSLATE_NOOP("messages", "Document"),
    "assignee": QT_TRANSLATE_NOOP("messages", "Assigned clerk"),
}

# ``{field}`` and the Problem's params are filled in. The domain codes of tracks and permits
# (transition_not_allowed, residence_validity_too_short ...) are in texts/permits.py.
PROBLEM_TEXTS: dict[str, str] = {
    # services/workflow.py
    "issue_needs_permit": QT_TRANSLATE_NOOP(
        "messages", "Issuing needs the permit number and validity: use “Issue permit”."
    ),
    "comment_required": QT_TRANSLATE_NOOP(
        "messages", "Write down why in the comment: the timeline must say it."
    ),
    "event_date_in_future": QT_TRANSLATE_NOOP(
        "messages", "{field} cannot lie after today ({today})."
    ),
    "event_date_before_previous": QT_TRANSLATE_NOOP(
        "messages", "{field} cannot lie before the previous step or the receipt ({previous})."
    ),
    "assignee_unknown": QT_TRANSLATE_NOOP(
        "messages", "“{username}” is not an active user who handles cases."
    ),
    "passport_required": QT_TRANSLATE_NOOP(
        "messages", "The applicant has no passport on file to check the validity against."
    ),
    # services/calendar_admin.py
    "makeup_day_not_weekend": QT_TRANSLATE_NOOP(
        "messages", "{day} is a weekday and a working day anyway; make-up days fall on weekends."
    ),
    "calendar_year_has_no_holidays": QT_TRANSLATE_NOOP(
        "messages",
        "Enter the holidays of {year} before declaring the year complete; "
        "the working-day library does not cover it.",
    ),
    # services/radar.py
    "radar_leads_invalid": QT_TRANSLATE_NOOP(
        "messages", "Enter at least one lead time, each between 1 and {max} days."
    ),
    "radar_file_now_invalid": QT_TRANSLATE_NOOP(
        "messages", "{field} must lie between 0 and {max} days."
    ),
    # domain/documents.py, services/documents.py
    "template_syntax": QT_TRANSLATE_NOOP(
        "messages",
        "The template has a malformed placeholder: write ${{name}}, and $$ for a dollar sign.",
    ),
    "template_placeholder_unknown": QT_TRANSLATE_NOOP(
        "messages", "This document has no placeholder “{name}”."
    ),
    "document_not_available": QT_TRANSLATE_NOOP(
        "messages", "There is nothing to print on this document for the case yet."
    ),
    "document_cannot_provide": QT_TRANSLATE_NOOP(
        "messages", "Cannot be provided: {reason}"
    ),
    "deficiency_noted_at_return": QT_TRANSLATE_NOOP(
        "messages", "Found at pre-review and returned on {on}."
    ),
}

# Labels of stored values, by group; see ``value_label``.
VALUE_LABELS: dict[str, dict[str, str]] = {
    "track": {
        "work_permit": QT_TRANSLATE_NOOP("messages", "Work permit"),
        "residence_permit": QT_TRANSLATE_NOOP("messages", "Residence permit"),
    },
    "track_state": {
        "draft": QT_TRANSLATE_NOOP("messages", "Draft"),
        "submitted": QT_TRANSLATE_NOOP("messages", "In pre-review"),
        "returned": QT_TRANSLATE_NOOP("messages", "Returned with notice"),
        "awaiting_acceptance": QT_TRANSLATE_NOOP("messages", "Awaiting acceptance"),
        "accepted": QT_TRANSLATE_NOOP("messages", "Accepted"),
        "under_review": QT_TRANSLATE_NOOP("messages", "Under review"),
        "correction_requested": QT_TRANSLATE_NOOP("messages", "Correction requested"),
        "approved": QT_TRANSLATE_NOOP("messages", "Approved"),
        "refused": QT_TRANSLATE_NOOP("messages", "Refused"),
        "issued": QT_TRANSLATE_NOOP("messages", "Issued"),
        "collected": QT_TRANSLATE_NOOP("messages", "Collected"),
        "withdrawn": QT_TRANSLATE_NOOP("messages", "Withdrawn"),
        "cancelled": QT_TRANSLATE_NOOP("messages", "Cancelled"),
    },
    "case_state": {
        "draft": QT_TRANSLATE_NOOP("messages", "Draft"),
        "in_progress": QT_TRANSLATE_NOOP("messages", "In progress"),
        "awaiting_applicant": QT_TRANSLATE_NOOP("messages", "Waiting for the applicant"),
        "ready_for_collection": QT_TRANSLATE_NOOP("messages", "Ready for collection"),
        "completed": QT_TRANSLATE_NOOP("messages", "Completed"),
        "refused": QT_TRANSLATE_NOOP("messages", "Refused"),
        "withdrawn": QT_TRANSLATE_NOOP("messages", "Withdrawn"),
        "cancelled": QT_TRANSLATE_NOOP("messages", "Cancelled"),
    },
    # Button texts, with mnemonics; ``plain_label`` drops them for lists.
    "track_action": {
        "submit": QT_TRANSLATE_NOOP("messages", "&Submit"),
        "return": QT_TRANSLATE_NOOP("messages", "&Return with notice"),
        "pass_pre_review": QT_TRANSLATE_NOOP("messages", "&Pass pre-review"),
        "accept": QT_TRANSLATE_NOOP("messages", "Acc&ept"),
        "start_review": QT_TRANSLATE_NOOP("messages", "Start re&view"),
        "request_correction": QT_TRANSLATE_NOOP("messages", "Request &correction"),
        "resume": QT_TRANSLATE_NOOP("messages", "Res&ume review"),
        "approve": QT_TRANSLATE_NOOP("messages", "&Approve"),
        "refuse": QT_TRANSLATE_NOOP("messages", "Re&fuse"),
        "issue": QT_TRANSLATE_NOOP("messages", "&Issue permit…"),
        "collect": QT_TRANSLATE_NOOP("messages", "Co&llected"),
        "withdraw": QT_TRANSLATE_NOOP("messages", "&Withdraw"),
        "cancel": QT_TRANSLATE_NOOP("messages", "Ca&ncel application"),
    },
    # Timeline entries that are not transitions.
    "event": {
        "create": QT_TRANSLATE_NOOP("messages", "Case received"),
        "print": QT_TRANSLATE_NOOP("messages", "Printed"),
        "reminder_handled": QT_TRANSLATE_NOOP("messages", "Expiry reminder handled"),
        "assign": QT_TRANSLATE_NOOP("messages", "Assigned"),
    },
    "business_type": {
        "notice_from_abroad": QT_TRANSLATE_NOOP("messages", "Work permit notice (from abroad)"),
        "card_after_entry": QT_TRANSLATE_NOOP("messages", "Work permit card after entry"),
        "new_in_china": QT_TRANSLATE_NOOP("messages", "New application in China"),
        "short_term": QT_TRANSLATE_NOOP("messages", "Work of 90 days or less"),
        "extension": QT_TRANSLATE_NOOP("messages", "Extension"),
        "change": QT_TRANSLATE_NOOP("messages", "Change of employer, post or passport"),
        "reissue": QT_TRANSLATE_NOOP("messages", "Reissue"),
        "cancellation": QT_TRANSLATE_NOOP("messages", "Cancellation"),
    },
    "category": {
        "A": QT_TRANSLATE_NOOP("messages", "Category A (high-end talent)"),
        "B": QT_TRANSLATE_NOOP("messages", "Category B (professional)"),
        "C": QT_TRANSLATE_NOOP("messages", "Category C (other)"),
    },
    "checklist_status": {
        "pending": QT_TRANSLATE_NOOP("messages", "Not yet received"),
        "received": QT_TRANSLATE_NOOP("messages", "Received"),
        "verified": QT_TRANSLATE_NOOP("messages", "Originals verified"),
        "not_applicable": QT_TRANSLATE_NOOP("messages", "Not applicable"),
        "cannot_provide": QT_TRANSLATE_NOOP("messages", "Cannot be provided"),
    },
    "decision": {
        "approved": QT_TRANSLATE_NOOP("messages", "Granted"),
        "refused": QT_TRANSLATE_NOOP("messages", "Not granted"),
    },
    "note": {
        "provisional": QT_TRANSLATE_NOOP("messages", "(provisional: holidays not yet published)"),
    },
    "clock_status": {
        "on_track": QT_TRANSLATE_NOOP("messages", "{days} working days left"),
        "at_risk": QT_TRANSLATE_NOOP("messages", "at risk: {days} working days left"),
        "overdue": QT_TRANSLATE_NOOP("messages", "overdue by {overdue} working days"),
        "paused": QT_TRANSLATE_NOOP("messages", "paused while corrections are awaited"),
    },
    "radar_kind": {
        "overdue": QT_TRANSLATE_NOOP("messages", "Overdue cases"),
        "file_extension": QT_TRANSLATE_NOOP("messages", "Extensions to file now (30-day rule)"),
        "expiring": QT_TRANSLATE_NOOP("messages", "Permits expiring"),
    },
    "day_kind": {
        "holiday": QT_TRANSLATE_NOOP("messages", "Holiday"),
        "makeup_workday": QT_TRANSLATE_NOOP("messages", "Make-up working day"),
    },
    "document_kind": {
        "acceptance_receipt": QT_TRANSLATE_NOOP("messages", "Acceptance receipt"),
        "deficiency_notice": QT_TRANSLATE_NOOP("messages", "One-time notice of deficiencies"),
        "decision_slip": QT_TRANSLATE_NOOP("messages", "Decision slip"),
    },
    "output": {
        "printer": QT_TRANSLATE_NOOP("messages", "printer"),
        "pdf": QT_TRANSLATE_NOOP("messages", "PDF"),
    },
}


def value_label(group: str, value: str, translate: Translate = english) -> str:
    """The label of a stored value in ``translate``'s language; the value itself when it has
    none."""
    text = VALUE_LABELS.get(group, {}).get(value)
    return translate(text) if text else value
