"""Saved wizard progress: written atomically, read back tolerantly.

The file is a versioned envelope around `WizardState`. Writing goes to a temporary file in
the same folder, is flushed to disk, then renamed over the old file, so a crash never
leaves half a file. A file that is corrupt, or from an older or newer assistant, gives a
clean start and a plain-words notice, never a crash; the unreadable file is kept aside
for support.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
from pydantic import ValidationError

from hubspot_setup import DISTRIBUTION
from hubspot_setup.flow.state import STATE_SCHEMA_VERSION, WizardState

PROGRESS_FILE = "progress.json"
FORMAT = "opencx-hubspot-setup/progress"
ENVELOPE_VERSION = 1

_log = logging.getLogger(__name__)

CORRUPT_NOTICE = (
    "Your saved progress could not be read, so the setup starts from the beginning. "
    "Nothing in OpenCX or HubSpot was changed."
)
OTHER_VERSION_NOTICE = (
    "Your saved progress was made by a different version of this assistant, so the setup "
    "starts from the beginning. Anything already connected will be found again."
)


@dataclass(frozen=True)
class LoadedProgress:
    state: WizardState | None  # None: start fresh
    notice: str | None = None


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(DISTRIBUTION, appauthor=False))


class FileProgressStore:
    """Implements `flow.ports.ProgressStore`, plus `load()` for the start."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or data_dir()
        self.path = self.directory / PROGRESS_FILE

    def save(self, state: WizardState) -> None:
        envelope = {
            "format": FORMAT,
            "version": ENVELOPE_VERSION,
            "saved_at": datetime.now(UTC).isoformat(),
            "state": json.loads(state.to_json()),
        }
        self.directory.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.path, json.dumps(envelope, indent=2, ensure_ascii=False))

    def load(self) -> LoadedProgress:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LoadedProgress(None)
        except (OSError, UnicodeDecodeError) as exc:
            _log.warning("Saved progress unreadable: %s", type(exc).__name__)
            return LoadedProgress(None, CORRUPT_NOTICE)
        try:
            envelope = json.loads(text)
        except ValueError:
            return self._set_aside("not JSON", CORRUPT_NOTICE)
        if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
            return self._set_aside("not a progress file", CORRUPT_NOTICE)
        state_data = envelope.get("state")
        version = envelope.get("version")
        schema = state_data.get("schema_version") if isinstance(state_data, dict) else None
        if version != ENVELOPE_VERSION or schema != STATE_SCHEMA_VERSION:
            return self._set_aside(f"version {version}/{schema}", OTHER_VERSION_NOTICE)
        try:
            return LoadedProgress(WizardState.model_validate(state_data))
        except ValidationError as exc:
            return self._set_aside(f"{exc.error_count()} invalid fields", CORRUPT_NOTICE)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def _set_aside(self, why: str, notice: str) -> LoadedProgress:
        _log.warning("Saved progress not used (%s); starting fresh", why)
        with contextlib.suppress(OSError):
            os.replace(self.path, self.path.with_suffix(".unreadable.json"))
        return LoadedProgress(None, notice)


def _write_atomically(path: Path, text: str) -> None:
    fd, temp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open directories.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
