"""Translated texts of users administration, the audit trail and backups."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from talentdesk.domain.audit_chain import ChainReport
from talentdesk.texts import trust
from talentdesk.texts.trust import ACTION_LABELS, BACKUP_REASON_LABELS, ENTITY_LABELS

# The tables live in talentdesk/texts/trust.py (Qt-free); the views import them from here.
__all__ = ["ACTION_LABELS", "BACKUP_REASON_LABELS", "ENTITY_LABELS", "chain_report_text", "label"]


def label(labels: dict[str, str], key: str) -> str:
    """The translated label of a stored name, or the name itself when it has none."""
    text = labels.get(key)
    return QCoreApplication.translate("messages", text) if text else key


def chain_report_text(report: ChainReport) -> str:
    """One translated sentence for the result of ``AuditService.verify``."""
    return trust.chain_report_text(
        report, lambda text: QCoreApplication.translate("messages", text)
    )
