"""The one door through which every sentence an admin reads is translated.

`flow` cannot import Qt, so the translator is a port: the window and the commands install
Qt's (`services.translations`) once, before the first sentence is made; until then, and in
tests, the English source text is used as it is.

Rules that keep every sentence where `pyside6-lupdate` can find it:

- `translate("<context>", "<source text>")` with both as string literals: never an
  f-string, a variable or a concatenation of names. Values go in through `%1`, `%2`, ...
  filled by `.arg(...)` on the result, all at once (a value that itself contains `%2` is
  never filled again); a counted number is `%n`, written
  `translate("<context>", "%n teammate(s)", None, PLURAL, count)` with `count` a plain name:
  lupdate's Python parser marks a sentence as a plural only in that five-argument shape
  (PyQt4's, with its `encoding` where PLURAL stands), and skips the sentence entirely when the
  count is an attribute or a call, or is followed by a comma (so no formatter may split the
  call one argument per line). English is the source language and needs no catalogue: write
  the counted noun with `(s)` or `(es)` ("%n teammate(s)", "%n address(es)"), dropped for
  one and kept for any other number; keep verbs out of agreement ("%n check(s) waiting").
- A sentence defined before any translator can exist (a table of labels at module level)
  is marked with `QT_TRANSLATE_NOOP("<context>", "<source text>")`, which returns a
  `Phrase`: translated by its `.text()` where it is shown.
- The context is the module's place in the package (`"flow.problems"`, `"cli.doctor"`), so
  a translator sees where the sentence is used; `tests/flow/test_translatable_text.py`
  checks every call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

# (context, source, disambiguation, n) -> the translated text, still with its %1 and %n.
Translator = Callable[[str, str, str | None, int], str]
# A number as the admin's locale writes it (1.234 in German, 1,234 in English).
NumberFormat = Callable[[int], str]


def _untranslated(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return source


_translator: Translator = _untranslated
_number_format: NumberFormat = str
_PLACEHOLDER = re.compile(r"%(\d{1,2}|n)")
_ENGLISH_PLURAL = re.compile(r"\((e?s)\)")


class _FilePath(Protocol):
    """A path (pathlib's), without importing pathlib into the pure flow."""

    def __fspath__(self) -> str: ...


class Translated(str):
    """A translated sentence; `.arg(a, b)` fills its `%1` and `%2` in one pass."""

    __slots__ = ()

    def arg(self, *values: str | int | float | _FilePath) -> str:
        """Typed so that mypy refuses a Phrase or another object whose str() is no sentence."""

        def value_for(match: re.Match[str]) -> str:
            key = match.group(1)
            if key == "n":
                return match.group(0)
            index = int(key) - 1
            if 0 <= index < len(values):
                # As given: an int here may be an id or a year ("7001", not "7,001"); a
                # quantity goes through format_number() first, or is the %n of a plural.
                return str(values[index])
            return match.group(0)

        return _PLACEHOLDER.sub(value_for, self)


class _Plural:
    """The marker of a counted sentence (see the module's docstring)."""

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
    """`source` in the admin's language; `%n` is replaced by `n` when `n` is given."""
    text = _translator(context, source, disambiguation, n) or source
    if n >= 0:
        if text == source:  # not translated: English's own plural
            text = _ENGLISH_PLURAL.sub("" if n == 1 else r"\1", text)
        text = text.replace("%n", _number_format(n))
    return Translated(text)


@dataclass(frozen=True)
class Phrase:
    """A sentence marked for translation where no translator can run yet (module tables)."""

    context: str
    source: str

    def text(self) -> Translated:
        return translate(self.context, self.source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Phrase:
    return Phrase(context, source)


def use_translator(translator: Translator | None, number_format: NumberFormat = str) -> None:
    """Install the translator (None: English source texts again)."""
    global _translator, _number_format  # noqa: PLW0603 (one translator per process, like Qt's)
    _translator = translator or _untranslated
    _number_format = number_format


def format_number(value: int) -> str:
    """A quantity as the admin's locale writes it (1.200 in German, 1,200 in English)."""
    return _number_format(value)
