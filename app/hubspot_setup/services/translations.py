"""Speaking the chosen language: loading the catalogues and installing them.

Two catalogues per language: the assistant's own (`resources/translations/
hubspot_setup_<code>.qm`, built by `make translations` from the .ts files) and Qt's
(`qtbase_<code>.qm`: the standard buttons and dialogs). They are loaded once, before the first
sentence is made, then handed to `flow.words` (every sentence the code makes) and, in the
window, to the application too (the .ui files and Qt's own dialogs).
"""

from __future__ import annotations

import argparse
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hubspot_setup.flow import words
from hubspot_setup.flow.languages import SOURCE_LANGUAGE, chosen_language, language_of
from hubspot_setup.paths import resources_dir
from hubspot_setup.services.settings import (
    SETTINGS_FILE,
    SettingsError,
    config_dir,
    read_settings_file,
)

log = logging.getLogger(__name__)

CATALOGUE_PREFIX = "hubspot_setup_"


def catalogue_dir() -> Path:
    return resources_dir() / "translations"


def qt_catalogue_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


@dataclass
class Speaking:
    """The language in use and the translators that speak it (kept alive here)."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # catalogues that could not be loaded
    previous_locale: QLocale = field(default_factory=QLocale)

    def translate(self, context: str, source: str, disambiguation: str | None, n: int) -> str:
        for translator in self.translators:
            text = translator.translate(context, source, disambiguation, n)
            if text:
                return text
        return source


def system_languages() -> list[str]:
    """The operating system's preferred languages, most preferred first ("de-DE", "en")."""
    return [str(tag) for tag in QLocale.system().uiLanguages()]


def setting_language(settings_file: Path) -> str | None:
    """The `language` setting, read leniently: a missing, unreadable or odd file gives None
    (the session's settings check words that problem once the window is up)."""
    try:
        data = read_settings_file(settings_file)
    except SettingsError:
        return None
    value = data.get("language")
    return value if isinstance(value, str) and language_of(value) else None


def language_for(option: str | None, settings_file: Path) -> str:
    """`--language`, else the setting, else the system's languages, else English."""
    return chosen_language(option, setting_language(settings_file), system_languages())


def speak_as_asked(
    args: argparse.Namespace, application: QCoreApplication | None = None
) -> Speaking:
    """The window's and the commands' one start: the language `--language`, the settings
    file (`--settings-file` or the usual one) or the system asks for, loaded and spoken."""
    settings_file = getattr(args, "settings_file", None) or config_dir() / SETTINGS_FILE
    speaking = load(language_for(getattr(args, "language", None), settings_file))
    speak(speaking, application)
    return speaking


def load(language: str, folder: Path | None = None) -> Speaking:
    """Read the catalogues of `language` (none for English, the source language)."""
    speaking = Speaking(language)
    if language == SOURCE_LANGUAGE:
        return speaking
    for name, where in (
        (CATALOGUE_PREFIX + language, folder or catalogue_dir()),
        (f"qtbase_{language}", qt_catalogue_dir()),
    ):
        translator = QTranslator()
        if translator.load(name, os.fspath(where)):
            speaking.translators.append(translator)
        else:
            speaking.missing.append(f"{where / name}.qm")
    if speaking.missing:
        log.warning("Catalogues missing, those texts stay English: %s", speaking.missing)
    return speaking


def speak(speaking: Speaking, application: QCoreApplication | None = None) -> None:
    """Make `speaking` the language of every sentence, number and (with an application)
    every .ui text and Qt dialog from now on."""
    locale = QLocale(speaking.language)
    speaking.previous_locale = QLocale()
    QLocale.setDefault(locale)
    words.use_translator(
        speaking.translate if speaking.translators else None,
        lambda number: str(locale.toString(number)),
    )
    if application is not None:
        for translator in speaking.translators:
            application.installTranslator(translator)


def stop_speaking(speaking: Speaking, application: QCoreApplication | None = None) -> None:
    """Back to English (tests, and a window closed in a process that goes on)."""
    if application is not None:
        for translator in speaking.translators:
            application.removeTranslator(translator)
    QLocale.setDefault(speaking.previous_locale)
    words.use_translator(None)
