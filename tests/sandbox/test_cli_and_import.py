"""The standalone command, and that importing the package stays light."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import httpx


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_sandbox_command_serves_until_terminated() -> None:
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hubspot_setup",
            "sandbox",
            "--port",
            str(port),
            "--scenario",
            "many-teammates",
            "--time-scale",
            "0.5",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        assert f"http://127.0.0.1:{port}" in first, first + process.stderr.read()
        data = httpx.get(f"http://127.0.0.1:{port}/_sandbox/state").json()
        assert data["scenario"] == "many-teammates"
        assert data["owners_count"] == 1200
        assert data["time_scale"] == 0.5
    finally:
        process.terminate()
        out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "Sandbox stopped." in out


def test_sandbox_command_refuses_unknown_scenario() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hubspot_setup", "sandbox", "--scenario", "nope"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "Unknown scenario" in result.stderr


def test_importing_the_package_does_not_load_the_web_stack() -> None:
    code = (
        "import sys, hubspot_setup.sandbox as s; "
        "assert callable(s.start_sandbox); "
        "print(sorted(m for m in ('starlette', 'uvicorn') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
        env={**os.environ},
    )
    assert result.stdout.strip() == "[]"
