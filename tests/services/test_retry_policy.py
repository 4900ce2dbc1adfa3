"""Backoff, server-requested waits, what is retried and what is not."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.services.retry import RetryPolicy, send_with_retries, server_delay

REQUEST = httpx.Request("GET", "https://api.open.cx/v1/me")


@given(attempt=st.integers(0, 20), jitter=st.floats(0, 1, exclude_max=True))
def test_full_jitter_stays_under_the_exponential_ceiling(attempt: int, jitter: float) -> None:
    policy = RetryPolicy(base_delay=0.5, max_delay=8, jitter=lambda: jitter)
    delay = policy.backoff(attempt)
    assert 0 <= delay <= min(8, 0.5 * 2**attempt)


def test_retry_after_as_a_date() -> None:
    now = datetime(2026, 11, 30, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=7), usegmt=True)
    response = httpx.Response(503, headers={"Retry-After": later}, request=REQUEST)
    assert server_delay(response, now) == 7.0


def test_hubspot_window_only_when_used_up() -> None:
    window = {"X-HubSpot-RateLimit-Interval-Milliseconds": "10000"}
    spent = httpx.Response(
        429, headers={**window, "X-HubSpot-RateLimit-Remaining": "0"}, request=REQUEST
    )
    left = httpx.Response(
        429, headers={**window, "X-HubSpot-RateLimit-Remaining": "5"}, request=REQUEST
    )
    assert server_delay(spent) == 10.0
    assert server_delay(left) is None  # then our own backoff applies


class Script:
    def __init__(self, *steps: httpx.Response | Exception) -> None:
        self.steps = list(steps)
        self.sent = 0

    async def __call__(self) -> httpx.Response:
        self.sent += 1
        step = self.steps.pop(0)
        if isinstance(step, Exception):
            raise step
        return step


async def _no_sleep(seconds: float) -> None:
    return None


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
async def test_client_errors_are_not_retried(status: int) -> None:
    script = Script(httpx.Response(status, request=REQUEST))
    response = await send_with_retries(
        script, policy=RetryPolicy(sleep=_no_sleep), retryable=True, service="OpenCX"
    )
    assert response.status_code == status
    assert script.sent == 1


async def test_unsafe_calls_are_never_retried() -> None:
    script = Script(httpx.ReadTimeout("slow", request=REQUEST))
    with pytest.raises(ProblemError) as caught:
        await send_with_retries(
            script, policy=RetryPolicy(sleep=_no_sleep), retryable=False, service="OpenCX"
        )
    assert caught.value.problem.kind is ProblemKind.TIMED_OUT
    assert script.sent == 1


async def test_total_wait_is_capped() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    failing = [httpx.ConnectError("refused", request=REQUEST) for _ in range(10)]
    policy = RetryPolicy(attempts=10, base_delay=4, max_delay=8, max_total_wait=10, sleep=sleep)
    with pytest.raises(ProblemError):
        await send_with_retries(Script(*failing), policy=policy, retryable=True, service="x")
    assert sum(waits) <= 10


async def test_cancellation_during_a_backoff_stops_at_once() -> None:
    started = asyncio.Event()

    async def sleep(seconds: float) -> None:
        started.set()
        await asyncio.Event().wait()  # a long backoff

    script = Script(httpx.ConnectError("refused", request=REQUEST), httpx.Response(200))
    task = asyncio.create_task(
        send_with_retries(script, policy=RetryPolicy(sleep=sleep), retryable=True, service="x")
    )
    await started.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert script.sent == 1  # no request after the cancel


async def test_an_undecodable_body_is_unexpected_not_a_crash() -> None:
    script = Script(httpx.DecodingError("bad gzip", request=REQUEST))
    with pytest.raises(ProblemError) as caught:
        await send_with_retries(
            script, policy=RetryPolicy(sleep=_no_sleep), retryable=True, service="OpenCX"
        )
    assert caught.value.problem.kind is ProblemKind.UNEXPECTED
    assert caught.value.problem.details == "GET /v1/me; DecodingError"
