"""Load the app's translations for the user's language (and the English plural forms).

Qt looks strings up in the most recently installed translator first: the English catalogue
(only plural forms: "1 day", "2 days") goes in first, the user's language over it, and Qt's
own catalogue (standard buttons such as Cancel) last.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import package_dir

log = logging.getLogger(__name__)
PACKAGE = "ui.i18n"


def available_languages() -> list[str]:
    """Languages certdesk ships a translation for (besides English)."""
    return sorted(p.stem.removeprefix("certdesk_") for p in
                  package_dir(PACKAGE).glob("certdesk_*.qm") if not p.stem.endswith("_en"))


def install(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Install certdesk's (and Qt's) translators for `locale` (default: the system's).
    Returns them; they must stay referenced as long as they are installed."""
    locale = locale or QLocale()
    folder = package_dir(PACKAGE)
    installed: list[QTranslator] = []
    plurals = QTranslator(app)
    if plurals.load(str(folder / "certdesk_en.qm")):
        app.installTranslator(plurals)
        installed.append(plurals)
    if locale.language() not in (QLocale.Language.English, QLocale.Language.C):
        ours = QTranslator(app)
        if ours.load(locale, "certdesk", "_", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
            qt = QTranslator(app)
            if qt.load(locale, "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                installed.append(qt)
        else:
            log.info("no translation for %s; showing English", locale.name())
    return installed


def remove(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
