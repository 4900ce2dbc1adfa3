"""Handing the address to the admin's browser: BROWSER, WSL, the system default; never a shell."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
import webbrowser
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from hubspot_setup.services import browser
from hubspot_setup.services.browser import (
    browser_env_commands,
    is_openable,
    is_wsl,
    open_browser,
    wsl_commands,
)

URL = "https://auth.example.test/authorize?client_id=x&state=SECRET-STATE&a=$(id)`id`;b|c'd"

# A stand-in browser: a real program that reports the arguments it was started with.
REPORTER = (
    "import socket, sys, json; "
    "s = socket.create_connection(('127.0.0.1', int(sys.argv[1]))); "
    "s.sendall(json.dumps(sys.argv[2:]).encode()); s.close()"
)


class Spawned:
    def __init__(self) -> None:
        self.calls: list[tuple[list[str], Mapping[str, str] | None]] = []

    def __call__(self, argv: Sequence[str], env: Mapping[str, str] | None) -> None:
        self.calls.append((list(argv), env))


def never(url: str) -> None:
    raise AssertionError("the system default must not be used here")


async def test_browser_variable_starts_a_real_program_with_the_exact_address(
    tmp_path: Path,
) -> None:
    import json

    received: asyncio.Future[list[str]] = asyncio.get_running_loop().create_future()

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        received.set_result(json.loads(await reader.read()))
        writer.close()

    server = await asyncio.start_server(on_connect, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reporter = tmp_path / "reporter.py"
    reporter.write_text(REPORTER, encoding="utf-8")
    missing = tmp_path / "no-such-browser"
    command = f"{missing}{os.pathsep}{sys.executable} {reporter} {port} --new-tab %s"
    try:
        assert open_browser(URL, environ={"BROWSER": command}, fallback=never)
        argv = await asyncio.wait_for(received, 10)
    finally:
        server.close()
        await server.wait_closed()
    assert argv == ["--new-tab", URL]  # one argument, untouched: no shell saw "$(...)" or ";"
    assert browser.reap_launchers(timeout_s=10) == 0  # it exited and was collected


def test_browser_variable_without_placeholder_appends_the_address() -> None:
    assert browser_env_commands("firefox", URL) == [["firefox", URL]]
    assert browser_env_commands("'my browser' --private %s", URL) == [
        ["my browser", "--private", URL]
    ]
    assert browser_env_commands(f"a{os.pathsep}{os.pathsep}b %s", URL) == [["a", URL], ["b", URL]]
    assert browser_env_commands("'unterminated", URL) == []


def test_the_first_browser_that_starts_wins() -> None:
    spawned = Spawned()
    failing_once = iter([OSError(2, "not found")])

    def spawn(argv: Sequence[str], env: Mapping[str, str] | None) -> None:
        error = next(failing_once, None)
        if error is not None:
            raise error
        spawned(argv, env)

    environ = {"BROWSER": f"first{os.pathsep}second"}
    assert open_browser(URL, environ=environ, spawn=spawn, fallback=never)
    assert spawned.calls == [(["second", URL], None)]


def test_when_no_browser_variable_command_starts_the_system_default_is_used() -> None:
    fallback_got: list[str] = []

    def spawn(argv: Sequence[str], env: Mapping[str, str] | None) -> None:
        raise FileNotFoundError(2, "not found")

    assert open_browser(URL, environ={"BROWSER": "nope"}, spawn=spawn, fallback=fallback_got.append)
    assert fallback_got == [URL]


def test_wsl_is_detected_from_proc_version(tmp_path: Path) -> None:
    version = tmp_path / "version"
    version.write_text("Linux version 5.15.153.1-microsoft-standard-WSL2 (gcc ...)", "utf-8")
    expected = sys.platform.startswith("linux")
    assert is_wsl(version) is expected
    version.write_text("Linux version 6.1.0-13-amd64 (debian-kernel@lists.debian.org)", "utf-8")
    assert not is_wsl(version)
    assert not is_wsl(tmp_path / "missing")


def test_wsl_uses_wslview_when_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    wslview = tmp_path / "wslview"
    wslview.write_text("#!/bin/sh\n", "utf-8")
    wslview.chmod(0o755)
    monkeypatch.setenv("PATH", str(tmp_path))
    spawned = Spawned()
    assert open_browser(URL, environ={}, wsl=True, spawn=spawned, fallback=never)
    assert spawned.calls == [([str(wslview), URL], None)]


def test_wsl_without_wslview_asks_windows_without_a_shell_seeing_the_address(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("WSLENV", "USERPROFILE/p")
    (argv, env), *_ = wsl_commands(URL)
    assert Path(argv[0]).name == "powershell.exe"
    assert all(URL not in arg for arg in argv)  # PowerShell reads it from the environment
    assert env is not None
    assert env["OPENCX_SETUP_OPEN_URL"] == URL
    assert env["WSLENV"] == "USERPROFILE/p:OPENCX_SETUP_OPEN_URL"  # forwarded to Windows


def test_the_system_default_runs_off_the_calling_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    called = threading.Event()
    seen: list[tuple[str, str]] = []

    def fake_open(url: str, *args: object, **kwargs: object) -> bool:
        seen.append((url, threading.current_thread().name))
        called.set()
        return True

    monkeypatch.setattr(webbrowser, "open", fake_open)
    assert open_browser(URL, environ={}, wsl=False)
    assert called.wait(5)
    assert seen == [(URL, "open-browser")]


def test_a_broken_system_browser_is_logged_not_raised(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    done = threading.Event()

    def broken(url: str, *args: object, **kwargs: object) -> bool:
        done.set()
        raise webbrowser.Error("could not locate runnable browser")

    monkeypatch.setattr(webbrowser, "open", broken)
    with caplog.at_level(logging.INFO):
        assert open_browser(URL, environ={}, wsl=False)
        assert done.wait(5)
        for thread in threading.enumerate():
            if thread.name == "open-browser":
                thread.join(5)
    assert "opening the system browser failed" in caplog.text


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "-new-window",
        "--remote-debugging-port=9222",
        "http://",
        "https://example.test/a b",
        "https://example.test/\nx",
        "",
        "ms-settings:",
    ],
)
def test_only_plain_web_addresses_are_opened(url: str) -> None:
    spawned = Spawned()
    assert not is_openable(url)
    assert not open_browser(url, environ={"BROWSER": "x"}, spawn=spawned, fallback=never)
    assert spawned.calls == []


def test_the_query_never_reaches_the_log(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger=browser.__name__):
        open_browser(URL, environ={"BROWSER": "x"}, spawn=Spawned(), fallback=never)
    assert "auth.example.test/authorize" in caplog.text
    assert "SECRET-STATE" not in caplog.text
    assert "client_id" not in caplog.text
