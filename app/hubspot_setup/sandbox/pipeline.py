"""OpenCX's HubSpot message pipeline, as OpenCX documents it, for the simulated backend.

What happens to a HubSpot message (docs.open.cx, "Inbound webhook processing" and "Handoff
behaviour"): HubSpot's event is acknowledged at once and never retried (at most once); the
message is skipped when it is an internal note, outgoing, from a teammate or the inbox's own
address, or carries OpenCX's own markers; a conversation owned by someone other than the AI's
teammate gets no answer (Assist Mode aside, which drafts internal comments); a message about
an Autopilot handoff topic is handed off without a reply; a handoff creates a ticket tagged
`opencx_handedoff` unless ticket creation is off, and only for a contact with an email.

Plain rules over the simulated HubSpot's data; `checklist` runs them with the scenario's timing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hubspot_setup.sandbox.hubspot import Message, Owner, SimulatedHubSpot, Thread
from hubspot_setup.sandbox.scenario import Pipeline, Scenario

AI_MARKER = "<!-- OpenCX-AI-Response -->"  # ends every reply and draft the AI writes
HANDOFF_MARKER = "🔄 AI decided to handoff"  # starts the handoff note
TICKET_TAG = "opencx_handedoff"
CUSTOMER_TEXT = "Hello! This is a test message: can you help me with my order?"
CUSTOMER_EMAIL = "test.customer@example.com"
_TOPIC_WORD = re.compile(r"[a-z]{4,}")


@dataclass(frozen=True)
class Skipped:
    """Why OpenCX's filters dropped a message: the kind of sender and who it was."""

    sender_kind: str  # "teammate" | "inbox_address" | "internal_note" | "outgoing" | "marker"
    sender: str


def inbox_address(hubspot: SimulatedHubSpot) -> str:
    """The email inbox's own address (mail from it is the inbox talking to itself)."""
    return f"support@{hubspot.scenario.hubspot.portals[0].domain}"


def actor_of(owner: Owner) -> str:
    """HubSpot's actor id of a teammate, as in a thread's `assignedTo`."""
    return f"A-{owner.user_id}"


def owner_name(owner: Owner) -> str:
    return f"{owner.first_name} {owner.last_name}".strip() or owner.email


def practice_message(hubspot: SimulatedHubSpot, channel_type: str) -> Thread:
    """The practice customer's message, from whoever the scenario says really sends it, in a
    thread the inbox's routing assigns."""
    pipeline = hubspot.scenario.pipeline
    routed = hubspot.owner(pipeline.inbox_assigns_to) if pipeline.inbox_assigns_to else None
    assigned = actor_of(routed) if routed else None
    teammate = hubspot.owners[0]
    email: str | None
    match pipeline.customer_sender:
        case "teammate":
            name, email, kind = owner_name(teammate), teammate.email, "MESSAGE"
        case "inbox_address":
            name, email, kind = "Support inbox", inbox_address(hubspot), "MESSAGE"
        case "internal_note":
            name, email, kind = owner_name(teammate), teammate.email, "COMMENT"
        case _:
            without = channel_type == "chat" and not pipeline.chat_contact_has_email
            name, email, kind = "Test Customer", None if without else CUSTOMER_EMAIL, "MESSAGE"
    return hubspot.customer_writes(
        channel_type, CUSTOMER_TEXT, name=name, email=email, kind=kind, assigned_to=assigned
    )


def skipped_by_filters(hubspot: SimulatedHubSpot, message: Message) -> Skipped | None:
    """OpenCX's message filters: None when the message goes on to the AI."""
    sender = message.sender_email or message.sender_name
    if message.type == "COMMENT":
        return Skipped("internal_note", sender)
    if message.direction == "OUTGOING":
        return Skipped("outgoing", sender)
    if AI_MARKER in message.text or HANDOFF_MARKER in message.text:
        return Skipped("marker", sender)
    email = (message.sender_email or "").casefold()
    if email and email == inbox_address(hubspot).casefold():
        return Skipped("inbox_address", sender)
    if email and any(owner.email.casefold() == email for owner in hubspot.owners):
        return Skipped("teammate", sender)
    return None


def other_owner(hubspot: SimulatedHubSpot, thread: Thread, ai: Owner | None) -> Owner | None:
    """The teammate who owns the conversation when that is not the AI's teammate."""
    if thread.assigned_to is None or (ai is not None and thread.assigned_to == actor_of(ai)):
        return None
    user_id = thread.assigned_to.removeprefix("A-")
    return hubspot.owner_by_user_id(user_id) or Owner("", 0, "", "another", "teammate")


def matching_topic(pipeline: Pipeline, text: str) -> str | None:
    """The first handoff topic the message is about: one of the topic's words (four letters or
    more) starts a word of the message. OpenCX's AI judges topics; this is its practice stand-in.
    """
    words = _TOPIC_WORD.findall(text.casefold())
    for topic in pipeline.handoff_topics:
        keys = _TOPIC_WORD.findall(topic.casefold())
        if any(word.startswith(key) for key in keys for word in words):
            return topic
    return None


def public_ai_reply(thread: Thread) -> Message | None:
    """The AI's reply as the customer sees it: a public message carrying OpenCX's marker."""
    return next((m for m in thread.messages if m.type == "MESSAGE" and AI_MARKER in m.text), None)


def ai_draft(thread: Thread) -> Message | None:
    """An Assist Mode draft: an internal comment carrying OpenCX's marker."""
    return next((m for m in thread.messages if m.type == "COMMENT" and AI_MARKER in m.text), None)


def handoff_note(thread: Thread) -> Message | None:
    return next(
        (m for m in thread.messages if m.type == "COMMENT" and HANDOFF_MARKER in m.text), None
    )


def assist_mode_on(scenario: Scenario, channel_type: str) -> bool:
    wanted = "web" if channel_type == "chat" else "email"
    return wanted in scenario.pipeline.assist_mode
