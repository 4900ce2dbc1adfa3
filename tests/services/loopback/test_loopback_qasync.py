"""The listener and a whole attempt under qasync's Qt event loop, as the wizard runs them."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import pytest
from loopback_support import (
    SUCCESS,
    body_of,
    get,
    http_exchange,
    port_of,
    recording_opener,
    status_of,
)

from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.gui.loop_internals import kill_pending_timers
from hubspot_setup.services.browser_flow import BrowserFlow

qasync = pytest.importorskip("qasync")


def run_on_qt_loop(qapp: Any, scenario: Any) -> Any:
    loop = qasync.QEventLoop(qapp, already_running=False)
    try:
        return loop.run_until_complete(scenario())
    finally:
        loop.close()
        kill_pending_timers(loop)


def test_an_attempt_completes_on_the_qt_loop(qapp: Any) -> None:
    phases: list[BrowserAttempt] = []

    async def scenario() -> tuple[str, bytes, bytes]:
        started: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()

        async def start(redirect_uri: str, state: str) -> str:
            started.set_result((redirect_uri, state))
            return "https://auth.example.test/authorize"

        async def finish(params: Mapping[str, str]) -> str:
            return f"redeemed {params['code']}"

        flow = BrowserFlow(open_browser=recording_opener([]), read_timeout_s=0.5)
        task = asyncio.ensure_future(flow.run(start, finish, phases.append, success_page=SUCCESS))
        redirect_uri, state = await asyncio.wait_for(started, 5)
        port = port_of(redirect_uri)
        idle = await asyncio.open_connection("127.0.0.1", port)  # a preconnect that stays idle
        probe = await http_exchange(port, get("/favicon.ico", port))
        page = await http_exchange(port, get(f"/callback?code=q&state={state}", port))
        result = await asyncio.wait_for(task, 5)
        idle[1].close()
        return result, probe, page

    result, probe, page = run_on_qt_loop(qapp, scenario)
    assert result == "redeemed q"
    assert status_of(probe) == 404
    assert status_of(page) == 200
    assert "Signed in" in body_of(page)
    assert [p.phase for p in phases][-2:] == [AttemptPhase.FINISHING, AttemptPhase.DONE]


def test_timeout_and_cancel_on_the_qt_loop(qapp: Any) -> None:
    async def scenario() -> tuple[ProblemKind, ProblemKind]:
        async def start(redirect_uri: str, state: str) -> str:
            return "https://auth.example.test/authorize"

        async def finish(params: Mapping[str, str]) -> None:
            raise AssertionError("unreachable")

        kinds = []
        flow = BrowserFlow(open_browser=recording_opener([]), timeout_s=0.2)
        try:
            await flow.run(start, finish, lambda _: None, success_page=SUCCESS)
        except ProblemError as error:
            kinds.append(error.problem.kind)
        waiting = asyncio.Event()

        def on_attempt(report: BrowserAttempt) -> None:
            if report.phase is AttemptPhase.WAITING:
                waiting.set()

        flow = BrowserFlow(open_browser=recording_opener([]))
        task = asyncio.ensure_future(flow.run(start, finish, on_attempt, success_page=SUCCESS))
        await asyncio.wait_for(waiting.wait(), 5)
        flow.cancel()
        try:
            await task
        except ProblemError as error:
            kinds.append(error.problem.kind)
        return kinds[0], kinds[1]

    assert run_on_qt_loop(qapp, scenario) == (ProblemKind.TIMED_OUT, ProblemKind.CANCELLED)
