"""Saved wizard progress: written safely, read back tolerantly.

The file is a versioned envelope around `WizardState`, written through the one door for saving
files (`file_writes`: a new temporary file in the same folder, flushed, renamed over the old
one, owner-only), so a crash never leaves half a file. A file that is corrupt, not UTF-8,
nested too deep to parse, a folder, a FIFO, too large, or from an older or newer assistant
gives a clean start and a plain-words notice, never a crash; the unusable file is kept aside
for support. A folder that cannot be written is a `LocalFileError` with one sentence.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import platformdirs
from pydantic import ValidationError

from hubspot_setup import DISTRIBUTION
from hubspot_setup.flow.state import STATE_SCHEMA_VERSION, WizardState
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate
from hubspot_setup.services.file_writes import (
    LocalFileError,
    check_writable,
    private_folder,
    read_regular_file,
    write_file,
)

PROGRESS_FILE = "progress.json"
FORMAT = "opencx-hubspot-setup/progress"
ENVELOPE_VERSION = 1
SET_ASIDE_FILE = "progress.unreadable.json"
# Far above any real progress (a few KiB): a larger file is not one the assistant wrote.
MAX_BYTES = 4 * 1024 * 1024

_log = logging.getLogger(__name__)

# Shown with `.text()` when the progress is loaded (the translator is installed by then).
CORRUPT_NOTICE = QT_TRANSLATE_NOOP(
    "services.progress",
    "Your saved progress could not be read, so the setup starts from the beginning. "
    "Nothing in OpenCX or HubSpot was changed.",
)
OTHER_VERSION_NOTICE = QT_TRANSLATE_NOOP(
    "services.progress",
    "Your saved progress was made by a different version of this assistant, so the setup "
    "starts from the beginning. Anything already connected will be found again.",
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
        private_folder(self.directory)
        try:
            write_file(self.path, json.dumps(envelope, indent=2, ensure_ascii=False))
        except LocalFileError:
            raise  # already one sentence
        except OSError as error:
            sentence = translate(
                "services.progress", "Your progress cannot be saved in %1 (%2)."
            ).arg(self.directory, error.strerror or type(error).__name__)
            raise LocalFileError(sentence, self.directory, error) from error

    def check_writable(self) -> None:
        """`LocalFileError` (one sentence naming the folder) unless progress can be saved."""
        check_writable(self.directory)

    def load(self) -> LoadedProgress:
        try:
            text = read_regular_file(self.path, limit=MAX_BYTES).decode("utf-8")
        except FileNotFoundError:
            return LoadedProgress(None)
        except (LocalFileError, UnicodeDecodeError) as exc:
            return self._set_aside(type(exc).__name__, CORRUPT_NOTICE)
        except OSError as exc:  # no permission to read it, an I/O error: leave it be
            _log.warning("Saved progress unreadable: %s", type(exc).__name__)
            return LoadedProgress(None, CORRUPT_NOTICE.text())
        try:
            envelope = json.loads(text)
        except (ValueError, RecursionError) as exc:
            # RecursionError: thousands of nested brackets, a file no assistant wrote.
            return self._set_aside(type(exc).__name__, CORRUPT_NOTICE)
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
        except RecursionError:
            return self._set_aside("nested too deep", CORRUPT_NOTICE)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()

    def _set_aside(self, why: str, notice: Phrase) -> LoadedProgress:
        """Move the unusable file (or folder) out of the way, kept for support."""
        _log.warning("Saved progress not used (%s); starting fresh", why)
        # A folder cannot replace a file (nor a file a folder): then a dated name.
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
        for aside in (SET_ASIDE_FILE, f"progress.unreadable-{stamp}.json"):
            try:
                os.replace(self.path, self.directory / aside)
                break
            except OSError as error:
                failure = error
        else:
            _log.warning("Could not keep the unusable progress aside: %s", type(failure).__name__)
        return LoadedProgress(None, notice.text())
