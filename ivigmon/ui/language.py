"""The language of the screens: chosen per workstation or from the system, installed at start."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ivigmon.paths import resource

log = logging.getLogger("ivigmon.language")

ENGLISH = "en"
POLISH = "pl"
FOLLOW_SYSTEM = ""  # no choice stored: the system's language decides
# Each language named in its own words, as every language chooser does (never translated).
LANGUAGE_NAMES = {ENGLISH: "English", POLISH: "Polski"}
# The workstation's own settings (not the ward database): one ward's computers may differ.
CHOICE_KEY = "language"
LOCALES = {
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
    POLISH: QLocale(QLocale.Language.Polish, QLocale.Country.Poland),
}

_installed: list[QTranslator] = []


def workstation_settings() -> QSettings:
    """This computer's settings for this user (tests point it at a file of their own)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "ivigmon", "workstation"
    )


def language_choice() -> str:
    """`en`, `pl`, or FOLLOW_SYSTEM; anything else stored reads as FOLLOW_SYSTEM."""
    value = workstation_settings().value(CHOICE_KEY, FOLLOW_SYSTEM)
    return value if isinstance(value, str) and value in LANGUAGE_NAMES else FOLLOW_SYSTEM


def save_language_choice(choice: str) -> None:
    """Stored on this workstation; the screens use it from the next start."""
    if choice not in (*LANGUAGE_NAMES, FOLLOW_SYSTEM):
        raise ValueError(f"no such language: {choice!r}")
    settings = workstation_settings()
    settings.setValue(CHOICE_KEY, choice)
    settings.sync()


def language_for(choice: str, system: QLocale) -> str:
    """The stored choice; without one, Polish on a Polish system and English elsewhere."""
    if choice in LANGUAGE_NAMES:
        return choice
    return POLISH if system.language() == QLocale.Language.Polish else ENGLISH


def translations_dir() -> Path:
    """Where the compiled `ivigmon_<lang>.qm` files are (built by `packaging/translations`)."""
    return resource("i18n")


def install_language(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators and the locale of `language` (by default the workstation's
    choice, else the system's) before any window is built; returns the language in use.

    Widgets built earlier keep their words: the choice takes effect at the next start.
    """
    chosen = language or language_for(language_choice(), QLocale.system())
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(LOCALES[chosen])
    # ivigmon's own words; English needs its file too, for the plural forms ("1 check").
    _install(app, f"ivigmon_{chosen}", translations_dir())
    if chosen != ENGLISH:
        # Qt's own words: "Anuluj", not "Cancel", on standard buttons and dialogs.
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        _install(app, f"qtbase_{chosen}", qt_dir)
    return chosen


def _install(app: QCoreApplication, name: str, folder: Path) -> None:
    translator = QTranslator(app)
    if translator.load(name, str(folder)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        # The screens still work, in English: a missing file must never stop the ward.
        log.warning("translation %s not found in %s", name, folder)
