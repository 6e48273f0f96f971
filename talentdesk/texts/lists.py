"""Problem sentences of the list queries (domain/listing.py): sort, filters, page."""

from __future__ import annotations

from talentdesk.error_texts import QT_TRANSLATE_NOOP

# Keys are the ``field`` of a Problem.
FIELD_LABELS: dict[str, str] = {
    "sort_key": QT_TRANSLATE_NOOP("messages", "Sort order"),
    "filters": QT_TRANSLATE_NOOP("messages", "Filter"),
    "limit": QT_TRANSLATE_NOOP("messages", "Page"),
}

# ``{field}`` and the Problem's params are filled in.
PROBLEM_TEXTS: dict[str, str] = {
    "sort_not_supported": QT_TRANSLATE_NOOP("messages", "This list cannot be sorted by “{key}”."),
    "filter_not_supported": QT_TRANSLATE_NOOP("messages", "This list has no filter “{key}”."),
    "filter_value_invalid": QT_TRANSLATE_NOOP(
        "messages", "“{value}” is not a valid value for the filter “{key}”."
    ),
    "page_out_of_range": QT_TRANSLATE_NOOP(
        "messages", "A page holds 1 to {max} rows from row 0 on."
    ),
}
