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

from hubspot_setup import DISTRIBUTION
from hubspot_setup.services.file_writes import FileTooLarge, NotARegularFile, read_regular_file

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
        raise SettingsError(f"{name} must be a web address such as https://api.open.cx.")
    if parts.username or parts.password:
        raise SettingsError(f"{name} must not contain a user name or password.")
    if parts.query or parts.fragment:
        raise SettingsError(f"{name} must not contain '?' or '#'.")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SettingsError(
            f"{name} must start with https:// (plain http is only allowed for this computer, "
            "127.0.0.1 or localhost)."
        )
    try:
        _ = parts.port
    except ValueError as exc:
        raise SettingsError(f"{name} has a port that is not a number from 1 to 65535.") from exc
    return text.rstrip("/")


def _check_level(value: str) -> str:
    level = value.strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError("log_level must be one of " + ", ".join(LOG_LEVELS) + ".")
    return level


_URL_KEYS = {"opencx_url": "The OpenCX URL", "hubspot_api_url": "The HubSpot API URL"}


def _checked(values: Mapping[str, str], sources: Mapping[str, str]) -> Settings:
    """Check every value, naming where a refused one came from."""
    checked: dict[str, str] = dict(values)
    for key, label in _URL_KEYS.items():
        if key in values:
            where = sources.get(key)
            checked[key] = check_base_url(values[key], f"{label}{f' ({where})' if where else ''}")
    if "log_level" in values:
        checked["log_level"] = _check_level(values["log_level"])
    return Settings(**checked)


def read_settings_file(path: Path, *, must_exist: bool = False) -> dict[str, Any]:
    """The settings in `path`; anything unusable is one `SettingsError` sentence. The file is
    the admin's own (it may be a link into their dotfiles), so it is never set aside."""
    try:
        text = read_regular_file(path, limit=MAX_SETTINGS_BYTES).decode("utf-8")
    except FileNotFoundError:
        if must_exist:
            raise SettingsError(f"The settings file {path} does not exist.") from None
        return {}
    except NotARegularFile as exc:
        raise SettingsError(f"The settings file {path} is not a file.") from exc
    except FileTooLarge as exc:
        raise SettingsError(
            f"The settings file {path} is too large to be a settings file "
            f"(more than {MAX_SETTINGS_BYTES // 1024} KiB)."
        ) from exc
    except OSError as exc:
        raise SettingsError(f"The settings file {path} cannot be read ({exc.strerror}).") from exc
    except UnicodeDecodeError as exc:
        raise SettingsError(
            f"The settings file {path} is not UTF-8 text; save it as UTF-8."
        ) from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"The settings file {path} is not valid TOML: {exc}.") from exc
    except RecursionError as exc:  # thousands of nested brackets: no settings file looks so
        raise SettingsError(f"The settings file {path} is nested too deeply.") from exc
    known = {"opencx_url", "hubspot_api_url", "sandbox_scenario", "log_level"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise SettingsError(
            f"The settings file {path} has unknown settings: {', '.join(unknown)}. "
            f"Known: {', '.join(sorted(known))}."
        )
    wrong = [key for key, value in data.items() if not isinstance(value, str)]
    if wrong:
        raise SettingsError(f"In {path}, these settings must be text: {', '.join(wrong)}.")
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
    sources = dict.fromkeys(values, f"from {path}")
    environ = os.environ if env is None else env
    for key, variable in (("opencx_url", "OPENCX_URL"), ("hubspot_api_url", "HUBSPOT_API_URL")):
        if environ.get(variable):
            values[key] = environ[variable]
            sources[key] = f"from the {variable} environment variable"
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
            sources[key] = f"from --{key.replace('_', '-')}"
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


def from_args(namespace: argparse.Namespace, *, env: Mapping[str, str] | None = None) -> Settings:
    return load_settings(
        config_file=getattr(namespace, "settings_file", None),
        env=env,
        overrides={
            "opencx_url": getattr(namespace, "opencx_url", None),
            "hubspot_api_url": getattr(namespace, "hubspot_api_url", None),
            "log_level": getattr(namespace, "log_level", None),
            "sandbox_scenario": getattr(namespace, "sandbox_scenario", None),
        },
    )
