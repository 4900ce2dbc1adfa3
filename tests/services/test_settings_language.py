"""The `language` setting: checked where it comes from, kept by Menu → Language."""

from __future__ import annotations

import argparse
import asyncio
import tomllib
from pathlib import Path

import pytest

from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.services import settings as settings_module
from hubspot_setup.services.settings import (
    SavedLanguage,
    SettingsError,
    load_settings,
    save_language,
)


def parse(*words: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    settings_module.add_arguments(parser)
    return parser.parse_args(list(words))


def test_the_option_takes_a_locale_and_names_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert parse("--language", "pt-BR").language == "pt_BR"
    assert parse("--language", "de_AT.UTF-8").language == "de"
    with pytest.raises(SystemExit) as exited:
        parse("--language", "klingon")
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "klingon" in error
    assert "en, de, fr, es, nl, pt_BR" in error


def test_the_setting_is_checked_like_the_others(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('language = "fr_CA"\nlog_level = "DEBUG"\n', encoding="utf-8")
    assert load_settings(config_file=path, env={}).language == "fr"
    path.write_text('language = "ja"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="ja"):
        load_settings(config_file=path, env={})
    path.write_text('log_level = "INFO"\n', encoding="utf-8")
    assert load_settings(config_file=path, env={}).language is None


def test_saving_keeps_the_other_settings(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('log_level = "DEBUG"\n', encoding="utf-8")
    save_language("de", path)
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "log_level": "DEBUG",
        "language": "de",
    }
    save_language(None, path)
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"log_level": "DEBUG"}
    save_language("nl", tmp_path / "new" / "settings.toml")
    assert (tmp_path / "new" / "settings.toml").read_text(encoding="utf-8") == 'language = "nl"\n'


def test_a_settings_file_that_cannot_be_read_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("log_level = [", encoding="utf-8")
    with pytest.raises(SettingsError):
        save_language("de", path)
    assert path.read_text(encoding="utf-8") == "log_level = ["


def test_a_linked_settings_file_is_written_where_it_points(tmp_path: Path) -> None:
    real = tmp_path / "dotfiles" / "opencx.toml"
    real.parent.mkdir()
    real.write_text('log_level = "INFO"\n', encoding="utf-8")
    link = tmp_path / "settings.toml"
    link.symlink_to(real)
    save_language("es", link)
    assert link.is_symlink()
    assert 'language = "es"' in real.read_text(encoding="utf-8")


def test_the_windows_choice_says_why_it_was_not_kept(tmp_path: Path) -> None:
    folder_in_the_way = tmp_path / "settings.toml"
    folder_in_the_way.mkdir()
    choice = SavedLanguage("fr", folder_in_the_way)
    with pytest.raises(ProblemError) as raised:
        asyncio.run(choice.save("de"))
    assert raised.value.problem.title == "The language could not be kept"
    assert str(folder_in_the_way) in raised.value.problem.message
    assert choice.current == "fr"
    kept = SavedLanguage(None, tmp_path / "ok.toml")
    asyncio.run(kept.save("de"))
    assert kept.current == "de"
