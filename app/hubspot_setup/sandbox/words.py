"""The sandbox's own door to translated sentences: its pages speak the browser's language.

The sandbox shares no code with the assistant (`tests/sandbox/test_sandbox_independence.py`),
so this is its own small door with the calling shape of `flow.words`:
`translate("sandbox.<module>", "source")` with both as string literals, values through `%1`,
`%2` filled at once by `.arg(...)` (a number there is written the page language's way), a
counted number as `translate(ctx, "%n item(s)", None, PLURAL, count)` (the shape lupdate reads
as a plural) with English plurals written "(s)"/"(es)"; module-level tables use
`QT_TRANSLATE_NOOP` and `.text()` where shown.

The assistant speaks the computer's language; a page here speaks the language its browser
asks for (Accept-Language), the way HubSpot's and OpenCX's own pages do: `language_for`
picks one of `LANGUAGES` whose catalogue is there (else English) and `speaking` holds it for
one request (`app._BrowserLanguage`). The
catalogues are the app's own `.qm` files, each loaded once into its own `QTranslator`, used
directly (no QCoreApplication, so a sandbox inside the wizard cannot disturb the wizard's
language); a missing catalogue means English.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator

from hubspot_setup.paths import resources_dir

ENGLISH = "en"
LANGUAGES = ("de", "fr", "es", "nl", "pt_BR")
# A browser's language tag (its first part) -> ours. Any Portuguese reads Brazilian
# Portuguese more easily than English.
_BY_PRIMARY_TAG = {"en": ENGLISH, "de": "de", "fr": "fr", "es": "es", "nl": "nl", "pt": "pt_BR"}
_QUALITY = re.compile(r"^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$", re.IGNORECASE)
_PLACEHOLDER = re.compile(r"%(\d{1,2}|n)")
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")

_language: ContextVar[str] = ContextVar("sandbox_page_language", default=ENGLISH)
_catalogue_folder: Path | None = None  # None: the app's resources/translations
_catalogues: dict[str, QTranslator | None] = {}
_catalogues_lock = threading.Lock()  # several sandboxes may serve in several threads


def language_for(accept_language: str | None) -> str:
    """The language the browser wants most (RFC 9110 weights) of English and those whose
    catalogue is installed: a page says `lang="de"` only when it can speak German."""
    best, best_weight = ENGLISH, 0.0
    for item in (accept_language or "").split(","):
        tag, *parameters = item.split(";")
        ours = _BY_PRIMARY_TAG.get(tag.strip().replace("_", "-").split("-")[0].lower())
        weight = 1.0
        for parameter in parameters:
            quality = _QUALITY.match(parameter)
            weight = float(quality.group(1)) if quality else -1.0
        if ours is None or weight <= best_weight:  # equal weights: the first one listed wins
            continue
        if ours == ENGLISH or _catalogue(ours) is not None:
            best, best_weight = ours, weight
    return best


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """Sentences made inside are in `language` (per request: a context variable)."""
    token = _language.set(language if language in LANGUAGES else ENGLISH)
    try:
        yield
    finally:
        _language.reset(token)


def html_language() -> str:
    """The current language as an HTML `lang` value ("pt-BR")."""
    return _language.get().replace("_", "-")


def use_catalogue_folder(folder: Path | None) -> None:
    """Read the `.qm` catalogues from `folder` (None: the app's own); forgets loaded ones."""
    global _catalogue_folder  # noqa: PLW0603 (one set of catalogues per process, like the app's)
    with _catalogues_lock:
        _catalogue_folder = folder
        _catalogues.clear()


def _catalogue(language: str) -> QTranslator | None:
    with _catalogues_lock:
        if language not in _catalogues:
            _catalogues[language] = _load(language)
        return _catalogues[language]


def _load(language: str) -> QTranslator | None:
    try:
        folder = _catalogue_folder or resources_dir() / "translations"
    except FileNotFoundError:
        return None
    path = folder / f"hubspot_setup_{language}.qm"
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)):
        return None
    return translator


def _number(value: int, language: str) -> str:
    return QLocale(language).toString(value)


class Translated(str):
    """A translated sentence; `.arg(a, b)` fills its `%1` and `%2` in one pass."""

    __slots__ = ()

    def arg(self, *values: object) -> str:
        language = _language.get()

        def value_for(match: re.Match[str]) -> str:
            key = match.group(1)
            index = -1 if key == "n" else int(key) - 1
            if not 0 <= index < len(values):
                return match.group(0)
            value = values[index]
            if isinstance(value, int) and not isinstance(value, bool):
                return _number(value, language)
            return str(value)

        return _PLACEHOLDER.sub(value_for, self)


class _Plural:
    """Marks a counted sentence: `translate(ctx, "%n item(s)", None, PLURAL, count)` is the
    shape lupdate's Python parser reads as a plural (PyQt4's, PLURAL where its encoding was)."""

    def __repr__(self) -> str:
        return "PLURAL"


PLURAL = _Plural()


def translate(
    context: str,
    source: str,
    disambiguation: str | None = None,
    plural: _Plural | None = None,
    n: int = -1,
) -> Translated:
    """`source` in the current page's language; `%n` is replaced by `n` when `n` is given."""
    language = _language.get()
    catalogue = _catalogue(language) if language != ENGLISH else None
    text = catalogue.translate(context, source, disambiguation, n) if catalogue else ""
    if not text:
        text = source
        if n >= 0:  # English's own plural
            text = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text)
    if n >= 0:
        text = text.replace("%n", _number(n, language))
    return Translated(text)


@dataclass(frozen=True)
class Phrase:
    """A sentence marked for translation in a module-level table; shown with `.text()`."""

    context: str
    source: str

    def text(self) -> Translated:
        return translate(self.context, self.source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Phrase:  # lupdate's marker name
    return Phrase(context, source)
