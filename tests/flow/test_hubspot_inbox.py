"""The HubSpot inbox link is built only on a HubSpot app domain (issue 15, the end screen)."""

from __future__ import annotations

import pytest

from hubspot_setup.flow.answers import Portal
from hubspot_setup.flow.hubspot_inbox import inbox_url, is_hubspot_app_domain


@pytest.mark.parametrize(
    ("ui_domain", "url"),
    [
        ("app.hubspot.com", "https://app.hubspot.com/live-messages/1020304"),
        ("app-eu1.hubspot.com", "https://app-eu1.hubspot.com/live-messages/1020304"),
        ("app-na2.hubspot.com", "https://app-na2.hubspot.com/live-messages/1020304"),
        ("APP-AP1.HubSpot.com", "https://app-ap1.hubspot.com/live-messages/1020304"),
    ],
)
def test_a_hubspot_app_domain_gives_the_inbox(ui_domain: str, url: str) -> None:
    assert inbox_url(Portal(id=1020304, ui_domain=ui_domain)) == url


@pytest.mark.parametrize(
    "ui_domain",
    [
        "",
        "hubspot.com",
        "evil.example",
        "app.hubspot.com.evil.example",
        "evilapp.hubspot.com",
        "app.hubspot.com:8443",
        "app.hubspot.com/phish",
        "user@app.hubspot.com",
        "app-.hubspot.com",
        "api.hubapi.com",
        "127.0.0.1",
        "app.hubspot.com\nevil",
    ],
)
def test_anything_else_gives_no_link(ui_domain: str) -> None:
    assert not is_hubspot_app_domain(ui_domain)
    assert inbox_url(Portal(id=1020304, ui_domain=ui_domain)) is None


def test_no_link_without_a_real_portal_id() -> None:
    assert inbox_url(Portal(id=0, ui_domain="app.hubspot.com")) is None
