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
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate

CONFIRM_TITLE = QT_TRANSLATE_NOOP("flow.disconnect_effects", "Disconnect HubSpot from OpenCX?")
DONE_TITLE = QT_TRANSLATE_NOOP("flow.disconnect_effects", "HubSpot is disconnected")
# Above the legacy app's webhook note: before, and once disconnected.
LEGACY_STEP_BEFORE = QT_TRANSLATE_NOOP("flow.disconnect_effects", "Afterwards, in HubSpot")
LEGACY_STEP_AFTER = QT_TRANSLATE_NOOP("flow.disconnect_effects", "One more step in HubSpot")


def effects_before(method: Method, portal: str) -> tuple[str, ...]:
    """What will happen, one plain line each, for the admin to read before typing DELETE.
    `portal` is its label (`reconnect.portal_label`), already translated."""
    lines = [
        translate(
            "flow.disconnect_effects",
            "OpenCX stops reading and answering the conversations of %1: customers who write "
            "there get no AI reply.",
        ).arg(portal),
        translate("flow.disconnect_effects", "Existing OpenCX sessions stay available in OpenCX."),
        translate(
            "flow.disconnect_effects",
            "Nothing is deleted in HubSpot: its conversations, tickets and contacts stay as "
            "they are.",
        ),
    ]
    if method is Method.LEGACY:
        lines.append(
            translate("flow.disconnect_effects", "This computer forgets the legacy app's token.")
        )
    lines.append(
        translate("flow.disconnect_effects", "You can connect again later with this assistant.")
    )
    return tuple(lines)


def effects_after(method: Method, portal: str) -> tuple[str, ...]:
    """What did happen, once the backend confirmed the disconnect."""
    lines = [
        translate(
            "flow.disconnect_effects", "OpenCX no longer reads or answers the conversations of %1."
        ).arg(portal),
        translate("flow.disconnect_effects", "Existing OpenCX sessions remain available."),
    ]
    if method is Method.LEGACY:
        lines.append(
            translate(
                "flow.disconnect_effects", "The legacy app's token was removed from this computer."
            )
        )
    return tuple(lines)
