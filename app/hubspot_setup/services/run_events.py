"""Following a test run live: server-sent events, resumed after drops, or long polling.

Each check event is delivered once, in order (events carry a sequence number; anything at
or below the last one seen is a repeat after a reconnect). A dropped stream is reopened
with Last-Event-ID after a backoff; a server, or a buffering proxy, that answers with JSON
instead of a stream is followed by long polling.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator
from dataclasses import dataclass
from typing import Protocol

import httpx
import httpx_sse

from hubspot_setup.flow.problems import ProblemError
from hubspot_setup.services.errors import (
    OPENCX,
    problem_from_response,
    problem_from_transport,
    technical_details,
    unexpected,
)
from hubspot_setup.services.opencx_models import EventPage, RunEvent, TestRun, parse_text
from hubspot_setup.services.retry import RetryPolicy

MAX_STREAM_RECONNECTS = 8
# Answers worth reopening the stream for, after the plain request path had its go
# (it refreshes an expired session and waits out rate limits).
_REOPEN_STATUSES = frozenset({401, 429, 500, 502, 503, 504})
_DROPS = (httpx.ReadError, httpx.RemoteProtocolError, httpx.ReadTimeout)


@dataclass(frozen=True)
class RunFinished:
    """The end of a followed test run, with the run's final status."""

    run: TestRun


RunUpdate = RunEvent | RunFinished


class EventSource(Protocol):
    """What the follower needs from the OpenCX client."""

    @property
    def retry(self) -> RetryPolicy: ...

    async def open_events(self, run_id: str, after: int) -> httpx.Response: ...

    async def poll_events(self, run_id: str, after: int) -> EventPage: ...

    async def test_run(self, run_id: str) -> TestRun: ...


class RunFollower:
    """Follows one test run; remembers the last event number so nothing repeats."""

    def __init__(self, source: EventSource, run_id: str, after: int = 0) -> None:
        self._source = source
        self._run_id = run_id
        self._failures = 0
        self.last_seq = after

    def _fresh(self, event: RunEvent) -> bool:
        if event.seq <= self.last_seq:
            return False
        self.last_seq = event.seq
        return True

    async def _back_off(self, give_up: ProblemError) -> None:
        self._failures += 1
        if self._failures > MAX_STREAM_RECONNECTS:
            raise give_up
        retry = self._source.retry
        await retry.sleep(retry.backoff(self._failures))

    async def updates(self) -> AsyncGenerator[RunUpdate, None]:
        while True:
            try:
                response = await self._source.open_events(self._run_id, self.last_seq)
            except httpx.TransportError as exc:
                await self._back_off(problem_from_transport(exc, OPENCX))
                continue
            try:
                if not response.is_success:
                    await response.aread()
                    if response.status_code not in _REOPEN_STATUSES:
                        raise problem_from_response(response, OPENCX)
                    await self._source.test_run(self._run_id)  # refresh / wait there
                    await self._back_off(problem_from_response(response, OPENCX))
                    continue
                if not response.headers.get("content-type", "").startswith("text/event-stream"):
                    break  # no streaming here: long-poll instead
                try:
                    async for update in self._read_stream(response):
                        self._failures = 0
                        yield update
                        if isinstance(update, RunFinished):
                            return
                except _DROPS as exc:
                    await self._back_off(problem_from_transport(exc, OPENCX))
                    continue
                # The stream ended without `end`: reconnect and resume.
                details = technical_details(response.request, cause="event stream kept ending")
                await self._back_off(ProblemError(unexpected(OPENCX, details)))
            finally:
                await response.aclose()
        async for update in self._long_poll():
            yield update

    async def _read_stream(self, response: httpx.Response) -> AsyncIterator[RunUpdate]:
        # httpx-sse reads lines as the WHATWG spec says (CR, LF or CRLF only; U+2028 and
        # U+0085 stay in the data) and drops an event the stream ended before completing.
        async for message in httpx_sse.EventSource(response).aiter_sse():
            if message.event == "check":
                event = parse_text(RunEvent, message.data, response)
                if self._fresh(event):
                    yield event
            elif message.event == "end":
                yield RunFinished(parse_text(TestRun, message.data, response))

    async def _long_poll(self) -> AsyncIterator[RunUpdate]:
        while True:
            page = await self._source.poll_events(self._run_id, self.last_seq)
            for event in sorted(page.events, key=lambda item: item.seq):
                if self._fresh(event):
                    yield event
            if page.done:
                yield RunFinished(await self._source.test_run(self._run_id))
                return
