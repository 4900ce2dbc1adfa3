"""The whole HubSpot install in real headless Chromium: consent page, relay, loopback return."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from sandbox_helpers import Catcher, api, state

from hubspot_setup.sandbox.server import RunningSandbox

pytestmark = pytest.mark.browser
HS = "/v1/integrations/hubspot"


def _install_in_browser(
    chromium: Any, sandbox: RunningSandbox, catcher: Catcher, button: str
) -> tuple[str, dict[str, str]]:
    with api(sandbox) as client:
        install = client.post(
            f"{HS}/oauth/installs", json={"return_to": catcher.url, "state": "browser-state"}
        ).json()
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(install["authorize_url"])
        assert page.get_by_role("heading", name="Connect OpenCX to HubSpot").is_visible()
        page.get_by_label("acme.test").check()
        with page.expect_navigation(url=f"{catcher.url}**"):
            page.get_by_role("button", name=button).click()
        landed = page.url
    finally:
        context.close()
    assert catcher.received.is_set()
    return install["install_id"], {k: v[0] for k, v in parse_qs(urlsplit(landed).query).items()}


def test_approve_in_chromium_connects(
    chromium: Any, sandbox: RunningSandbox, catcher: Catcher
) -> None:
    install_id, back = _install_in_browser(chromium, sandbox, catcher, "Connect app")
    assert back["state"] == "browser-state"
    assert back["result"]
    with api(sandbox) as client:
        done = client.post(
            f"{HS}/oauth/installs/{install_id}/complete", json={"result": back["result"]}
        )
    assert done.status_code == 200
    integration = state(sandbox)["integration"]
    assert integration["status"] == "connected"
    assert integration["method"] == "oauth"
    assert integration["portal"]["domain"] == "acme.test"


def test_deny_in_chromium(chromium: Any, sandbox: RunningSandbox, catcher: Catcher) -> None:
    _, back = _install_in_browser(chromium, sandbox, catcher, "Cancel")
    assert back["error"] == "access_denied"
    assert back["state"] == "browser-state"
    assert state(sandbox)["integration"]["status"] == "not_connected"


def test_non_admin_in_chromium(
    chromium: Any, sandbox_factory: Callable[..., RunningSandbox], catcher: Catcher
) -> None:
    sandbox = sandbox_factory("hubspot-not-admin")
    _, back = _install_in_browser(chromium, sandbox, catcher, "Connect app")
    assert back["error"] == "not_portal_admin"
    assert state(sandbox)["integration"]["status"] == "not_connected"


def test_opencx_sign_in_page_in_chromium(
    chromium: Any, sandbox: RunningSandbox, catcher: Catcher
) -> None:
    from urllib.parse import urlencode

    query = urlencode(
        {
            "response_type": "code",
            "client_id": "hubspot-setup",
            "redirect_uri": catcher.url,
            "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
            "code_challenge_method": "S256",
            "state": "sign-in-state",
        }
    )
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(f"{sandbox.opencx_url}/oauth/authorize?{query}")
        with page.expect_navigation(url=f"{catcher.url}**"):
            page.get_by_role("button", name="Sign in as Ada Lovelace").click()
        back = {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}
    finally:
        context.close()
    assert back["state"] == "sign-in-state"
    assert back["code"]
