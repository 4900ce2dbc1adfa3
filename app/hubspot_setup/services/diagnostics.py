"""The diagnostics bundle: one zip a customer sends to support, with no secret in it.

It holds what support needs to understand and replay a setup: versions, the operating
system, settings, saved progress, the answers file, the backend's integration state, the
last test checklist, the doctor report, and the end of the log. Every text member passes
through the log redaction filter (which knows every secret this process has seen) and
then through a scrub of the secrets this computer keeps, raw and encoded, so a secret that
slipped into any of them still does not leave the machine.
"""

from __future__ import annotations

import dataclasses
import json
import platform
import sys
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from hubspot_setup import __version__
from hubspot_setup.flow.portal_report import report_of
from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.flow.state import WizardState
from hubspot_setup.services.file_writes import replacing
from hubspot_setup.services.logs import redact_text, secret_forms
from hubspot_setup.services.secrets import secret_values

BUNDLE_FORMAT = 1
REDACTED = "[redacted]"
DEFAULT_LOG_LINES = 2000
# Libraries whose versions explain most behaviour differences between machines.
_LIBRARIES = (
    "PySide6-Essentials",
    "httpx",
    "keyring",
    "pydantic",
    "qasync",
    "nh3",
    "truststore",
    "platformdirs",
)
# Settings keys that could hold a credential are left out whatever their value.
_SECRET_WORDS = ("token", "secret", "password", "api_key", "apikey", "credential", "cookie")

Redactor = Callable[[str], str]


@dataclasses.dataclass(frozen=True)
class BundleContents:
    """What goes into a bundle; every part is optional except the state."""

    state: WizardState | None = None
    settings: object = None
    answers_toml: str | None = None
    integration: Mapping[str, Any] | None = None
    doctor_report: Mapping[str, Any] | None = None
    log_files: Sequence[Path] = ()
    log_lines: int = DEFAULT_LOG_LINES
    # What an unexpected error or the last crashed session left (`services.crash`).
    crash_files: Sequence[Path] = ()


def write_bundle(
    destination: Path,
    contents: BundleContents,
    *,
    known_secrets: Iterable[str] = (),
    redact: Redactor | None = None,
    now: datetime | None = None,
) -> Path:
    """Write the zip to `destination` (replacing it) and return its path.

    `known_secrets` are the secrets this computer holds (keyring values): any member that
    contains one has it replaced, whatever the redaction filter missed.
    """
    scrub = _scrubber(redact or redact_text, known_secrets)
    created = (now or datetime.now(UTC)).isoformat()
    members: dict[str, str] = {
        "versions.json": _json(versions()),
        "system.json": _json(system_facts()),
        "settings.json": _json(settings_without_secrets(contents.settings)),
    }
    if contents.state is not None:
        members["progress.json"] = contents.state.to_json()
        test = contents.state.answers.test
        members["checklist.json"] = _json(test.model_dump(mode="json") if test else None)
        # What could be verified about the portal, in the words the admin saw.
        report = report_of(contents.state.answers)
        members["portal_report.json"] = _json(report.to_dict() if report else None)
    if contents.answers_toml is not None:
        members["answers.toml"] = contents.answers_toml
    if contents.integration is not None:
        members["integration.json"] = _json(dict(contents.integration))
    if contents.doctor_report is not None:
        members["doctor.json"] = _json(dict(contents.doctor_report))
    members["log.txt"] = last_log_lines(contents.log_files, contents.log_lines)
    if contents.crash_files:
        members["crash.txt"] = last_log_lines(contents.crash_files, contents.log_lines)
    manifest = {
        "format": BUNDLE_FORMAT,
        "created_at": created,
        "app_version": __version__,
        "members": sorted(members),
    }
    members["manifest.json"] = _json(manifest)

    # Through the one door for saving: a new owner-only temporary file, then a rename.
    with (
        replacing(destination) as handle,
        zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as bundle,
    ):
        for name, text in sorted(members.items()):
            bundle.writestr(name, scrub(text))
    return destination


def versions() -> dict[str, str | None]:
    found: dict[str, str | None] = {
        "opencx-hubspot-setup": __version__,
        "python": platform.python_version(),
    }
    for name in _LIBRARIES:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = None
    return found


def system_facts() -> dict[str, str]:
    return {
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "python_implementation": platform.python_implementation(),
        "frozen": str(bool(getattr(sys, "frozen", False))).lower(),
    }


def settings_without_secrets(settings: object) -> dict[str, Any]:
    """Settings as plain JSON values, leaving out any key that names a credential."""
    if settings is None:
        return {}
    if isinstance(settings, BaseModel):
        data: Any = settings.model_dump(mode="json")
    elif dataclasses.is_dataclass(settings) and not isinstance(settings, type):
        data = dataclasses.asdict(settings)
    elif isinstance(settings, Mapping):
        data = dict(settings)
    else:
        data = {
            name: getattr(settings, name)
            for name in dir(settings)
            if not name.startswith("_") and not callable(getattr(settings, name))
        }
    return {
        str(key): _plain(value)
        for key, value in data.items()
        if not any(word in str(key).lower() for word in _SECRET_WORDS)
    }


def stored_secrets(state: WizardState, secrets: SecretStore) -> list[str]:
    """Every secret this computer keeps for the answers in `state` (the OpenCX session or API
    key, the private app token), for `write_bundle(known_secrets=...)` to scrub."""
    answers = state.answers
    refs = (answers.legacy.token_ref, answers.account.credential_ref if answers.account else None)
    known: list[str] = []
    for ref in refs:
        if ref:
            known.extend(secret_values(secrets.get(ref)))
    return known


def last_log_lines(log_files: Sequence[Path], limit: int) -> str:
    """The last `limit` lines across the log files (oldest file first)."""
    lines: list[str] = []
    for path in log_files:
        try:
            lines.extend(path.read_text(encoding="utf-8", errors="replace").splitlines())
        except OSError as error:
            lines.append(f"(could not read {path.name}: {error.strerror or error})")
    return "\n".join(lines[-limit:]) + ("\n" if lines else "")


def _scrubber(redact: Redactor, known_secrets: Iterable[str]) -> Redactor:
    # Every form each secret can be written in (raw, URL-encoded, base64...), longest first
    # so a form that contains another is replaced whole.
    forms = sorted(
        {form for secret in known_secrets for form in secret_forms(secret)}, key=len, reverse=True
    )

    def scrub(text: str) -> str:
        text = redact(text)
        for form in forms:
            text = text.replace(form, REDACTED)
        return text

    return scrub


def _plain(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, Mapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(item) for item in value]
    return str(value)


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, default=str) + "\n"
