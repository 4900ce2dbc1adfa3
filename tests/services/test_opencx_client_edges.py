"""OpenCX client edge cases a real server cannot easily produce (respx)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
import respx

from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.opencx import OpenCXClient, SessionAuth
from hubspot_setup.services.opencx_models import RunEvent
from hubspot_setup.services.retry import RetryPolicy
from hubspot_setup.services.run_events import RunFinished

BASE = "https://api.open.cx"
ME = {
    "user": {"id": "u1", "email": "ada@acme.test", "name": "Ada"},
    "organization": {"id": "o1", "name": "Acme"},
    "role": "admin",
}
RULE = {"id": "r1", "pattern": "open.cx", "html": "<p>Hi</p>", "updated_at": None}


class Sleeps:
    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def policy(sleeps: Sleeps) -> RetryPolicy:
    return RetryPolicy(attempts=4, base_delay=0.5, max_delay=8, sleep=sleeps, jitter=lambda: 1.0)


@pytest.fixture
def router() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
async def client(policy: RetryPolicy) -> AsyncIterator[OpenCXClient]:
    http = make_http_client(proxies={})
    yield OpenCXClient(BASE, http, auth=SessionAuth("at-1", "rt-1"), retry=policy)
    await http.aclose()


def _error(status: int, code: str, headers: dict[str, str] | None = None) -> httpx.Response:
    body = {"error": {"code": code, "message": code, "details": {}}}
    return httpx.Response(status, json=body, headers=headers)


async def test_write_retried_after_503_reuses_its_idempotency_key(
    router: respx.MockRouter, client: OpenCXClient, sleeps: Sleeps
) -> None:
    route = router.post("/v1/integrations/hubspot/signatures").mock(
        side_effect=[
            _error(503, "unavailable", {"Retry-After": "2"}),
            httpx.Response(500, json={"error": {"code": "internal", "message": "x"}}),
            httpx.Response(201, json=RULE),
        ]
    )
    rule = await client.create_signature("open.cx", "<p>Hi</p>")
    assert rule.id == "r1"
    keys = {call.request.headers["Idempotency-Key"] for call in route.calls}
    assert route.call_count == 3
    assert len(keys) == 1  # one logical write, one key
    assert sleeps.calls == [2.0, 1.0]  # Retry-After, then backoff (jitter 1.0 * 0.5 * 2)


async def test_two_writes_get_different_keys(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    route = router.put("/v1/autopilot/email").mock(
        return_value=httpx.Response(200, json={"channel": "email", "enabled": True})
    )
    await client.set_autopilot("email", True)
    await client.set_autopilot("email", True)
    keys = [call.request.headers["Idempotency-Key"] for call in route.calls]
    assert len(set(keys)) == 2


async def test_429_with_long_retry_after_gives_up_as_rate_limited(
    router: respx.MockRouter, client: OpenCXClient, sleeps: Sleeps
) -> None:
    router.get("/v1/me").mock(return_value=_error(429, "rate_limited", {"Retry-After": "120"}))
    with pytest.raises(ProblemError) as caught:
        await client.me()
    assert caught.value.problem.kind is ProblemKind.RATE_LIMITED
    assert sleeps.calls == []  # 120 s is beyond the cap: tell the admin instead of freezing


async def test_connection_refused_then_success(
    router: respx.MockRouter, client: OpenCXClient, sleeps: Sleeps
) -> None:
    router.get("/v1/me").mock(
        side_effect=[httpx.ConnectError("refused"), httpx.Response(200, json=ME)]
    )
    me = await client.me()
    assert me.role == "admin"
    assert len(sleeps.calls) == 1


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (httpx.ReadTimeout("slow"), ProblemKind.TIMED_OUT),
        (httpx.ConnectError("refused"), ProblemKind.OFFLINE),
        (httpx.ReadError("connection reset by peer"), ProblemKind.OFFLINE),
    ],
)
async def test_persistent_transport_failure_ends_in_a_clear_problem(
    router: respx.MockRouter,
    client: OpenCXClient,
    sleeps: Sleeps,
    failure: Exception,
    kind: ProblemKind,
) -> None:
    route = router.get("/v1/integrations/hubspot").mock(side_effect=failure)
    with pytest.raises(ProblemError) as caught:
        await client.integration()
    assert caught.value.problem.kind is kind
    assert route.call_count == 4
    assert len(sleeps.calls) == 3


async def test_proxy_error_is_not_retried(
    router: respx.MockRouter, client: OpenCXClient, sleeps: Sleeps
) -> None:
    route = router.get("/v1/me").mock(side_effect=httpx.ProxyError("407 from proxy"))
    with pytest.raises(ProblemError) as caught:
        await client.me()
    assert caught.value.problem.kind is ProblemKind.NETWORK_BLOCKED
    assert route.call_count == 1


async def test_malformed_json_is_unexpected(router: respx.MockRouter, client: OpenCXClient) -> None:
    router.get("/v1/me").mock(return_value=httpx.Response(200, text="{not json"))
    with pytest.raises(ProblemError) as caught:
        await client.me()
    assert caught.value.problem.kind is ProblemKind.UNEXPECTED
    assert caught.value.problem.details is not None
    assert "GET /v1/me" in caught.value.problem.details


async def test_wrong_shape_is_unexpected_without_echoing_values(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    router.get("/v1/me").mock(
        return_value=httpx.Response(200, json={"user": "pat-na1-leaked", "role": 3})
    )
    with pytest.raises(ProblemError) as caught:
        await client.me()
    assert "pat-na1-leaked" not in repr(caught.value.problem)


async def test_expired_session_is_refreshed_once_and_replayed(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    stored: list[SessionAuth] = []
    client.on_tokens_refreshed = stored.append
    me_route = router.get("/v1/me").mock(
        side_effect=[_error(401, "session_expired"), httpx.Response(200, json=ME)]
    )
    token_route = router.post("/oauth/token").mock(
        return_value=httpx.Response(
            200, json={"access_token": "at-2", "refresh_token": "rt-2", "expires_in": 3600}
        )
    )
    me = await client.me()
    assert me.user.email == "ada@acme.test"
    assert token_route.call_count == 1
    form = dict(httpx.QueryParams(token_route.calls[0].request.content.decode()))
    assert form == {
        "grant_type": "refresh_token",
        "refresh_token": "rt-1",
        "client_id": "hubspot-setup",
    }
    assert [c.request.headers["Authorization"] for c in me_route.calls] == [
        "Bearer at-1",
        "Bearer at-2",
    ]
    assert [(a.access_token, a.refresh_token) for a in stored] == [("at-2", "rt-2")]


async def test_refresh_refused_means_signed_out(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    router.get("/v1/me").mock(return_value=_error(401, "session_expired"))
    router.post("/oauth/token").mock(
        return_value=httpx.Response(400, json={"error": "invalid_grant"})
    )
    with pytest.raises(ProblemError) as caught:
        await client.me()
    assert caught.value.problem.kind is ProblemKind.SIGNED_OUT


async def test_a_second_expiry_after_refresh_is_not_refreshed_again(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    router.get("/v1/me").mock(return_value=_error(401, "session_expired"))
    token_route = router.post("/oauth/token").mock(
        return_value=httpx.Response(200, json={"access_token": "at-2", "refresh_token": "rt-2"})
    )
    with pytest.raises(ProblemError) as caught:
        await client.me()
    assert caught.value.problem.kind is ProblemKind.SIGNED_OUT
    assert token_route.call_count == 1


# -- following a test run -----------------------------------------------------------------


def _check(seq: int, check: str, state: str = "passed") -> dict[str, object]:
    return {"seq": seq, "check": {"id": check, "state": state}}


def _sse(event: str, data: object, seq: int | None = None) -> bytes:
    head = f"id: {seq}\n" if seq is not None else ""
    return f"{head}event: {event}\ndata: {json.dumps(data)}\n\n".encode()


RUN = {
    "id": "run1",
    "channel": "email",
    "status": "passed",
    "created_at": "2026-11-30T10:00:00Z",
    "checks": [{"id": "conversation_in_hubspot", "state": "passed"}],
}


class DroppingStream(httpx.AsyncByteStream):
    """Sends some bytes, then the connection is cut."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = chunks

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            yield chunk
        raise httpx.ReadError("connection reset by peer")


async def test_sse_resumes_after_a_drop_without_duplicates(
    router: respx.MockRouter, client: OpenCXClient, sleeps: Sleeps
) -> None:
    sse = {"content-type": "text/event-stream"}
    first = httpx.Response(
        200,
        headers=sse,
        stream=DroppingStream(
            [b": keep-alive\n\n", _sse("check", _check(1, "conversation_in_hubspot"), 1)]
        ),
    )
    second = httpx.Response(
        200,
        headers=sse,
        content=_sse("check", _check(1, "conversation_in_hubspot"), 1)  # sent again: dropped
        + _sse("check", _check(2, "opencx_session"), 2)
        + _sse("end", RUN),
    )
    route = router.get("/v1/test-runs/run1/events").mock(side_effect=[first, second])
    updates = [update async for update in client.follow_test_run("run1")]
    seqs = [u.seq for u in updates if isinstance(u, RunEvent)]
    assert seqs == [1, 2]
    assert isinstance(updates[-1], RunFinished)
    assert "Last-Event-ID" not in route.calls[0].request.headers
    assert route.calls[1].request.headers["Last-Event-ID"] == "1"
    assert route.calls[1].request.headers["Accept"] == "text/event-stream"
    assert len(sleeps.calls) == 1  # a backoff before reconnecting


async def test_falls_back_to_long_poll_when_the_server_does_not_stream(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    pages = [
        {"events": [_check(1, "conversation_in_hubspot")], "done": False},
        {
            "events": [_check(1, "conversation_in_hubspot"), _check(2, "opencx_session")],
            "done": True,
        },
    ]
    seen_after: list[str | None] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("Accept") == "text/event-stream":
            return httpx.Response(200, json={"events": [], "done": False})  # a proxy buffered it
        seen_after.append(request.url.params.get("after"))
        return httpx.Response(200, json=pages[len(seen_after) - 1])

    router.get("/v1/test-runs/run1/events").mock(side_effect=answer)
    router.get("/v1/test-runs/run1").mock(return_value=httpx.Response(200, json=RUN))
    updates = [update async for update in client.follow_test_run("run1")]
    assert [u.seq for u in updates if isinstance(u, RunEvent)] == [1, 2]
    assert isinstance(updates[-1], RunFinished)
    assert seen_after == ["0", "1"]


async def test_stream_that_keeps_failing_ends_in_a_problem(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    router.get("/v1/test-runs/run1/events").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(ProblemError) as caught:
        _ = [update async for update in client.follow_test_run("run1")]
    assert caught.value.problem.kind is ProblemKind.OFFLINE


async def test_sse_data_lines_are_joined_and_comments_skipped(
    router: respx.MockRouter, client: OpenCXClient
) -> None:
    # A partial event at the end of a stream is not passed on: test_run_events_socket.py.
    stream = (
        ': keep-alive\n\nid: 1\r\nevent: check\ndata: {"seq": 1,\n'
        'data: "check": {"id": "conversation_in_hubspot", "state": "passed"}}\n\n'
        f"event: end\ndata: {json.dumps(RUN)}\n\n"
    )
    router.get("/v1/test-runs/run1/events").mock(
        return_value=httpx.Response(
            200, headers={"content-type": "text/event-stream"}, content=stream.encode()
        )
    )
    updates = [update async for update in client.follow_test_run("run1")]
    assert [u.seq for u in updates if isinstance(u, RunEvent)] == [1]
    assert isinstance(updates[-1], RunFinished)
