"""Field labels and Problem sentences of every area, without Qt: the GUI translates, commands print.

Each ``<area>.py`` marks its strings with ``QT_TRANSLATE_NOOP("messages", …)`` from
``talentdesk.error_texts``, so lupdate (the Makefile's ``GUI_SOURCES``) extracts them into the
"messages" context that ``gui/messages.py`` translates.
"""

from __future__ import annotations

from talentdesk import error_texts
from talentdesk.domain.problems import Problem
from talentdesk.error_texts import Translate, english, problem_sentence
from talentdesk.errors import TalentDeskError
from talentdesk.texts import (
    accounts,
    excel,
    intake,
    lists,
    permits,
    researchers,
    trust,
    workflow,
)

# A later area's entry wins when two define the same key.
AREAS = (accounts, trust, permits, workflow, researchers, lists, intake, excel)
FIELD_LABELS: dict[str, str] = {k: v for m in AREAS for k, v in m.FIELD_LABELS.items()}
PROBLEM_TEXTS: dict[str, str] = {k: v for m in AREAS for k, v in m.PROBLEM_TEXTS.items()}

# Parameters that carry a stored value, shown by its label: "审查中", not "under_review".
_PARAM_VALUE_GROUPS = {"state": "track_state"}


def problem_text(problem: Problem, translate: Translate = english) -> str:
    """A complete sentence for one Problem, naming its field, in ``translate``'s language."""
    params = {
        name: workflow.value_label(_PARAM_VALUE_GROUPS[name], str(value), translate)
        if name in _PARAM_VALUE_GROUPS else value
        for name, value in problem.params.items()
    }
    if "errno" in params:  # a file operation failed (storage/backup): the usual causes in words
        params["detail"] = error_texts.errno_reason(
            params.pop("errno"), str(params.get("detail", "")), translate
        )
    shown = Problem(problem.code, problem.field, params)
    return problem_sentence(shown, PROBLEM_TEXTS, FIELD_LABELS, translate)


def error_text(error: TalentDeskError) -> str:
    """What a command tells the user about an expected error, in English: Problems in
    sentences, an unreadable workbook by its reason."""
    return excel.import_error_text(error) or error_texts.error_text(error, problem_text)
