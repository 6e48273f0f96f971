"""Time limits as versioned configuration with sources; a case keeps the version it began with."""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from importlib import resources
from typing import Any

from talentdesk.errors import NotFoundError


class LimitUnit(StrEnum):
    """How a limit is counted."""

    WORKING_DAYS = "working_days"
    DAYS = "days"
    MONTHS = "months"


class LimitKey(StrEnum):
    """Every limit a version must define (reference §3.2, §9)."""

    PRE_REVIEW = "pre_review"
    REVIEW_A = "review_a"
    REVIEW_OTHER = "review_other"
    DECISION_STATUTORY = "decision_statutory"
    DECISION_SHORT_TERM = "decision_short_term"  # work of 90 days or less
    DECISION_JOINT = "decision_joint"
    RESIDENCE_DECISION = "residence_decision"
    CERTIFICATE_AFTER_DECISION = "certificate_after_decision"
    EXTENSION_OPENS = "extension_opens"  # earliest filing, before expiry
    EXTENSION_CLOSES = "extension_closes"  # latest filing, before expiry
    CHANGE_FILING = "change_filing"
    CANCELLATION_FILING = "cancellation_filing"
    NOTICE_VALIDITY = "notice_validity"
    CARD_AFTER_ENTRY = "card_after_entry"
    RESIDENCE_AFTER_ENTRY = "residence_after_entry"
    RESIDENCE_VALIDITY_MIN = "residence_validity_min"
    RESIDENCE_VALIDITY_MAX = "residence_validity_max"


@dataclasses.dataclass(frozen=True)
class TimeLimit:
    """One limit.

    Attributes:
        amount: how many units.
        unit: working days, calendar days or months.
        source: where the number comes from, shown to the admin and in the case's audit.
        extension: further units the authority may add with reasons (e.g. 20 + 10); 0 if none.
        note: caveats (local variants, unverified readings).
    """

    amount: int
    unit: LimitUnit
    source: str
    extension: int = 0
    note: str = ""


@dataclasses.dataclass(frozen=True)
class TimeLimits:
    """A complete, immutable set of limits; changing a limit means adding a version."""

    version: str
    effective_from: date
    limits: Mapping[LimitKey, TimeLimit]

    def __getitem__(self, key: LimitKey) -> TimeLimit:
        return self.limits[key]


def _parse_version(raw: Mapping[str, Any]) -> TimeLimits:
    limits = {
        LimitKey(key): TimeLimit(
            amount=int(spec["amount"]),
            unit=LimitUnit(spec["unit"]),
            source=spec["source"],
            extension=int(spec.get("extension", 0)),
            note=spec.get("note", ""),
        )
        for key, spec in raw["limits"].items()
    }
    missing = set(LimitKey) - limits.keys()
    if missing:
        raise ValueError(f"time limits {raw['id']} lack {sorted(missing)}")
    return TimeLimits(raw["id"], date.fromisoformat(raw["effective_from"]), limits)


@functools.cache
def _versions() -> tuple[TimeLimits, ...]:
    path = resources.files("talentdesk.domain").joinpath("data", "time_limits.json")
    versions = (_parse_version(raw) for raw in json.loads(path.read_text("utf-8"))["versions"])
    return tuple(sorted(versions, key=lambda v: v.effective_from))


def time_limit_versions() -> tuple[TimeLimits, ...]:
    """Every version, oldest first: statistics measure each case against its own."""
    return _versions()


def load_time_limits(version_id: str) -> TimeLimits:
    """The limits a case started under.

    Raises:
        NotFoundError: no version has that id.
    """
    for version in _versions():
        if version.version == version_id:
            return version
    raise NotFoundError("time_limits", version_id)


def time_limits_in_force(on: date) -> TimeLimits:
    """The newest version in force on ``on``: the one a case started that day records.

    Raises:
        NotFoundError: no version was in force yet.
    """
    in_force = [v for v in _versions() if v.effective_from <= on]
    if not in_force:
        raise NotFoundError("time_limits", on)
    return in_force[-1]
