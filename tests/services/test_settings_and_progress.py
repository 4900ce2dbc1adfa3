"""Settings layers and URL checks; saved progress written atomically and read tolerantly."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest

from fixtures.secrets import UserDirs
from hubspot_setup.flow.answers import AuthKind, OpenCXAccount, Role
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import StepId
from hubspot_setup.flow.words import Phrase
from hubspot_setup.services import progress as progress_module
from hubspot_setup.services.progress import (
    CORRUPT_NOTICE,
    OTHER_VERSION_NOTICE,
    FileProgressStore,
)
from hubspot_setup.services.settings import (
    DEFAULT_HUBSPOT_API_URL,
    DEFAULT_OPENCX_URL,
    SettingsError,
    add_arguments,
    check_base_url,
    from_args,
    load_settings,
)

# -- settings -------------------------------------------------------------------------


def test_defaults(user_dirs: UserDirs) -> None:
    settings = load_settings(env={})  # no settings file in the user config folder
    assert settings.opencx_url == DEFAULT_OPENCX_URL
    assert settings.hubspot_api_url == DEFAULT_HUBSPOT_API_URL
    assert settings.log_level == "INFO"


def test_file_then_env_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(
        'opencx_url = "https://file.open.cx"\n'
        'hubspot_api_url = "https://api-eu1.hubapi.com/"\n'
        'log_level = "debug"\n',
        encoding="utf-8",
    )
    from_file = load_settings(config_file=config, env={})
    assert from_file.opencx_url == "https://file.open.cx"
    assert from_file.hubspot_api_url == "https://api-eu1.hubapi.com"
    assert from_file.log_level == "DEBUG"

    env = {"OPENCX_URL": "http://127.0.0.1:8123/opencx"}
    assert load_settings(config_file=config, env=env).opencx_url == "http://127.0.0.1:8123/opencx"

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    namespace = parser.parse_args(
        ["--settings-file", str(config), "--opencx-url", "http://[::1]:9/opencx"]
    )
    settings = from_args(namespace, env=env)
    assert settings.opencx_url == "http://[::1]:9/opencx"
    assert settings.hubspot_api_url == "https://api-eu1.hubapi.com"


def test_default_file_is_in_the_user_config_folder(user_dirs: UserDirs) -> None:
    (user_dirs.config / "settings.toml").write_text(
        'hubspot_api_url = "https://api-eu1.hubapi.com"\n', encoding="utf-8"
    )
    assert load_settings(env={}).hubspot_api_url == "https://api-eu1.hubapi.com"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://api.open.cx", "https://"),
        ("ftp://api.open.cx", "web address"),
        ("api.open.cx", "web address"),
        ("https://user:pw@api.open.cx", "user name or password"),
        ("https://api.open.cx/?x=1", "'?'"),
        ("https://api.open.cx:99999", "port"),
    ],
)
def test_bad_urls_are_refused_with_a_clear_message(url: str, words: str) -> None:
    with pytest.raises(SettingsError) as caught:
        check_base_url(url, "The OpenCX URL")
    assert words in str(caught.value)
    assert str(caught.value).startswith("The OpenCX URL")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8000/opencx", "http://localhost:1/", "http://[::1]:5", "https://x.y"]
)
def test_loopback_http_and_https_are_accepted(url: str) -> None:
    assert check_base_url(url, "x") == url.rstrip("/")


def test_a_named_settings_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="does not exist"):
        load_settings(config_file=tmp_path / "missing.toml", env={})


def test_a_refused_value_says_where_it_came_from(user_dirs: UserDirs) -> None:
    with pytest.raises(SettingsError) as caught:
        load_settings(config_file=None, env={"HUBSPOT_API_URL": "http://api.hubapi.com"})
    assert str(caught.value).startswith(
        "The HubSpot API URL (from the HUBSPOT_API_URL environment variable) must start with"
    )
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    namespace = parser.parse_args(["--opencx-url", "open.cx"])
    with pytest.raises(SettingsError, match=r"\(from --opencx-url\)"):
        from_args(namespace, env={})


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("opencx_url = ", "not valid TOML"),
        ('colour = "blue"', "unknown settings: colour"),
        ("log_level = 3", "must be text"),
        ('log_level = "LOUD"', "log_level must be one of"),
    ],
)
def test_bad_settings_file(tmp_path: Path, text: str, words: str) -> None:
    config = tmp_path / "settings.toml"
    config.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(config_file=config, env={})
    assert words in str(caught.value)


# -- saved progress ---------------------------------------------------------------------


def _state() -> WizardState:
    account = OpenCXAccount(
        user_email="ada@acme.test",
        organization_id="o1",
        organization_name="Acme",
        role=Role.ADMIN,
        auth_kind=AuthKind.API_KEY,
        credential_ref="opencx-session:o1:u1",
    )
    state = WizardState(current=StepId.SIGNIN, visited=(StepId.PREREQUISITES, StepId.SIGNIN))
    return replace(state, answers=replace(state.answers, account=account))


def test_round_trip_in_the_user_data_folder(user_dirs: UserDirs) -> None:
    store = FileProgressStore()
    assert store.path.parent == user_dirs.data
    assert store.load().state is None
    state = _state()
    store.save(state)
    loaded = store.load()
    assert loaded.state == state
    assert loaded.notice is None
    envelope = json.loads(store.path.read_text(encoding="utf-8"))
    assert envelope["format"] == "opencx-hubspot-setup/progress"
    assert envelope["version"] == 1
    assert [p.name for p in user_dirs.data.iterdir()] == ["progress.json"]  # no temp file left


@pytest.mark.parametrize(
    ("content", "notice"),
    [
        ("{half a file", CORRUPT_NOTICE),
        ("[]", CORRUPT_NOTICE),
        (b"\xff\xfe\x00bad".decode("latin-1"), CORRUPT_NOTICE),
        (
            json.dumps({"format": "opencx-hubspot-setup/progress", "version": 99}),
            OTHER_VERSION_NOTICE,
        ),
        (
            json.dumps(
                {
                    "format": "opencx-hubspot-setup/progress",
                    "version": 1,
                    "state": {"schema_version": 0},
                }
            ),
            OTHER_VERSION_NOTICE,
        ),
        (
            json.dumps(
                {
                    "format": "opencx-hubspot-setup/progress",
                    "version": 1,
                    "state": {"schema_version": 1, "current": "no-such-step"},
                }
            ),
            CORRUPT_NOTICE,
        ),
    ],
)
def test_unreadable_files_give_a_clean_start_and_a_notice(
    tmp_path: Path, content: str, notice: Phrase
) -> None:
    store = FileProgressStore(tmp_path)
    store.path.write_text(content, encoding="utf-8")
    loaded = store.load()
    assert loaded.state is None
    assert loaded.notice == notice.text()
    assert not store.path.exists()
    assert (tmp_path / "progress.unreadable.json").exists()  # kept aside for support
    store.save(_state())  # and saving works again
    assert store.load().state == _state()


def test_a_failed_write_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = FileProgressStore(tmp_path)
    store.save(WizardState())

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(progress_module.os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        store.save(_state())
    monkeypatch.undo()
    assert store.load().state == WizardState()
    assert sorted(os.listdir(tmp_path)) == ["progress.json"]  # the temp file was removed
