"""Test runs: the simulated customer's message, the six checks, SSE and long polling."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from sandbox_helpers import api, state

from hubspot_setup.sandbox.server import RunningSandbox

CHECKS = [
    "conversation_in_hubspot",
    "opencx_session",
    "ai_reply_posted",
    "handoff_triggered",
    "handoff_note",
    "handoff_ticket",
]


def _sse(
    client: httpx.Client,
    run_id: str,
    headers: dict[str, str] | None = None,
    stop_after: int | None = None,
) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Read the stream until `end` (or `stop_after` check events); (events, final run)."""
    events: list[dict[str, Any]] = []
    with client.stream(
        "GET",
        f"/v1/test-runs/{run_id}/events",
        headers={"Accept": "text/event-stream", **(headers or {})},
    ) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        kind, ident = None, None
        for line in response.iter_lines():
            if line.startswith("event: "):
                kind = line[7:]
            elif line.startswith("id: "):
                ident = int(line[4:])
            elif line.startswith("data: "):
                data = json.loads(line[6:])
                if kind == "end":
                    return events, data
                assert ident == data["seq"]
                events.append(data)
                if stop_after is not None and len(events) >= stop_after:
                    return events, None
    return events, None


def test_a_full_run_passes_in_order_over_sse(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("already-connected")
    with api(sandbox) as client:
        run = client.post("/v1/test-runs", json={"channel": "email"}).json()
        assert run["status"] == "waiting"
        assert [c["id"] for c in run["checks"]] == CHECKS
        assert client.post(f"/v1/test-runs/{run['id']}/handoff", json={}).status_code == 202
        sent = httpx.post(f"{sandbox.base_url}/_sandbox/customer", json={"channel": "email"})
        assert sent.status_code == 202
        events, final = _sse(client, run["id"])
    assert [e["seq"] for e in events] == [1, 2, 3, 4, 5, 6]
    assert sorted(e["check"]["id"] for e in events) == sorted(CHECKS)
    assert final is not None
    assert final["status"] == "passed"
    assert all(c["state"] == "passed" and c["link"] for c in final["checks"])
    # The checks' links open the simulated HubSpot thread and OpenCX session, which show the
    # customer's message, the AI reply and the handoff note in the same thread.
    links = {c["id"]: c["link"] for c in final["checks"]}
    assert links["conversation_in_hubspot"].startswith(f"{sandbox.base_url}/hubspot-app/")
    thread_page = httpx.get(links["conversation_in_hubspot"]).text
    assert "Thanks for your message" in thread_page
    assert "(internal note)" in thread_page
    session_page = httpx.get(links["opencx_session"])
    assert session_page.status_code == 200
    assert "Test Customer" in session_page.text
    assert httpx.get(f"{sandbox.opencx_url}/inbox/sessions/ses_0").status_code == 404
    thread = state(sandbox)["threads"][0]
    assert thread["messages"] == 3


def test_sse_resumes_after_last_event_id_without_loss_or_duplicates(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("already-connected")
    with api(sandbox) as client:
        run = client.post("/v1/test-runs", json={"channel": "web"}).json()
        client.post(f"/v1/test-runs/{run['id']}/handoff")
        httpx.post(f"{sandbox.base_url}/_sandbox/customer", json={"channel": "web"})
        first, _ = _sse(client, run["id"], stop_after=2)
        rest, final = _sse(client, run["id"], headers={"Last-Event-ID": str(first[-1]["seq"])})
    assert [e["seq"] for e in first + rest] == [1, 2, 3, 4, 5, 6]
    assert final is not None
    assert final["status"] == "passed"


def test_long_poll_returns_events_after_and_done(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("already-connected")
    with api(sandbox) as client:
        run = client.post("/v1/test-runs", json={"channel": "email"}).json()
        url = f"/v1/test-runs/{run['id']}/events"
        empty = client.get(url, params={"wait": 0}).json()
        assert empty == {"events": [], "done": False}
        httpx.post(f"{sandbox.base_url}/_sandbox/customer", json={"channel": "email"})
        client.post(f"/v1/test-runs/{run['id']}/handoff", json={})
        seen: list[int] = []
        done = False
        while not done:
            page = client.get(url, params={"after": seen[-1] if seen else 0, "wait": 5}).json()
            seen += [e["seq"] for e in page["events"]]
            done = page["done"]
        assert seen == [1, 2, 3, 4, 5, 6]
        assert client.get(f"/v1/test-runs/{run['id']}").json()["status"] == "passed"
        assert client.get(url, params={"wait": 99}).status_code == 422
        assert client.get("/v1/test-runs/run_nope").status_code == 404


def test_sse_sends_keep_alive_comments(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sandbox = sandbox_factory("already-connected", time_scale=0.01)  # keep-alive every 0.15 s
    with api(sandbox) as client:
        run = client.post("/v1/test-runs", json={"channel": "email"}).json()
        with client.stream(
            "GET", f"/v1/test-runs/{run['id']}/events", headers={"Accept": "text/event-stream"}
        ) as response:
            for line in response.iter_lines():
                if line == ": keep-alive":
                    break


def _finished_run(sandbox: RunningSandbox, channel: str = "email") -> dict[str, Any]:
    with api(sandbox) as client:
        run = client.post("/v1/test-runs", json={"channel": channel}).json()
        client.post(f"/v1/test-runs/{run['id']}/handoff", json={})
        httpx.post(
            f"{sandbox.base_url}/_sandbox/customer",
            json={"channel": "web" if channel == "web" else "email"},
        )
        _, final = _sse(client, run["id"])
    assert final is not None
    return final


def _check(run: dict[str, Any], check_id: str) -> dict[str, Any]:
    return next(c for c in run["checks"] if c["id"] == check_id)


def test_autopilot_off_explains_and_turning_it_on_fixes_it(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("autopilot-email-off")
    _connect_legacy(sandbox)
    failed = _finished_run(sandbox)
    reply = _check(failed, "ai_reply_posted")
    assert failed["status"] == "failed"
    assert reply["state"] == "failed"
    assert "Autopilot is off for Email" in reply["explanation"]
    with api(sandbox) as client:
        client.put("/v1/autopilot/email", json={"enabled": True})
    assert _finished_run(sandbox)["status"] == "passed"


def _connect_legacy(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        response = client.put(
            "/v1/integrations/hubspot/legacy/credentials",
            json={"private_app_token": sandbox.legacy_private_app_token, "default_user_id": "7001"},
        )
        assert response.status_code == 200, response.text


def test_webhook_fails_on_the_legacy_path(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sandbox = sandbox_factory("webhook-fails")
    _connect_legacy(sandbox)
    run = _finished_run(sandbox)
    session = _check(run, "opencx_session")
    assert session["state"] == "failed"
    assert "Webhooks" in session["explanation"]
    assert _check(run, "conversation_in_hubspot")["state"] == "passed"


def test_ai_reply_fails_with_an_explanation(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("ai-reply-fails")
    _connect_legacy(sandbox)
    reply = _check(_finished_run(sandbox, "web"), "ai_reply_posted")
    assert reply["state"] == "failed"
    assert "refused to post" in reply["explanation"]


def test_customer_rejects_bad_input(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.base_url}/_sandbox/customer"
    for body in ({"channel": "fax"}, {"channel": "email", "x": 1}, [1]):
        assert httpx.post(url, json=body).status_code == 422
    assert (
        httpx.post(url, content=b"{", headers={"Content-Type": "application/json"}).status_code
        == 422
    )
    page = httpx.get(url).text
    assert "Send a test message as a customer" in page
