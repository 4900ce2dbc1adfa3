"""A portal whose HubSpot address is not a HubSpot app domain gets no link, and the log says
why, once per portal and address (the backend, or a bundle replayed in the sandbox, may report
anything there)."""

from __future__ import annotations

import logging

import pytest

from hubspot_setup.flow.hubspot_inbox import inbox_url, why_no_inbox_link
from hubspot_setup.services.opencx_models import Integration, PortalModel
from hubspot_setup.services.opencx_port import facts_from_integration, portal_from_model

LOGGER = "hubspot_setup.services.opencx_port"


def test_a_foreign_address_is_logged_once_and_gets_no_link(
    caplog: pytest.LogCaptureFixture,
) -> None:
    wire = PortalModel(id=7700001, domain="acme.test", ui_domain="hubspot.evil.example\x1b[2J")
    with caplog.at_level(logging.INFO, LOGGER):
        portal = portal_from_model(wire)
        portal_from_model(wire)  # read again: not said again
    assert inbox_url(portal) is None
    said = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert len(said) == 1
    assert "No link to HubSpot portal 7700001 is shown" in said[0]
    assert "'hubspot.evil.example\\x1b[2J' is not a HubSpot app domain" in said[0]
    assert "\x1b" not in said[0]


def test_a_connection_read_from_the_backend_says_it_too(caplog: pytest.LogCaptureFixture) -> None:
    integration = Integration.model_validate(
        {
            "status": "connected",
            "method": "oauth",
            "portal": {"id": 7700002, "ui_domain": "app.hubspot.com.evil.example"},
        }
    )
    with caplog.at_level(logging.INFO, LOGGER):
        facts = facts_from_integration(integration)
    assert facts.connection is not None
    assert inbox_url(facts.connection.portal) is None
    assert "portal 7700002" in caplog.text


@pytest.mark.parametrize("ui_domain", ["app.hubspot.com", "app-eu1.hubspot.com"])
def test_a_hubspot_address_is_linked_and_not_logged(
    ui_domain: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, LOGGER):
        portal = portal_from_model(PortalModel(id=7700003, ui_domain=ui_domain))
    assert inbox_url(portal) == f"https://{ui_domain}/live-messages/7700003"
    assert why_no_inbox_link(portal) is None
    assert caplog.records == []
