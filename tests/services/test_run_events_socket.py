"""The live checklist's event stream over a real socket: line ends and a cut-off last event.

A small HTTP server on 127.0.0.1 sends scripted bytes, split into chunks at awkward places, then
closes the connection; the real OpenCX client follows the run through it.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field

import pytest

from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.opencx import OpenCXClient, SessionAuth
from hubspot_setup.services.opencx_models import RunEvent
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.run_events import RunFinished, RunUpdate

RUN = {"id": "run1", "channel": "email", "status": "passed", "checks": []}
_HEAD = (
    b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\n"
    b"Cache-Control: no-store\r\nConnection: close\r\n\r\n"
)


@dataclass
class ScriptedStreams:
    """Answers the n-th request with the n-th list of chunks, each flushed on its own."""

    answers: list[list[bytes]]
    requests: list[bytes] = field(default_factory=list)
    serving: set[asyncio.Task[None]] = field(default_factory=set)

    async def serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.serving.add(task)
        try:
            self.requests.append(await reader.readuntil(b"\r\n\r\n"))
            chunks = self.answers[len(self.requests) - 1]
            writer.write(_HEAD)
            for chunk in chunks:
                writer.write(chunk)
                await writer.drain()
                await asyncio.sleep(0.01)  # separate reads on the client side
        except ConnectionError:
            pass  # the client gave up on this stream
        finally:
            writer.close()
            self.serving.discard(task)

    def last_event_ids(self) -> list[str | None]:
        found: list[str | None] = []
        for request in self.requests:
            lines = request.decode("latin-1").split("\r\n")
            ids = [
                line.split(":", 1)[1].strip()
                for line in lines
                if line.lower().startswith("last-event-id:")
            ]
            found.append(ids[0] if ids else None)
        return found


async def _follow(streams: ScriptedStreams) -> list[RunUpdate]:
    server = await asyncio.start_server(streams.serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    async def no_wait(_seconds: float) -> None:
        return None

    policy = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.01, sleep=no_wait)
    http = make_http_client(proxies={})
    client = OpenCXClient(
        f"http://127.0.0.1:{port}", http, auth=SessionAuth("at", None), retry=policy
    )
    try:
        async with asyncio.timeout(10):
            return [update async for update in client.follow_test_run("run1")]
    finally:
        await http.aclose()
        server.close()
        await asyncio.gather(*streams.serving, return_exceptions=True)
        await server.wait_closed()


def _event(seq: int, explanation: str, newline: str = "\n") -> str:
    check = {"id": "opencx_session", "state": "failed", "explanation": explanation}
    data = json.dumps({"seq": seq, "check": check}, ensure_ascii=False)
    return f"id: {seq}{newline}event: check{newline}data: {data}{newline}{newline}"


def _end(newline: str = "\n") -> str:
    return f"event: end{newline}data: {json.dumps(RUN)}{newline}{newline}"


def _explanations(updates: list[RunUpdate]) -> list[str | None]:
    return [u.check.explanation for u in updates if isinstance(u, RunEvent)]


@pytest.mark.parametrize(
    "odd",
    ["\u2028", "\u2029", "\u0085"],
    ids=["U+2028", "U+2029", "U+0085"],
)
async def test_unicode_line_breaks_inside_data_stay_in_the_text(odd: str) -> None:
    """Only CR, LF and CRLF end a line in an event stream (str.splitlines splits on more)."""
    explanation = f"before{odd}after"
    body = (": hi\n\n" + _event(1, explanation) + _end()).encode()
    middle = body.index(odd.encode()) + 1  # cut inside the character's UTF-8 bytes
    streams = ScriptedStreams([[body[:middle], body[middle:]]])
    updates = await _follow(streams)
    assert _explanations(updates) == [explanation]
    assert isinstance(updates[-1], RunFinished)
    assert len(streams.requests) == 1


@pytest.mark.parametrize("newline", ["\r", "\r\n", "\n"], ids=["CR", "CRLF", "LF"])
async def test_each_kind_of_line_end_is_read(newline: str) -> None:
    body = (_event(1, "one", newline) + _event(2, "two", newline) + _end(newline)).encode()
    # Cut right after every CR: a CRLF split across two reads is still one line end.
    chunks = [piece + b"\r" for piece in body.split(b"\r")]
    chunks[-1] = chunks[-1][:-1]
    streams = ScriptedStreams([[chunk for chunk in chunks if chunk]])
    updates = await _follow(streams)
    assert _explanations(updates) == ["one", "two"]
    assert isinstance(updates[-1], RunFinished)


async def test_a_cut_off_last_event_is_dropped_and_the_stream_resumed() -> None:
    whole = _event(2, "two")
    cut = whole[: whole.index('"state"')]  # the connection ends inside the data line
    streams = ScriptedStreams(
        [
            [_event(1, "one").encode(), cut.encode()],
            [_event(2, "two").encode(), _end().encode()],
        ]
    )
    updates = await _follow(streams)
    assert _explanations(updates) == ["one", "two"]
    assert isinstance(updates[-1], RunFinished)
    assert streams.last_event_ids() == [None, "1"]


async def test_a_last_event_without_its_blank_line_is_not_passed_on() -> None:
    """A whole data line but no blank line after it: not an event yet (WHATWG), resumed."""
    streams = ScriptedStreams(
        [
            [_event(1, "one").encode(), _event(2, "two").encode()[:-1]],
            [_event(2, "two again").encode(), _end().encode()],
        ]
    )
    updates = await _follow(streams)
    assert _explanations(updates) == ["one", "two again"]
    assert streams.last_event_ids() == [None, "1"]


async def test_events_arrive_in_order_across_tiny_chunks() -> None:
    body = (_event(1, "één\u2028twee") + _end()).encode()
    streams = ScriptedStreams([[body[i : i + 3] for i in range(0, len(body), 3)]])
    updates = await _follow(streams)
    assert _explanations(updates) == ["één\u2028twee"]
