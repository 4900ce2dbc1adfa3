"""Which language a person gets: the option, the setting, the system, else English."""

from __future__ import annotations

import pytest

from hubspot_setup.flow.languages import (
    LANGUAGES,
    NATIVE_NAMES,
    UnknownLanguage,
    chosen_language,
    language_of,
)


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("de_DE.UTF-8", "de"),
        ("de-AT", "de"),
        ("DE", "de"),
        ("fr_CA", "fr"),
        ("es-419", "es"),
        ("nl_BE.UTF-8@euro", "nl"),
        ("pt-BR", "pt_BR"),
        ("pt_PT", "pt_BR"),  # the only Portuguese shipped
        ("pt_BR", "pt_BR"),
        ("en_GB", "en"),
        ("C", None),
        ("POSIX", None),
        ("ja_JP", None),
        ("", None),
        ("--", None),
    ],
)
def test_a_locale_names_one_shipped_language(code: str, language: str | None) -> None:
    assert language_of(code) == language


def test_the_option_wins_then_the_setting_then_the_system() -> None:
    assert chosen_language("fr", "de", ["nl-NL"]) == "fr"
    assert chosen_language(None, "de", ["nl-NL"]) == "de"
    assert chosen_language(None, None, ["ja-JP", "nl-NL", "de"]) == "nl"
    assert chosen_language(None, None, ["ja-JP"]) == "en"
    assert chosen_language(None, None, []) == "en"


def test_a_language_asked_for_by_name_must_be_shipped() -> None:
    with pytest.raises(UnknownLanguage) as raised:
        chosen_language("klingon", None, ["de"])
    assert raised.value.asked == "klingon"
    with pytest.raises(UnknownLanguage):
        chosen_language(None, "ja", ["de"])


def test_every_language_has_its_own_name() -> None:
    assert set(NATIVE_NAMES) == set(LANGUAGES)
