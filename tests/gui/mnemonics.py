"""The Alt+letter keys a window's labels, buttons and group boxes claim, to find clashes."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget


def mnemonics(window: QWidget) -> Counter[str]:
    """How many of ``window``'s widgets claim each Alt+key, hidden ones included (each may be
    shown together with the others)."""
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton)]
    texts += [box.title() for box in window.findChildren(QGroupBox)]
    keys = (QKeySequence.mnemonic(text).toString() for text in texts)
    return Counter(key for key in keys if key)


def clashes(window: QWidget) -> list[str]:
    """The Alt+keys claimed more than once."""
    return sorted(key for key, count in mnemonics(window).items() if count > 1)
