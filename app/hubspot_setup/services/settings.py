"""Where the assistant connects to, and how much it logs.

Three layers, later wins: the settings file (TOML in the per-user config folder), the
environment (`OPENCX_URL`, `HUBSPOT_API_URL`), then command-line flags (`--opencx-url`,
`--hubspot-api-url`). Base URLs must be https, or plain http only for this computer
(the sandbox); anything else is refused with a message that says what to fix.
"""

from __future__ import annotations

import argparse
import ipaddress
import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs
import tomli_w

from hubspot_setup import DISTRIBUTION
from hubspot_setup.flow.languages import LANGUAGES, language_of
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate
from hubspot_setup.services.file_writes import (
    FileTooLarge,
    LocalFileError,
    NotARegularFile,
    read_regular_file,
    write_file,
)
from hubspot_setup.services.problem_texts import language_not_saved

DEFAULT_OPENCX_URL = "https://api.open.cx"
DEFAULT_HUBSPOT_API_URL = "https://api.hubapi.com"
SETTINGS_FILE = "settings.toml"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
# A settings file holds four short values; anything this large is not one.
MAX_SETTINGS_BYTES = 64 * 1024


class SettingsError(ValueError):
    """A setting that cannot be used; the message is meant for the admin."""


@dataclass(frozen=True)
class Settings:
    opencx_url: str = DEFAULT_OPENCX_URL
    hubspot_api_url: str = DEFAULT_HUBSPOT_API_URL
    sandbox_scenario: str | None = None
    log_level: str = "INFO"
    language: str | None = None  # None: the system's (see flow.languages)

    @property
    def log_level_number(self) -> int:
        return int(logging.getLevelName(self.log_level))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(DISTRIBUTION, appauthor=False))


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_base_url(value: str, name: str) -> str:
    """A usable base URL without a trailing slash, or `SettingsError` saying why not."""
    text = value.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise SettingsError(
            translate("services.settings", "%1 must be a web address such as %2.").arg(
                name, DEFAULT_OPENCX_URL
            )
        )
    if parts.username or parts.password:
        raise SettingsError(
            translate("services.settings", "%1 must not contain a user name or password.").arg(name)
        )
    if parts.query or parts.fragment:
        raise SettingsError(
            translate("services.settings", "%1 must not contain '?' or '#'.").arg(name)
        )
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SettingsError(
            translate(
                "services.settings",
                "%1 must start with https:// (plain http is only allowed for this computer, "
                "127.0.0.1 or localhost).",
            ).arg(name)
        )
    try:
        _ = parts.port
    except ValueError as exc:
        raise SettingsError(
            translate(
                "services.settings", "%1 has a port that is not a number from 1 to 65535."
            ).arg(name)
        ) from exc
    return text.rstrip("/")


def _check_level(value: str) -> str:
    level = value.strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError(
            translate("services.settings", "%1 must be one of %2.").arg(
                "log_level", ", ".join(LOG_LEVELS)
            )
        )
    return level


# The subject of a refusal ("The OpenCX URL must start with https://").
_URL_KEYS = {
    "opencx_url": QT_TRANSLATE_NOOP("services.settings", "The OpenCX URL"),
    "hubspot_api_url": QT_TRANSLATE_NOOP("services.settings", "The HubSpot API URL"),
}


def _checked(values: Mapping[str, str], sources: Mapping[str, str]) -> Settings:
    """Check every value, naming where a refused one came from."""
    checked: dict[str, str] = dict(values)
    for key, label in _URL_KEYS.items():
        if key in values:
            where = sources.get(key)
            name = (
                translate("services.settings", "%1 (%2)", "a setting (where it came from)").arg(
                    label.text(), where
                )
                if where
                else label.text()
            )
            checked[key] = check_base_url(values[key], name)
    if "log_level" in values:
        checked["log_level"] = _check_level(values["log_level"])
    if "language" in values:
        checked["language"] = _check_language(values["language"])
    return Settings(**checked)


def _check_language(value: str) -> str:
    language = language_of(value)
    if language is None:
        raise SettingsError(
            translate(
                "services.settings",
                "The assistant does not speak the language “%1”. Use one of %2.",
            ).arg(value, ", ".join(LANGUAGES))
        )
    return language


def language_option(value: str) -> str:
    """`--language CODE`, checked as argparse reads it (a usage error names the choices)."""
    try:
        return _check_language(value)
    except SettingsError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def read_settings_file(path: Path, *, must_exist: bool = False) -> dict[str, Any]:
    """The settings in `path`; anything unusable is one `SettingsError` sentence. The file is
    the admin's own (it may be a link into their dotfiles), so it is never set aside."""
    try:
        text = read_regular_file(path, limit=MAX_SETTINGS_BYTES).decode("utf-8")
    except FileNotFoundError:
        if must_exist:
            raise SettingsError(
                translate("services.settings", "The settings file %1 does not exist.").arg(path)
            ) from None
        return {}
    except NotARegularFile as exc:
        raise SettingsError(
            translate("services.settings", "The settings file %1 is not a file.").arg(path)
        ) from exc
    except FileTooLarge as exc:
        raise SettingsError(
            translate(
                "services.settings",
                "The settings file %1 is too large to be a settings file (more than %2 KiB).",
            ).arg(path, MAX_SETTINGS_BYTES // 1024)
        ) from exc
    except OSError as exc:
        raise SettingsError(
            translate("services.settings", "The settings file %1 cannot be read (%2).").arg(
                path, exc.strerror or str(exc)
            )
        ) from exc
    except UnicodeDecodeError as exc:
        raise SettingsError(
            translate(
                "services.settings", "The settings file %1 is not UTF-8 text; save it as UTF-8."
            ).arg(path)
        ) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(
            translate("services.settings", "The settings file %1 is not valid TOML: %2.").arg(
                path, str(exc)
            )
        ) from exc
    except RecursionError as exc:  # thousands of nested brackets: no settings file looks so
        raise SettingsError(
            translate("services.settings", "The settings file %1 is nested too deeply.").arg(path)
        ) from exc
    known = {"opencx_url", "hubspot_api_url", "sandbox_scenario", "log_level", "language"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SettingsError(
            translate(
                "services.settings", "The settings file %1 has unknown settings: %2. Known: %3."
            ).arg(path, ", ".join(unknown), ", ".join(sorted(known)))
        )
    wrong = [key for key, value in data.items() if not isinstance(value, str)]
    if wrong:
        raise SettingsError(
            translate("services.settings", "In %1, these settings must be text: %2.").arg(
                path, ", ".join(wrong)
            )
        )
    return data


def load_settings(
    *,
    config_file: Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, str | None] | None = None,
) -> Settings:
    """File, then environment, then `overrides` (the command-line flags)."""
    path = config_file or config_dir() / SETTINGS_FILE
    values: dict[str, str] = read_settings_file(path, must_exist=config_file is not None)
    sources = dict.fromkeys(values, translate("services.settings", "from %1").arg(path))
    environ = os.environ if env is None else env
    for key, variable in (("opencx_url", "OPENCX_URL"), ("hubspot_api_url", "HUBSPOT_API_URL")):
        if environ.get(variable):
            values[key] = environ[variable]
            sources[key] = translate("services.settings", "from the %1 environment variable").arg(
                variable
            )
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
            sources[key] = translate("services.settings", "from %1").arg(
                "--" + key.replace("_", "-")
            )
    return _checked(values, sources)


def add_arguments(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    """The flags the GUI and the CLI share. A subcommand's parser passes
    `default=argparse.SUPPRESS`, so a flag given before the subcommand is not reset by it."""
    group = parser.add_argument_group("connection")
    group.add_argument(
        "--opencx-url", default=default, help=f"OpenCX address (default {DEFAULT_OPENCX_URL})"
    )
    group.add_argument(
        "--hubspot-api-url",
        default=default,
        help=f"HubSpot API address (default {DEFAULT_HUBSPOT_API_URL}; "
        "https://api-eu1.hubapi.com for EU data hosting)",
    )
    group.add_argument(
        "--settings-file", type=Path, default=default, help="read settings from this TOML file"
    )
    group.add_argument("--log-level", choices=LOG_LEVELS, type=str.upper, default=default)
    group.add_argument(
        "--language",
        type=language_option,
        default=default,
        metavar="CODE",
        help=f"speak this language ({', '.join(LANGUAGES)}; default: the system's)",
    )


def from_args(namespace: argparse.Namespace, *, env: Mapping[str, str] | None = None) -> Settings:
    return load_settings(
        config_file=getattr(namespace, "settings_file", None),
        env=env,
        overrides={
            "opencx_url": getattr(namespace, "opencx_url", None),
            "hubspot_api_url": getattr(namespace, "hubspot_api_url", None),
            "log_level": getattr(namespace, "log_level", None),
            "sandbox_scenario": getattr(namespace, "sandbox_scenario", None),
            "language": getattr(namespace, "language", None),
        },
    )


def save_language(language: str | None, config_file: Path | None = None) -> Path:
    """Keep `language` as the setting (None: remove it, so the system's language is used).

    The file's other settings stay as they are; one that cannot be read is reported
    (`SettingsError`), never overwritten. A settings file that is a link into the admin's
    dotfiles is written where the link points. Runs off the GUI thread: it touches the disk.
    """
    path = config_file or config_dir() / SETTINGS_FILE
    data = read_settings_file(path)
    if language is None:
        data.pop("language", None)
    else:
        data["language"] = _check_language(language)
    return write_file(path.resolve(), tomli_w.dumps(data))


class SavedLanguage:
    """The `language` setting as the window's Language menu reads and changes it."""

    def __init__(self, current: str | None, config_file: Path | None = None) -> None:
        self.current = current  # None: the system's language
        self._config_file = config_file

    async def save(self, language: str | None) -> None:
        import asyncio  # noqa: PLC0415 (this module is read before the first paint; asyncio is not)

        try:
            await asyncio.to_thread(save_language, language, self._config_file)
        except SettingsError as error:
            raise ProblemError(language_not_saved(str(error))) from None
        except LocalFileError as error:
            raise ProblemError(language_not_saved(error.sentence)) from None
        self.current = language
