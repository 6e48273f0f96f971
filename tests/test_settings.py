"""Machine-local settings: defaults, round trip, and damaged values."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from talentdesk.settings import Settings


def test_saved_settings_load_again(tmp_path: Path):
    path = tmp_path / "settings.json"
    Settings(language="en", idle_lock_minutes=0).save(path)
    assert Settings.load(path) == Settings(language="en", idle_lock_minutes=0)


@pytest.mark.parametrize("damaged", [-5, "never", None, 2.5, True])
def test_a_damaged_idle_time_keeps_the_lock_on(tmp_path: Path, damaged):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_lock_minutes": damaged}), encoding="utf-8")
    assert Settings.load(path).idle_lock_minutes == 15
