"""What the OpenCX setup guide prescribes, as data the pages, the CLI and the checks share."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hubspot_setup.flow.steps import Method


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
    object_type: str  # as HubSpot's Webhooks tab lists it
    event: str
    event_type: str  # HubSpot's eventType name (technical detail, for tooltips and logs)


# Under HubSpot's own names. The third is a ticket subscription, not a conversation one, and
# HubSpot has no `conversation.messageCreated` (a name some OpenCX pages use).
LEGACY_WEBHOOK_SUBSCRIPTIONS: tuple[WebhookSubscription, ...] = (
    WebhookSubscription("Conversation", "New message", "conversation.newMessage"),
    WebhookSubscription("Conversation", "Creation", "conversation.creation"),
    WebhookSubscription("Ticket", "Property change", "ticket.propertyChange"),
)

# Where an existing legacy app lives in HubSpot (OpenCX's HubSpot connect page).
LEGACY_APP_LOCATION: tuple[str, ...] = ("Settings", "Integrations", "Private Apps", "Legacy Apps")


@dataclass(frozen=True)
class LegacyAppCheck:
    """One thing the admin checks on the existing legacy app, and ticks when it matches."""

    field: str  # the `LegacyAppProgress` field the tick sets (named when apps were created)
    label: str


LEGACY_APP_CHECKS: tuple[LegacyAppCheck, ...] = (
    LegacyAppCheck("app_created", "Open your legacy app in HubSpot"),
    LegacyAppCheck("scopes_enabled", "Check the app has these eight scopes"),
    LegacyAppCheck("webhook_url_added", "Check the app sends its webhooks to this URL"),
    LegacyAppCheck("subscriptions_added", "Check the app has these three subscriptions"),
    LegacyAppCheck("changes_committed", "Click Commit changes in HubSpot if you changed anything"),
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
        "Use the legacy private app your portal already has and paste its token",
    ),
    MethodFeature(
        "Tokens",
        "Issued and refreshed automatically",
        "One token you copy from the app; rotate it by hand",
    ),
    MethodFeature(
        "Webhooks",
        "Registered by OpenCX during install",
        "You check the webhook URL and three subscriptions on the app yourself",
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
    "Since 26 October 2026 HubSpot no longer lets anyone create a legacy app; apps that "
    "already exist keep working. HubSpot's newer Service Keys cannot stand in for one, "
    "because they cannot send OpenCX your new conversations. No legacy app in your portal? "
    "Choose Connect with HubSpot."
)


@dataclass(frozen=True)
class MethodChoice:
    """How the method page offers a connection method: by its outcome, not its mechanism."""

    method: Method
    title: str
    tagline: str
    summary: str


METHOD_CHOICES: tuple[MethodChoice, ...] = (
    MethodChoice(
        Method.OAUTH,
        "Connect with HubSpot",
        "Recommended · about two minutes",
        "Approve OpenCX in HubSpot in your browser. OpenCX sets up the rest and keeps the "
        "connection working, and adds its actions to HubSpot workflows.",
    ),
    MethodChoice(
        Method.LEGACY,
        "Use an existing legacy app",
        "Older setups",
        "Only for a HubSpot portal that already has a legacy app for OpenCX: HubSpot no "
        "longer lets anyone create new ones.",
    ),
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
    """The live test checklist: the guide's five checks, then the handoff's HubSpot ticket."""

    CONVERSATION_IN_HUBSPOT = "conversation_in_hubspot"
    OPENCX_SESSION = "opencx_session"
    AI_REPLY_POSTED = "ai_reply_posted"
    HANDOFF_TRIGGERED = "handoff_triggered"
    HANDOFF_NOTE = "handoff_note"
    HANDOFF_TICKET = "handoff_ticket"


CHECK_LABELS: dict[CheckId, str] = {
    CheckId.CONVERSATION_IN_HUBSPOT: "The conversation appears in HubSpot",
    CheckId.OPENCX_SESSION: "A matching session appears in the OpenCX inbox",
    CheckId.AI_REPLY_POSTED: "The AI reply posts back to the same HubSpot thread",
    CheckId.HANDOFF_TRIGGERED: "A handoff is triggered",
    CheckId.HANDOFF_NOTE: "The handoff note appears in HubSpot with a link to the OpenCX session",
    CheckId.HANDOFF_TICKET: "A HubSpot ticket tagged opencx_handedoff is created for your team",
}

# HubSpot only sees WhatsApp, SMS and phone conversations as a ticket after a handoff, so the
# live test runs on the two channels whose conversations live in a HubSpot inbox.
TESTABLE_CHANNELS: tuple[Channel, ...] = (Channel.EMAIL, Channel.WEB)
UNTESTABLE_CHANNEL_REASON = (
    "The test runs on email or web chat. WhatsApp, SMS and phone conversations never appear "
    "in HubSpot: HubSpot only gets a ticket when OpenCX hands one to your team."
)
