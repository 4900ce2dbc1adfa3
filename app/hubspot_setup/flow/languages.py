"""The languages the assistant speaks, and which one a person gets.

English is the source language; the others ship as Qt catalogues built from
`resources/translations/hubspot_setup_<code>.ts`. The choice, first match wins: the
`--language` option, the `language` setting, then the operating system's preferred languages
in order (a German system with French second gets German), else English.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

SOURCE_LANGUAGE = "en"
# Codes as Qt's catalogues name them (qtbase_pt_BR.qm).
TRANSLATED_LANGUAGES = ("de", "fr", "es", "nl", "pt_BR")
LANGUAGES = (SOURCE_LANGUAGE, *TRANSLATED_LANGUAGES)
# Each language's own name for itself, as a language menu shows it.
NATIVE_NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "nl": "Nederlands",
    "pt_BR": "Português (Brasil)",
}
_CODE = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z0-9]{2,8}))?")


class UnknownLanguage(ValueError):
    """A language asked for by name that the assistant does not speak."""

    def __init__(self, asked: str) -> None:
        super().__init__(asked)
        self.asked = asked


def language_of(code: str) -> str | None:
    """One of LANGUAGES for a locale or language tag, or None.

    "de_DE.UTF-8", "de-AT" -> "de"; "pt-BR", "pt" -> "pt_BR" (the only Portuguese shipped);
    "C", "POSIX", "ja" -> None.
    """
    match = _CODE.match(code.strip())
    if match is None:
        return None
    language = match.group(1).lower()
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGES else None


def chosen_language(
    option: str | None, setting: str | None, system_languages: Iterable[str]
) -> str:
    """The language to speak. An option or setting naming no shipped language raises
    UnknownLanguage (the person asked for it by name: say so rather than guess); the system's
    list is only a preference, so what it names that is not shipped is passed over."""
    for asked in (option, setting):
        if asked:
            language = language_of(asked)
            if language is None:
                raise UnknownLanguage(asked)
            return language
    for tag in system_languages:
        language = language_of(tag)
        if language is not None:
            return language
    return SOURCE_LANGUAGE
