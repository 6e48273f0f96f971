"""Every Problem the permit side can report has a sentence, and its literal fields a label."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from talentdesk.domain.problems import Problem
from talentdesk.domain.tracks import TrackState
from talentdesk.gui.messages import FIELD_LABELS, PROBLEM_TEXTS, problem_text
from tests.conftest import REPO_ROOT

PERMIT_MODULES = [
    *(
        f"domain/{name}.py"
        for name in (
            "mrz",
            "identifiers",
            "points",
            "category",
            "checklist",
            "permits",
            "tracks",
            "applicants",
            "employers",
            "cases",
            "jiangsu",
        )
    ),
    *(f"services/{name}.py" for name in ("applicants", "cases")),
]


def _problems(path: Path) -> list[tuple[str, str | None]]:
    """(code, field) of every ``Problem("code", "field", …)`` with literal arguments."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Problem":
            code, field = [*node.args, None, None][:2]
            if isinstance(code, ast.Constant):
                literal = field.value if isinstance(field, ast.Constant) else None
                found.append((code.value, literal))
    return found


@pytest.mark.parametrize("module", PERMIT_MODULES)
def test_problem_codes_have_texts_and_fields_have_labels(module: str):
    problems = _problems(REPO_ROOT / "talentdesk" / module)
    assert problems, "the scan found nothing: has the module moved?"
    assert sorted({code for code, _ in problems} - PROBLEM_TEXTS.keys()) == []
    fields = {field for _, field in problems if field}
    assert sorted(fields - FIELD_LABELS.keys()) == []


def test_a_state_in_a_message_is_shown_by_its_label(zh_app):
    problem = Problem("residence_issue_before_work_permit", "", {"state": TrackState.APPROVED})
    assert problem_text(problem) == (
        "请先发放工作许可：工作类居留许可须凭工作许可办理（工作许可当前：准予许可）。")
