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


def _sources(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }


def test_no_string_in_the_code_is_missing_from_the_translation_file(tmp_path: Path):
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    # The Makefile's GUI_SOURCES: the GUI, and the Qt-free texts the commands share with it.
    package = REPO_ROOT / "talentdesk"
    sources = sorted(str(p) for p in [*(package / "gui").rglob("*.py"),
                                      *(package / "texts").rglob("*.py")])  # fmt: skip
    sources += [str(package / "app.py"), str(package / "error_texts.py")]
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run(
        [str(lupdate), *sources, "-ts", str(copy), "-no-obsolete", "-silent"],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == [], "run `make ts` and translate the new entries"
    # An entry lupdate no longer finds would be dropped by `make ts`, with its translation.
    assert sorted(_sources(TS) - _sources(copy)) == [], "strings outside the scanned sources?"
