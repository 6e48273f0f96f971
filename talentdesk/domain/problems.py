"""Problem: a broken rule reported as data (code, field, params), translated only in the GUI."""

from __future__ import annotations

import dataclasses
from typing import Any


@dataclasses.dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with some input.

    Attributes:
        code: stable snake_case key; ``gui/messages.py`` maps it to a translated sentence.
        field: the field (or column) the problem is about; "" when it is about the whole.
        params: values the sentence needs (expected check digit, limit, date ...).
    """

    code: str
    field: str = ""
    params: dict[str, Any] = dataclasses.field(default_factory=dict)

    def __hash__(self) -> int:  # params is a dict, so hash on the stable parts only
        return hash((self.code, self.field))
