"""The HubSpot install through the backend relay, driven over plain HTTP by the page's forms."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import parse_qs, urlsplit

import httpx
from sandbox_helpers import Catcher, api, state

from fixtures.sandbox import approve_in_sandbox
from hubspot_setup.sandbox.server import RunningSandbox

HS = "/v1/integrations/hubspot"


def _query(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def start_install(sandbox: RunningSandbox, return_to: str) -> dict[str, str]:
    with api(sandbox) as client:
        response = client.post(
            f"{HS}/oauth/installs", json={"return_to": return_to, "state": "assistant-state"}
        )
    assert response.status_code == 201, response.text
    body: dict[str, str] = response.json()
    return body


def test_approve_connects_through_the_relay(sandbox: RunningSandbox, catcher: Catcher) -> None:
    install = start_install(sandbox, catcher.url)
    authorize = _query(install["authorize_url"])
    assert authorize["state"] != "assistant-state"  # HubSpot sees the backend's state only
    final = approve_in_sandbox(install["authorize_url"], portal_id=1020304)
    assert final.startswith(catcher.url)
    assert catcher.paths == [urlsplit(final).path + "?" + urlsplit(final).query]
    back = _query(final)
    assert back["state"] == "assistant-state"
    assert "code" not in back
    with api(sandbox) as client:
        done = client.post(
            f"{HS}/oauth/installs/{install['install_id']}/complete", json={"result": back["result"]}
        )
        assert done.status_code == 200, done.text
        assert done.json()["status"] == "connected"
        assert done.json()["method"] == "oauth"
        assert done.json()["portal"]["id"] == 1020304
        # The result is single use.
        replay = client.post(
            f"{HS}/oauth/installs/{install['install_id']}/complete", json={"result": back["result"]}
        )
        assert replay.status_code == 400
        assert replay.json()["error"]["code"] == "invalid_state"
        assert (
            client.post(
                f"{HS}/oauth/installs", json={"return_to": catcher.url, "state": "x"}
            ).status_code
            == 409
        )
    assert state(sandbox)["integration"]["workflow_actions"]["pause_ai"] is True


def test_replayed_relay_state_is_refused(sandbox: RunningSandbox, catcher: Catcher) -> None:
    install = start_install(sandbox, catcher.url)
    backend_state = _query(install["authorize_url"])["state"]
    approve_in_sandbox(install["authorize_url"])
    relay = f"{sandbox.opencx_url}{HS}/oauth/callback"
    replay = httpx.get(relay, params={"code": "anything", "state": backend_state})
    assert replay.status_code == 400
    assert replay.json()["error"]["code"] == "invalid_state"
    unknown = httpx.get(relay, params={"code": "anything", "state": "forged"})
    assert unknown.status_code == 400
    assert state(sandbox)["integration"]["status"] == "not_connected"


def test_deny_reports_access_denied(sandbox: RunningSandbox, catcher: Catcher) -> None:
    install = start_install(sandbox, catcher.url)
    back = _query(approve_in_sandbox(install["authorize_url"], action="deny"))
    assert back["error"] == "access_denied"
    assert back["state"] == "assistant-state"
    assert state(sandbox)["integration"]["status"] == "not_connected"


def test_non_admin_gets_not_portal_admin(
    sandbox_factory: Callable[..., RunningSandbox], catcher: Catcher
) -> None:
    sandbox = sandbox_factory("hubspot-not-admin")
    install = start_install(sandbox, catcher.url)
    back = _query(approve_in_sandbox(install["authorize_url"]))
    assert back["error"] == "not_portal_admin"
    assert "not available for the selected portal" in back["error_description"]


def test_no_service_hub_gets_app_not_available(
    sandbox_factory: Callable[..., RunningSandbox], catcher: Catcher
) -> None:
    sandbox = sandbox_factory("no-service-hub")
    install = start_install(sandbox, catcher.url)
    assert _query(approve_in_sandbox(install["authorize_url"]))["error"] == "app_not_available"


def test_return_to_must_be_loopback(sandbox: RunningSandbox) -> None:
    with api(sandbox) as client:
        for bad in (
            "https://127.0.0.1:5/cb",
            "http://example.com:5/cb",
            "http://127.0.0.1/cb",
            "http://0.0.0.0:5/cb",
        ):
            response = client.post(f"{HS}/oauth/installs", json={"return_to": bad, "state": "s"})
            assert response.status_code == 422, bad
            assert "return_to" in response.json()["error"]["details"]["fields"]


def test_consent_page_escapes_and_lists_scopes(sandbox: RunningSandbox, catcher: Catcher) -> None:
    install = start_install(sandbox, catcher.url)
    page = httpx.get(install["authorize_url"]).text
    assert "See your teammates (owners)" in page
    assert "acme.test" in page
    assert "<link" not in page
    assert "src=" not in page
    tampered = install["authorize_url"].replace("redirect_uri=", "redirect_uri=https%3A%2F%2Fx")
    assert httpx.get(tampered).status_code == 400
