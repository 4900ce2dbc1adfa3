"""Reconnecting a connection HubSpot stopped accepting, and moving a legacy one to OAuth.

Both run HubSpot's consent screen again without disconnecting, so the AI sender, default
user, signatures and Autopilot stay. This module says which of the two a connection needs,
what happens when the admin approves another portal than the connected one, and the words
the window and the command line use for all of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hubspot_setup.flow.answers import Connection, Portal
from hubspot_setup.flow.problems import ProblemError, portal_change_waiting
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate


class ConnectionAction(StrEnum):
    """What manage mode recommends for a connection that works, but not as it should."""

    RECONNECT = "reconnect"  # HubSpot refused OpenCX's refresh token
    MOVE_TO_OAUTH = "move_to_oauth"  # a legacy private app: move it to the HubSpot app


def recommended_action(connection: Connection | None) -> ConnectionAction | None:
    if connection is None:
        return None
    if connection.needs_reconnect:
        return ConnectionAction.RECONNECT
    if connection.method is Method.LEGACY:
        return ConnectionAction.MOVE_TO_OAUTH
    return None


def portal_label(portal: Portal) -> str:
    # A portal id is a name, not a quantity: never grouped like a number ("12.345.678").
    if portal.domain:
        return translate("flow.reconnect", "%1 (portal %2)").arg(portal.domain, str(portal.id))
    return translate("flow.reconnect", "portal %1").arg(str(portal.id))


# -- reconnect ----------------------------------------------------------------------------

RECONNECT_TITLE = QT_TRANSLATE_NOOP("flow.reconnect", "HubSpot needs you to reconnect")
RECONNECT_BUTTON = QT_TRANSLATE_NOOP("flow.reconnect", "Reconnect with HubSpot")
RECONNECT_KEEPS = QT_TRANSLATE_NOOP(
    "flow.reconnect",
    "Reconnecting opens HubSpot's approval screen again and keeps who the AI posts as, your "
    "email signatures and Autopilot.",
)


def reconnect_message(connection: Connection) -> str:
    return translate(
        "flow.reconnect",
        "HubSpot no longer lets OpenCX into %1. This happens when the OpenCX app was "
        "uninstalled in HubSpot or its permissions were changed. Until you reconnect, OpenCX "
        "cannot read or answer this portal's conversations.",
    ).arg(portal_label(connection.portal))


# -- move a legacy connection to OAuth ------------------------------------------------------

MOVE_TITLE = QT_TRANSLATE_NOOP(
    "flow.reconnect", "Action recommended: switch to Connect with HubSpot"
)
MOVE_BUTTON = QT_TRANSLATE_NOOP("flow.reconnect", "Switch to Connect with HubSpot")
MOVE_INTRO = QT_TRANSLATE_NOOP(
    "flow.reconnect",
    "This portal is connected through a legacy private app, which HubSpot no longer lets "
    "anyone create. Switch it to “Connect with HubSpot”: you approve OpenCX once on "
    "HubSpot's own screen, without disconnecting. What changes:",
)
MOVE_BENEFITS = (
    QT_TRANSLATE_NOOP(
        "flow.reconnect",
        "Workflow actions: HubSpot workflows can pause, resume or call the OpenCX AI.",
    ),
    QT_TRANSLATE_NOOP(
        "flow.reconnect",
        "No keys to paste or renew: HubSpot lets OpenCX in and renews that access by itself.",
    ),
    QT_TRANSLATE_NOOP(
        "flow.reconnect",
        "Webhooks set up for you: no subscriptions to keep up in the legacy app.",
    ),
    QT_TRANSLATE_NOOP(
        "flow.reconnect",
        "Faster agent takeover: when an agent takes a conversation, the AI stops within about "
        "a second, not at the customer's next message.",
    ),
)
MOVE_KEEPS = QT_TRANSLATE_NOOP(
    "flow.reconnect",
    "Tickets, conversations, OpenCX sessions, the default user and your email signatures "
    "stay as they are.",
)


def switch_in_place_note(connection: Connection) -> str:
    """For the connect step when the portal still has a legacy connection from this run."""
    return translate(
        "flow.reconnect",
        "%1 is connected through a legacy private app. When you approve OpenCX in HubSpot, "
        "it switches to “Connect with HubSpot” in place, without disconnecting. %2",
    ).arg(portal_label(connection.portal), MOVE_KEEPS.text())


def done_title(action: ConnectionAction) -> str:
    if action is ConnectionAction.MOVE_TO_OAUTH:
        return translate("flow.reconnect", "Switched to Connect with HubSpot")
    return translate("flow.reconnect", "Reconnected with HubSpot")


def done_note(action: ConnectionAction) -> str:
    """What to say once the consent leg succeeded."""
    if action is ConnectionAction.MOVE_TO_OAUTH:
        return translate(
            "flow.reconnect",
            "OpenCX no longer uses the legacy private app. You can delete it in HubSpot if you "
            "like: Settings → Integrations → Private Apps → Legacy Apps → your app → Delete. "
            "Its webhook subscriptions are no longer needed.",
        )
    return translate(
        "flow.reconnect", "OpenCX can read and answer this portal's conversations again."
    )


# -- another portal approved ------------------------------------------------------------------


@dataclass(frozen=True)
class PortalChange:
    """The admin approved `approved` on HubSpot's screen while `connected` is connected."""

    connected: Portal
    approved: Portal


class PortalChangeNeeded(ProblemError):
    """Raised by the port when the backend will not switch portals without the admin's yes.

    Nothing has changed on OpenCX; the approval waits for `confirm_portal_change` (continue
    with the new portal) or `drop_portal_change` (keep the connected one).
    """

    def __init__(self, change: PortalChange, details: str | None = None) -> None:
        super().__init__(
            portal_change_waiting(
                portal_label(change.connected), portal_label(change.approved), details
            )
        )
        self.change = change


PORTAL_CHANGE_TITLE = QT_TRANSLATE_NOOP("flow.reconnect", "Move OpenCX to another HubSpot portal?")


def portal_change_question(change: PortalChange) -> str:
    return translate(
        "flow.reconnect",
        "OpenCX is connected to %1, but you approved %2 in HubSpot.\n\n"
        "Continue with %2: OpenCX reads and answers that portal's conversations from now on. "
        "Choose again who the AI posts as, because that portal has its own teammates. Email "
        "signatures and Autopilot stay.\n\n"
        "Cancel: nothing changes; OpenCX stays with %1.",
    ).arg(portal_label(change.connected), portal_label(change.approved))


def continue_label(change: PortalChange) -> str:
    approved = change.approved
    return translate("flow.reconnect", "Continue with %1").arg(approved.domain or str(approved.id))


def cancel_label(change: PortalChange) -> str:
    connected = change.connected
    return translate("flow.reconnect", "Cancel, keep %1").arg(connected.domain or str(connected.id))
