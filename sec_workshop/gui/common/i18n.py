"""Languages: Dutch by default, English on request; Qt's own strings follow along."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from sec_workshop import labels, resources

LANGUAGES = labels.LANGUAGES
DEFAULT = labels.DEFAULT

_installed: list[QTranslator] = []

# Qt's own Dutch (qtbase_nl.qm, shipped with PySide6) lacks these texts of its file dialog
# (labels, and the kind of each file): they are named here so that our translation file
# carries them (lupdate collects them).
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
)


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def install(lang: str) -> str:
    """Install the translators for ``lang`` (source strings are English); returns the language.

    Dutch loads our translation and Qt's own (dialog buttons, file dialog, context menus);
    English takes both away again and loads only our English plurals ("Move 1 step").
    """
    lang = labels.set_language(lang)
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English)
    )
    if app is None:
        return lang
    if lang != "en":
        qt = QTranslator(app)
        if qt.load(f"qtbase_{lang}", qt_translations_folder()):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    # Installed last, so it is asked first: our words win where both know a text.
    ours = QTranslator(app)
    if ours.load(str(resources.root() / "i18n" / f"sec_workshop_{lang}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    return lang
