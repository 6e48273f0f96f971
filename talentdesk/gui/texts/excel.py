"""Roster import texts: the tables and ``import_error_text`` are Qt-free in talentdesk/texts."""

from __future__ import annotations

from talentdesk.texts.excel import import_error_text

__all__ = ["import_error_text"]
