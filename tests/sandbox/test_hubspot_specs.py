"""What the simulated HubSpot serves must match HubSpot's own OpenAPI specs.

The specs are read, unchanged, from ../shared/reference/hubspot-openapi. One adjustment is made
in memory: HubSpot's message subtypes (`x-hubspot-sub-type-impl`) list their own parent
`PublicMessage` (a `oneOf` of the subtypes) inside `allOf`, a cycle that would make any
validator recurse forever; the parent is dropped from those `allOf` lists, keeping every
concrete constraint.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jsonschema
import pytest
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4
from sandbox_helpers import api

from hubspot_setup.sandbox.server import RunningSandbox

SPECS = Path(__file__).resolve().parents[3] / "shared" / "reference" / "hubspot-openapi"
if not SPECS.is_dir():  # a checkout elsewhere: the shared folder beside the repository
    SPECS = Path("/work/shared/reference/hubspot-openapi")


def _drop_parent_cycles(document: dict[str, Any]) -> dict[str, Any]:
    schemas = document["components"]["schemas"]
    for schema in schemas.values():
        parts = schema.get("allOf")
        if parts and any(part.get("x-hubspot-sub-type-impl") for part in parts):
            schema["allOf"] = [p for p in parts if "$ref" not in p]
    return document


def _load(name: str) -> dict[str, Any]:
    document: dict[str, Any] = json.loads((SPECS / name).read_text(encoding="utf-8"))
    return _drop_parent_cycles(document)


def _validator(spec: str) -> Callable[[Any, str], None]:
    document = _load(spec)
    uri = f"urn:hubspot:{spec}"
    registry: Registry[Any] = Registry().with_resource(
        uri, Resource.from_contents(document, default_specification=DRAFT4)
    )

    def check(instance: Any, schema_name: str) -> None:
        assert schema_name in document["components"]["schemas"], schema_name
        schema = {"$ref": f"{uri}#/components/schemas/{schema_name}"}
        jsonschema.Draft4Validator(schema, registry=registry).validate(instance)

    return check


def _response_schema(spec: str, path: str, method: str, status: str) -> str:
    operation = _load(spec)["paths"][path][method]
    ref: str = operation["responses"][status]["content"]["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[1]


@pytest.fixture
def connected(sandbox: RunningSandbox) -> tuple[RunningSandbox, dict[str, str]]:
    """The default sandbox with a conversation in its inbox, and the legacy token's header."""
    with api(sandbox) as client:
        client.put(
            "/v1/integrations/hubspot/legacy/credentials",
            json={"private_app_token": sandbox.legacy_private_app_token, "default_user_id": "7001"},
        )
        run = client.post("/v1/test-runs", json={"channel": "email"}).json()
        client.post(f"/v1/test-runs/{run['id']}/handoff", json={})
        httpx.post(f"{sandbox.base_url}/_sandbox/customer", json={"channel": "email"})
        done = False
        while not done:
            done = client.get(f"/v1/test-runs/{run['id']}/events", params={"wait": 5}).json()[
                "done"
            ]
    return sandbox, {"Authorization": f"Bearer {sandbox.legacy_private_app_token}"}


def test_owners_match_the_owners_spec(connected: tuple[RunningSandbox, dict[str, str]]) -> None:
    sandbox, auth = connected
    check = _validator("crm-owners-v3.json")
    schema = _response_schema("crm-owners-v3.json", "/crm/v3/owners", "get", "200")
    first = httpx.get(f"{sandbox.hubspot_api_url}/crm/v3/owners", params={"limit": 2}, headers=auth)
    check(first.json(), schema)
    assert first.json()["paging"]["next"]["after"]
    assert first.headers["X-HubSpot-RateLimit-Max"] == "190"
    assert first.headers["X-HubSpot-RateLimit-Interval-Milliseconds"] == "10000"
    last = httpx.get(
        f"{sandbox.hubspot_api_url}/crm/v3/owners",
        params={"after": first.json()["paging"]["next"]["after"]},
        headers=auth,
    )
    check(last.json(), schema)
    assert "paging" not in last.json()
    unauthorised = httpx.get(f"{sandbox.hubspot_api_url}/crm/v3/owners")
    assert unauthorised.status_code == 401
    check(unauthorised.json(), "Error")


def test_account_details_match_the_spec(connected: tuple[RunningSandbox, dict[str, str]]) -> None:
    sandbox, auth = connected
    check = _validator("account-info-v3.json")
    body = httpx.get(f"{sandbox.hubspot_api_url}/account-info/v3/details", headers=auth).json()
    check(body, _response_schema("account-info-v3.json", "/account-info/v3/details", "get", "200"))
    assert body["portalId"] == 1020304


def test_conversations_match_the_spec(connected: tuple[RunningSandbox, dict[str, str]]) -> None:
    sandbox, auth = connected
    spec = "conversations-v3.json"
    check = _validator(spec)
    base = f"{sandbox.hubspot_api_url}/conversations/v3/conversations"
    inboxes = httpx.get(f"{base}/inboxes", headers=auth).json()
    check(inboxes, _response_schema(spec, "/conversations/v3/conversations/inboxes", "get", "200"))
    threads = httpx.get(f"{base}/threads", headers=auth).json()
    check(threads, _response_schema(spec, "/conversations/v3/conversations/threads", "get", "200"))
    thread_id = threads["results"][0]["id"]
    messages = httpx.get(f"{base}/threads/{thread_id}/messages", headers=auth).json()
    path = "/conversations/v3/conversations/threads/{threadId}/messages"
    check(messages, _response_schema(spec, path, "get", "200"))
    kinds = [m["type"] for m in messages["results"]]
    assert kinds == ["MESSAGE", "MESSAGE", "COMMENT"]  # customer, AI reply, handoff note
    reply = messages["results"][1]
    assert reply["senders"][0]["actorId"] == "A-7001"
    assert reply["direction"] == "OUTGOING"
    missing = httpx.get(f"{base}/threads/999/messages", headers=auth)
    assert missing.status_code == 404
    check(missing.json(), "Error")


def test_tokens_match_the_oauth_spec(sandbox: RunningSandbox) -> None:
    """The backend's leg: HubSpot's code exchange and token introspection."""
    from hubspot_setup.sandbox import hubspot as simulated

    check = _validator("oauth-v1.json")
    with api(sandbox) as client:
        install = client.post(
            "/v1/integrations/hubspot/oauth/installs",
            json={"return_to": "http://127.0.0.1:9/cb", "state": "s"},
        ).json()
    # Stop at HubSpot's redirect to the relay to take the code, as the backend would.
    with httpx.Client() as browser:
        page = browser.get(install["authorize_url"])
        assert page.status_code == 200
        query = {k: v[0] for k, v in parse_qs(urlsplit(install["authorize_url"]).query).items()}
        answer = browser.post(
            f"{sandbox.base_url}/hubspot-app/oauth/authorize",
            data={
                "client_id": query["client_id"],
                "redirect_uri": query["redirect_uri"],
                "state": query["state"],
                "portal_id": "1020304",
                "action": "approve",
            },
        )
    code = parse_qs(urlsplit(answer.headers["location"]).query)["code"][0]
    token = httpx.post(
        f"{sandbox.hubspot_api_url}/oauth/v1/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": query["redirect_uri"],
            "client_id": simulated.CLIENT_ID,
            "client_secret": simulated.CLIENT_SECRET,
        },
    ).json()
    check(token, _response_schema("oauth-v1.json", "/oauth/v1/token", "post", "200"))
    assert "conversations.write" in token["scopes"]
    assert token["hub_id"] == 1020304
    info = httpx.get(f"{sandbox.hubspot_api_url}/oauth/v1/access-tokens/{token['access_token']}")
    check(
        info.json(),
        _response_schema("oauth-v1.json", "/oauth/v1/access-tokens/{token}", "get", "200"),
    )
    reused = httpx.post(
        f"{sandbox.hubspot_api_url}/oauth/v1/token",
        data={
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": query["redirect_uri"],
            "client_id": simulated.CLIENT_ID,
            "client_secret": simulated.CLIENT_SECRET,
        },
    )
    assert reused.status_code == 400
    check(reused.json(), "Error")
    assert reused.json()["status"] == "BAD_AUTH_CODE"
    assert reused.json()["error"] == "invalid_grant"
    with_token = httpx.get(
        f"{sandbox.hubspot_api_url}/crm/v3/owners",
        headers={"Authorization": f"Bearer {token['access_token']}"},
    )
    assert with_token.status_code == 200


def test_private_app_token_info(sandbox: RunningSandbox) -> None:
    url = f"{sandbox.hubspot_api_url}/oauth/v2/private-apps/get/access-token-info"
    info = httpx.post(url, json={"tokenKey": sandbox.legacy_private_app_token}).json()
    assert set(info) == {"userId", "hubId", "appId", "scopes"}
    assert info["hubId"] == 1020304
    wrong = httpx.post(url, json={"tokenKey": "pat-na1-00000000-0000-0000-0000-000000000000"})
    assert wrong.status_code == 401
    assert wrong.json()["category"] == "INVALID_AUTHENTICATION"
    assert httpx.post(url, content=b"{").status_code == 400
