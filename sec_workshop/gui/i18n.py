"""Languages: Dutch by default, English on request; Qt's own strings follow along."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sec_workshop import resources

LANGUAGES = ("nl", "en")
DEFAULT = "nl"

_installed: list[QTranslator] = []


def install(lang: str) -> str:
    """Install the translators for ``lang`` (source strings are English); returns the language."""
    lang = lang if lang in LANGUAGES else DEFAULT
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    )
    if lang == "en" or app is None:
        return lang
    ours = QTranslator(app)
    if ours.load(str(resources.root() / "i18n" / f"sec_workshop_{lang}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    return lang
