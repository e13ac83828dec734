"""Translations: Simplified Chinese by default, English selectable; and translated error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk.core.errors import TR_CONTEXT, DeskError
from desk.core.field_checks import ValidationErrors
from desk.ui.resources import resource

_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str) -> None:
    """Replace the active translators. English is the source language, so it needs none."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_own = QTranslator(app)
    if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = QTranslator(app)
    if ours.load(str(resource("translations", f"grid_desk_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)


def tr_label(context: str, text: str) -> str:
    """Translate a label marked with QT_TRANSLATE_NOOP in a lower layer."""
    return QCoreApplication.translate(context, text)


def error_text(exc: BaseException) -> str:
    """The sentence to show a person: a DeskError's template translated, then filled in (one line per
    field when several fields were refused together)."""
    if isinstance(exc, ValidationErrors):
        return "\n".join(error_text(problem) for problem in exc.problems)
    if isinstance(exc, DeskError):
        params = {key: error_text(value) if isinstance(value, DeskError) else value
                  for key, value in exc.params.items()}
        if isinstance(params.get("label"), str):
            params["label"] = tr_label("Field", params["label"])
        template = QCoreApplication.translate(TR_CONTEXT, exc.template)
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template
    return QCoreApplication.translate(
        "Errors", "Something went wrong that Grid Desk did not expect: {error}. Nothing was saved; try again, and "
                  "tell the administrator if it happens again.").format(error=f"{type(exc).__name__}: {exc}")
