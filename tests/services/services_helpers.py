"""Helpers for the services tests that run against the real sandbox."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import httpx

from fixtures.sandbox import approve_in_sandbox
from hubspot_setup.sandbox.server import RunningSandbox

Fault = Literal["timeout", "5xx", "429", "refused", "malformed"]
FAULTS: tuple[Fault, ...] = ("timeout", "5xx", "429", "refused", "malformed")


class Sleeps(list[float]):
    """An injected sleep: records the wait and yields, so retries are instant in tests."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)
        await asyncio.sleep(0)


def sandbox_state(sandbox: RunningSandbox) -> dict[str, object]:
    data: dict[str, object] = httpx.get(sandbox.state_url, trust_env=False, timeout=10).json()
    return data


def write_counts(sandbox: RunningSandbox) -> Counter[str]:
    counts = sandbox_state(sandbox)["write_counts"]
    assert isinstance(counts, dict)
    return Counter({str(k): int(v) for k, v in counts.items()})


@dataclass
class FaultInjector(httpx.AsyncBaseTransport):
    """A transport in front of the real sandbox that spoils chosen requests once.

    - timeout: the request REACHES the sandbox (the work is done), the answer is lost;
    - 5xx: the sandbox does the work, then the answer is replaced by a 500;
    - 429: refused before the sandbox sees it, with Retry-After;
    - refused: the connection is refused before anything is sent;
    - malformed: the sandbox does the work, the answer body is broken JSON.
    """

    inner: httpx.AsyncBaseTransport = field(default_factory=httpx.AsyncHTTPTransport)
    plan: dict[tuple[str, str], list[Fault]] = field(default_factory=dict)
    seen: list[tuple[str, str]] = field(default_factory=list)

    def spoil(self, method: str, path_suffix: str, *faults: Fault) -> None:
        self.plan[(method, path_suffix)] = list(faults)

    def _fault_for(self, request: httpx.Request) -> Fault | None:
        for (method, suffix), faults in self.plan.items():
            if request.method == method and request.url.path.endswith(suffix) and faults:
                return faults.pop(0)
        return None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path))
        fault = self._fault_for(request)
        if fault == "refused":
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        if fault == "429":
            return httpx.Response(
                429,
                json={"error": {"code": "rate_limited", "message": "Slow down."}},
                headers={"Retry-After": "1"},
                request=request,
            )
        response = await self.inner.handle_async_request(request)
        if fault is None:
            return response
        await response.aread()
        await response.aclose()
        if fault == "timeout":
            raise httpx.ReadTimeout("timed out", request=request)
        if fault == "5xx":
            return httpx.Response(
                500, json={"error": {"code": "internal", "message": "x"}}, request=request
            )
        return httpx.Response(
            200,
            content=b'{"half": ',
            headers={"content-type": "application/json"},
            request=request,
        )

    async def aclose(self) -> None:
        await self.inner.aclose()


class SandboxBrowser:
    """`open_browser` for BrowserFlow: approves the sandbox page from a worker thread (the
    loopback listener lives on this event loop, so the 'browser' must not block it)."""

    def __init__(self, action: str = "approve") -> None:
        self.action = action
        self.opened: list[str] = []
        self._tasks: list[asyncio.Future[str]] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        approve: Callable[[], str] = lambda: approve_in_sandbox(url, action=self.action)  # noqa: E731
        self._tasks.append(asyncio.ensure_future(asyncio.to_thread(approve)))
        return True

    async def finished(self) -> list[str]:
        return list(await asyncio.gather(*self._tasks))
