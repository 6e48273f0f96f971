"""Texts of users administration, the audit trail and backups."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from talentdesk import trust_texts
from talentdesk.domain.audit_chain import ChainReport

FIELD_LABELS: dict[str, str] = {
    **trust_texts.FIELD_LABELS,
    "active": QT_TRANSLATE_NOOP("messages", "Status"),
    "role": QT_TRANSLATE_NOOP("messages", "Role"),
    # Keys of audit details.
    "file": QT_TRANSLATE_NOOP("messages", "File"),
    "saved_as": QT_TRANSLATE_NOOP("messages", "Saved as"),
    "field": QT_TRANSLATE_NOOP("messages", "Field"),
}

# Qt-free, so that the ``backup`` command prints the same sentences.
PROBLEM_TEXTS = trust_texts.PROBLEM_TEXTS

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


def label(labels: dict[str, str], key: str) -> str:
    """The translated label of a stored name, or the name itself when it has none."""
    text = labels.get(key)
    return QCoreApplication.translate("messages", text) if text else key


def chain_report_text(report: ChainReport) -> str:
    """One translated sentence for the result of ``AuditService.verify``."""
    return trust_texts.chain_report_text(
        report, lambda text: QCoreApplication.translate("messages", text)
    )
