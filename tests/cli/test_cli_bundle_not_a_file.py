"""`sandbox --from-bundle` given something that is not a file (issue 16, item 5): a named pipe
nobody writes to, an endless device, a folder. Each is refused at once with one sentence and
exit code 2 (docs/unattended.md), instead of waiting for ever or reading until memory runs out.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hubspot_setup.cli.exit_codes import ExitCode


def _sandbox_from(bundle: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "LANG": "C.UTF-8",
    }
    # A short timeout: a hang must fail this test, not stop the test run.
    return subprocess.run(
        [sys.executable, "-m", "hubspot_setup", "sandbox", "--from-bundle", str(bundle)],
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
        check=False,
    )


def _kinds(tmp_path: Path) -> list[Path]:
    kinds = [tmp_path]  # a folder
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "customer.zip")
        kinds.append(tmp_path / "customer.zip")
    if Path("/dev/zero").exists():
        kinds.append(Path("/dev/zero"))
    return kinds


@pytest.mark.parametrize("index", range(3))
def test_a_bundle_that_is_not_a_file_is_refused_at_once(tmp_path: Path, index: int) -> None:
    kinds = _kinds(tmp_path)
    if index >= len(kinds):
        pytest.skip("no such kind of file on this system")
    bundle = kinds[index]
    done = _sandbox_from(bundle, tmp_path)
    assert done.returncode == ExitCode.USAGE, done.stderr
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert lines == [
        f"The sandbox could not start: {bundle} is a folder, a pipe or a device, not a bundle file."
    ]
    assert "serving at" not in done.stdout
