"""Where talentdesk keeps its files: user data, config, logs, backups, and bundled resources."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from talentdesk import APP_NAME

DATA_DIR_ENV = "TALENTDESK_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    """The folders of one installation; built once in the composition root."""

    data: Path
    config: Path
    logs: Path
    backups: Path

    @classmethod
    def for_user(cls, override: Path | None = None) -> AppPaths:
        """Platform folders, or everything below ``override`` (or $TALENTDESK_DATA_DIR)."""
        root = override or (
            Path(os.environ[DATA_DIR_ENV]) if os.environ.get(DATA_DIR_ENV) else None
        )
        if root is not None:
            root = root.expanduser().resolve()
            return cls(root, root / "config", root / "logs", root / "backups")
        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        data = Path(dirs.user_data_dir)
        return cls(data, Path(dirs.user_config_dir), Path(dirs.user_log_dir), data / "backups")

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self

    @property
    def default_database(self) -> Path:
        return self.data / "talentdesk.sqlite3"


def resource_path(relative: str) -> Path:
    """A file under ``resources/``: beside the package from source, in _MEIPASS when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    base = Path(frozen_root) if frozen_root else Path(__file__).resolve().parent.parent
    return base / "resources" / relative
