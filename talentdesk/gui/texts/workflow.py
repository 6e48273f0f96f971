"""Translated labels of workflow values (states, actions, clocks) and the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from talentdesk.domain.tracks import refusal_reasons
from talentdesk.texts import workflow


def _translate(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def value_label(group: str, value: str) -> str:
    """The translated label of a stored value; the value itself when it has none."""
    return workflow.value_label(group, value, _translate)


def plain_label(group: str, value: str) -> str:
    """``value_label`` without the mnemonic: “提交(&S)” → “提交”, “&Submit” → “Submit”."""
    text = value_label(group, value)
    start = text.find("(&")
    if start >= 0 and text[start + 3:start + 4] == ")":
        text = text[:start] + text[start + 4:]
    return text.replace("&", "").removesuffix("…")


def clock_text(status: str, working_days_left: int, provisional: bool) -> str:
    """“5 working days left”, “overdue by 2 working days” …, with the provisional note."""
    text = value_label("clock_status", status).format(
        days=working_days_left, overdue=-working_days_left
    )
    return f"{text} {value_label('note', 'provisional')}" if provisional else text


def chinese_ui() -> bool:
    """Whether the interface runs in Chinese (i18n sets the default locale at start-up)."""
    return QLocale().language() == QLocale.Language.Chinese


def refusal_label(code: str) -> str:
    """A refusal reason in the interface language (the reasons carry both, with a source)."""
    reason = refusal_reasons().get(code)
    if reason is None:
        return code
    return reason.zh if chinese_ui() else reason.en
