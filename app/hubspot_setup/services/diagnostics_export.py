"""The summary page's "Export diagnostics": the redacted bundle, written off the GUI thread.

The GUI receives an instance through its page context (`export_diagnostics`) and awaits it
with the file the admin chose; everything that touches files and secrets stays here.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path

from hubspot_setup.flow.controller import SetupController
from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.flow.state import WizardState
from hubspot_setup.services.crash import crash_files
from hubspot_setup.services.diagnostics import BundleContents, stored_secrets, write_bundle
from hubspot_setup.services.logs import LOG_FILE, log_dir
from hubspot_setup.services.problem_texts import file_not_saved


class DiagnosticsExport:
    def __init__(
        self,
        controller: SetupController,
        secrets: SecretStore,
        *,
        settings: object = None,
        log_files: Sequence[Path] | None = None,
    ) -> None:
        """`log_files` default to this computer's log files (the current one and its
        rotated predecessors), looked up when the bundle is written."""
        self._controller = controller
        self._secrets = secrets
        self._settings = settings
        self._log_files = None if log_files is None else tuple(log_files)

    def known_secrets(self) -> list[str]:
        return stored_secrets(self._controller.state, self._secrets)

    async def __call__(self, destination: Path) -> Path:
        state = self._controller.state
        known = await asyncio.to_thread(self.known_secrets)  # keychain reads: not on the GUI thread
        try:
            return await asyncio.to_thread(self._write, destination, state, known)
        except OSError as error:
            raise ProblemError(file_not_saved("diagnostics file", destination, error)) from None

    def _write(self, destination: Path, state: WizardState, known: list[str]) -> Path:
        logs = self._log_files
        folder = log_dir()
        if logs is None:
            logs = tuple(sorted(folder.glob(LOG_FILE + "*")))
        contents = BundleContents(
            state=state, settings=self._settings, log_files=logs, crash_files=crash_files(folder)
        )
        return write_bundle(destination, contents, known_secrets=known)
