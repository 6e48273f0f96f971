"""Install the translators for the chosen language: ours and Qt's own dialogs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from talentdesk.paths import resource_path

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"  # strings in the code are English; zh_CN comes from the .ts file


def translation_file(language: str) -> str:
    return str(resource_path(f"translations/talentdesk_{language}.qm"))


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load talentdesk_<lang>.qm and qtbase_<lang>.qm; keep the returned objects alive."""
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(translation_file(language)):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.error(
            "missing translation file %s (run `make translations`)", translation_file(language)
        )
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
