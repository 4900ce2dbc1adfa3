"""The fuzzer over real sockets: the live listener answers exactly as the pure rules say.

A few hundred inputs (the bulk runs on the pure parser in `test_loopback_parser.py`), each sent
to a listener waiting for a real state; the answer must be the status the pure functions
decide, never a crash or a hang, and the wait must never end.
"""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from loopback_support import http_exchange, status_of
from test_loopback_parser import PORT, STATE, structured_requests

from hubspot_setup.services.loopback import LoopbackListener
from hubspot_setup.services.loopback_http import (
    Arrived,
    HttpRequest,
    Incomplete,
    KeepWaiting,
    Rejected,
    judge,
    parse_request,
)

SOCKET_EXAMPLES = 500


def expected_status(data: bytes, port: int) -> int | Arrived | None:
    """What the listener must answer: a status, None (closed without a word), or Arrived."""
    parsed = parse_request(data)
    if isinstance(parsed, Incomplete):
        return None  # the client half-closed before finishing: nothing to answer
    if isinstance(parsed, Rejected):
        return parsed.status
    assert isinstance(parsed, HttpRequest)
    hosts = frozenset(f"{host}:{port}" for host in ("127.0.0.1", "[::1]", "localhost"))
    verdict = judge(parsed, callback_path="/callback", expected_state=STATE, allowed_hosts=hosts)
    if isinstance(verdict, Arrived):
        return verdict
    assert isinstance(verdict, KeepWaiting)
    return verdict.answer.value


def test_fuzz_the_live_listener() -> None:
    loop = asyncio.new_event_loop()
    listener = LoopbackListener(STATE, read_timeout_s=2.0)
    try:
        loop.run_until_complete(listener.start())
        port = listener.port
        arrival = loop.create_task(listener.wait())
        sent = 0

        @settings(
            max_examples=SOCKET_EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow],
        )
        @given(st.one_of(structured_requests().map(lambda case: case[0]), st.binary(max_size=400)))
        def send(data: bytes) -> None:
            nonlocal sent
            data = data.replace(str(PORT).encode(), str(port).encode())
            expected = expected_status(data, port)
            assume(not isinstance(expected, Arrived))  # valid callbacks: see the listener tests
            response = loop.run_until_complete(http_exchange(port, data, timeout=5))
            sent += 1
            if expected is None:
                assert response == b""
            else:
                assert status_of(response) == expected, response[:80]
            assert not arrival.done()

        send()
        assert sent >= SOCKET_EXAMPLES * 0.9
    finally:
        loop.run_until_complete(listener.aclose())
        loop.run_until_complete(asyncio.sleep(0))
        loop.close()
