"""Document checklist per business type and category, document validity, 容缺 acceptance."""

from __future__ import annotations

import calendar
import dataclasses
import functools
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from importlib import resources
from types import MappingProxyType

from talentdesk.domain.enums import BusinessType, Category, ChecklistStatus, Track
from talentdesk.domain.problems import Problem

_CONFIG_FILE = "checklists.json"
_PRESENT = frozenset({ChecklistStatus.RECEIVED, ChecklistStatus.VERIFIED,
                      ChecklistStatus.NOT_APPLICABLE})


@dataclasses.dataclass(frozen=True)
class ItemSpec:
    """A document as the configuration describes it, whatever list it appears in."""

    code: str
    label_zh: str
    label_en: str
    needs_apostille: bool  # when issued abroad: apostille or consular legalisation
    max_age_months: int | None = None  # oldest it may be on the submission date


@dataclasses.dataclass(frozen=True)
class ListEntry:
    code: str
    mandatory: bool
    tracks: frozenset[Track]


@dataclasses.dataclass(frozen=True)
class ChecklistConfig:
    """Editable, versioned checklist configuration (the shipped one is ``data/checklists.json``).

    Attributes:
        optional_for: per category, items that are never mandatory for it.
    """

    id: str
    version: str
    source: tuple[str, ...]
    items: Mapping[str, ItemSpec]
    lists: Mapping[BusinessType, tuple[ListEntry, ...]]
    optional_for: Mapping[Category, frozenset[str]]


@dataclasses.dataclass(frozen=True)
class ChecklistItem:
    """One document of a case's checklist and where it stands.

    Attributes:
        note: the written reason when the status is ``cannot_provide``.
    """

    code: str
    label_zh: str
    label_en: str
    mandatory: bool
    tracks: frozenset[Track]
    needs_apostille: bool
    max_age_months: int | None = None
    status: ChecklistStatus = ChecklistStatus.PENDING
    note: str = ""


@dataclasses.dataclass(frozen=True)
class Checklist:
    """A generated checklist, stamped with the configuration version it came from."""

    config_id: str
    config_version: str
    business_type: BusinessType
    category: Category
    items: tuple[ChecklistItem, ...]


@dataclasses.dataclass(frozen=True)
class Acceptance:
    """Whether the window may accept (受理) the case now.

    Attributes:
        rongque: mandatory items still missing that A-category accepts anyway (容缺受理);
            non-empty means the case was accepted on that basis and they must be chased.
    """

    ok: bool
    problems: tuple[Problem, ...]
    rongque: tuple[str, ...]


def generate_checklist(business_type: BusinessType, category: Category,
                       config: ChecklistConfig | None = None) -> Checklist:
    """The checklist for this business type and category, from ``config`` or the shipped one."""
    config = config or default_checklist_config()
    optional = config.optional_for.get(category, frozenset())
    items = []
    for entry in config.lists[business_type]:
        spec = config.items[entry.code]
        items.append(ChecklistItem(
            code=entry.code, label_zh=spec.label_zh, label_en=spec.label_en,
            mandatory=entry.mandatory and entry.code not in optional, tracks=entry.tracks,
            needs_apostille=spec.needs_apostille, max_age_months=spec.max_age_months))
    return Checklist(config.id, config.version, business_type, category, tuple(items))


def check_document_age(item: ChecklistItem, issued_on: date,
                       submission_date: date) -> list[Problem]:
    """A dated document (non-criminal record, health certificate) must be recent enough.

    The day exactly ``max_age_months`` calendar months after issue still counts; a month-end
    issue date maps to the shorter month's last day.

    Problems (field = item code): ``document_issued_after_submission`` (item, issued_on,
    submission_date); ``document_too_old`` (item, issued_on, submission_date, max_months,
    valid_until).
    """
    if issued_on > submission_date:
        return [Problem("document_issued_after_submission", item.code,
                        {"item": item.code, "issued_on": issued_on,
                         "submission_date": submission_date})]
    if item.max_age_months is None:
        return []
    valid_until = _add_months(issued_on, item.max_age_months)
    if submission_date <= valid_until:
        return []
    return [Problem("document_too_old", item.code,
                    {"item": item.code, "issued_on": issued_on, "submission_date": submission_date,
                     "max_months": item.max_age_months, "valid_until": valid_until})]


def check_passport_validity(passport_expiry: date, period_end: date) -> list[Problem]:
    """The passport must stay valid to the end of the requested period (inclusive).

    Problems: ``passport_expires_before_period_end`` (expiry, period_end) on ``passport_expiry``.
    """
    # Equal dates pass: a residence permit may run up to, not past, the passport (§3.3, §9).
    if passport_expiry >= period_end:
        return []
    return [Problem("passport_expires_before_period_end", "passport_expiry",
                    {"expiry": passport_expiry, "period_end": period_end})]


def check_authentication(item: ChecklistItem, foreign_issued: bool,
                         authenticated: bool) -> list[Problem]:
    """A foreign-issued document of a kind that needs it must carry an apostille or legalisation.

    Problems: ``document_authentication_missing`` (item) on the item code.
    """
    if item.needs_apostille and foreign_issued and not authenticated:
        return [Problem("document_authentication_missing", item.code, {"item": item.code})]
    return []


def can_accept(items: Sequence[ChecklistItem], category: Category) -> Acceptance:
    """Whether every mandatory item is received, verified or not applicable.

    A-category may be accepted with items missing (容缺受理, §1.2): they are listed in
    ``rongque`` instead of blocking. Other categories get a problem per missing item.

    Problems (field = item code): ``checklist_item_missing`` (item, status);
    ``cannot_provide_reason_missing`` (item).
    """
    problems = [Problem("cannot_provide_reason_missing", i.code, {"item": i.code})
                for i in items
                if i.status is ChecklistStatus.CANNOT_PROVIDE and not i.note.strip()]
    missing = [i for i in items if i.mandatory and i.status not in _PRESENT]
    rongque: tuple[str, ...] = ()
    if category is Category.A:
        rongque = tuple(i.code for i in missing)
    else:
        problems += [Problem("checklist_item_missing", i.code, {"item": i.code, "status": i.status})
                     for i in missing]
    return Acceptance(not problems, tuple(problems), rongque)


@functools.cache
def default_checklist_config() -> ChecklistConfig:
    """The shipped configuration."""
    text = (resources.files("talentdesk.domain") / "data" / _CONFIG_FILE).read_text(
        encoding="utf-8")
    return checklist_config_from_json(text)


def checklist_config_from_json(text: str) -> ChecklistConfig:
    """Parse an edited configuration; raises ValueError when it does not hold together."""
    data = json.loads(text)
    items = MappingProxyType({
        code: ItemSpec(code, spec["zh"], spec["en"], spec["needs_apostille"],
                       spec.get("max_age_months"))
        for code, spec in data["items"].items()
    })
    lists = MappingProxyType({
        BusinessType(kind): tuple(ListEntry(e["code"], e["mandatory"],
                                            frozenset(Track(t) for t in e["tracks"]))
                                  for e in entries)
        for kind, entries in data["lists"].items()
    })
    optional_for = MappingProxyType({
        Category(category): frozenset(rules.get("optional", ()))
        for category, rules in data.get("category_rules", {}).items()
    })
    _check_config(data["id"], items, lists, optional_for.values())
    return ChecklistConfig(data["id"], data["version"], tuple(data["source"]), items, lists,
                           optional_for)


def _check_config(config_id: str, items: Mapping[str, ItemSpec],
                  lists: Mapping[BusinessType, tuple[ListEntry, ...]],
                  optional: Iterable[frozenset[str]]) -> None:
    faults: list[str] = []
    if absent := [kind.value for kind in BusinessType if kind not in lists]:
        faults.append(f"no list for {absent}")
    used = {e.code for entries in lists.values() for e in entries}.union(*optional)
    if unknown := sorted(used - items.keys()):
        faults.append(f"unknown items {unknown}")
    if trackless := sorted(e.code for entries in lists.values() for e in entries if not e.tracks):
        faults.append(f"entries without tracks {trackless}")
    if faults:
        raise ValueError(f"checklist config {config_id!r}: " + "; ".join(faults))


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))
