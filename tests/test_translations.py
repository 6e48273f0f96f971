"""Every user-visible string has a finished Simplified Chinese translation."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import REPO_ROOT

TS = REPO_ROOT / "resources" / "translations" / "talentdesk_zh_CN.ts"


def _unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            missing.append(message.findtext("source", ""))
    return missing


def test_committed_translation_file_is_complete():
    assert _unfinished(TS) == []


def test_no_string_in_the_code_is_missing_from_the_translation_file(tmp_path: Path):
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (REPO_ROOT / "talentdesk" / "gui").rglob("*.py"))
    sources.append(str(REPO_ROOT / "talentdesk" / "app.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == [], "run `make ts` and translate the new entries"
