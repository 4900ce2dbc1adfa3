"""Every scenario loads, is listed, and shows what makes it different."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sandbox_helpers import api, state

from hubspot_setup.sandbox import scenario_names
from hubspot_setup.sandbox.scenario import ScenarioError, load_scenario, parse_scenario
from hubspot_setup.sandbox.server import RunningSandbox

HS = "/v1/integrations/hubspot"
EXPECTED = {
    "default",
    "opencx-member",
    "hubspot-not-admin",
    "no-service-hub",
    "consent-insufficient-scopes",
    "consent-missing-features",
    "consent-no-install-permission",
    "token-missing-scope",
    "session-expires",
    "autopilot-email-off",
    "ai-reply-fails",
    "webhook-fails",
    "owners-rate-limited",
    "slow-network",
    "many-teammates",
    "already-connected",
    "reconnect-required",
    "legacy-connected",
    "starter-portal",
    "developer-test-portal",
    "public-error-shape",
    "limited-api-key",
    "opencx-maintenance",
    "thread-assigned-to-human",
    "assist-mode-email",
    "message-from-teammate",
    "webhook-dropped",
    "handoff-topic",
    "ticket-creation-off",
    "contact-without-email",
}


def test_all_scenarios_exist_and_load() -> None:
    assert set(scenario_names()) == EXPECTED
    for name in scenario_names():
        scenario = load_scenario(name)
        assert scenario.name == name
        assert scenario.description


def test_scenarios_are_listed(sandbox: RunningSandbox) -> None:
    listed = httpx.get(f"{sandbox.base_url}/_sandbox/scenarios").json()["scenarios"]
    assert {s["name"] for s in listed} == EXPECTED
    assert [s["name"] for s in listed if s["active"]] == ["default"]


def test_bad_scenarios_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="Unknown scenario"):
        load_scenario("nope")
    with pytest.raises(ScenarioError, match="not valid TOML"):
        parse_scenario("name = ", source="x")
    with pytest.raises(ScenarioError, match="not valid"):
        parse_scenario('name = "x"\ndescription = "y"\nsurprise = 1', source="x")
    custom = tmp_path / "mine.toml"
    custom.write_text('name = "mine"\ndescription = "Mine."\n[opencx]\nrole = "owner"\n')
    assert load_scenario(custom).opencx.role == "owner"


def test_default_is_healthy(sandbox: RunningSandbox) -> None:
    data = state(sandbox)
    # What HubSpot's account-info tells; no Service Hub tier is ever served.
    assert data["portals"][0]["account_type"] == "standard"
    assert "service_hub_tier" not in data["portals"][0]
    assert data["user"]["role"] == "admin"
    assert all(data["autopilot"].values())
    assert data["integration"]["status"] == "not_connected"
    assert data["legacy_private_app_token"].startswith("pat-na1-")
    assert data["opencx_api_url"] == sandbox.opencx_url
    assert data["hubspot_api_url"] == sandbox.hubspot_api_url
    assert data["api_key"] == sandbox.api_key


def test_opencx_member_is_refused(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    with api(sandbox_factory("opencx-member")) as client:
        assert client.get("/v1/me").json()["role"] == "member"
        refused = client.get(HS)
        assert refused.status_code == 403
        assert refused.json()["error"] == {
            "code": "forbidden_role",
            "message": refused.json()["error"]["message"],
            "details": {"role": "member"},
        }
        assert client.put("/v1/autopilot/email", json={"enabled": False}).status_code == 403


def test_token_missing_scope(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sandbox = sandbox_factory("token-missing-scope")
    with api(sandbox) as client:
        refused = client.put(
            f"{HS}/legacy/credentials",
            json={"private_app_token": sandbox.legacy_private_app_token, "default_user_id": "7001"},
        )
    assert refused.status_code == 422
    assert refused.json()["error"]["details"]["missing"] == ["conversations.write"]
    info = httpx.post(
        f"{sandbox.hubspot_api_url}/oauth/v2/private-apps/get/access-token-info",
        json={"tokenKey": sandbox.legacy_private_app_token},
    ).json()
    assert "conversations.write" not in info["scopes"]


def test_session_expires_then_refresh_works(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    from test_opencx_api import sign_in

    sandbox = sandbox_factory("session-expires")
    tokens = sign_in(sandbox, "http://127.0.0.1:9/callback")
    with api(sandbox, tokens["access_token"]) as client:
        assert [client.get("/v1/me").status_code for _ in range(3)] == [200, 200, 200]
        expired = client.get("/v1/me")
        assert expired.status_code == 401
        assert expired.json()["error"]["code"] == "session_expired"
    fresh = httpx.post(
        f"{sandbox.opencx_url}/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": "hubspot-setup",
        },
    ).json()
    with api(sandbox, fresh["access_token"]) as client:
        assert all(client.get("/v1/me").status_code == 200 for _ in range(5))


def test_owners_rate_limited(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sandbox = sandbox_factory("owners-rate-limited")
    owners = f"{sandbox.hubspot_api_url}/crm/v3/owners"
    auth = {"Authorization": f"Bearer {sandbox.legacy_private_app_token}"}
    limited = httpx.get(owners, headers=auth)
    assert limited.status_code == 429
    assert limited.json()["policyName"] == "TEN_SECONDLY_ROLLING"
    assert limited.headers["X-HubSpot-RateLimit-Remaining"] == "0"
    assert limited.headers["Retry-After"] == "1"
    with api(sandbox) as client:
        client.put(
            f"{HS}/legacy/credentials",
            json={"private_app_token": sandbox.legacy_private_app_token, "default_user_id": "7001"},
        )
        backend = client.get(f"{HS}/teammates")
        assert backend.status_code == 429
        assert backend.json()["error"]["code"] == "rate_limited"
        assert backend.headers["Retry-After"] == "1"
        assert client.get(f"{HS}/teammates").status_code == 200
    assert httpx.get(owners, headers=auth).status_code == 200


def test_slow_network_adds_latency(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sandbox = sandbox_factory("slow-network", time_scale=0.1)  # 3 s become 0.3 s
    with api(sandbox) as client:
        response = client.get("/v1/me")
    assert response.elapsed.total_seconds() >= 0.3
    assert state(sandbox)["time_scale"] == 0.1


def test_many_teammates_page(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sandbox = sandbox_factory("many-teammates")
    with api(sandbox) as client:
        client.put(
            f"{HS}/legacy/credentials",
            json={"private_app_token": sandbox.legacy_private_app_token, "default_user_id": "7001"},
        )
        seen: list[str] = []
        after: str | None = None
        while True:
            params = {"limit": 500} | ({"after": after} if after else {})
            page = client.get(f"{HS}/teammates", params=params).json()
            seen += [t["owner_id"] for t in page["results"]]
            if page["paging"] is None:
                break
            after = page["paging"]["next"]["after"]
        assert len(seen) == len(set(seen)) == 1200
        assert client.get(f"{HS}/teammates", params={"limit": 501}).status_code == 422


def test_already_connected(sandbox_factory: Callable[..., RunningSandbox]) -> None:
    sandbox = sandbox_factory("already-connected")
    integration = state(sandbox)["integration"]
    assert integration["status"] == "connected"
    assert integration["method"] == "oauth"
    assert integration["sender"]["owner_id"] == "3001"
    with api(sandbox) as client:
        assert client.get(f"{HS}/sender").json()["sender"]["email"] == "ada@acme.test"
        changed = client.put(f"{HS}/sender", json={"owner_id": "3002"})
        assert changed.json()["sender"]["owner_id"] == "3002"
        unknown = client.put(f"{HS}/sender", json={"owner_id": "99"})
        assert unknown.status_code == 422
        inboxes = client.get(f"{HS}/inboxes").json()["results"]
        assert {c["type"] for i in inboxes for c in i["channels"]} == {"email", "chat"}
