"""Why a live-checklist item did not pass: stable machine ids, and each one in plain words.

The backend names the cause of a failed or skipped check (`Check.cause` and `Check.details` in
docs/backend-api.md); OpenCX's documented message pipeline gives most of them (owner gating,
Assist Mode, ignored senders, at-most-once delivery, handoff topics, ticket creation). The ids
are listed in docs/unattended.md for scripts (`apply --json`'s `test.stalled`); the window and
`apply` both word them from here, so an admin reads the same cause and fix everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class Cause(StrEnum):
    AUTOPILOT_OFF = "autopilot_off"
    ASSIST_MODE = "assist_mode"
    ASSIGNED_TO_HUMAN = "assigned_to_human"
    HANDOFF_TOPIC = "handoff_topic"
    REPLY_REFUSED = "reply_refused"
    IGNORED_SENDER = "ignored_sender"
    WEBHOOK_DROPPED = "webhook_dropped"
    WEBHOOKS_NOT_SET_UP = "webhooks_not_set_up"
    TICKET_CREATION_OFF = "ticket_creation_off"
    CONTACT_WITHOUT_EMAIL = "contact_without_email"
    NOT_REACHED = "not_reached"  # an earlier check failed
    TIMED_OUT = "timed_out"  # the assistant stopped waiting (apply's timeout)
    UNKNOWN = "unknown"  # the backend gave no cause, or one this version does not know


def cause_from_wire(text: str | None) -> Cause:
    try:
        return Cause(text) if text else Cause.UNKNOWN
    except ValueError:
        return Cause.UNKNOWN


# What OpenCX was set up to do, not a fault: the test still counts as passed.
EXPECTED_CAUSES: frozenset[Cause] = frozenset({Cause.HANDOFF_TOPIC, Cause.TICKET_CREATION_OFF})

# The message itself never became a session: another message fixes it, waiting does not.
ANOTHER_MESSAGE_CAUSES: frozenset[Cause] = frozenset({Cause.WEBHOOK_DROPPED, Cause.IGNORED_SENDER})

_IGNORED = (
    "OpenCX ignores messages from teammates and from the inbox's own address, internal notes "
    "and outgoing messages, so it made no session."
)
_AS_A_CUSTOMER = (
    "Send the test from an address outside your company (a personal email address, for "
    "example) or from the chat widget on your site, as a customer would."
)


def _ignored_sender(details: Mapping[str, str]) -> str:
    sender = details.get("sender") or "the sender"
    first = {
        "teammate": f"The message came from {sender}, a teammate in your HubSpot portal.",
        "inbox_address": f"The message came from the inbox's own address, {sender}.",
        "internal_note": "The message is an internal note, which customers never see.",
        "outgoing": "The message was sent from HubSpot to the customer, not by the customer.",
    }.get(details.get("sender_kind", ""), f"OpenCX did not take the message from {sender}.")
    return f"{first} {_IGNORED} {_AS_A_CUSTOMER}"


def cause_text(cause: Cause, details: Mapping[str, str], *, channel: str = "this channel") -> str:
    """What happened and what to do, in plain words. `details` are the backend's (assignee,
    topic, sender ...); `channel` is the test channel's label."""
    channel = details.get("channel") or channel
    ai_teammate = details.get("ai_teammate") or "the teammate the AI posts as"
    match cause:
        case Cause.AUTOPILOT_OFF:
            return (
                f"Autopilot is off for {channel}, so OpenCX stored the conversation but the AI "
                f"did not reply. Turn Autopilot on for {channel} (in the Autopilot step, or in "
                "OpenCX under Settings → Autopilot), then send another test message."
            )
        case Cause.ASSIST_MODE:
            return (
                f"Assist Mode is on for {channel}: the AI wrote its answer as a draft, an "
                "internal comment only your team sees, not as a reply to the customer. To let "
                f"the AI answer customers itself, turn Assist Mode off for {channel} in "
                "OpenCX's Autopilot settings, then send another test message."
            )
        case Cause.ASSIGNED_TO_HUMAN:
            assignee = details.get("assignee") or "another teammate"
            return (
                f"The conversation was assigned to {assignee}, not to {ai_teammate}: the AI "
                "stays silent on conversations someone else owns. In HubSpot, change the "
                f"inbox's routing so new conversations go to {ai_teammate} (or to nobody), or "
                "unassign this conversation, then send another test message."
            )
        case Cause.HANDOFF_TOPIC:
            topic = details.get("topic") or "one of your handoff topics"
            return (
                f"The message matched the Autopilot handoff topic “{topic}”, so OpenCX handed "
                "it to your team without an AI reply. That is what your settings ask for, not "
                "a fault. To see an AI reply too, start again and write about something else."
            )
        case Cause.REPLY_REFUSED:
            return (
                "OpenCX wrote a reply but HubSpot refused to post it in the conversation. "
                f"Check that {ai_teammate} still has a HubSpot seat with access to this inbox, "
                "then start the test again."
            )
        case Cause.IGNORED_SENDER:
            return _ignored_sender(details)
        case Cause.WEBHOOK_DROPPED:
            return (
                "The conversation is in HubSpot, but OpenCX never received the message. HubSpot "
                "tells OpenCX about each message once and does not try again if that notice "
                "is lost, even though HubSpot's own log shows it as delivered. Waiting will "
                "not help: send another test message."
            )
        case Cause.WEBHOOKS_NOT_SET_UP:
            return (
                "HubSpot is not telling OpenCX about new messages. In your legacy app's "
                "Webhooks tab in HubSpot, check that the target URL is OpenCX's and that the "
                "three subscriptions are there (Conversation → New message, Conversation → "
                "Creation, Ticket → Property change), then click Commit changes."
            )
        case Cause.TICKET_CREATION_OFF:
            return (
                "Ticket creation is off for your OpenCX organisation, so a handoff creates no "
                "HubSpot ticket. That is fine if you meant it; if your team works from "
                "tickets, turn ticket creation on for your organisation in OpenCX."
            )
        case Cause.CONTACT_WITHOUT_EMAIL:
            return (
                "OpenCX handed the conversation over but could not create the HubSpot ticket: "
                "the contact has no email address, and HubSpot links a ticket to its contact "
                "by email. Have your chat widget ask for an email address before the chat "
                "starts, or test by email."
            )
        case Cause.NOT_REACHED:
            return "Not checked, because an earlier step did not happen."
        case Cause.TIMED_OUT:
            return "This did not happen before the assistant stopped waiting."
        case Cause.UNKNOWN:
            return "OpenCX did not say why. Open the session in OpenCX to see what happened."
