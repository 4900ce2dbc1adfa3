"""The address of a portal's HubSpot inbox, built only on a HubSpot app domain.

The backend reports the portal's `ui_domain` (HubSpot's `uiDomain`: `app.hubspot.com`, or a
data-centre host such as `app-eu1.hubspot.com`). The assistant turns it into a link the admin
clicks, so anything that is not such a host (another domain, a port, a path, a typo) gives no
link at all rather than an address that could lead anywhere.
"""

from __future__ import annotations

import re

from hubspot_setup.flow.answers import Portal

# `app.hubspot.com`, or `app-<hublet>.hubspot.com` (eu1, na2, ap1, ...).
_HUBSPOT_APP_HOST = re.compile(r"app(?:-[a-z]{2,3}[0-9]{1,2})?\.hubspot\.com")


def is_hubspot_app_domain(host: str) -> bool:
    return _HUBSPOT_APP_HOST.fullmatch(host.strip().lower()) is not None


def why_no_inbox_link(portal: Portal) -> str | None:
    """For the log: why the portal gets no link (None: it gets one)."""
    if portal.id <= 0:
        return "the portal has no ID yet"
    if not is_hubspot_app_domain(portal.ui_domain):
        shown = ascii(portal.ui_domain[:80])  # any text at all: quoted and escaped
        return f"its HubSpot address {shown} is not a HubSpot app domain (app.hubspot.com)"
    return None


def inbox_url(portal: Portal) -> str | None:
    """The portal's conversations inbox in HubSpot, or None when the domain is not HubSpot's."""
    if portal.id <= 0 or not is_hubspot_app_domain(portal.ui_domain):
        return None
    return f"https://{portal.ui_domain.strip().lower()}/live-messages/{portal.id}"
