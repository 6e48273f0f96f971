"""A workbook's sheets as its package lists them: names, visibility, parts, the open one."""

from __future__ import annotations

import dataclasses
import posixpath
import zipfile
from xml.etree import ElementTree

# Relationship types end the same in transitional and strict OOXML.
_DOCUMENT = "/officeDocument"
_WORKSHEET = "/worksheet"
_SCAN_CHUNK = 1 << 18  # small: the scan's memory is about two chunks
# How a cell holding a formula error (#N/A, #DIV/0! …) is marked in a sheet part.
_ERROR_MARKS = (b't="e"', b"t='e'")
_MARK_LENGTH = max(len(mark) for mark in _ERROR_MARKS)


@dataclasses.dataclass(frozen=True, slots=True)
class SheetPart:
    name: str
    visible: bool
    worksheet: bool  # False for chart and dialog sheets, which hold no cells to read
    path: str  # the sheet's part inside the package


@dataclasses.dataclass(frozen=True, slots=True)
class WorkbookParts:
    sheets: tuple[SheetPart, ...]
    active: int  # index into ``sheets`` of the sheet the workbook opens on


def read_parts(archive: zipfile.ZipFile) -> WorkbookParts:
    """The sheets of the workbook in ``archive``, in tab order.

    Raises:
        KeyError: the package holds no workbook (a Word file, some other zip).
        ElementTree.ParseError: its workbook part is damaged.
    """
    book = _target(archive, "", "_rels/.rels", _DOCUMENT)
    folder, name = posixpath.split(book)
    links = {
        link.get("Id"): link
        for link in _children(archive, f"{folder}/_rels/{name}.rels", "}Relationship")
    }
    active = 0
    sheets = []
    for element in ElementTree.fromstring(archive.read(book)).iter():
        if element.tag.endswith("}workbookView") and not sheets:
            active = int(element.get("activeTab", "0"))
        elif element.tag.endswith("}sheet"):
            link = links.get(
                next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            )
            sheets.append(
                SheetPart(
                    element.get("name", ""),
                    element.get("state", "visible") == "visible",
                    link is not None and link.get("Type", "").endswith(_WORKSHEET),
                    _resolve(folder, link.get("Target", "")) if link is not None else "",
                )
            )
    return WorkbookParts(tuple(sheets), active if 0 <= active < len(sheets) else 0)


def has_error_cells(archive: zipfile.ZipFile, part: SheetPart) -> bool:
    """Whether the sheet has a cell holding a formula error (or text that reads like one's
    mark, which is rare and only costs the slower reading).
    """
    with archive.open(part.path) as stream:
        tail = b""
        while chunk := stream.read(_SCAN_CHUNK):
            seam = tail + chunk[:_MARK_LENGTH]  # a mark split between two chunks
            if any(mark in chunk or mark in seam for mark in _ERROR_MARKS):
                return True
            tail = chunk[-_MARK_LENGTH:]
    return False


def _children(archive: zipfile.ZipFile, path: str, tag: str) -> list[ElementTree.Element]:
    if path not in archive.NameToInfo:
        return []
    root = ElementTree.fromstring(archive.read(path))
    return [element for element in root if element.tag.endswith(tag)]


def _target(archive: zipfile.ZipFile, folder: str, rels: str, kind: str) -> str:
    for link in _children(archive, rels, "}Relationship"):
        if link.get("Type", "").endswith(kind):
            return _resolve(folder, link.get("Target", ""))
    raise KeyError(kind)


def _resolve(folder: str, target: str) -> str:
    """A relationship's target as a name in the package (targets are relative or rooted)."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(folder, target))
