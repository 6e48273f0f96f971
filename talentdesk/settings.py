"""Machine-local settings (language, database, idle lock), saved as JSON in the config folder."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


@dataclass(frozen=True)
class Settings:
    """Values that belong to this machine and user, not to the whole office."""

    language: str = "zh_CN"
    db_url: str = ""
    idle_lock_minutes: int = 15  # 0: never lock

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read ``path``; a missing or damaged file gives the defaults (and is logged)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("ignoring unreadable settings file %s: %s", path, exc)
            return cls()
        known = {f.name for f in fields(cls)}
        settings = replace(cls(), **{k: v for k, v in raw.items() if k in known})
        if settings.language not in LANGUAGES:
            settings = replace(settings, language=cls.language)
        minutes = settings.idle_lock_minutes
        # A damaged value must not switch the lock off: only a deliberate 0 means never.
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0:
            settings = replace(settings, idle_lock_minutes=cls.idle_lock_minutes)
        return settings

    def save(self, path: Path) -> None:
        """Write atomically so a crash never leaves half a settings file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
