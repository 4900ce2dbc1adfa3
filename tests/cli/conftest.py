"""Running the real `opencx-hubspot-setup` command in a child process against the sandbox.

Each run gets its own per-user folders (settings, saved progress, log) in the test's
temporary folder and a keyring that stores nothing, as on a headless machine: secrets stay
in the process's memory, so every run signs in again, like an unattended installer.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from cli_support import APPROVING_BROWSER, CliResult, RunCli


@pytest.fixture
def cli_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def run_cli(cli_home: Path) -> RunCli:
    """`run_cli(*args, env={...}, stdin="...")` runs the command and returns its result."""
    base = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(cli_home),
        "XDG_CONFIG_HOME": str(cli_home / "config"),
        "XDG_DATA_HOME": str(cli_home / "data"),
        "XDG_STATE_HOME": str(cli_home / "state"),
        "XDG_CACHE_HOME": str(cli_home / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "LANG": "C.UTF-8",
        "PYTHONWARNINGS": "error",  # as strict as the test run itself (filterwarnings)
    }

    def run(*args: str, env: Mapping[str, str] | None = None, stdin: str = "") -> CliResult:
        completed = subprocess.run(
            [sys.executable, "-m", "hubspot_setup", *args],
            env={**base, **(env or {})},
            input=stdin,
            capture_output=True,
            text=True,
            timeout=90,
            check=False,
        )
        # Whatever happens, the person running the command never sees a stack trace.
        assert "Traceback" not in completed.stderr, completed.stderr
        return CliResult(completed.returncode, completed.stdout, completed.stderr)

    return run


@pytest.fixture
def approving_browser(tmp_path: Path) -> dict[str, str]:
    """Environment for a BROWSER that signs in and approves consent like an admin would."""
    return {
        "BROWSER": f"{sys.executable} {APPROVING_BROWSER} %s",
        "APPROVING_BROWSER_LOG": str(tmp_path / "browser.log"),
    }
