"""talentdesk: one-window desk for foreign talent permits and young-researcher assessments."""

__version__ = "0.1.0"
APP_NAME = "talentdesk"
