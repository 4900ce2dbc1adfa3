"""The sandbox's pages speak the browser's language (Accept-Language), as HubSpot's and
OpenCX's own pages do, from the app's `.qm` catalogues; its APIs stay English."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sandbox_helpers import Catcher, api

from hubspot_setup.sandbox import words
from hubspot_setup.sandbox.server import RunningSandbox

HS = "/v1/integrations/hubspot"
GERMAN_BROWSER = {"Accept-Language": "de-DE,de;q=0.9"}
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")

# A hand-made German catalogue: a page sentence, a scope's plain words (a module-level Phrase)
# and a counted sentence with its two German forms.
GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>sandbox.pages</name>
    <message>
        <source>Connect OpenCX to HubSpot</source>
        <translation>OpenCX mit HubSpot verbinden</translation>
    </message>
</context>
<context>
    <name>sandbox.hubspot</name>
    <message>
        <source>See your teammates (owners)</source>
        <translation>Ihre Teammitglieder sehen (Besitzer)</translation>
    </message>
</context>
<context>
    <name>sandbox.test</name>
    <message numerus="yes">
        <source>%n message(s) from %1</source>
        <translation>
            <numerusform>%n Nachricht von %1</numerusform>
            <numerusform>%n Nachrichten von %1</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def _german_qm(folder: Path) -> Path:
    source = folder / "hubspot_setup_de.ts"
    source.write_text(GERMAN_TS, encoding="utf-8")
    built = folder / "hubspot_setup_de.qm"
    subprocess.run(
        [str(LRELEASE), str(source), "-qm", str(built)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return built


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Path]:
    """The sandbox reads its catalogues from a folder holding only German."""
    _german_qm(tmp_path)
    words.use_catalogue_folder(tmp_path)
    yield tmp_path
    words.use_catalogue_folder(None)


@pytest.fixture
def every_language(german: Path) -> Path:
    """A catalogue for each language (German's, under each name: only the choice matters)."""
    for language in words.LANGUAGES:
        if language != "de":
            shutil.copy(german / "hubspot_setup_de.qm", german / f"hubspot_setup_{language}.qm")
    words.use_catalogue_folder(german)
    return german


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, "en"),
        ("", "en"),
        ("de-DE,de;q=0.9", "de"),
        ("de-AT", "de"),
        ("en-US,en;q=0.9,de;q=0.8", "en"),
        ("fr;q=0.5, nl", "nl"),
        ("es_ES", "es"),
        ("pt-BR,pt;q=0.9", "pt_BR"),
        ("pt", "pt_BR"),
        ("ja,de;q=0.1", "de"),
        ("*", "en"),
        ("de;q=0", "en"),
        ("de;q=banana", "en"),
        ("PT-br;q=0.7,de;q=0.7", "pt_BR"),  # equal weights: the first one listed
    ],
)
def test_the_browsers_most_wanted_language_is_picked(
    every_language: Path, header: str | None, expected: str
) -> None:
    assert words.language_for(header) == expected


def test_a_language_without_its_catalogue_is_english(german: Path) -> None:
    assert words.language_for("fr-FR,fr;q=0.9,de;q=0.5") == "de"
    assert words.language_for("fr-FR") == "en"
    words.use_catalogue_folder(german / "nothing-here")
    assert words.language_for("de-DE") == "en"


def test_a_counted_sentence_uses_the_languages_forms_and_numbers(german: Path) -> None:
    def counted(n: int) -> str:
        return words.translate("sandbox.test", "%n message(s) from %1", None, words.PLURAL, n).arg(
            "Ada"
        )

    with words.speaking("de"):
        assert counted(1) == "1 Nachricht von Ada"
        assert counted(1200) == "1.200 Nachrichten von Ada"
        assert words.translate("sandbox.test", "Not in the catalogue: %1").arg(4000) == (
            "Not in the catalogue: 4.000"
        )
    assert counted(1) == "1 message from Ada"
    assert counted(3) == "3 messages from Ada"


def _consent_url(sandbox: RunningSandbox, return_to: str) -> str:
    with api(sandbox) as client:
        response = client.post(
            f"{HS}/oauth/installs", json={"return_to": return_to, "state": "assistant-state"}
        )
    assert response.status_code == 201, response.text
    url: str = response.json()["authorize_url"]
    return url


def test_the_consent_page_follows_the_browser(
    german: Path, sandbox: RunningSandbox, catcher: Catcher
) -> None:
    url = _consent_url(sandbox, catcher.url)

    in_german = httpx.get(url, headers=GERMAN_BROWSER, trust_env=False)
    assert in_german.status_code == 200
    assert '<html lang="de">' in in_german.text
    assert "<h1>OpenCX mit HubSpot verbinden</h1>" in in_german.text
    assert "<title>OpenCX mit HubSpot verbinden</title>" in in_german.text
    assert "<li>Ihre Teammitglieder sehen (Besitzer)</li>" in in_german.text
    assert "Connect app" in in_german.text  # not in this catalogue: English, not blank
    assert "accept-language" in in_german.headers["vary"].lower()

    in_english = httpx.get(url, trust_env=False)
    assert '<html lang="en">' in in_english.text
    assert "<h1>Connect OpenCX to HubSpot</h1>" in in_english.text
    assert "<li>See your teammates (owners)</li>" in in_english.text
    assert "verbinden" not in in_english.text


def test_the_apis_answer_in_english_whatever_the_browser(
    german: Path, sandbox: RunningSandbox
) -> None:
    plain = httpx.get(f"{sandbox.opencx_url}/v1/me", trust_env=False)
    german_asked = httpx.get(f"{sandbox.opencx_url}/v1/me", headers=GERMAN_BROWSER, trust_env=False)
    assert plain.status_code == german_asked.status_code == 401
    assert plain.json() == german_asked.json()
    assert "vary" not in {key.lower() for key in german_asked.headers}
