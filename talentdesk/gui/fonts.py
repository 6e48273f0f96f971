"""Make sure Chinese renders: use a system CJK font, or register the bundled Noto Sans SC."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BUNDLED_FONT_PACKAGE = "pylopdf_fonts_zh_cn"
BUNDLED_FONT_FILE = "NotoSansSC-Regular.otf"


def ensure_cjk_font(app: QApplication) -> str:
    """Return the family used for Chinese; registers the bundled font when none is installed."""
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        if not QFontDatabase.isPrivateFamily(family):
            return family
    font_file = resources.files(BUNDLED_FONT_PACKAGE) / BUNDLED_FONT_FILE
    with resources.as_file(font_file) as path:
        font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("could not load the bundled CJK font %s", font_file)
        return ""
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(app.font())
    font.setFamilies([family, *app.font().families()])
    app.setFont(font)
    log.info("registered bundled CJK font %s", family)
    return family
