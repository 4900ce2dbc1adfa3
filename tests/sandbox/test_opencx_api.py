"""The simulated OpenCX API: sign-in, bad input of every kind, idempotency and write counts."""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from sandbox_helpers import Catcher, api, state

from fixtures.sandbox import approve_in_sandbox
from hubspot_setup.sandbox.server import RunningSandbox

HS = "/v1/integrations/hubspot"


def _pkce() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


def sign_in(sandbox: RunningSandbox, redirect_uri: str, *, action: str = "approve") -> dict:
    verifier, challenge = _pkce()
    query = urlencode(
        {
            "response_type": "code",
            "client_id": "hubspot-setup",
            "redirect_uri": redirect_uri,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "st-1",
            "scope": "hubspot.setup",
        }
    )
    final = approve_in_sandbox(f"{sandbox.opencx_url}/oauth/authorize?{query}", action=action)
    params = {k: v[0] for k, v in parse_qs(urlsplit(final).query).items()}
    assert params["state"] == "st-1"
    if action != "approve":
        return params
    response = httpx.post(
        f"{sandbox.opencx_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": params["code"],
            "redirect_uri": redirect_uri,
            "client_id": "hubspot-setup",
            "code_verifier": verifier,
        },
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_sign_in_with_pkce_refresh_and_revoke(sandbox: RunningSandbox, catcher: Catcher) -> None:
    tokens = sign_in(sandbox, catcher.url)
    assert catcher.paths
    assert catcher.paths[0].startswith("/callback?code=")
    assert tokens["token_type"] == "Bearer"
    assert tokens["expires_in"] == 3600
    with api(sandbox, tokens["access_token"]) as client:
        assert client.get("/v1/me").json()["role"] == "admin"
    refreshed = httpx.post(
        f"{sandbox.opencx_url}/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": "hubspot-setup",
        },
    ).json()
    assert refreshed["refresh_token"] != tokens["refresh_token"]
    # The refresh token rotated: the old one is single use.
    replay = httpx.post(
        f"{sandbox.opencx_url}/oauth/token",
        data={
            "grant_type": "refresh_token",
            "refresh_token": tokens["refresh_token"],
            "client_id": "hubspot-setup",
        },
    )
    assert replay.status_code == 400
    assert replay.json()["error"] == "invalid_grant"
    revoked = httpx.post(
        f"{sandbox.opencx_url}/oauth/revoke",
        data={"token": refreshed["access_token"], "client_id": "hubspot-setup"},
    )
    assert revoked.status_code == 200
    assert revoked.json() == {}
    with api(sandbox, refreshed["access_token"]) as client:
        assert client.get("/v1/me").json()["error"]["code"] == "unauthorized"


def test_sign_in_cancel_and_bad_requests(sandbox: RunningSandbox) -> None:
    params = sign_in(sandbox, "http://127.0.0.1:9/callback", action="deny")
    assert params["error"] == "access_denied"
    # A non-loopback redirect URI gets an error page, never a redirect.
    bad = httpx.get(
        f"{sandbox.opencx_url}/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": "hubspot-setup",
            "redirect_uri": "https://evil.example/cb",
            "code_challenge": "x" * 43,
            "code_challenge_method": "S256",
        },
    )
    assert bad.status_code == 400
    assert "location" not in bad.headers
    assert "<script" not in bad.text
    wrong_verifier = httpx.post(
        f"{sandbox.opencx_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": "nope",
            "redirect_uri": "http://127.0.0.1:9/",
            "client_id": "hubspot-setup",
            "code_verifier": "v" * 43,
        },
    )
    assert wrong_verifier.status_code == 400
    assert wrong_verifier.json()["error"] == "invalid_grant"


def test_code_is_single_use_and_needs_the_right_verifier(
    sandbox: RunningSandbox, catcher: Catcher
) -> None:
    verifier, challenge = _pkce()
    query = urlencode(
        {
            "response_type": "code",
            "client_id": "hubspot-setup",
            "redirect_uri": catcher.url,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "state": "s",
        }
    )
    final = approve_in_sandbox(f"{sandbox.opencx_url}/oauth/authorize?{query}")
    code = parse_qs(urlsplit(final).query)["code"][0]
    form = {
        "grant_type": "authorization_code",
        "code": code,
        "redirect_uri": catcher.url,
        "client_id": "hubspot-setup",
        "code_verifier": "w" * 43,
    }
    assert httpx.post(f"{sandbox.opencx_url}/oauth/token", data=form).status_code == 400
    # The failed attempt used the code up (as RFC 6749 recommends), so the right verifier
    # cannot redeem it any more either.
    form["code_verifier"] = verifier
    assert httpx.post(f"{sandbox.opencx_url}/oauth/token", data=form).status_code == 400


@pytest.mark.parametrize(
    ("headers", "content", "status", "code"),
    [
        ({"Content-Type": "application/json"}, b"{not json", 400, "malformed_json"),
        ({"Content-Type": "application/json"}, b"[1, 2]", 400, "malformed_json"),
        ({"Content-Type": "text/plain"}, b'{"enabled": true}', 415, "unsupported_media_type"),
        ({"Content-Type": "application/json"}, b'{"enabled": "yes"}', 422, "validation_failed"),
        ({"Content-Type": "application/json"}, b'{"enabled": 1}', 422, "validation_failed"),
        (
            {"Content-Type": "application/json"},
            b'{"enabled": true, "x": 1}',
            422,
            "validation_failed",
        ),
        ({"Content-Type": "application/json"}, b"{}", 422, "validation_failed"),
        (
            {"Content-Type": "application/json"},
            b'{"enabled": true, "pad": "' + b"a" * 70_000 + b'"}',
            413,
            "payload_too_large",
        ),
    ],
)
def test_bad_bodies_change_nothing(
    sandbox: RunningSandbox, headers: dict[str, str], content: bytes, status: int, code: str
) -> None:
    with api(sandbox) as client:
        before = state(sandbox)
        response = client.put("/v1/autopilot/email", content=content, headers=headers)
        assert response.status_code == status, response.text
        body = response.json()
        assert body["error"]["code"] == code
        assert body["error"]["message"]
        assert state(sandbox)["autopilot"] == before["autopilot"]
        assert state(sandbox)["write_counts"] == {}
        # The server keeps serving.
        assert client.get("/v1/autopilot").status_code == 200


def test_validation_failed_names_the_fields(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        response = client.put("/v1/autopilot/email", json={"enabled": "yes", "extra": 1})
    fields = response.json()["error"]["details"]["fields"]
    assert set(fields) == {"enabled", "extra"}


@pytest.mark.parametrize(
    "authorization", [None, "Bearer nope", "Basic abc", "Bearer ocx_key_sandbox_wrong"]
)
def test_missing_or_wrong_auth(sandbox: RunningSandbox, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = httpx.put(
        f"{sandbox.opencx_url}/v1/autopilot/email", json={"enabled": False}, headers=headers
    )
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert state(sandbox)["autopilot"]["email"] is True


def test_unknown_route_and_method(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        assert client.get("/v1/nothing").json()["error"]["code"] == "not_found"
        wrong = client.delete("/v1/autopilot")
        assert wrong.status_code == 405
        assert wrong.json()["error"]["code"] == "method_not_allowed"
        assert client.put("/v1/autopilot/fax", json={"enabled": True}).status_code == 404


def test_disconnect_needs_the_confirmation_word(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    sandbox = sandbox_factory("already-connected")
    with api(sandbox) as client:
        refused = client.post(f"{HS}/disconnect", json={"confirm": "delete"})
        assert refused.status_code == 422
        assert refused.json()["error"]["code"] == "confirmation_required"
        assert state(sandbox)["integration"]["status"] == "connected"
        done = client.post(f"{HS}/disconnect", json={"confirm": "DELETE"})
        assert done.json() == {"status": "not_connected", "legacy_note": None}
        again = client.post(f"{HS}/disconnect", json={"confirm": "DELETE"})
        assert again.status_code == 409
        assert again.json()["error"]["code"] == "not_connected"
    assert state(sandbox)["write_counts"] == {"POST /v1/integrations/hubspot/disconnect": 1}


def test_idempotency_key_replays_and_refuses_reuse(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        key = {"Idempotency-Key": "sig-1"}
        body = {"pattern": "open.cx", "html": "<b>Ada</b>"}
        first = client.post(f"{HS}/signatures", json=body, headers=key)
        again = client.post(f"{HS}/signatures", json=body, headers=key)
        assert first.status_code == again.status_code == 201
        assert again.json() == first.json()
        assert again.headers["Idempotent-Replayed"] == "true"
        reused = client.post(f"{HS}/signatures", json={**body, "pattern": "*.nl"}, headers=key)
        assert reused.status_code == 422
        assert reused.json()["error"]["code"] == "idempotency_key_reused"
        bad_key = client.post(f"{HS}/signatures", json=body, headers={"Idempotency-Key": "k" * 129})
        assert bad_key.status_code == 422
        assert len(client.get(f"{HS}/signatures").json()["results"]) == 1
        # Without a key a repeat is a new request: a duplicate pattern.
        duplicate = client.post(f"{HS}/signatures", json=body)
        assert duplicate.status_code == 409
        assert duplicate.json()["error"]["code"] == "duplicate_pattern"
    assert state(sandbox)["write_counts"] == {"POST /v1/integrations/hubspot/signatures": 1}


def test_signatures_are_validated_and_sanitised(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        bad = client.post(f"{HS}/signatures", json={"pattern": "http://x", "html": ""})
        assert set(bad.json()["error"]["details"]["fields"]) == {"pattern", "html"}
        made = client.post(
            f"{HS}/signatures",
            json={"pattern": "*.NL", "html": '<p onclick="x()">Hi<script>alert(1)</script></p>'},
        ).json()
        assert made["pattern"] == "*.nl"
        assert "script" not in made["html"]
        assert "onclick" not in made["html"]
        edited = client.put(
            f"{HS}/signatures/{made['id']}", json={"pattern": "open.cx", "html": "<i>Bye</i>"}
        )
        assert edited.json()["pattern"] == "open.cx"
        assert client.delete(f"{HS}/signatures/{made['id']}").status_code == 204
        assert client.delete(f"{HS}/signatures/{made['id']}").status_code == 404


def test_sender_and_teammates_need_a_connection(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        assert client.get(f"{HS}/teammates").json()["error"]["code"] == "not_connected"
        assert client.put(f"{HS}/sender", json={"owner_id": "3001"}).status_code == 409
        assert client.post("/v1/test-runs", json={"channel": "email"}).status_code == 409


def test_legacy_credentials(sandbox: RunningSandbox) -> None:
    token = sandbox.legacy_private_app_token
    with api(sandbox) as client:
        info = client.get(f"{HS}/legacy").json()
        assert "conversations.write" in info["required_scopes"]
        assert len(info["subscriptions"]) == 3
        wrong = client.put(
            f"{HS}/legacy/credentials",
            json={"private_app_token": "pat-na1-x", "default_user_id": "7001"},
        )
        assert wrong.json()["error"]["code"] == "invalid_token"
        nobody = client.put(
            f"{HS}/legacy/credentials", json={"private_app_token": token, "default_user_id": "1"}
        )
        assert nobody.json()["error"]["details"]["fields"].keys() == {"default_user_id"}
        saved = client.put(
            f"{HS}/legacy/credentials", json={"private_app_token": token, "default_user_id": "7001"}
        ).json()
        assert saved["method"] == "legacy"
        assert saved["default_user_id"] == "7001"
        assert not any(saved["workflow_actions"].values())
        again = client.put(
            f"{HS}/legacy/credentials", json={"private_app_token": token, "default_user_id": "7001"}
        )
        assert again.json()["error"]["code"] == "already_connected"
        gone = client.post(f"{HS}/disconnect", json={"confirm": "DELETE"}).json()
        assert "webhook subscriptions" in gone["legacy_note"]
    assert token not in str(state(sandbox)["write_counts"])


def test_requests_for_other_host_names_are_refused(sandbox: RunningSandbox) -> None:
    """DNS rebinding: a page whose domain now points at 127.0.0.1 cannot read the sandbox."""
    refused = httpx.get(sandbox.state_url, headers={"Host": "attacker.example"})
    assert refused.status_code == 400
    assert "api_key" not in refused.text
    assert httpx.get(sandbox.state_url, headers={"Host": "localhost"}).status_code == 200
