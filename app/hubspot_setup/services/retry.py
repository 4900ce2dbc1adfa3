"""Retrying a request that failed for a passing reason, without ever doing a write twice.

Only calls that are safe to repeat are retried: reads, and writes that carry an
Idempotency-Key (the backend answers a repeat with the first response). Waits use
exponential backoff with full jitter, unless the server said how long to wait (`Retry-After`,
or HubSpot's rate-limit window headers). The total wait is capped, so a long server-side
pause becomes a "rate limited" problem instead of a frozen page. Sleep and randomness are
injected so tests run instantly; cancellation is never caught, so it stops the request.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.services.errors import (
    is_tls_problem,
    problem_from_transport,
    technical_details,
    unexpected,
)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4  # tries in all, including the first
    base_delay: float = 0.5  # seconds
    max_delay: float = 8.0
    max_total_wait: float = 30.0  # beyond this, give up and tell the admin
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    jitter: Callable[[], float] = field(default=random.random)  # 0 <= x < 1

    def backoff(self, attempt: int) -> float:
        """Full jitter: a random wait between 0 and the exponential ceiling."""
        ceiling = min(self.max_delay, self.base_delay * 2.0**attempt)
        return self.jitter() * ceiling


NO_RETRY = RetryPolicy(attempts=1)


def server_delay(response: httpx.Response, now: datetime | None = None) -> float | None:
    """How long the server asked us to wait, in seconds, if it said so."""
    retry_after = response.headers.get("Retry-After")
    if retry_after is not None:
        text = retry_after.strip()
        if text.isdigit():
            return float(text)
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            when = None
        if when is not None:
            moment = now or datetime.now(UTC)
            return max(0.0, (when - moment).total_seconds())
    # HubSpot: when the window is used up, wait for the window to pass.
    remaining = response.headers.get("X-HubSpot-RateLimit-Remaining")
    interval = response.headers.get("X-HubSpot-RateLimit-Interval-Milliseconds")
    if remaining is not None and interval is not None and remaining.strip() == "0":
        try:
            return max(0.0, int(interval) / 1000.0)
        except ValueError:
            return None
    return None


def _request_or_none(exc: httpx.HTTPError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:
        return None


def is_transient(exc: httpx.TransportError) -> bool:
    """Worth another try: not a proxy refusal or a certificate that will not change."""
    if isinstance(exc, httpx.ProxyError | httpx.UnsupportedProtocol):
        return False
    return not is_tls_problem(exc)


async def send_with_retries(
    send: Callable[[], Awaitable[httpx.Response]],
    *,
    policy: RetryPolicy,
    retryable: bool,
    service: str,
) -> httpx.Response:
    """Send, and repeat a safe request after a passing failure. Returns the last response;
    a transport failure that outlasts the retries is raised as a `ProblemError`."""
    waited = 0.0
    for attempt in range(policy.attempts):
        last = attempt == policy.attempts - 1
        try:
            response = await send()
        except httpx.TransportError as exc:
            if not retryable or last or not is_transient(exc):
                raise problem_from_transport(exc, service) from exc
            delay = policy.backoff(attempt)
        except httpx.HTTPError as exc:  # a body that cannot be decoded, too many redirects
            details = technical_details(_request_or_none(exc), cause=type(exc).__name__)
            raise ProblemError(unexpected(service, details)) from exc
        else:
            if not retryable or last or response.status_code not in RETRY_STATUSES:
                return response
            asked = server_delay(response)
            delay = policy.backoff(attempt) if asked is None else asked
            if waited + delay > policy.max_total_wait:
                return response  # the caller turns it into "rate limited" / "server fault"
            await response.aclose()
        if waited + delay > policy.max_total_wait:
            delay = max(0.0, policy.max_total_wait - waited)
        await policy.sleep(delay)
        waited += delay
    raise AssertionError("unreachable: the last attempt always returns or raises")
