"""The sandbox hands out secrets shaped like OpenCX's own: `ocx_live_` API keys (the older
`ocx_key_` form still accepted), JWT access tokens, opaque refresh tokens, and a signed
legacy webhook URL."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sandbox_helpers import Catcher, api, state
from test_opencx_api import sign_in

from hubspot_setup.sandbox.server import RunningSandbox


def _claims(jwt: str) -> tuple[dict[str, object], dict[str, object]]:
    header, payload, signature = jwt.split(".")
    assert signature

    def decode(part: str) -> dict[str, object]:
        data: dict[str, object] = json.loads(
            base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        )
        return data

    return decode(header), decode(payload)


def test_the_api_key_has_opencx_documented_form_and_the_old_form_still_works(
    sandbox: RunningSandbox,
) -> None:
    facts = state(sandbox)
    key, old = str(facts["api_key"]), str(facts["api_key_old_form"])
    assert key == sandbox.api_key
    assert key.startswith("ocx_live_")
    assert len(key) > len("ocx_live_") + 32
    assert old.startswith("ocx_key_")
    for each in (key, old):
        with api(sandbox, each) as client:
            me = client.get("/v1/me")
        assert me.status_code == 200, me.text
    with api(sandbox, "ocx_live_" + "x" * 43) as client:
        assert client.get("/v1/me").status_code == 401


def test_sign_in_gives_a_jwt_and_an_opaque_refresh_token(
    sandbox: RunningSandbox, catcher: Catcher
) -> None:
    first = sign_in(sandbox, catcher.url)
    second = sign_in(sandbox, catcher.url)
    header, claims = _claims(first["access_token"])
    assert header == {"alg": "HS256", "typ": "JWT"}
    user = state(sandbox)["user"]
    assert isinstance(user, dict)
    assert claims["sub"] == user["user"]["id"]
    assert claims["org"] == user["organization"]["id"]
    assert int(str(claims["exp"])) > int(str(claims["iat"]))
    assert first["access_token"] != second["access_token"]
    refresh = first["refresh_token"]
    assert not refresh.startswith(("ocx_", "eyJ", "pat-"))  # nothing to recognise it by
    assert refresh != second["refresh_token"]
    with api(sandbox, first["access_token"]) as client:
        assert client.get("/v1/me").status_code == 200


def test_the_legacy_webhook_url_is_signed_per_sandbox(
    sandbox_factory: Callable[..., RunningSandbox],
) -> None:
    urls = []
    for _ in range(2):
        sandbox = sandbox_factory("default")
        with api(sandbox) as client:
            urls.append(client.get("/v1/integrations/hubspot/legacy").json()["webhook_url"])
        assert urls[-1].startswith(f"{sandbox.opencx_url}/webhooks/hubspot/org_sandbox_acme?")
    signatures = [parse_qs(urlsplit(url).query)["signature"][0] for url in urls]
    assert all(len(signature) >= 40 for signature in signatures)
    assert signatures[0] != signatures[1]


@pytest.mark.parametrize("prefix", ["ocx_live_", "ocx_key_sandbox_", ""])
def test_a_guessed_key_of_any_form_is_refused(sandbox: RunningSandbox, prefix: str) -> None:
    response = httpx.get(
        f"{sandbox.opencx_url}/v1/me",
        headers={"Authorization": f"Bearer {prefix}{sandbox.api_key[-20:]}"},
        trust_env=False,
        timeout=10,
    )
    assert response.status_code == 401
