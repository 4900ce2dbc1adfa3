"""One browser attempt end to end over real sockets: phases, errors, timeout, cancel, restart."""

from __future__ import annotations

import asyncio
import itertools
import logging
from collections.abc import Mapping
from typing import Any

import pytest
from loopback_support import (
    SUCCESS,
    assert_closed,
    body_of,
    get,
    http_exchange,
    port_of,
    recording_opener,
    start_attempt,
    status_of,
)

from hubspot_setup.flow.ports import AttemptPhase, BrowserAttempt
from hubspot_setup.flow.problems import Problem, ProblemError, ProblemKind
from hubspot_setup.services.browser_flow import BrowserFlow, ResultPage, callback_problem


async def _callback(attempt: Any, **params: str) -> bytes:
    return await http_exchange(attempt.port, get(attempt.callback(**params), attempt.port))


async def test_phases_of_a_successful_attempt(attempt: Any, opened_urls: list[str]) -> None:
    response = await _callback(attempt, code="c", state=attempt.state)
    assert await attempt.result() == "redeemed"
    phases = [report.phase for report in attempt.phases]
    assert phases == [
        AttemptPhase.STARTING,
        AttemptPhase.WAITING,
        AttemptPhase.FINISHING,
        AttemptPhase.DONE,
    ]
    waiting = attempt.phases[1]
    assert waiting.url == opened_urls[0] == "https://auth.example.test/authorize?client_id=x"
    assert waiting.seconds_left == 30
    assert not waiting.having_trouble
    assert "You are signed in to OpenCX." in body_of(response)


async def test_the_countdown_ticks_and_offers_help_after_a_while(flow: BrowserFlow) -> None:
    attempt = await start_attempt(flow)  # trouble_after_s is 1 s in the fixture
    stale = await _callback(attempt, code="old", state="from-an-earlier-tab")
    assert status_of(stale) == 400
    await attempt.until(lambda report: report.having_trouble)
    attempt.task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await attempt.task
    ticks = [r for r in attempt.phases if r.phase is AttemptPhase.WAITING]
    seconds = [t.seconds_left for t in ticks]
    assert seconds[0] == 30
    assert all(later <= earlier for earlier, later in itertools.pairwise(seconds))
    assert seconds[-1] < seconds[0]
    assert ticks[-1].having_trouble
    assert "earlier browser tab" in ticks[-1].message
    assert attempt.phases[-1].phase is AttemptPhase.CANCELLED
    await assert_closed(attempt.port)


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        ("access_denied", ProblemKind.DECLINED, "You chose not to allow access"),
        ("not_portal_admin", ProblemKind.NOT_PORTAL_ADMIN, "super admin"),
        ("app_not_available", ProblemKind.APP_NOT_AVAILABLE, "not available for the selected"),
        ("server_error", ProblemKind.SERVER_FAULT, "went wrong on the other side"),
        ("something_new", ProblemKind.UNEXPECTED, "does not know"),
    ],
)
async def test_an_error_with_a_valid_state_ends_the_attempt_with_a_plain_message(
    attempt: Any, error: str, kind: ProblemKind, words: str
) -> None:
    said = "<script>alert(1)</script>\x1b[2J\u202e\r\nWhat to do: nothing"
    response = await _callback(attempt, error=error, error_description=said, state=attempt.state)
    with pytest.raises(ProblemError) as raised:
        await attempt.result()
    problem = raised.value.problem
    assert problem.kind is kind
    assert words in problem.message
    # Details are plain text (never HTML-escaped), with nothing a terminal would act on.
    assert (problem.details or "").endswith("<script>alert(1)</script> What to do: nothing")
    page = body_of(response)
    assert problem.title in page.replace("&#x27;", "'")
    assert "alert(1)" not in page  # the description goes to Details only, never to the page
    assert attempt.finished_with == []  # nothing to redeem
    assert attempt.phases[-1].phase is AttemptPhase.FAILED
    await assert_closed(attempt.port)


def test_an_unrecognisable_error_code_is_not_copied_into_details() -> None:
    error = callback_problem({"error": "x" * 500 + "\n<b>", "state": "s"})
    assert error is not None
    assert "(unrecognised)" in (error.problem.details or "")
    assert callback_problem({"code": "c", "state": "s"}) is None


async def test_the_page_tells_the_truth_when_finishing_fails(flow: BrowserFlow) -> None:
    refused = ProblemError(
        Problem(
            ProblemKind.NOT_ADMIN,
            "You are not an admin",
            "Only owners and admins can connect HubSpot.",
            "Ask an owner of your OpenCX organisation.",
        )
    )
    attempt = await start_attempt(flow, finish_error=refused)
    response = await _callback(attempt, code="c", state=attempt.state)
    with pytest.raises(ProblemError) as raised:
        await attempt.result()
    assert raised.value is refused
    page = body_of(response)
    assert "You are not an admin" in page
    assert "Ask an owner of your OpenCX organisation." in page
    assert "Signed in" not in page
    assert attempt.phases[-1].phase is AttemptPhase.FAILED


async def test_an_unexpected_failure_in_finish_propagates_after_a_plain_page(
    flow: BrowserFlow,
) -> None:
    attempt = await start_attempt(flow, finish_error=RuntimeError("boom"))
    response = await _callback(attempt, code="c", state=attempt.state)
    with pytest.raises(RuntimeError, match="boom"):
        await attempt.result()
    assert status_of(response) == 500
    assert "boom" not in body_of(response)
    await assert_closed(attempt.port)


async def test_a_slow_backend_gets_an_honest_interim_page() -> None:
    release = asyncio.Event()
    flow = BrowserFlow(open_browser=recording_opener([]), page_hold_s=0.05)

    async def start(redirect_uri: str, state: str) -> str:
        started.set_result((redirect_uri, state))
        return "https://auth.example.test/authorize"

    async def finish(params: Mapping[str, str]) -> str:
        await release.wait()
        return "late"

    started: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(flow.run(start, finish, lambda _: None, success_page=SUCCESS))
    redirect_uri, state = await asyncio.wait_for(started, 5)
    port = port_of(redirect_uri)
    response = await http_exchange(port, get(f"/callback?code=c&state={state}", port))
    assert "Almost done" in body_of(response)
    assert not task.done()
    release.set()
    assert await asyncio.wait_for(task, 5) == "late"


async def test_timeout_is_a_plain_problem_and_closes_the_listener() -> None:
    phases: list[BrowserAttempt] = []
    ports: list[int] = []
    flow = BrowserFlow(open_browser=recording_opener([]), timeout_s=0.3)

    async def start(redirect_uri: str, state: str) -> str:
        ports.append(port_of(redirect_uri))
        return "https://auth.example.test/authorize"

    async def finish(params: Mapping[str, str]) -> None:
        raise AssertionError("unreachable")

    with pytest.raises(ProblemError) as raised:
        await asyncio.wait_for(flow.run(start, finish, phases.append, success_page=SUCCESS), 5)
    assert raised.value.problem.kind is ProblemKind.TIMED_OUT
    assert phases[-1].phase is AttemptPhase.FAILED
    assert not flow.active
    await assert_closed(ports[0])


async def test_cancel_ends_the_attempt_and_closes_the_listener(attempt: Any) -> None:
    attempt.flow.cancel()
    with pytest.raises(ProblemError) as raised:
        await attempt.result()
    assert raised.value.problem.kind is ProblemKind.CANCELLED
    assert attempt.phases[-1].phase is AttemptPhase.CANCELLED
    await assert_closed(attempt.port)


async def test_cancelling_the_awaiting_task_propagates_and_closes_the_listener(
    attempt: Any,
) -> None:
    attempt.task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await attempt.task
    assert not attempt.flow.active
    await assert_closed(attempt.port)


async def test_cancel_while_finishing_stops_and_tells_the_tab() -> None:
    finishing = asyncio.Event()
    flow = BrowserFlow(open_browser=recording_opener([]), page_hold_s=5)

    async def start(redirect_uri: str, state: str) -> str:
        started.set_result((redirect_uri, state))
        return "https://auth.example.test/authorize"

    async def finish(params: Mapping[str, str]) -> None:
        finishing.set()
        await asyncio.Event().wait()  # a backend that never answers

    started: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(flow.run(start, finish, lambda _: None, success_page=SUCCESS))
    redirect_uri, state = await asyncio.wait_for(started, 5)
    port = port_of(redirect_uri)
    tab = asyncio.create_task(http_exchange(port, get(f"/callback?code=c&state={state}", port)))
    await asyncio.wait_for(finishing.wait(), 5)
    flow.cancel()
    with pytest.raises(ProblemError) as raised:
        await asyncio.wait_for(task, 5)
    assert raised.value.problem.kind is ProblemKind.CANCELLED
    assert "no longer waiting" in body_of(await tab)


async def test_a_second_run_restarts_quietly(flow: BrowserFlow) -> None:
    first = await start_attempt(flow)
    second = await start_attempt(flow)
    with pytest.raises(ProblemError) as raised:
        await first.result()
    assert raised.value.problem.kind is ProblemKind.CANCELLED
    # The first attempt's page does not flash "cancelled" over the new attempt.
    assert first.phases[-1].phase is AttemptPhase.WAITING
    await assert_closed(first.port)
    assert second.state != first.state
    old = await _callback(second, code="c", state=first.state)
    assert status_of(old) == 400
    assert status_of(await _callback(second, code="c", state=second.state)) == 200
    assert await second.result() == "redeemed"


async def test_a_start_failure_closes_the_listener() -> None:
    phases: list[BrowserAttempt] = []
    ports: list[int] = []
    flow = BrowserFlow(open_browser=recording_opener([]))
    refused = ProblemError(Problem(ProblemKind.CONFLICT, "Already connected", "m", "f"))

    async def start(redirect_uri: str, state: str) -> str:
        ports.append(port_of(redirect_uri))
        raise refused

    async def finish(params: Mapping[str, str]) -> None:
        raise AssertionError("unreachable")

    with pytest.raises(ProblemError) as raised:
        await flow.run(start, finish, phases.append, success_page=SUCCESS)
    assert raised.value is refused
    assert phases[-1].phase is AttemptPhase.FAILED
    await assert_closed(ports[0])


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "javascript:alert(1)", "--new-window", "http://a b", ""],
)
async def test_a_start_address_that_is_not_plain_http_is_never_opened(url: str) -> None:
    opened: list[str] = []
    flow = BrowserFlow(open_browser=recording_opener(opened))

    async def start(redirect_uri: str, state: str) -> str:
        return url

    async def finish(params: Mapping[str, str]) -> None:
        raise AssertionError("unreachable")

    with pytest.raises(ProblemError) as raised:
        await flow.run(start, finish, lambda _: None, success_page=SUCCESS)
    assert raised.value.problem.kind is ProblemKind.UNEXPECTED
    assert opened == []


async def test_a_browser_that_fails_to_open_leaves_the_link_working() -> None:
    def broken(url: str) -> bool:
        raise OSError("no display")

    flow = BrowserFlow(open_browser=broken)
    attempt = await start_attempt(flow)
    assert attempt.phases[-1].url == "https://auth.example.test/authorize?client_id=x"
    assert status_of(await _callback(attempt, code="c", state=attempt.state)) == 200
    assert await attempt.result() == "redeemed"


async def test_an_async_opener_is_awaited() -> None:
    opened: list[str] = []

    async def opener(url: str) -> bool:
        opened.append(url)
        return False  # "no browser": the attempt still waits for the link on screen

    attempt = await start_attempt(BrowserFlow(open_browser=opener))
    assert opened == ["https://auth.example.test/authorize?client_id=x"]
    attempt.flow.cancel()
    with pytest.raises(ProblemError):
        await attempt.result()


async def test_pasting_the_final_address_goes_through_the_same_checks(attempt: Any) -> None:
    flow = attempt.flow
    base = f"http://127.0.0.1:{attempt.port}/callback"
    for pasted, words in [
        ("not an address", "whole address"),
        (f"{base}?code=c&state=wrong", "earlier or different attempt"),
        (f"{base}?code=c", "earlier or different attempt"),
        (f"http://127.0.0.1:{attempt.port}/other?code=c&state={attempt.state}", "last page"),
        ("https://auth.example.test/authorize?state=" + attempt.state, "last page"),
        ("ftp://127.0.0.1/callback?state=" + attempt.state, "whole address"),
    ]:
        with pytest.raises(ProblemError) as raised:
            flow.submit_pasted_address(pasted)
        assert raised.value.problem.field == "pasted_address"
        assert words in raised.value.problem.message, pasted
        assert attempt.state not in str(raised.value)
    assert attempt.still_waiting()

    # Safari's HTTPS-only mode or a proxy may have rewritten the scheme or host: still fine.
    flow.submit_pasted_address(
        f"  https://localhost:{attempt.port}/callback?code=p&state={attempt.state}\n"
    )
    assert await attempt.result() == "redeemed"
    assert attempt.finished_with == [{"code": "p", "state": attempt.state}]
    with pytest.raises(ProblemError):
        flow.submit_pasted_address(f"{base}?code=p&state={attempt.state}")  # used up


async def test_the_listener_stops_at_once_after_a_paste(attempt: Any) -> None:
    attempt.flow.submit_pasted_address(
        f"http://127.0.0.1:{attempt.port}/callback?code=p&state={attempt.state}"
    )
    assert await attempt.result() == "redeemed"
    await assert_closed(attempt.port)


def test_pasting_with_nothing_waiting_is_a_field_message() -> None:
    with pytest.raises(ProblemError) as raised:
        BrowserFlow().submit_pasted_address("http://127.0.0.1:1/callback?state=x")
    assert raised.value.problem.field == "pasted_address"
    assert not BrowserFlow().active


async def test_secrets_never_reach_the_log(
    flow: BrowserFlow, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    attempt = await start_attempt(flow)
    code = "SplxlOBeZQQYbYS6WxSbIA-secret-code"
    await _callback(attempt, code="old-code-1234", state="old-state-5678")
    await _callback(attempt, code=code, state=attempt.state + "x")
    with pytest.raises(ProblemError):
        flow.submit_pasted_address(f"http://127.0.0.1:{attempt.port}/callback?state=paste-wrong")
    await _callback(attempt, code=code, state=attempt.state)
    assert await attempt.result() == "redeemed"
    assert caplog.records, "the listener logs what it does"
    text = "\n".join(f"{record.getMessage()} {record.exc_text or ''}" for record in caplog.records)
    for secret in (attempt.state, code, "old-code-1234", "old-state-5678", "paste-wrong"):
        assert secret not in text
    assert "auth.example.test" in text or "listening" in text


async def test_a_result_page_for_the_success_uses_the_callers_words(flow: BrowserFlow) -> None:
    page = ResultPage("Connected <HubSpot>", "Portal 1020304 is connected.")
    attempt = await start_attempt(flow, success_page=page)
    response = await _callback(attempt, result="ref-1", state=attempt.state)
    assert await attempt.result() == "redeemed"
    body = body_of(response)
    assert "Connected &lt;HubSpot&gt;" in body
    assert "Portal 1020304 is connected." in body


async def test_a_tab_waiting_while_the_task_is_cancelled_is_told_to_go_back() -> None:
    finishing = asyncio.Event()
    flow = BrowserFlow(open_browser=recording_opener([]), page_hold_s=5)

    async def start(redirect_uri: str, state: str) -> str:
        started.set_result((redirect_uri, state))
        return "https://auth.example.test/authorize"

    async def finish(params: Mapping[str, str]) -> None:
        finishing.set()
        await asyncio.Event().wait()  # the window closes while the backend is still busy

    started: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(flow.run(start, finish, lambda _: None, success_page=SUCCESS))
    redirect_uri, state = await asyncio.wait_for(started, 5)
    port = port_of(redirect_uri)
    tab = asyncio.create_task(http_exchange(port, get(f"/callback?code=c&state={state}", port)))
    await asyncio.wait_for(finishing.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    page = body_of(await asyncio.wait_for(tab, 5))
    assert "no longer waiting" in page
    assert not flow.active
    await assert_closed(port)


async def test_an_unexpected_error_in_start_is_reported_and_closes_the_listener() -> None:
    phases: list[BrowserAttempt] = []
    ports: list[int] = []
    flow = BrowserFlow(open_browser=recording_opener([]))

    async def start(redirect_uri: str, state: str) -> str:
        ports.append(port_of(redirect_uri))
        raise RuntimeError("a bug in the caller")

    async def finish(params: Mapping[str, str]) -> None:
        raise AssertionError("unreachable")

    with pytest.raises(RuntimeError):
        await flow.run(start, finish, phases.append, success_page=SUCCESS)
    assert phases[-1].phase is AttemptPhase.FAILED
    assert not flow.active
    await assert_closed(ports[0])
