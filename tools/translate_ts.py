"""Developer tool: list untranslated entries of a .ts file, or fill them from a TSV file.

    python tools/translate_ts.py missing resources/translations/talentdesk_zh_CN.ts
    python tools/translate_ts.py apply resources/translations/talentdesk_zh_CN.ts new.tsv

The TSV has one ``source<TAB>translation`` per line; ``\\n`` stands for a line break.
Every context with that source gets the translation.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _messages(tree: ET.ElementTree) -> list[ET.Element]:
    return tree.getroot().findall("./context/message")


def missing(ts: Path) -> list[str]:
    tree = ET.parse(ts)
    found = []
    for message in _messages(tree):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished" or not translation.text:
            found.append(message.findtext("source", ""))
    return sorted(set(found))


def apply(ts: Path, tsv: Path) -> int:
    pairs = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if line.strip():
            source, _, target = line.partition("\t")
            pairs[source.replace("\\n", "\n")] = target.replace("\\n", "\n")
    tree = ET.parse(ts)
    done = 0
    for message in _messages(tree):
        source = message.findtext("source", "")
        if source in pairs:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.text = pairs[source]
            translation.attrib.pop("type", None)
            done += 1
    ET.indent(tree)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "missing":
        for source in missing(Path(argv[1])):
            print(source.replace("\n", "\\n"))
        return 0
    if len(argv) == 3 and argv[0] == "apply":
        print(f"translated {apply(Path(argv[1]), Path(argv[2]))} entries")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
