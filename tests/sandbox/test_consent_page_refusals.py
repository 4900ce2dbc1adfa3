"""HubSpot's consent page refusing an install on the spot, in real headless Chromium: it shows
HubSpot's message and never sends the browser back, so the assistant hears nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sandbox_helpers import Catcher, api, state

from hubspot_setup.sandbox.server import RunningSandbox

pytestmark = pytest.mark.browser
HS = "/v1/integrations/hubspot"

REFUSALS = [
    ("consent-insufficient-scopes", "Insufficient scopes were provided"),
    (
        "consent-missing-features",
        "This account doesn't have access to some HubSpot features that are required by this app",
    ),
    ("consent-no-install-permission", "You don't have permission to install apps"),
]


@pytest.mark.parametrize(("scenario", "message"), REFUSALS)
def test_the_refusal_stays_on_hubspots_page(
    chromium: Any,
    sandbox_factory: Callable[..., RunningSandbox],
    catcher: Catcher,
    scenario: str,
    message: str,
) -> None:
    sandbox = sandbox_factory(scenario)
    with api(sandbox) as client:
        install = client.post(
            f"{HS}/oauth/installs", json={"return_to": catcher.url, "state": "refused-state"}
        ).json()
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(install["authorize_url"])
        page.get_by_label("acme.test").check()
        page.get_by_role("button", name="Connect app").click()
        page.get_by_role("heading", name=message).wait_for()
        # A redirect would have happened by now; give it a moment more all the same.
        page.wait_for_timeout(300)
        assert page.url.startswith(f"{sandbox.base_url}/hubspot-app/")
        assert page.locator("form").count() == 0  # no way back to the app from here
    finally:
        context.close()
    assert not catcher.received.is_set()
    assert catcher.paths == []
    assert state(sandbox)["integration"]["status"] == "not_connected"


def test_cancel_still_goes_back(
    chromium: Any, sandbox_factory: Callable[..., RunningSandbox], catcher: Catcher
) -> None:
    """Only an approval is refused on the spot; Cancel on the consent page answers as ever."""
    sandbox = sandbox_factory("consent-insufficient-scopes")
    with api(sandbox) as client:
        install = client.post(
            f"{HS}/oauth/installs", json={"return_to": catcher.url, "state": "refused-state"}
        ).json()
    context = chromium.new_context()
    try:
        page = context.new_page()
        page.goto(install["authorize_url"])
        with page.expect_navigation(url=f"{catcher.url}**"):
            page.get_by_role("button", name="Cancel").click()
        assert "error=access_denied" in page.url
    finally:
        context.close()
