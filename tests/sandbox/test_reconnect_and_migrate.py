"""The install relay's two extra cases, at the contract level: "reconnect_required" and a
legacy connection moved to OAuth in place, and the 409 portal_mismatch that keeps the approval
redeemable until the assistant confirms with allow_portal_change (docs/backend-api.md,
"Reconnecting and moving to OAuth")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from sandbox_helpers import api, state

from fixtures.sandbox import approve_in_sandbox
from hubspot_setup.sandbox.server import RunningSandbox

HS = "/v1/integrations/hubspot"
OTHER_PORTAL = 2030405


def approve(client: httpx.Client, portal_id: int | None = None) -> tuple[str, str]:
    """Start an install and approve it on the consent page: (install id, result)."""
    started = client.post(
        f"{HS}/oauth/installs", json={"return_to": "http://127.0.0.1:9/callback", "state": "s"}
    )
    assert started.status_code == 201, started.text
    final = approve_in_sandbox(started.json()["authorize_url"], portal_id=portal_id, deliver=False)
    result = parse_qs(urlsplit(final).query)["result"][0]
    return started.json()["install_id"], result


def complete(client: httpx.Client, install_id: str, result: str, **extra: Any) -> httpx.Response:
    return client.post(
        f"{HS}/oauth/installs/{install_id}/complete", json={"result": result, **extra}
    )


def test_reconnect_required_reads_as_such_and_blocks_hubspot_calls(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("reconnect-required")
    with api(sandbox) as client:
        integration = client.get(HS).json()
        assert integration["status"] == "reconnect_required"
        assert integration["reconnect_reason"] == "refresh_token_rejected"
        assert integration["method"] == "oauth"
        assert integration["portal"]["id"] == 1020304
        assert integration["sender"]["owner_id"] == "3002"
        assert not any(integration["workflow_actions"].values())
        for method, path, body in (
            ("GET", f"{HS}/teammates", None),
            ("GET", f"{HS}/inboxes", None),
            ("PUT", f"{HS}/sender", {"owner_id": "3001"}),
            ("POST", "/v1/test-runs", {"channel": "email"}),
        ):
            answer = client.request(method, path, json=body)
            assert answer.status_code == 409, (path, answer.text)
            assert answer.json()["error"]["code"] == "reconnect_required"
        # What does not need HubSpot still works.
        assert client.get("/v1/autopilot").status_code == 200
        assert client.get(f"{HS}/signatures").json()["results"]
        assert client.get(f"{HS}/sender").json()["sender"]["owner_id"] == "3002"


def test_reconnect_on_the_same_portal_keeps_the_settings(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("reconnect-required")
    before = state(sandbox)
    with api(sandbox) as client:
        install_id, result = approve(client)
        done = complete(client, install_id, result)
        assert done.status_code == 200, done.text
        integration = done.json()
        assert integration["status"] == "connected"
        assert integration["reconnect_reason"] is None
        assert integration["sender"]["owner_id"] == "3002"
        assert all(integration["workflow_actions"].values())
        assert client.get(f"{HS}/teammates").status_code == 200
        # The result is single use.
        assert complete(client, install_id, result).json()["error"]["code"] == "invalid_state"
    after = state(sandbox)
    assert after["signatures"] == before["signatures"]
    assert after["autopilot"] == before["autopilot"]


def test_another_portal_answers_409_until_confirmed(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("reconnect-required")
    before = state(sandbox)
    with api(sandbox) as client:
        install_id, result = approve(client, OTHER_PORTAL)
        for _ in range(2):  # refused without a change, and still redeemable afterwards
            refused = complete(client, install_id, result)
            assert refused.status_code == 409
            error = refused.json()["error"]
            assert error["code"] == "portal_mismatch"
            assert error["details"]["connected_portal"]["id"] == 1020304
            assert error["details"]["approved_portal"]["id"] == OTHER_PORTAL
            assert state(sandbox)["integration"] == before["integration"]
        moved = complete(client, install_id, result, allow_portal_change=True)
        assert moved.status_code == 200, moved.text
        assert moved.json()["portal"]["id"] == OTHER_PORTAL
        assert moved.json()["status"] == "connected"
        assert moved.json()["sender"] is None  # another portal's teammates
    after = state(sandbox)
    assert after["signatures"] == before["signatures"]
    assert after["autopilot"] == before["autopilot"]


def test_a_legacy_connection_moves_in_place(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("legacy-connected")
    before = state(sandbox)
    with api(sandbox) as client:
        assert client.get(HS).json()["method"] == "legacy"
        install_id, result = approve(client)
        moved = complete(client, install_id, result)
        assert moved.status_code == 200, moved.text
        integration = moved.json()
        assert integration["method"] == "oauth"
        assert integration["portal"]["id"] == before["portal"]["id"]
        assert integration["default_user_id"] == "7001"
        assert integration["sender"]["user_id"] == 7001
        assert all(integration["workflow_actions"].values())
        # Now a healthy OAuth connection: another install is refused as before.
        again = client.post(
            f"{HS}/oauth/installs", json={"return_to": "http://127.0.0.1:9/cb", "state": "t"}
        )
        assert again.status_code == 409
        assert again.json()["error"]["code"] == "already_connected"
    assert state(sandbox)["signatures"] == before["signatures"]


def test_a_legacy_move_to_another_portal_asks_too(
    sandbox_factory: Callable[..., RunningSandbox], tmp_path: Any
) -> None:
    scenario = tmp_path / "legacy-two-portals.toml"
    scenario.write_text(
        'name = "legacy-two-portals"\ndescription = "x"\n'
        '[integration]\nmethod = "legacy"\ndefault_user_id = "7001"\n'
        "[[hubspot.portals]]\nid = 1020304\n[[hubspot.portals]]\nid = 2030405\n",
        encoding="utf-8",
    )
    sandbox = sandbox_factory(str(scenario))
    with api(sandbox) as client:
        install_id, result = approve(client, OTHER_PORTAL)
        assert complete(client, install_id, result).json()["error"]["code"] == "portal_mismatch"
        assert client.get(HS).json()["method"] == "legacy"
        moved = complete(client, install_id, result, allow_portal_change=True).json()
        assert moved["portal"]["id"] == OTHER_PORTAL
        assert moved["default_user_id"] is None
        assert moved["sender"] is None


def test_a_healthy_oauth_connection_still_refuses_an_install(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("already-connected")
    with api(sandbox) as client:
        refused = client.post(
            f"{HS}/oauth/installs", json={"return_to": "http://127.0.0.1:9/cb", "state": "s"}
        )
        assert refused.status_code == 409
        assert refused.json()["error"]["code"] == "already_connected"
        assert client.get(HS).json()["reconnect_reason"] is None
