"""What the OpenCX setup guide prescribes, as data the pages, the CLI and the checks share."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Channel(StrEnum):
    """Autopilot is configured per channel (the guide's list)."""

    EMAIL = "email"
    WEB = "web"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    PHONE = "phone"


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.EMAIL: "Email",
    Channel.WEB: "Web",
    Channel.SMS: "SMS",
    Channel.WHATSAPP: "WhatsApp",
    Channel.PHONE: "Phone",
}

# Scopes the legacy private app must have, in the guide's order.
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
class WebhookSubscription:
    object_type: str
    event: str
    event_type: str  # HubSpot's eventType name


LEGACY_WEBHOOK_SUBSCRIPTIONS: tuple[WebhookSubscription, ...] = (
    WebhookSubscription("Conversation", "New message", "conversation.newMessage"),
    WebhookSubscription("Conversation", "Conversation creation", "conversation.creation"),
    WebhookSubscription("Ticket", "Property change", "ticket.propertyChange"),
)

# What the OAuth consent screen asks for, in the guide's words.
OAUTH_PERMISSION_AREAS: tuple[str, ...] = (
    "conversations",
    "tickets",
    "contacts",
    "companies",
    "deals",
    "owners",
    "files",
    "lists",
    "HubSpot workflow actions",
)


@dataclass(frozen=True)
class MethodFeature:
    aspect: str
    oauth: str
    legacy: str


# The guide's comparison table, extended with what the legacy path means for each row.
METHOD_COMPARISON: tuple[MethodFeature, ...] = (
    MethodFeature(
        "Connection",
        "Approve OpenCX on HubSpot's consent screen",
        "Create a private app in HubSpot and paste its token",
    ),
    MethodFeature(
        "Tokens",
        "Issued and refreshed automatically",
        "One token you copy once; rotate it by hand",
    ),
    MethodFeature(
        "Webhooks",
        "Registered by OpenCX during install",
        "You add the webhook URL and three subscriptions yourself",
    ),
    MethodFeature(
        "AI sender",
        "Picked from a HubSpot teammate dropdown after connect",
        "A default HubSpot user, picked from your teammates",
    ),
    MethodFeature(
        "Workflow actions",
        "Adds OpenCX actions to HubSpot workflows",
        "Not available",
    ),
)

LEGACY_SUNSET_NOTICE = (
    "HubSpot stopped letting accounts create new legacy private apps in autumn 2026 "
    "(28 September for new accounts, 26 October for existing ones). Use this path only if "
    "you already have a legacy private app, or OpenCX support asked you to."
)


@dataclass(frozen=True)
class WorkflowAction:
    id: str
    name: str
    use_when: str


WORKFLOW_ACTIONS: tuple[WorkflowAction, ...] = (
    WorkflowAction(
        "pause_ai", "Pause OpenCX AI", "A HubSpot workflow claims the conversation for a human."
    ),
    WorkflowAction(
        "resume_ai",
        "Resume OpenCX AI",
        "A workflow returns a handed-off conversation to the AI.",
    ),
    WorkflowAction(
        "send_to_ai",
        "Send to OpenCX AI",
        "A workflow decides the latest customer message should be processed by the AI.",
    ),
    WorkflowAction(
        "request_handoff",
        "Request OpenCX handoff",
        "HubSpot should ask OpenCX to hand the session to a human.",
    ),
)


class CheckId(StrEnum):
    """The live test checklist, in the guide's order."""

    CONVERSATION_IN_HUBSPOT = "conversation_in_hubspot"
    OPENCX_SESSION = "opencx_session"
    AI_REPLY_POSTED = "ai_reply_posted"
    HANDOFF_TRIGGERED = "handoff_triggered"
    HANDOFF_NOTE = "handoff_note"


CHECK_LABELS: dict[CheckId, str] = {
    CheckId.CONVERSATION_IN_HUBSPOT: "The conversation appears in HubSpot",
    CheckId.OPENCX_SESSION: "A matching session appears in the OpenCX inbox",
    CheckId.AI_REPLY_POSTED: "The AI reply posts back to the same HubSpot thread",
    CheckId.HANDOFF_TRIGGERED: "A handoff is triggered",
    CheckId.HANDOFF_NOTE: "The handoff note appears in HubSpot with a link to the OpenCX session",
}
