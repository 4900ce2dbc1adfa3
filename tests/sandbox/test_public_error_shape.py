"""Scenario `public-error-shape`: every OpenCX API error in OpenCX's published body, and the
sandbox's limited API key (`api_key_scopes`) and maintenance (`opencx_maintenance`).

OpenCX's public API answers errors as `{"statusCode", "message", "error"}` (`message` a string
or a list of strings). The routes are read from docs/backend-api.openapi.yaml, so a route added
to the contract is covered here without editing this file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import yaml
from sandbox_helpers import api

from hubspot_setup.sandbox.scenario import load_scenario
from hubspot_setup.sandbox.server import RunningSandbox

SPEC = Path(__file__).resolve().parents[2] / "docs" / "backend-api.openapi.yaml"
HS = "/v1/integrations/hubspot"
Start = Callable[..., RunningSandbox]


def _routes() -> list[tuple[str, str]]:
    """Every `/v1` route that needs a credential (`security: []` marks a public one, such as
    the release feed, which answers anyone and so has no credential error to give)."""
    paths = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["paths"]
    return [
        (method.upper(), re.sub(r"\{[^}]+\}", "x", path))
        for path, item in paths.items()
        for method, operation in item.items()
        if path.startswith("/v1/")
        and method in {"get", "post", "put", "delete"}
        and operation.get("security") != []
    ]


API_ROUTES = [route for route in _routes() if not route[1].endswith("/oauth/callback")]
GUARDED_ROUTES = [route for route in API_ROUTES if route[1] != "/v1/me"]


def _id(route: tuple[str, str]) -> str:
    return f"{route[0]} {route[1]}"


def _assert_public(response: httpx.Response, status: int) -> str | list[str]:
    body = response.json()
    assert response.status_code == status, response.text
    assert set(body) == {"statusCode", "message", "error"}, body
    assert body["statusCode"] == status
    assert isinstance(body["error"], str)
    assert body["error"]
    message = body["message"]
    assert (isinstance(message, str) and message) or (
        isinstance(message, list) and message and all(isinstance(m, str) for m in message)
    ), body
    return message  # type: ignore[no-any-return]


@pytest.fixture
def scenario_file(tmp_path: Path) -> Callable[..., str]:
    """A scenario like `public-error-shape` plus `[opencx]` lines and other sections."""

    def write(*opencx: str, extra: tuple[str, ...] = ()) -> str:
        lines = ['name = "variant"', 'description = "A variant."', "[opencx]"]
        lines += ['error_shape = "public"', *opencx, *extra]
        path = tmp_path / "variant.toml"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
def public(sandbox_factory: Start) -> RunningSandbox:
    return sandbox_factory("public-error-shape")


def _call(client: httpx.Client, method: str, path: str) -> httpx.Response:
    body = None if method in {"GET", "DELETE"} else {}
    return client.request(method, path, json=body)


@pytest.mark.parametrize("route", API_ROUTES, ids=_id)
def test_unauthorized_on_every_route(public: RunningSandbox, route: tuple[str, str]) -> None:
    with httpx.Client(base_url=public.opencx_url, trust_env=False, timeout=10) as client:
        answer = _call(client, *route)
    assert _assert_public(answer, 401) == "Sign in to OpenCX first."
    assert answer.json()["error"] == "Unauthorized"


@pytest.mark.parametrize("route", GUARDED_ROUTES, ids=_id)
def test_a_limited_key_is_refused_on_every_guarded_route(
    sandbox_factory: Start, scenario_file: Callable[..., str], route: tuple[str, str]
) -> None:
    sandbox = sandbox_factory(scenario_file("api_key_scopes = []"))
    with api(sandbox) as client:
        answer = _call(client, *route)
        assert client.get("/v1/me").status_code == 200  # any valid key may say who it is
    message = _assert_public(answer, 403)
    assert answer.json()["error"] == "Forbidden"
    if route[1].startswith("/v1/autopilot"):
        verb = "read" if route[0] == "GET" else "write"
        assert message == f"Missing scope: autopilot:{verb}"
    else:
        assert "full access" in str(message)


def test_a_key_with_the_scope_passes_and_the_browser_session_is_not_limited(
    sandbox_factory: Start,
) -> None:
    from test_opencx_api import sign_in

    sandbox = sandbox_factory("limited-api-key")
    with api(sandbox) as client:
        assert client.get("/v1/autopilot").status_code == 200
        assert client.put("/v1/autopilot/sms", json={"enabled": False}).status_code == 200
        refused = client.get(HS)
        assert refused.status_code == 403
        assert refused.json()["error"] == {
            "code": "insufficient_scope",
            "message": refused.json()["error"]["message"],
            "details": {"required_scope": None},
        }
    tokens = sign_in(sandbox, "http://127.0.0.1:9/callback")
    with api(sandbox, tokens["access_token"]) as client:
        assert client.get(HS).status_code == 200


@pytest.mark.parametrize("route", GUARDED_ROUTES, ids=_id)
def test_maintenance_on_every_route(
    sandbox_factory: Start, scenario_file: Callable[..., str], route: tuple[str, str]
) -> None:
    sandbox = sandbox_factory(scenario_file(extra=("[failures]", "opencx_maintenance = true")))
    with api(sandbox) as client:
        answer = _call(client, *route)
    assert "maintenance" in str(_assert_public(answer, 503))
    assert answer.json()["error"] == "Service Unavailable"
    assert answer.headers["Retry-After"] == "1"


def test_not_found_conflict_and_validation_in_the_public_shape(public: RunningSandbox) -> None:
    with api(public) as client:
        assert _assert_public(client.get("/v1/test-runs/nope"), 404) == "There is no such test run."
        assert _assert_public(client.get("/v1/no-such-route"), 404)
        assert _assert_public(client.put("/v1/autopilot/fax", json={"enabled": True}), 404)
        assert _assert_public(client.delete(f"{HS}/signatures/nope"), 404)
        done = client.post(f"{HS}/oauth/installs/nope/complete", json={"result": "r"})
        assert _assert_public(done, 404)
        assert "connected" in str(_assert_public(client.get(f"{HS}/teammates"), 409))
        assert _assert_public(client.post("/v1/test-runs", json={"channel": "email"}), 409)
        refused = client.post(f"{HS}/signatures", json={"pattern": "http://x", "html": "<p>x</p>"})
        message = _assert_public(refused, 422)
        assert isinstance(message, list)
        assert message[0].startswith("pattern: ")
        assert refused.json()["error"] == "Unprocessable Entity"
        missing = _assert_public(client.put(f"{HS}/sender", json={}), 422)
        assert missing == ["owner_id: This field is required."]
        word = _assert_public(client.post(f"{HS}/disconnect", json={"confirm": "no"}), 422)
        assert word == "Type DELETE to confirm the disconnect."
        wrong = client.delete("/v1/me")
        assert _assert_public(wrong, 405)
        assert wrong.headers["Allow"] == "GET"
        typed = client.post("/v1/test-runs", content=b"x", headers={"Content-Type": "text/plain"})
        assert _assert_public(typed, 415)
        broken = client.post(
            "/v1/test-runs", content=b"{", headers={"Content-Type": "application/json"}
        )
        assert _assert_public(broken, 400) == "The body is not valid JSON."
        big = client.post("/v1/test-runs", json={"channel": "e" * 70_000})
        assert _assert_public(big, 413)
        relay = httpx.get(f"{public.opencx_url}{HS}/oauth/callback?state=nope&code=c")
        assert "approval" in str(_assert_public(relay, 400))


def test_rate_limit_in_the_public_shape(
    sandbox_factory: Start, scenario_file: Callable[..., str]
) -> None:
    sandbox = sandbox_factory(scenario_file(extra=("[hubspot]", "owners_rate_limited_times = 1")))
    with api(sandbox) as client:
        connected = client.put(
            f"{HS}/legacy/credentials",
            json={"private_app_token": sandbox.legacy_private_app_token, "default_user_id": "7001"},
        )
        assert connected.status_code == 200, connected.text
        limited = client.get(f"{HS}/teammates")
    assert _assert_public(limited, 429)
    assert limited.json()["error"] == "Too Many Requests"
    assert limited.headers["Retry-After"]


def test_the_default_scenario_keeps_the_contract_envelope(sandbox_factory: Start) -> None:
    with httpx.Client(
        base_url=sandbox_factory("default").opencx_url, trust_env=False, timeout=10
    ) as client:
        body = client.get("/v1/me").json()
    assert body == {"error": {"code": "unauthorized", "message": "Sign in to OpenCX first."}}


def test_scenario_refuses_a_key_scope_that_is_not_resource_read_or_write(
    scenario_file: Callable[..., str],
) -> None:
    from hubspot_setup.sandbox.scenario import ScenarioError

    with pytest.raises(ScenarioError, match="api_key_scopes"):
        load_scenario(scenario_file('api_key_scopes = ["autopilot:admin"]'))
