"""Translatable texts per area: each module defines FIELD_LABELS and PROBLEM_TEXTS.

Strings are marked with QT_TRANSLATE_NOOP("messages", …) so lupdate finds them and
``gui/messages.py`` translates them in the "messages" context.
"""

from talentdesk.gui.texts import (
    accounts,
    excel,
    intake,
    lists,
    permits,
    researchers,
    trust,
    workflow,
)

AREAS = (accounts, trust, permits, workflow, researchers, lists, intake, excel)
