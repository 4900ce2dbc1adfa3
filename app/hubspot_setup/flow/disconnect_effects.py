"""What disconnecting HubSpot does: said before the admin types DELETE, confirmed after.

Only what OpenCX documents (the guide's "Disconnecting", its public docs' "Disconnect"):
OpenCX stops working on the portal's conversations, existing OpenCX sessions stay available,
and on the legacy path the admin removes the webhook subscriptions from the legacy app in
HubSpot (`controller.LEGACY_DISCONNECT_NOTE`). OpenCX documents nothing about the HubSpot
install, signatures or workflow actions on disconnect, so nothing is promised about them.
What the assistant itself does (forgetting the legacy app's token here) is said too.
"""

from __future__ import annotations

from hubspot_setup.flow.steps import Method

CONFIRM_TITLE = "Disconnect HubSpot from OpenCX?"
DONE_TITLE = "HubSpot is disconnected"
# Above the legacy app's webhook note: before, and once disconnected.
LEGACY_STEP_BEFORE = "Afterwards, in HubSpot"
LEGACY_STEP_AFTER = "One more step in HubSpot"


def effects_before(method: Method, portal: str) -> tuple[str, ...]:
    """What will happen, one plain line each, for the admin to read before typing DELETE."""
    lines = [
        f"OpenCX stops reading and answering the conversations of {portal}: customers who "
        "write there get no AI reply.",
        "Existing OpenCX sessions stay available in OpenCX.",
        "Nothing is deleted in HubSpot: its conversations, tickets and contacts stay as they are.",
    ]
    if method is Method.LEGACY:
        lines.append("This computer forgets the legacy app's token.")
    lines.append("You can connect again later with this assistant.")
    return tuple(lines)


def effects_after(method: Method, portal: str) -> tuple[str, ...]:
    """What did happen, once the backend confirmed the disconnect."""
    lines = [
        f"OpenCX no longer reads or answers the conversations of {portal}.",
        "Existing OpenCX sessions remain available.",
    ]
    if method is Method.LEGACY:
        lines.append("The legacy app's token was removed from this computer.")
    return tuple(lines)
