"""Hand an address to the admin's own browser, the way they have set it up.

Order: the `BROWSER` environment variable (same meaning as in Python's webbrowser module: a
list of commands separated by os.pathsep, `%s` replaced by the address, else the address
appended); on WSL the Windows browser; else the OS default through `webbrowser`.

The address is never given to a shell, launching never blocks the event loop, and the answer
("handed over") is a hint only: the wizard always shows the link with Copy and Open again.
The address's query carries the attempt's state, so only its scheme and host are logged.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shlex
import shutil
import subprocess
import sys
import threading
import webbrowser
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

logger = logging.getLogger(__name__)

Spawn = Callable[[Sequence[str], Mapping[str, str] | None], None]

_URL_ENV = "OPENCX_SETUP_OPEN_URL"
# PowerShell reads the address from the environment, so no shell ever parses it
# (cmd.exe splits at "&", explorer.exe mangles "=").
_POWERSHELL_OPEN = f"Start-Process -FilePath $env:{_URL_ENV}"


def is_openable(url: str) -> bool:
    """Only plain http(s) addresses, without spaces or control characters, are opened."""
    if not url or len(url) > 16_384 or any(ch.isspace() or ord(ch) < 0x20 for ch in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def describe(url: str) -> str:
    """The part of an address that is safe to log."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


def is_wsl(proc_version: Path = Path("/proc/version")) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return "microsoft" in proc_version.read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return False


def browser_env_commands(value: str, url: str) -> list[list[str]]:
    """The commands that `BROWSER=value` asks for, with the address filled in."""
    commands: list[list[str]] = []
    for entry in value.split(os.pathsep):
        try:
            words = shlex.split(entry)
        except ValueError:
            continue
        if not words:
            continue
        has_slot = "%s" in entry
        commands.append([word.replace("%s", url) for word in words] if has_slot else [*words, url])
    return commands


def wsl_commands(url: str) -> list[tuple[list[str], dict[str, str] | None]]:
    """wslview (wslu) when installed, else Windows' PowerShell via WSL interop."""
    commands: list[tuple[list[str], dict[str, str] | None]] = []
    wslview = shutil.which("wslview")
    if wslview:
        commands.append(([wslview, url], None))
    powershell = shutil.which("powershell.exe") or "powershell.exe"
    wslenv = os.environ.get("WSLENV", "")
    env = {
        **os.environ,
        _URL_ENV: url,
        "WSLENV": f"{wslenv}:{_URL_ENV}" if wslenv else _URL_ENV,
    }
    commands.append(
        ([powershell, "-NoProfile", "-NonInteractive", "-Command", _POWERSHELL_OPEN], env)
    )
    return commands


# Launchers we started: kept so each is reaped (poll) once it exits, never waited for.
_launched: list[subprocess.Popen[bytes]] = []


def reap_launchers(timeout_s: float = 0.0) -> int:
    """Collect launchers that have exited (waiting up to `timeout_s` each); how many still run.

    Browser launchers usually exit at once after handing the address over; this keeps them
    from lingering as zombies, for example when the app quits.
    """
    for process in _launched:
        if timeout_s:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout_s)
        else:
            process.poll()
    _launched[:] = [process for process in _launched if process.returncode is None]
    return len(_launched)


def spawn_detached(argv: Sequence[str], env: Mapping[str, str] | None) -> None:
    """Start a program without waiting for it, detached from this process's terminal."""
    reap_launchers()
    kwargs: dict[str, object] = {}
    if sys.platform == "win32":
        kwargs["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NO_WINDOW
    else:
        kwargs["start_new_session"] = True
    process = subprocess.Popen(  # noqa: S603 - a list, never a shell; see is_openable
        list(argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=dict(env) if env is not None else None,
        close_fds=True,
        **kwargs,  # type: ignore[call-overload]
    )
    _launched.append(process)


def open_with_webbrowser(url: str) -> None:
    """`webbrowser.open` can wait for the browser on some systems: run it off the loop."""

    def _open() -> None:
        try:
            if not webbrowser.open(url):
                logger.info("the system reported no browser for %s", describe(url))
        except Exception:  # a broken browser setup must not take the wizard down
            logger.exception("opening the system browser failed")

    threading.Thread(target=_open, name="open-browser", daemon=True).start()


def open_browser(
    url: str,
    *,
    environ: Mapping[str, str] | None = None,
    wsl: bool | None = None,
    spawn: Spawn = spawn_detached,
    fallback: Callable[[str], None] = open_with_webbrowser,
) -> bool:
    """Ask the admin's browser to open `url`; True when a launcher took it (a hint only)."""
    if not is_openable(url):
        logger.warning("refused to open an address that is not a plain web address")
        return False
    environ = os.environ if environ is None else environ
    candidates: list[tuple[list[str], Mapping[str, str] | None]] = []
    if environ.get("BROWSER"):
        candidates = [(argv, None) for argv in browser_env_commands(environ["BROWSER"], url)]
    elif is_wsl() if wsl is None else wsl:
        candidates = list(wsl_commands(url))
    for argv, env in candidates:
        try:
            spawn(argv, env)
        except OSError as error:
            logger.info("could not start %s: %s", Path(argv[0]).name, error.strerror)
            continue
        logger.info("asked %s to open %s", Path(argv[0]).name, describe(url))
        return True
    if candidates and environ.get("BROWSER"):
        logger.info("no command in BROWSER could be started; trying the system default")
    fallback(url)
    logger.info("asked the system browser to open %s", describe(url))
    return True


def default_open_browser(url: str) -> bool:
    return open_browser(url)
