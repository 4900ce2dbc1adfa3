"""The shipped languages are complete, in step with the code, and loadable.

`make translations` rewrites the .ts files from the code; these tests fail when someone added
or changed a sentence without running it (stale), when a shipped language leaves a sentence
unfinished, or when a translation loses a placeholder, a plural number or a piece of markup
the code fills in.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from hubspot_setup.flow import words
from hubspot_setup.flow.languages import TRANSLATED_LANGUAGES
from hubspot_setup.services import translations

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
Key = tuple[str, str, str | None, bool]


def _messages(path: Path) -> dict[Key, ET.Element]:
    found: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 (our own files)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (
                name,
                message.findtext("source") or "",
                message.findtext("comment"),
                message.get("numerus") == "yes",
            )
            found[key] = message
    return found


def _ts(language: str) -> Path:
    return TS_DIR / f"hubspot_setup_{language}.ts"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    """What lupdate finds in the code today, with the Makefile's options."""
    target = tmp_path_factory.mktemp("lupdate") / "hubspot_setup_de.ts"
    subprocess.run(
        [LUPDATE, "-silent", "-extensions", "py,ui", "-locations", "none", "-no-obsolete",
         "app/hubspot_setup", "ui", "-ts", str(target)],
        cwd=ROOT, check=True, capture_output=True,
    )  # fmt: skip
    return _messages(target)


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_the_ts_file_is_in_step_with_the_code(
    language: str, extracted: dict[Key, ET.Element]
) -> None:
    shipped = set(_messages(_ts(language)))
    new = sorted(f"{c}: {s!r}" for c, s, _, _ in set(extracted) - shipped)[:10]
    gone = sorted(f"{c}: {s!r}" for c, s, _, _ in shipped - set(extracted))[:10]
    assert (new, gone) == ([], []), "run `make translations`, then translate what is new"


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _state(message: ET.Element) -> str | None:
    """None for a finished translation; "unfinished", "vanished" or "obsolete" otherwise."""
    translation = message.find("translation")
    return "missing" if translation is None else translation.get("type")


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_every_sentence_is_translated(language: str) -> None:
    unfinished = [
        f"{context}: {source!r}"
        for (context, source, _, _), message in _messages(_ts(language)).items()
        if _state(message) is not None or not all(text.strip() for text in _texts(message))
    ]
    assert unfinished[:20] == [], f"{len(unfinished)} unfinished in {language}"


_PLACEHOLDERS = re.compile(r"%\d+")
_TAG = re.compile(r"</?([a-zA-Z]+)\b")
_HREF = re.compile(r'href="([^"]*)"')
_MNEMONIC = re.compile(r"&(?!amp;|lt;|gt;|quot;|nbsp;|#)(?=\w)")


def shape_faults(source: str, translation: str, *, numerus: bool) -> list[str]:
    """What a translation lost or gained of the code's pieces."""
    faults = []
    if Counter(_PLACEHOLDERS.findall(source)) != Counter(_PLACEHOLDERS.findall(translation)):
        faults.append("placeholders")
    if numerus and "%n" in source and "%n" not in translation:
        faults.append("%n")
    if Counter(_TAG.findall(source)) != Counter(_TAG.findall(translation)):
        faults.append("markup")
    if _HREF.findall(source) != _HREF.findall(translation):
        faults.append("link targets")
    if len(_MNEMONIC.findall(source)) != len(_MNEMONIC.findall(translation)):
        faults.append("keyboard shortcut (&)")
    return faults


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_translations_keep_placeholders_plurals_and_markup(language: str) -> None:
    broken = []
    for (context, source, _, numerus), message in _messages(_ts(language)).items():
        for text in _texts(message):
            if text.strip() and (faults := shape_faults(source, text, numerus=numerus)):
                broken.append(f"{context}: {source!r} -> {text!r}: {', '.join(faults)}")
    assert broken[:20] == []


def test_the_shape_check_finds_each_loss() -> None:
    assert shape_faults("Set %1 to %2", "Stellen Sie %2 auf %1", numerus=False) == []
    assert shape_faults("Set %1 to %2", "Stellen Sie %1 ein", numerus=False) == ["placeholders"]
    assert shape_faults("%n teammate(s)", "ein Teammitglied", numerus=True) == ["%n"]
    assert shape_faults("<b>%1</b> left", "%1 übrig", numerus=False) == ["markup"]
    assert shape_faults('<a href="%1">Open</a>', '<a href="x">Öffnen</a>', numerus=False) == [
        "placeholders",
        "link targets",
    ]
    assert shape_faults("&Next", "Weiter", numerus=False) == ["keyboard shortcut (&)"]
    assert shape_faults("Terms &amp; rules", "AGB", numerus=False) == []


@pytest.mark.parametrize("language", TRANSLATED_LANGUAGES)
def test_each_language_loads_its_own_and_qts_catalogues(language: str) -> None:
    speaking = translations.load(language)
    assert speaking.missing == []
    assert len(speaking.translators) == 2
    # Qt's own: the standard "Cancel" button of QDialogButtonBox.
    assert speaking.translate("QPlatformTheme", "Cancel", None, -1) != "Cancel"


def test_speaking_a_language_reaches_every_sentence_and_number() -> None:
    speaking = translations.load("de")
    some = next(  # a sentence German writes differently ("Autopilot" stays "Autopilot")
        key
        for key, message in _messages(_ts("de")).items()
        if not key[3] and _texts(message)[0] not in ("", key[1])
    )
    translations.speak(speaking)
    try:
        text = words.translate(some[0], some[1], some[2])
        assert text != some[1]
        assert words.format_number(1200) == "1.200"
    finally:
        translations.stop_speaking(speaking)
    assert words.translate(some[0], some[1], some[2]) == some[1]
    assert words.format_number(1200) in {"1200", "1,200"}


def test_english_needs_no_catalogue(tmp_path: Path) -> None:
    assert translations.load("en", tmp_path).translators == []


def test_a_missing_catalogue_leaves_english_and_says_which(tmp_path: Path) -> None:
    speaking = translations.load("de", tmp_path)
    assert [Path(p).name for p in speaking.missing] == ["hubspot_setup_de.qm"]


def test_the_setting_is_read_leniently(tmp_path: Path) -> None:
    settings = tmp_path / "settings.toml"
    assert translations.setting_language(settings) is None  # no file
    settings.write_text('language = "fr"\n', encoding="utf-8")
    assert translations.setting_language(settings) == "fr"
    settings.write_text('language = "klingon"\n', encoding="utf-8")
    assert translations.setting_language(settings) is None
    settings.write_text("language = [", encoding="utf-8")
    assert translations.setting_language(settings) is None
    assert translations.language_for("nl", settings) == "nl"


def test_lupdate_is_where_the_test_expects_it() -> None:
    assert LUPDATE.exists() or shutil.which("pyside6-lupdate")


def test_one_list_of_languages_everywhere() -> None:
    """flow.languages names them; the repo has their .ts files and the Makefile builds them
    (the wheel carries every catalogue built: tests/test_installed_wheel.py)."""
    shipped = sorted(TRANSLATED_LANGUAGES)
    assert sorted(p.stem.removeprefix("hubspot_setup_") for p in TS_DIR.glob("*.ts")) == shipped
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    (line,) = re.findall(r"^LANGUAGES := (.*)$", makefile, flags=re.MULTILINE)
    assert sorted(line.split()) == shipped


def _literal_calls() -> set[tuple[str, str, bool]]:
    """(context, source, plural) of every translate()/QT_TRANSLATE_NOOP() call in the code."""
    found = set()
    for path in (ROOT / "app" / "hubspot_setup").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            literal = [isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args]
            if name in {"translate", "QT_TRANSLATE_NOOP"} and literal[:2] == [True, True]:
                context, source = (a.value for a in node.args[:2])  # type: ignore[attr-defined]
                found.add((context, source, len(node.args) == 5))
    return found


def test_lupdate_sees_every_sentence_the_code_translates(extracted: dict[Key, ET.Element]) -> None:
    """lupdate skips a call it cannot parse without a word (one inside an f-string, say): that
    sentence would stay English in every language, and a plural it does not mark as one would
    have a single form."""
    seen = {(context, source, numerus) for context, source, _, numerus in extracted}
    assert sorted(_literal_calls() - seen)[:10] == []
