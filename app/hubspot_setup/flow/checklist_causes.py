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

from hubspot_setup.flow.guide import CHANNEL_LABELS
from hubspot_setup.flow.words import translate


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


def _ignored_first(details: Mapping[str, str]) -> str:
    """What the ignored message was, from the backend's `sender_kind` and `sender`."""
    sender = details.get("sender") or translate("flow.checklist_causes", "the sender")
    match details.get("sender_kind", ""):
        case "teammate":
            return translate(
                "flow.checklist_causes",
                "The message came from %1, a teammate in your HubSpot portal.",
            ).arg(sender)
        case "inbox_address":
            return translate(
                "flow.checklist_causes", "The message came from the inbox's own address, %1."
            ).arg(sender)
        case "internal_note":
            return translate(
                "flow.checklist_causes",
                "The message is an internal note, which customers never see.",
            )
        case "outgoing":
            return translate(
                "flow.checklist_causes",
                "The message was sent from HubSpot to the customer, not by the customer.",
            )
    return translate("flow.checklist_causes", "OpenCX did not take the message from %1.").arg(
        sender
    )


def _ignored_sender(details: Mapping[str, str]) -> str:
    ignored = translate(
        "flow.checklist_causes",
        "OpenCX ignores messages from teammates and from the inbox's own address, internal "
        "notes and outgoing messages, so it made no session.",
    )
    as_a_customer = translate(
        "flow.checklist_causes",
        "Send the test from an address outside your company (a personal email address, for "
        "example) or from the chat widget on your site, as a customer would.",
    )
    return f"{_ignored_first(details)} {ignored} {as_a_customer}"


def _channel_label(named: str | None, fallback: str | None) -> str:
    """The backend's `channel` detail in the admin's language when it names a channel this
    version knows (by id or English label); otherwise as the backend wrote it."""
    if named:
        for channel, label in CHANNEL_LABELS.items():
            if named.casefold() in (channel.value, label.source.casefold()):
                return label.text()
        return named
    return fallback or translate("flow.checklist_causes", "this channel")


def cause_text(cause: Cause, details: Mapping[str, str], *, channel: str | None = None) -> str:
    """What happened and what to do, in plain words. `details` are the backend's (assignee,
    topic, sender ...); `channel` is the test channel's label, already translated."""
    channel = _channel_label(details.get("channel"), channel)
    ai_teammate = details.get("ai_teammate") or translate(
        "flow.checklist_causes", "the teammate the AI posts as"
    )
    match cause:
        case Cause.AUTOPILOT_OFF:
            return translate(
                "flow.checklist_causes",
                "Autopilot is off for %1, so OpenCX stored the conversation but the AI did not "
                "reply. Turn Autopilot on for %1 (in the Autopilot step, or in OpenCX under "
                "Settings → Autopilot), then send another test message.",
            ).arg(channel)
        case Cause.ASSIST_MODE:
            return translate(
                "flow.checklist_causes",
                "Assist Mode is on for %1: the AI wrote its answer as a draft, an internal "
                "comment only your team sees, not as a reply to the customer. To let the AI "
                "answer customers itself, turn Assist Mode off for %1 in OpenCX's Autopilot "
                "settings, then send another test message.",
            ).arg(channel)
        case Cause.ASSIGNED_TO_HUMAN:
            assignee = details.get("assignee") or translate(
                "flow.checklist_causes", "another teammate"
            )
            return translate(
                "flow.checklist_causes",
                "The conversation was assigned to %1, not to %2: the AI stays silent on "
                "conversations someone else owns. In HubSpot, change the inbox's routing so "
                "new conversations go to %2 (or to nobody), or unassign this conversation, "
                "then send another test message.",
            ).arg(assignee, ai_teammate)
        case Cause.HANDOFF_TOPIC:
            topic = details.get("topic")
            if not topic:
                return translate(
                    "flow.checklist_causes",
                    "The message matched one of your Autopilot handoff topics, so OpenCX handed "
                    "it to your team without an AI reply. That is what your settings ask for, "
                    "not a fault. To see an AI reply too, start again and write about something "
                    "else.",
                )
            return translate(
                "flow.checklist_causes",
                "The message matched the Autopilot handoff topic “%1”, so OpenCX handed it to "
                "your team without an AI reply. That is what your settings ask for, not a "
                "fault. To see an AI reply too, start again and write about something else.",
            ).arg(topic)
        case Cause.REPLY_REFUSED:
            return translate(
                "flow.checklist_causes",
                "OpenCX wrote a reply but HubSpot refused to post it in the conversation. "
                "Check that %1 still has a HubSpot seat with access to this inbox, then start "
                "the test again.",
            ).arg(ai_teammate)
        case Cause.IGNORED_SENDER:
            return _ignored_sender(details)
        case Cause.WEBHOOK_DROPPED:
            return translate(
                "flow.checklist_causes",
                "The conversation is in HubSpot, but OpenCX never received the message. "
                "HubSpot tells OpenCX about each message once and does not try again if that "
                "notice is lost, even though HubSpot's own log shows it as delivered. Waiting "
                "will not help: send another test message.",
            )
        case Cause.WEBHOOKS_NOT_SET_UP:
            return translate(
                "flow.checklist_causes",
                "HubSpot is not telling OpenCX about new messages. In your legacy app's "
                "Webhooks tab in HubSpot, check that the target URL is OpenCX's and that the "
                "three subscriptions are there (Conversation → New message, Conversation → "
                "Creation, Ticket → Property change), then click Commit changes.",
            )
        case Cause.TICKET_CREATION_OFF:
            return translate(
                "flow.checklist_causes",
                "Ticket creation is off for your OpenCX organization, so a handoff creates no "
                "HubSpot ticket. That is fine if you meant it; if your team works from "
                "tickets, turn ticket creation on for your organization in OpenCX.",
            )
        case Cause.CONTACT_WITHOUT_EMAIL:
            return translate(
                "flow.checklist_causes",
                "OpenCX handed the conversation over but could not create the HubSpot ticket: "
                "the contact has no email address, and HubSpot links a ticket to its contact "
                "by email. Have your chat widget ask for an email address before the chat "
                "starts, or test by email.",
            )
        case Cause.NOT_REACHED:
            return translate(
                "flow.checklist_causes", "Not checked, because an earlier step did not happen."
            )
        case Cause.TIMED_OUT:
            return translate(
                "flow.checklist_causes", "This did not happen before the assistant stopped waiting."
            )
        case Cause.UNKNOWN:
            return translate(
                "flow.checklist_causes",
                "OpenCX did not say why. Open the session in OpenCX to see what happened.",
            )
