"""Robustness of the loopback listener while a real attempt waits on it (real sockets).

Every stray, malformed, slow or stale request is answered and the wait goes on; only the
callback with the attempt's exact state ends it.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import pytest
from loopback_support import (
    SUCCESS,
    assert_closed,
    body_of,
    get,
    http_exchange,
    ipv6_loopback_available,
    port_of,
    recording_opener,
    start_attempt,
    status_of,
)

from hubspot_setup.flow.ports import AttemptPhase
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.services.browser_flow import BrowserFlow
from hubspot_setup.services.loopback_http import MAX_BODY, MAX_HEAD, MAX_REQUEST_LINE


async def test_favicon_and_root_probes_get_404_and_the_wait_goes_on(attempt: Any) -> None:
    for target in ("/favicon.ico", "/", "/callback/", "/CALLBACK", "/%63allback"):
        response = await http_exchange(attempt.port, get(target, attempt.port))
        assert status_of(response) == 404, target
    assert attempt.still_waiting()

    response = await http_exchange(
        attempt.port, get(attempt.callback(code="c0de", state=attempt.state), attempt.port)
    )
    assert status_of(response) == 200
    assert await attempt.result() == "redeemed"
    assert attempt.finished_with == [{"code": "c0de", "state": attempt.state}]


async def test_an_idle_socket_opened_first_does_not_stall_the_callback() -> None:
    flow = BrowserFlow(open_browser=recording_opener([]), read_timeout_s=10)
    attempt = await start_attempt(flow)
    idle_reader, idle_writer = await asyncio.open_connection("127.0.0.1", attempt.port)
    try:
        response = await http_exchange(
            attempt.port,
            get(attempt.callback(code="c", state=attempt.state), attempt.port),
            timeout=3,  # well under the 10 s read timeout a one-at-a-time server would wait out
        )
        assert status_of(response) == 200
        assert await attempt.result() == "redeemed"
        # The attempt is over, so the idle connection is closed rather than left hanging.
        async with asyncio.timeout(2):
            assert await idle_reader.read() == b""
    finally:
        idle_writer.close()


@pytest.mark.parametrize(
    "params",
    [
        {"code": "c"},
        {"code": "c", "state": "wrong"},
        {"code": "c", "state": ""},
        {"error": "access_denied"},
        {"error": "access_denied", "state": "forged"},
        {},
    ],
    ids=["no-state", "wrong-state", "empty-state", "error-no-state", "error-wrong-state", "bare"],
)
async def test_missing_or_wrong_state_gets_400_and_the_wait_goes_on(
    attempt: Any, params: dict[str, str]
) -> None:
    response = await http_exchange(attempt.port, get(attempt.callback(**params), attempt.port))
    assert status_of(response) == 400
    assert "expired" in body_of(response)
    assert attempt.still_waiting()
    assert attempt.finished_with == []


async def test_a_state_differing_only_by_case_or_suffix_is_refused(attempt: Any) -> None:
    for near in (
        attempt.state.upper(),
        attempt.state + "x",
        attempt.state[:-1],
        " " + attempt.state,
    ):
        response = await http_exchange(
            attempt.port, get(attempt.callback(code="c", state=near), attempt.port)
        )
        assert status_of(response) == 400
    assert attempt.still_waiting()


async def test_repeated_state_parameter_is_refused(attempt: Any) -> None:
    target = f"{attempt.path}?code=c&state={attempt.state}&state={attempt.state}"
    response = await http_exchange(attempt.port, get(target, attempt.port))
    assert status_of(response) == 400
    assert attempt.still_waiting()


async def test_a_callback_after_the_attempt_ended_finds_nothing_listening(attempt: Any) -> None:
    callback = get(attempt.callback(code="c", state=attempt.state), attempt.port)
    assert status_of(await http_exchange(attempt.port, callback)) == 200
    assert await attempt.result() == "redeemed"
    await assert_closed(attempt.port)


async def test_duplicate_while_finishing_gets_400() -> None:
    release = asyncio.Event()
    finish_started = asyncio.Event()
    redeemed: list[dict[str, str]] = []

    async def start(redirect_uri: str, state: str) -> str:
        started.set_result((redirect_uri, state))
        return "https://auth.example.test/authorize"

    async def finish(params: Any) -> str:
        redeemed.append(dict(params))
        finish_started.set()
        await release.wait()
        return "done"

    started: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()
    flow = BrowserFlow(open_browser=recording_opener([]), timeout_s=30, read_timeout_s=2)
    task = asyncio.create_task(flow.run(start, finish, lambda _: None, success_page=SUCCESS))
    redirect_uri, state = await asyncio.wait_for(started, 5)
    port = port_of(redirect_uri)
    callback = f"/callback?code=first&state={state}"

    second_reader, second_writer = await asyncio.open_connection("127.0.0.1", port)
    first = asyncio.create_task(http_exchange(port, get(callback, port)))
    await asyncio.wait_for(finish_started.wait(), 5)

    # The listener stopped accepting new connections the moment the callback arrived ...
    await assert_closed(port)
    # ... and a duplicate on a connection opened earlier finds the state already used.
    second_writer.write(get(callback.replace("first", "second"), port))
    await second_writer.drain()
    async with asyncio.timeout(5):
        duplicate = await second_reader.read()
    second_writer.close()
    assert status_of(duplicate) == 400

    release.set()
    assert await asyncio.wait_for(task, 5) == "done"
    assert status_of(await first) == 200
    assert redeemed == [{"code": "first", "state": state}]


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (b"GET /" + b"a" * (MAX_REQUEST_LINE + 10) + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET /" + b"a" * (MAX_REQUEST_LINE + 10), 414),  # even before the line ends
        (b"GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + b"b" * MAX_HEAD + b"\r\n\r\n", 431),
        (b"GET / HTTP/1.1\r\nHost: h\r\n" + b"X-A: 1\r\n" * 150 + b"\r\n", 431),
        (b"GET / HTTP/1.1\r\nHost: h\r\nX-Big: " + b"b" * (MAX_HEAD + 10), 431),
        (
            b"POST /callback HTTP/1.1\r\nHost: h\r\nContent-Type: application/x-www-form-"
            b"urlencoded\r\nContent-Length: " + str(MAX_BODY + 1).encode() + b"\r\n\r\n",
            413,
        ),
        (b"POST /callback HTTP/1.1\r\nHost: h\r\n\r\n", 411),
        (b"GET /callback HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n", 501),
        (b"GET /callback HTTP/2.0\r\nHost: h\r\n\r\n", 505),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 400),  # a TLS hello
        (b"GET http://127.0.0.1/callback HTTP/1.1\r\nHost: h\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\r\n\r\n", 400),  # no Host
        (b"GET /callback HTTP/1.1\r\nHost: h\r\n folded\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\r\nHost: h\r\nBad Name: v\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\r\nHost: h\x00\r\n\r\n", 400),
    ],
    ids=[
        "long-line",
        "long-line-unfinished",
        "big-header",
        "many-headers",
        "big-header-unfinished",
        "big-body",
        "post-no-length",
        "chunked",
        "http2",
        "tls",
        "absolute-form",
        "no-host",
        "folded",
        "two-hosts",
        "bad-name",
        "nul",
    ],
)
async def test_oversized_or_malformed_requests_are_refused_and_the_wait_goes_on(
    attempt: Any, raw: bytes, status: int
) -> None:
    response = await http_exchange(attempt.port, raw)
    assert status_of(response) == status
    assert b"Connection: close" in response
    assert attempt.still_waiting()


async def test_slow_loris_requests_time_out_without_blocking_the_callback(attempt: Any) -> None:
    slow = []
    for _ in range(5):  # several half-sent requests, one trickling a byte at a time
        reader, writer = await asyncio.open_connection("127.0.0.1", attempt.port)
        writer.write(b"GET /callback?state=")
        await writer.drain()
        slow.append((reader, writer))

    async def trickle() -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", attempt.port)
        try:
            for byte in b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1\r\n":
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(0.02)  # the trickle itself is what is tested
            return await reader.read()
        except ConnectionError:
            return b""
        finally:
            writer.close()

    trickling = asyncio.create_task(trickle())
    response = await http_exchange(
        attempt.port, get(attempt.callback(code="c", state=attempt.state), attempt.port)
    )
    assert status_of(response) == 200
    assert await attempt.result() == "redeemed"
    for reader, writer in slow:
        async with asyncio.timeout(2):
            assert await reader.read() == b""  # closed with the attempt, never answered 200
        writer.close()
    await asyncio.wait_for(trickling, 5)


async def test_a_partial_request_gets_408_after_the_read_timeout(attempt: Any) -> None:
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection("127.0.0.1", attempt.port)
    began = loop.time()
    writer.write(b"GET /callback?state=")
    await writer.drain()
    async with asyncio.timeout(3):
        response = await reader.read()
    writer.close()
    assert status_of(response) == 408
    assert 0.4 <= loop.time() - began < 2  # the fixture's read timeout is 0.5 s
    assert attempt.still_waiting()


async def test_trickling_bytes_does_not_extend_the_read_deadline(attempt: Any) -> None:
    loop = asyncio.get_running_loop()
    reader, writer = await asyncio.open_connection("127.0.0.1", attempt.port)

    async def trickle() -> None:
        with contextlib.suppress(ConnectionError):
            for _ in range(200):
                writer.write(b"X")
                await writer.drain()
                await asyncio.sleep(0.02)  # a byte every 20 ms would keep a per-read timeout alive

    began = loop.time()
    trickling = asyncio.create_task(trickle())
    try:
        async with asyncio.timeout(3):
            response = await reader.read()
    finally:
        trickling.cancel()
        writer.close()
    assert loop.time() - began < 1.5  # the fixture's deadline is 0.5 s for the whole request
    assert status_of(response) == 408
    assert attempt.still_waiting()


async def test_a_refusal_reaches_a_client_that_is_still_sending(attempt: Any) -> None:
    # Refused after its first 4 KiB, this client still has most of a megabyte on the way.
    # Closing on unread bytes would reset the connection and lose the refusal.
    reader, writer = await asyncio.open_connection("127.0.0.1", attempt.port)

    async def keep_sending() -> None:
        with contextlib.suppress(ConnectionError):
            writer.write(b"GET /" + b"a" * 1_000_000)
            await writer.drain()

    sending = asyncio.create_task(keep_sending())
    try:
        async with asyncio.timeout(5):
            response = await reader.read()
    finally:
        sending.cancel()
        writer.close()
    assert status_of(response) == 414
    assert attempt.still_waiting()


@pytest.mark.skipif(not ipv6_loopback_available(), reason="this machine has no IPv6 loopback")
async def test_an_ipv6_only_client_reaches_the_same_attempt(attempt: Any) -> None:
    response = await http_exchange(
        attempt.port,
        get(
            attempt.callback(code="v6", state=attempt.state),
            attempt.port,
            host_header=f"[::1]:{attempt.port}",
        ),
        host="::1",
    )
    assert status_of(response) == 200
    assert await attempt.result() == "redeemed"


async def test_localhost_host_header_is_accepted_and_a_foreign_one_refused(attempt: Any) -> None:
    foreign = await http_exchange(
        attempt.port,
        get(attempt.callback(code="c", state=attempt.state), attempt.port, host_header="evil.test"),
    )
    assert status_of(foreign) == 421  # DNS rebinding: another site's name pointed at us
    assert attempt.still_waiting()
    response = await http_exchange(
        attempt.port,
        get(
            attempt.callback(code="c", state=attempt.state),
            attempt.port,
            host_header=f"localhost:{attempt.port}",
        ),
    )
    assert status_of(response) == 200


def _occupy(family: socket.AddressFamily, host: str, port: int = 0) -> socket.socket:
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.bind((host, port))
    sock.listen(1)
    return sock


async def test_a_port_already_in_use_on_127_0_0_1_is_skipped() -> None:
    with _occupy(socket.AF_INET, "127.0.0.1") as taken:
        busy = taken.getsockname()[1]
        flow = BrowserFlow(open_browser=recording_opener([]), ports=(busy, 0))
        attempt = await start_attempt(flow)
        assert attempt.port not in (0, busy)
        response = await http_exchange(
            attempt.port, get(attempt.callback(code="c", state=attempt.state), attempt.port)
        )
        assert status_of(response) == 200
        assert await attempt.result() == "redeemed"


@pytest.mark.skipif(not ipv6_loopback_available(), reason="this machine has no IPv6 loopback")
async def test_a_port_taken_only_on_ipv6_moves_both_listeners_to_another_port() -> None:
    with _occupy(socket.AF_INET6, "::1") as taken:
        busy = taken.getsockname()[1]
        flow = BrowserFlow(open_browser=recording_opener([]), ports=(busy, 0))
        attempt = await start_attempt(flow)
        assert attempt.port != busy
        response = await http_exchange(
            attempt.port,
            get(attempt.callback(code="c", state=attempt.state), attempt.port),
            host="::1",
        )
        assert status_of(response) == 200
        assert await attempt.result() == "redeemed"


async def test_no_free_port_is_a_plain_problem() -> None:
    with _occupy(socket.AF_INET, "127.0.0.1") as taken:
        busy = taken.getsockname()[1]
        phases: list[Any] = []
        flow = BrowserFlow(open_browser=recording_opener([]), ports=(busy, busy))

        async def start(redirect_uri: str, state: str) -> str:
            raise AssertionError("must not start without a listener")

        async def finish(params: Any) -> None:
            raise AssertionError("unreachable")

        with pytest.raises(ProblemError) as raised:
            await flow.run(start, finish, phases.append, success_page=SUCCESS)
    assert raised.value.problem.kind is ProblemKind.NETWORK_BLOCKED
    assert "errno" in (raised.value.problem.details or "")
    assert phases[-1].phase is AttemptPhase.FAILED
    assert not flow.active


async def test_listener_binds_only_loopback_addresses(attempt: Any) -> None:
    listener = attempt.flow._attempt.listener
    bound = {sock.getsockname()[0] for server in listener._servers for sock in server.sockets}
    assert bound <= {"127.0.0.1", "::1"}
    assert "127.0.0.1" in bound
    assert attempt.redirect_uri == f"http://127.0.0.1:{attempt.port}/callback"


async def test_form_post_on_the_callback_path_completes_the_attempt(attempt: Any) -> None:
    body = f"code=posted&state={attempt.state}".encode()
    raw = (
        f"POST /callback HTTP/1.1\r\nHost: 127.0.0.1:{attempt.port}\r\n"
        "Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    response = await http_exchange(attempt.port, raw)
    assert status_of(response) == 200
    assert await attempt.result() == "redeemed"
    assert attempt.finished_with == [{"code": "posted", "state": attempt.state}]


async def test_post_in_another_format_gets_415_and_the_wait_goes_on(attempt: Any) -> None:
    body = f'{{"code": "c", "state": "{attempt.state}"}}'.encode()
    raw = (
        f"POST /callback HTTP/1.1\r\nHost: 127.0.0.1:{attempt.port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    assert status_of(await http_exchange(attempt.port, raw)) == 415
    assert attempt.still_waiting()


@pytest.mark.parametrize(
    ("method", "target", "status"),
    [
        ("HEAD", "/callback", 405),
        ("PUT", "/callback", 405),
        ("DELETE", "/callback", 405),
        ("OPTIONS", "/callback", 405),
        ("HEAD", "/", 404),
        ("PUT", "/other", 404),
    ],
)
async def test_other_methods_get_404_or_405(
    attempt: Any, method: str, target: str, status: int
) -> None:
    query = f"?code=c&state={attempt.state}" if target == "/callback" else ""
    response = await http_exchange(attempt.port, get(target + query, attempt.port, method=method))
    assert status_of(response) == status
    if status == 405:
        assert b"Allow: GET, POST" in response
    if method == "HEAD":
        assert body_of(response) == ""
    assert attempt.still_waiting()


async def _open_and_settle(port: int, count: int, first_bytes: bytes = b"") -> list[Any]:
    """`count` connections held open (each having sent `first_bytes`), all being served."""
    opened = []
    for _ in range(count):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        if first_bytes:
            writer.write(first_bytes)
            await writer.drain()
        opened.append((reader, writer))
        await asyncio.sleep(0.001)  # accepted in this order: the oldest is the first
    await asyncio.sleep(0.05)
    return opened


async def _still_open(reader: asyncio.StreamReader) -> bool:
    try:
        async with asyncio.timeout(0.05):
            return await reader.read() != b""
    except TimeoutError:
        return True


async def test_too_many_connections_drop_the_oldest_idle_ones() -> None:
    flow = BrowserFlow(open_browser=recording_opener([]), read_timeout_s=5)
    attempt = await start_attempt(flow)
    idle = await _open_and_settle(attempt.port, 80)
    try:
        # 64 places: each connection over them drops the oldest idle one, at once.
        for reader, _ in idle[:16]:
            async with asyncio.timeout(2):
                assert await reader.read() == b""
        assert all([await _still_open(reader) for reader, _ in idle[16:]])
        # Nothing was given back, yet the callback still gets in.
        response = await http_exchange(
            attempt.port, get(attempt.callback(code="c", state=attempt.state), attempt.port)
        )
        assert status_of(response) == 200
        assert await attempt.result() == "redeemed"
    finally:
        for _, writer in idle:
            writer.close()


@pytest.mark.parametrize("first_bytes", [b"", b"G", b"GET /callback HTTP/1.1\r\nHost: x"])
async def test_a_local_program_holding_every_connection_cannot_keep_the_callback_out(
    first_bytes: bytes,
) -> None:
    """Held open silently, or with a request begun and never finished (a slow trickle)."""
    flow = BrowserFlow(open_browser=recording_opener([]), read_timeout_s=30)
    attempt = await start_attempt(flow)
    held = await _open_and_settle(attempt.port, 64, first_bytes)
    try:
        for _ in range(2):  # strays need a place too, and get their answer
            response = await http_exchange(attempt.port, get("/favicon.ico", attempt.port))
            assert status_of(response) == 404
        assert await _still_open(held[-1][0])  # the newest held ones are kept
        callback = attempt.callback(code="c", state=attempt.state)
        response = await http_exchange(attempt.port, get(callback, attempt.port), timeout=3)
        assert status_of(response) == 200
        assert await attempt.result() == "redeemed"
    finally:
        for _, writer in held:
            writer.close()


def test_a_port_the_os_forbids_is_skipped_like_a_taken_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows reserves port ranges for Hyper-V/WSL and answers WSAEACCES (10013) there."""
    import errno

    from hubspot_setup.services import loopback

    real = loopback._listening_socket
    forbidden = {40001}

    def listening_socket(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
        if port in forbidden:
            raise OSError(10013 if family == socket.AF_INET else errno.EACCES, "forbidden")
        return real(family, host, port)

    monkeypatch.setattr(loopback, "_listening_socket", listening_socket)
    sockets = loopback._bind_loopback((40001, 0))
    try:
        assert sockets[0].getsockname()[1] not in (0, 40001)
    finally:
        for sock in sockets:
            sock.close()

    def unusable(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
        raise OSError(errno.EAFNOSUPPORT, "no IPv4 at all")

    monkeypatch.setattr(loopback, "_listening_socket", unusable)
    with pytest.raises(ProblemError) as raised:
        loopback._bind_loopback((0,))
    assert raised.value.problem.kind is ProblemKind.NETWORK_BLOCKED


def test_no_ipv6_on_this_computer_means_ipv4_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from hubspot_setup.services import loopback

    real = loopback._listening_socket

    def listening_socket(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
        if family == socket.AF_INET6:
            raise OSError(errno.EADDRNOTAVAIL, "Cannot assign requested address")
        return real(family, host, port)

    monkeypatch.setattr(loopback, "_listening_socket", listening_socket)
    sockets = loopback._bind_loopback((0,))
    try:
        assert [sock.family for sock in sockets] == [socket.AF_INET]
    finally:
        for sock in sockets:
            sock.close()
