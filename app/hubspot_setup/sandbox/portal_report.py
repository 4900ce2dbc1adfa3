"""`GET /v1/integrations/hubspot/portal-report`: what the backend can see of the connected portal.

The simulated backend reads its simulated HubSpot the way the real one would read HubSpot's
API with the token it holds: the scopes the token was granted, and the inboxes (type and
connected channel) when the token may read conversations. It never reports a Service Hub
tier: HubSpot has no API for it.
"""

from __future__ import annotations

from typing import Any

from hubspot_setup.sandbox.contract_rules import LEGACY_REQUIRED_SCOPES
from hubspot_setup.sandbox.hubspot import OAUTH_OPTIONAL_SCOPES, OAUTH_SCOPES, Inbox
from hubspot_setup.sandbox.opencx import SimulatedOpenCX

_INBOX_TYPES = {"INBOX": "inbox", "HELP_DESK": "help_desk"}


def portal_report_wire(opencx: SimulatedOpenCX) -> dict[str, Any]:
    portal = opencx.require_connected()
    hubspot = opencx.hubspot
    required: tuple[str, ...]
    optional: tuple[str, ...]
    granted: tuple[str, ...]
    if opencx.integration.method == "legacy":
        required, optional = LEGACY_REQUIRED_SCOPES, ()
        granted = hubspot.scenario.hubspot.legacy_token_scopes
    else:
        required, optional = OAUTH_SCOPES, OAUTH_OPTIONAL_SCOPES
        granted = hubspot.oauth_scopes_for(portal)
    unread: dict[str, str] = {}
    inboxes: list[dict[str, Any]] | None = None
    if "conversations.read" in granted:
        inboxes = [_inbox_wire(inbox) for inbox in hubspot.inboxes_of(portal)]
    else:
        unread["inboxes"] = "HubSpot answered 403 MISSING_SCOPES (conversations.read)."
    return {
        "scopes": {
            "required": list(required),
            "optional": list(optional),
            "granted": list(granted),
        },
        "inboxes": inboxes,
        "unread": unread,
    }


def _inbox_wire(inbox: Inbox) -> dict[str, Any]:
    return {
        "id": inbox.id,
        "name": inbox.name,
        "type": _INBOX_TYPES.get(inbox.type, "inbox"),
        "channels": [
            {
                "type": inbox.channel_type,
                "name": inbox.address or inbox.name,
                "active": inbox.active,
            }
        ],
    }
