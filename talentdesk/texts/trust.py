"""Texts of users administration, the audit trail and backups: the GUI and the commands."""

from __future__ import annotations

from talentdesk.domain.audit_chain import ChainReport
from talentdesk.error_texts import QT_TRANSLATE_NOOP, Translate, english

FIELD_LABELS: dict[str, str] = {
    "backup_file": QT_TRANSLATE_NOOP("messages", "Backup file"),
    "database": QT_TRANSLATE_NOOP("messages", "Database"),
    "active": QT_TRANSLATE_NOOP("messages", "Status"),
    "role": QT_TRANSLATE_NOOP("messages", "Role"),
    # Keys of audit details.
    "file": QT_TRANSLATE_NOOP("messages", "File"),
    "saved_as": QT_TRANSLATE_NOOP("messages", "Saved as"),
    "field": QT_TRANSLATE_NOOP("messages", "Field"),
}

PROBLEM_TEXTS: dict[str, str] = {
    "last_administrator": QT_TRANSLATE_NOOP(
        "messages",
        "This is the last active administrator: it cannot be disabled or given another role.",
    ),
    "cannot_disable_self": QT_TRANSLATE_NOOP("messages", "You cannot disable your own account."),
    "backup_use_pg_dump": QT_TRANSLATE_NOOP(
        "messages",
        "This database runs on PostgreSQL: back it up with pg_dump on the database server "
        "(see the README).",
    ),
    "backup_failed": QT_TRANSLATE_NOOP("messages", "The backup could not be written: {detail}"),
    "restore_failed": QT_TRANSLATE_NOOP("messages", "The restore failed: {detail}"),
    "backup_missing": QT_TRANSLATE_NOOP("messages", "{field}: the file does not exist."),
    "backup_unreadable": QT_TRANSLATE_NOOP("messages", "{field}: this is not a database file."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "messages", "{field}: the file is damaged (it fails the integrity check)."
    ),
    "backup_not_talentdesk": QT_TRANSLATE_NOOP(
        "messages", "{field}: this is not a talentdesk database."
    ),
    "backup_from_newer_version": QT_TRANSLATE_NOOP(
        "messages",
        "{field}: written by a newer version of talentdesk. Please install that version first.",
    ),
}

CHAIN_TEXTS: dict[str, str] = {
    "intact": QT_TRANSLATE_NOOP(
        "messages",
        "The audit trail is intact: {checked} entries checked. "
        "Last entry: no. {last_id}, hash {hash}.",
    ),
    "changed": QT_TRANSLATE_NOOP(
        "messages", "The audit trail is broken at entry no. {entry}: its content was changed."
    ),
    "deleted": QT_TRANSLATE_NOOP(
        "messages",
        "The audit trail is broken at entry no. {entry}: entries before it were deleted "
        "(the last intact entry is no. {previous}).",
    ),
    "broken_link": QT_TRANSLATE_NOOP(
        "messages",
        "The audit trail is broken at entry no. {entry}: it does not follow the entry before it "
        "(entries were reordered or inserted).",
    ),
}

# What the audit viewer shows for the stored action and entity names; others appear as stored.
ACTION_LABELS: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("messages", "Create"),
    "update": QT_TRANSLATE_NOOP("messages", "Change"),
    "delete": QT_TRANSLATE_NOOP("messages", "Delete"),
    "transition": QT_TRANSLATE_NOOP("messages", "Status change"),
    "login": QT_TRANSLATE_NOOP("messages", "Sign in"),
    "export": QT_TRANSLATE_NOOP("messages", "Export"),
    "print": QT_TRANSLATE_NOOP("messages", "Print"),
    "import": QT_TRANSLATE_NOOP("messages", "Import"),
    "view_sensitive": QT_TRANSLATE_NOOP("messages", "View unmasked data"),
    "reset_password": QT_TRANSLATE_NOOP("messages", "Reset password"),
    "change_password": QT_TRANSLATE_NOOP("messages", "Change own password"),
    "unlock": QT_TRANSLATE_NOOP("messages", "Unlock"),
    "backup": QT_TRANSLATE_NOOP("messages", "Backup"),
    "restore": QT_TRANSLATE_NOOP("messages", "Restore"),
}

ENTITY_LABELS: dict[str, str] = {
    "user": QT_TRANSLATE_NOOP("messages", "User"),
    "database": QT_TRANSLATE_NOOP("messages", "Database"),
    "audit_log": QT_TRANSLATE_NOOP("messages", "Audit log"),
    "case": QT_TRANSLATE_NOOP("messages", "Case"),
    "applicant": QT_TRANSLATE_NOOP("messages", "Applicant"),
    "passport": QT_TRANSLATE_NOOP("messages", "Passport"),
    "employer": QT_TRANSLATE_NOOP("messages", "Employer"),
    "researcher": QT_TRANSLATE_NOOP("messages", "Young researcher"),
}

BACKUP_REASON_LABELS: dict[str, str] = {
    "start": QT_TRANSLATE_NOOP("messages", "At start"),
    "daily": QT_TRANSLATE_NOOP("messages", "Daily"),
    "before-migration": QT_TRANSLATE_NOOP("messages", "Before upgrade"),
    "before-import": QT_TRANSLATE_NOOP("messages", "Before import"),
    "before-restore": QT_TRANSLATE_NOOP("messages", "Before restore"),
    "manual": QT_TRANSLATE_NOOP("messages", "Manual"),
}


def chain_report_text(report: ChainReport, translate: Translate = english) -> str:
    """One sentence for the result of ``AuditService.verify``."""
    broken = report.first_break
    key = "intact" if broken is None else str(broken.reason)
    return translate(CHAIN_TEXTS[key]).format(
        checked=report.checked,
        last_id=report.last_id if report.last_id is not None else "–",
        hash=report.last_hash[:16],
        entry=broken.entry_id if broken else "",
        previous=broken.previous_id if broken and broken.previous_id is not None else "–",
    )
