"""Document templates: placeholders per kind, escaping, the shipped templates, masked passports."""

from __future__ import annotations

import string

import pytest

from talentdesk.domain.documents import (
    PLACEHOLDERS,
    check_template,
    fill_template,
    html_rows,
    mask_passport,
)
from talentdesk.domain.workflow_records import DocumentKind
from talentdesk.paths import resource_path


@pytest.mark.parametrize(
    ("number", "masked"),
    [("E12345567", "E1****567"), ("C01X00T47", "C0****T47"), ("12345678", "12***678"),
     ("AB123", "A***3"), ("AB", "**"), ("", "")],
)
def test_mask_passport(number: str, masked: str):
    assert mask_passport(number) == masked


def test_plain_values_are_escaped_and_rows_are_not():
    html = fill_template("<p>${employer_name}</p><table>${items_rows}</table>", {
        "employer_name": "A & B <Ltd>",
        "items_rows": html_rows([["1", "护照 <原件>"], ["2", "两行\n说明"]]),
    })
    assert html == ("<p>A &amp; B &lt;Ltd&gt;</p><table>"
                    "<tr><td>1</td><td>护照 &lt;原件&gt;</td></tr>"
                    "<tr><td>2</td><td>两行<br/>说明</td></tr></table>")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("<p>${case_number} $$ ${decisions_rows}</p>", []),
        ("<p>${case_number</p>", ["template_syntax"]),
        ("<p>$5</p>", ["template_syntax"]),
        ("<p>${items_rows} ${nope} ${nope}</p>", ["template_placeholder_unknown"] * 2),
    ],
)
def test_check_template(text: str, codes: list[str]):
    problems = check_template(DocumentKind.DECISION_SLIP, text)
    assert [p.code for p in problems] == codes


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_shipped_templates_show_all_their_lists(kind: DocumentKind):
    text = (resource_path("templates") / f"{kind}.html").read_text(encoding="utf-8")
    assert check_template(kind, text) == []
    used = set(string.Template(text).get_identifiers())
    assert {"case_number", "passport_masked", "printed_on"} <= used
    assert {name for name in PLACEHOLDERS[kind] if name.endswith("_rows")} <= used
