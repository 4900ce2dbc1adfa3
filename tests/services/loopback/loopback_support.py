"""Helpers for the loopback tests: a real attempt waiting in the background, a raw HTTP client."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt
from hubspot_setup.services.browser_flow import BrowserFlow, ResultPage

SUCCESS = ResultPage("Signed in", "You are signed in to OpenCX.")
AUTHORIZE = "https://auth.example.test/authorize?client_id=x"


def ipv6_loopback_available() -> bool:
    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


async def http_exchange(
    port: int,
    raw: bytes,
    *,
    host: str = "127.0.0.1",
    timeout: float = 5.0,
) -> bytes:
    """Send raw bytes, half-close, and read the whole answer (empty if the server just closed)."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(raw)
        await writer.drain()
        with contextlib.suppress(OSError):
            writer.write_eof()
        async with asyncio.timeout(timeout):
            return await reader.read()
    except ConnectionResetError:
        return b""
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


def get(target: str, port: int, *, host_header: str | None = None, method: str = "GET") -> bytes:
    host_header = host_header or f"127.0.0.1:{port}"
    return f"{method} {target} HTTP/1.1\r\nHost: {host_header}\r\nUser-Agent: test\r\n\r\n".encode()


def port_of(url: str) -> int:
    port = urlsplit(url).port
    assert port is not None
    return port


def status_of(response: bytes) -> int:
    return int(response.split(b" ", 2)[1])


def body_of(response: bytes) -> str:
    return response.partition(b"\r\n\r\n")[2].decode("utf-8")


@dataclass
class Attempt:
    """One `BrowserFlow.run` waiting in the background, with what it reported and redeemed."""

    flow: BrowserFlow
    task: asyncio.Task[Any]
    redirect_uri: str
    state: str
    phases: list[BrowserAttempt]
    finished_with: list[Mapping[str, str]] = field(default_factory=list)
    reported: asyncio.Event = field(default_factory=asyncio.Event)

    async def until(self, predicate: Callable[[BrowserAttempt], bool], timeout: float = 5) -> None:
        """Wait until a report satisfies `predicate` (woken by each report, no polling)."""
        async with asyncio.timeout(timeout):
            while not any(predicate(report) for report in self.phases):
                self.reported.clear()
                await self.reported.wait()

    @property
    def port(self) -> int:
        port = urlsplit(self.redirect_uri).port
        assert port is not None
        return port

    @property
    def path(self) -> str:
        return urlsplit(self.redirect_uri).path

    def callback(self, **params: str) -> str:
        from urllib.parse import urlencode

        return f"{self.path}?{urlencode(params)}"

    async def result(self, timeout: float = 5.0) -> Any:
        async with asyncio.timeout(timeout):
            return await self.task

    def still_waiting(self) -> bool:
        return not self.task.done() and self.phases[-1].phase is AttemptPhase.WAITING


async def start_attempt(
    flow: BrowserFlow,
    finish_result: object = "redeemed",
    *,
    finish_error: BaseException | None = None,
    success_page: ResultPage = SUCCESS,
) -> Attempt:
    started: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()
    phases: list[BrowserAttempt] = []
    finished: list[Mapping[str, str]] = []

    async def start(redirect_uri: str, state: str) -> str:
        started.set_result((redirect_uri, state))
        return AUTHORIZE

    async def finish(params: Mapping[str, str]) -> object:
        finished.append(dict(params))
        if finish_error is not None:
            raise finish_error
        return finish_result

    waiting = asyncio.Event()
    reported = asyncio.Event()

    def on_attempt(report: BrowserAttempt) -> None:
        phases.append(report)
        reported.set()
        if report.phase is AttemptPhase.WAITING:
            waiting.set()

    task = asyncio.create_task(flow.run(start, finish, on_attempt, success_page=success_page))
    async with asyncio.timeout(5):
        redirect_uri, state = await asyncio.shield(started)
        await waiting.wait()
    return Attempt(flow, task, redirect_uri, state, phases, finished, reported)


def recording_opener(opened: list[str]) -> Any:
    def open_browser(url: str) -> bool:
        opened.append(url)
        return True

    return open_browser


async def assert_closed(port: int) -> None:
    """Nothing listens on the attempt's port any more."""
    try:
        _, writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        return
    writer.close()
    raise AssertionError(f"port {port} still accepts connections")
