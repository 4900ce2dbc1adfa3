"""Issue 14: OpenCX's documented HubSpot message pipeline in the sandbox's test runs.

One scenario per cause, each stalling (or explaining) the right check with a machine `cause`;
the markers OpenCX writes; the handoff's ticket; at-most-once delivery and "watch for another
message"; the channels a test cannot run on; the inbox routing the inboxes route reports.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pytest
from sandbox_helpers import api, state

from hubspot_setup.sandbox.scenario import load_scenario
from hubspot_setup.sandbox.server import RunningSandbox


def _connect(sandbox: RunningSandbox) -> None:
    """OAuth is the other path's business: here a legacy connection with default user 7001."""
    with api(sandbox) as client:
        response = client.put(
            "/v1/integrations/hubspot/legacy/credentials",
            json={"private_app_token": sandbox.legacy_private_app_token, "default_user_id": "7001"},
        )
        assert response.status_code == 200, response.text


def _wait_until_done(client: httpx.Client, run_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        run: dict[str, Any] = client.get(f"/v1/test-runs/{run_id}").json()
        if run["status"] in {"passed", "failed"}:
            return run
        time.sleep(0.02)
    raise AssertionError(f"run {run_id} did not finish: {run}")


def _session_made(client: httpx.Client, run_id: str) -> dict[str, dict[str, Any]]:
    """The run's checks once OpenCX has made (or failed to make) its session."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        checks = _checks(client.get(f"/v1/test-runs/{run_id}").json())
        if checks["opencx_session"]["state"] != "pending":
            return checks
        time.sleep(0.01)
    raise AssertionError(f"run {run_id} made no session")


def _send(sandbox: RunningSandbox, channel: str) -> None:
    customer = "web" if channel == "web" else "email"
    sent = httpx.post(f"{sandbox.base_url}/_sandbox/customer", json={"channel": customer})
    assert sent.status_code == 202


def _run(sandbox: RunningSandbox, channel: str = "email") -> dict[str, Any]:
    with api(sandbox) as client:
        run = client.post("/v1/test-runs", json={"channel": channel}).json()
        client.post(f"/v1/test-runs/{run['id']}/handoff", json={})
        _send(sandbox, channel)
        return _wait_until_done(client, run["id"])


def _checks(run: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["id"]: check for check in run["checks"]}


# scenario, channel, run status, the check that did not pass, its state, cause, details
SCENARIOS = [
    (
        "thread-assigned-to-human",
        "email",
        "failed",
        "ai_reply_posted",
        "failed",
        "assigned_to_human",
        {"assignee": "Dana Reyes", "ai_teammate": "Ada Lovelace"},
    ),
    (
        "assist-mode-email",
        "email",
        "failed",
        "ai_reply_posted",
        "failed",
        "assist_mode",
        {"channel": "Email"},
    ),
    (
        "message-from-teammate",
        "email",
        "failed",
        "opencx_session",
        "failed",
        "ignored_sender",
        {"sender_kind": "teammate", "sender": "ada@acme.test"},
    ),
    ("webhook-dropped", "email", "failed", "opencx_session", "failed", "webhook_dropped", {}),
    (
        "handoff-topic",
        "email",
        "passed",
        "ai_reply_posted",
        "skipped",
        "handoff_topic",
        {"topic": "Order questions"},
    ),
    (
        "ticket-creation-off",
        "email",
        "passed",
        "handoff_ticket",
        "skipped",
        "ticket_creation_off",
        {},
    ),
    (
        "contact-without-email",
        "web",
        "failed",
        "handoff_ticket",
        "failed",
        "contact_without_email",
        {},
    ),
]


@pytest.mark.parametrize(
    ("scenario", "channel", "status", "check_id", "check_state", "cause", "details"),
    SCENARIOS,
    ids=[row[0] for row in SCENARIOS],
)
def test_each_cause_stops_or_explains_the_right_check(
    sandbox_factory: Callable[..., RunningSandbox],
    scenario: str,
    channel: str,
    status: str,
    check_id: str,
    check_state: str,
    cause: str,
    details: dict[str, str],
) -> None:
    sandbox = sandbox_factory(scenario)
    _connect(sandbox)
    run = _run(sandbox, channel)
    checks = _checks(run)
    assert run["status"] == status
    first_not_passed = next(c for c in run["checks"] if c["state"] != "passed")
    assert first_not_passed["id"] == check_id
    assert checks[check_id]["state"] == check_state
    assert checks[check_id]["cause"] == cause
    assert checks[check_id]["details"] == details
    assert checks[check_id]["explanation"]  # the backend's own words too
    later = [c for c in run["checks"] if c["state"] == "skipped" and c["id"] != check_id]
    if status == "failed":  # the pipeline stopped: every later check was never reached
        assert all(c["cause"] == "not_reached" for c in later)


def test_default_writes_opencx_markers_and_a_tagged_ticket(sandbox: RunningSandbox) -> None:
    _connect(sandbox)
    run = _run(sandbox)
    checks = _checks(run)
    assert run["status"] == "passed"
    assert all(c["state"] == "passed" and c["cause"] is None for c in run["checks"])
    assert checks["handoff_ticket"]["details"] == {"assignee": "Ada Lovelace"}
    ticket_page = httpx.get(checks["handoff_ticket"]["link"])
    assert ticket_page.status_code == 200
    assert "opencx_handedoff" in ticket_page.text
    assert "Ada Lovelace" in ticket_page.text
    tickets = state(sandbox)["tickets"]
    assert isinstance(tickets, list)
    assert tickets[0]["tags"] == ["opencx_handedoff"]
    assert tickets[0]["owner_id"] == "3001"  # the default user (user id 7001)
    # HubSpot's own conversations API shows the markers OpenCX writes.
    thread_id = checks["conversation_in_hubspot"]["link"].rsplit("/", 1)[1]
    token = {"Authorization": f"Bearer {sandbox.legacy_private_app_token}"}
    messages = httpx.get(
        f"{sandbox.hubspot_api_url}/conversations/v3/conversations/threads/{thread_id}/messages",
        headers=token,
    ).json()["results"]
    reply, note = messages[1], messages[2]
    assert reply["type"] == "MESSAGE"
    assert reply["direction"] == "OUTGOING"
    assert reply["text"].endswith("<!-- OpenCX-AI-Response -->")
    assert note["type"] == "COMMENT"
    assert note["text"].startswith("🔄 AI decided to handoff")
    assert checks["opencx_session"]["link"] in note["text"]
    # The page a trainer opens hides the reply marker, as HubSpot does.
    assert "OpenCX-AI-Response" not in httpx.get(checks["conversation_in_hubspot"]["link"]).text


def test_assist_mode_drafts_an_internal_comment_with_the_marker(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("assist-mode-email")
    _connect(sandbox)
    run = _run(sandbox)
    thread_id = _checks(run)["conversation_in_hubspot"]["link"].rsplit("/", 1)[1]
    messages = httpx.get(
        f"{sandbox.hubspot_api_url}/conversations/v3/conversations/threads/{thread_id}/messages",
        headers={"Authorization": f"Bearer {sandbox.legacy_private_app_token}"},
    ).json()["results"]
    assert [m["type"] for m in messages] == ["MESSAGE", "COMMENT"]
    assert "<!-- OpenCX-AI-Response -->" in messages[1]["text"]
    # On web chat Assist Mode is off: the same scenario answers in public.
    assert _run(sandbox, "web")["status"] == "passed"


def test_an_ignored_message_makes_no_session(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("message-from-teammate")
    _connect(sandbox)
    run = _run(sandbox)
    thread_id = _checks(run)["conversation_in_hubspot"]["link"].rsplit("/", 1)[1]
    assert httpx.get(f"{sandbox.opencx_url}/inbox/sessions/ses_{thread_id}").status_code == 404


def test_a_dropped_message_is_fixed_by_watching_for_another_in_the_same_run(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("webhook-dropped")
    _connect(sandbox)
    with api(sandbox) as client:
        run = client.post("/v1/test-runs", json={"channel": "email"}).json()
        _send(sandbox, "email")
        lost = _wait_until_done(client, run["id"])
        assert _checks(lost)["opencx_session"]["cause"] == "webhook_dropped"
        watched = client.post(f"/v1/test-runs/{run['id']}/watch", json={})
        assert watched.status_code == 202
        again = watched.json()
        assert again["id"] == run["id"]
        assert again["status"] == "waiting"
        assert again["last_seq"] == lost["last_seq"] + 6  # every check back to pending
        assert all(c["state"] == "pending" and c["cause"] is None for c in again["checks"])
        client.post(f"/v1/test-runs/{run['id']}/handoff", json={})
        _send(sandbox, "email")
        assert _wait_until_done(client, run["id"])["status"] == "passed"
        events = client.get(
            f"/v1/test-runs/{run['id']}/events", params={"after": again["last_seq"], "wait": 0}
        ).json()["events"]
    assert [e["check"]["state"] for e in events] == ["passed"] * 6


@pytest.mark.parametrize("channel", ["sms", "whatsapp", "phone"])
def test_channels_without_a_hubspot_conversation_are_refused(
    sandbox: RunningSandbox, channel: str
) -> None:
    _connect(sandbox)
    with api(sandbox) as client:
        response = client.post("/v1/test-runs", json={"channel": channel})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "channel_not_testable"
    assert error["details"] == {"channel": channel}
    assert "only gets a ticket" in error["message"]


def test_the_inboxes_route_tells_whom_routing_assigns_new_conversations(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    assigned = sandbox_factory("thread-assigned-to-human")
    healthy = sandbox_factory("default")
    for running in (assigned, healthy):
        _connect(running)
    with api(assigned) as client:
        inboxes = client.get("/v1/integrations/hubspot/inboxes").json()["results"]
    assert {i["routing"]["assigns_to"]["email"] for i in inboxes} == {"dana.reyes@acme.test"}
    with api(healthy) as client:
        inboxes = client.get("/v1/integrations/hubspot/inboxes").json()["results"]
    assert all(i["routing"] == {"assigns_to": None} for i in inboxes)


def test_email_waits_five_seconds_times_the_time_scale(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    """OpenCX lets its other email workflows finish first; chat goes straight on.

    Measured on the sandbox's own clock (the checks' times), between the conversation
    appearing in HubSpot and the OpenCX session: an email's gap can never be shorter than
    the two delays, and a chat's leaves out the email delay, with half a second to spare for
    a busy machine."""
    scale = 0.1
    sandbox = sandbox_factory("default", time_scale=scale)
    timing = load_scenario("default").timing
    _connect(sandbox)
    gaps = {}
    for channel in ("email", "web"):
        with api(sandbox) as client:
            run = client.post("/v1/test-runs", json={"channel": channel}).json()
            _send(sandbox, channel)
            checks = _session_made(client, run["id"])
        made = datetime.fromisoformat(checks["opencx_session"]["at"])
        seen = datetime.fromisoformat(checks["conversation_in_hubspot"]["at"])
        gaps[channel] = (made - seen).total_seconds()
    session, email_delay = timing.session * scale, timing.email_delay * scale
    assert email_delay == 0.5
    # The times are kept to the millisecond, so either end may be rounded by half of one.
    assert gaps["email"] >= session + email_delay - 0.001
    assert gaps["web"] < session + email_delay
