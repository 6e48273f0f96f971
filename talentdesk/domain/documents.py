"""Printed documents: the placeholders each template may use, filling them, masking passports."""

from __future__ import annotations

import html
import string
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

from talentdesk.domain.problems import Problem
from talentdesk.domain.workflow_records import DocumentKind

_COMMON = (
    "case_number",
    "applicant_name",
    "chinese_name",
    "nationality",
    "passport_masked",
    "employer_name",
    "business_type",
    "category",
    "window",
    "printed_on",
    "printed_by",
)

# ``${name}`` placeholders per document (string.Template syntax: write ``$$`` for a dollar
# sign). The ones ending in ``_rows`` are filled with table rows (``<tr>`` elements, for a
# ``<table>`` in the template), the rest with plain text.
PLACEHOLDERS: Mapping[DocumentKind, frozenset[str]] = MappingProxyType({
    # items: number, document, status; promised: permit, date; rongque: number, document.
    DocumentKind.ACCEPTANCE_RECEIPT: frozenset(
        {*_COMMON, "received_on", "accepted_on", "items_rows", "promised_rows", "rongque_rows"}
    ),
    # deficiencies: number, document or deficiency, reason.
    DocumentKind.DEFICIENCY_NOTICE: frozenset({*_COMMON, "received_on", "deficiencies_rows"}),
    # decisions: permit, decision, date, reasons.
    DocumentKind.DECISION_SLIP: frozenset({*_COMMON, "decided_on", "decisions_rows"}),
})


class Html(str):
    """Text that is already HTML (built by ``html_rows``), inserted without escaping."""

    __slots__ = ()


def html_rows(rows: Iterable[Sequence[str]]) -> Html:
    """``<tr>`` elements with one escaped ``<td>`` per cell; a line break in a cell is kept."""
    return Html("".join(
        "<tr>" + "".join(f"<td>{html.escape(cell).replace(chr(10), '<br/>')}</td>"
                         for cell in row) + "</tr>"
        for row in rows
    ))


def fill_template(template: str, values: Mapping[str, str]) -> str:
    """``template`` with its placeholders replaced; plain values are HTML-escaped.

    Raises:
        KeyError: the template names a placeholder ``values`` lacks (``check_template`` first).
        ValueError: the template has a malformed placeholder.
    """
    escaped = {k: v if isinstance(v, Html) else html.escape(v) for k, v in values.items()}
    return string.Template(template).substitute(escaped)


def check_template(kind: DocumentKind, text: str) -> list[Problem]:
    """What stops ``text`` from being used as the template of ``kind``."""
    template = string.Template(text)
    if not template.is_valid():
        return [Problem("template_syntax", "html")]
    allowed = PLACEHOLDERS[kind]
    unknown = [name for name in dict.fromkeys(template.get_identifiers()) if name not in allowed]
    return [Problem("template_placeholder_unknown", "html", {"name": name}) for name in unknown]


def mask_passport(number: str) -> str:
    """``E12345567`` → ``E1****567``: enough to match the passport in hand, not to copy it."""
    # A printed receipt leaves the counter, so it carries as little personal data as works
    # (PIPL; LawLogix prints receipts without PII, comparable-systems §1a).
    if len(number) >= 8:
        return number[:2] + "*" * (len(number) - 5) + number[-3:]
    if len(number) >= 3:
        return number[0] + "*" * (len(number) - 2) + number[-1]
    return "*" * len(number)
