"""Translated texts per area: the Qt-side functions over the Qt-free tables in talentdesk/texts."""
