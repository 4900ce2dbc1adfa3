"""The contract's fixed vocabularies, as the simulated backend knows them.

Written from docs/backend-api.md and OpenCX's published HubSpot pages, not taken from the
client: the sandbox referees the contract, so a value the client gets wrong must not be wrong
here in the same way (tests/sandbox/test_sandbox_independence.py enforces the import rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Channel(StrEnum):
    """The channels `GET /v1/autopilot` reports and `POST /v1/test-runs` accepts."""

    EMAIL = "email"
    WEB = "web"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    PHONE = "phone"


# How the simulated OpenCX names a channel in the texts it writes (check explanations).
CHANNEL_LABELS: dict[Channel, str] = {
    Channel.EMAIL: "Email",
    Channel.WEB: "Web",
    Channel.SMS: "SMS",
    Channel.WHATSAPP: "WhatsApp",
    Channel.PHONE: "Phone",
}


class CheckId(StrEnum):
    """A test run's checks, in the order the contract's `TestRun.checks` lists them."""

    CONVERSATION_IN_HUBSPOT = "conversation_in_hubspot"
    OPENCX_SESSION = "opencx_session"
    AI_REPLY_POSTED = "ai_reply_posted"
    HANDOFF_TRIGGERED = "handoff_triggered"
    HANDOFF_NOTE = "handoff_note"
    HANDOFF_TICKET = "handoff_ticket"  # the HubSpot ticket a handoff creates


class Cause(StrEnum):
    """Why a check failed or was skipped: `Check.cause` in docs/backend-api.md."""

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
    NOT_REACHED = "not_reached"  # an earlier check failed, so this one never had its turn


# HubSpot is only told about these channels' handoffs (a ticket): no test run on them.
UNTESTABLE_CHANNELS: frozenset[Channel] = frozenset({Channel.SMS, Channel.WHATSAPP, Channel.PHONE})


# The scopes OpenCX's HubSpot connect page (newest revision) asks a legacy private app for;
# `PUT .../legacy/credentials` refuses a token without all of them (422 missing_scopes).
LEGACY_REQUIRED_SCOPES: tuple[str, ...] = (
    "crm.objects.contacts.read",
    "crm.objects.contacts.write",
    "crm.objects.companies.read",
    "crm.objects.deals.read",
    "crm.objects.owners.read",
    "tickets",
    "conversations.read",
    "conversations.write",
)


@dataclass(frozen=True)
class LegacySubscription:
    """One webhook subscription of the legacy app, as `GET .../legacy` lists it."""

    object: str  # HubSpot's object name in the app's Webhooks tab
    event: str  # HubSpot's event name there
    event_type: str  # the `subscriptionType` HubSpot sends in the webhook body


LEGACY_SUBSCRIPTIONS: tuple[LegacySubscription, ...] = (
    LegacySubscription("Conversation", "New message", "conversation.newMessage"),
    LegacySubscription("Conversation", "Creation", "conversation.creation"),
    LegacySubscription("Ticket", "Property change", "ticket.propertyChange"),
)


# --- API keys ---------------------------------------------------------------------------------
# OpenCX's Authentication page: a key has full access or is limited to scopes written
# `resource:read` (GET, lists) or `resource:write` (create, update, delete). Of the resources it
# lists, only `autopilot` covers a route of this contract; it lists none for integrations,
# HubSpot, signatures, teammates, users or test runs, so a limited key cannot use those at all.
KEY_SCOPE_PATTERN = re.compile(r"[a-z][a-z0-9-]*:(?:read|write)")
_SCOPED_RESOURCES = {"/v1/autopilot": "autopilot"}
# Routes any valid key may call: who the key belongs to (so a client can explain the rest).
_OPEN_TO_EVERY_KEY = frozenset({"/v1/me"})


def is_key_scope(text: str) -> bool:
    return KEY_SCOPE_PATTERN.fullmatch(text) is not None


@dataclass(frozen=True)
class KeyNeed:
    """What an API key needs for one route: a scope, or full access when `scope` is None."""

    scope: str | None


def key_need(method: str, route: str) -> KeyNeed | None:
    """None when any valid key may call the route (`route` is the `/v1/...` template)."""
    if route in _OPEN_TO_EVERY_KEY:
        return None
    for prefix, resource in _SCOPED_RESOURCES.items():
        if route == prefix or route.startswith(prefix + "/"):
            return KeyNeed(f"{resource}:{'read' if method in {'GET', 'HEAD'} else 'write'}")
    return KeyNeed(None)
