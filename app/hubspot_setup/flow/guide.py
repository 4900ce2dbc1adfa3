"""What the OpenCX setup guide prescribes, as data the pages, the CLI and the checks share.

Its sentences are `Phrase`s (translated by `.text()` where they are shown), except the names
OpenCX and HubSpot give things themselves (scopes, event types, workflow action names).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase


class Channel(StrEnum):
    """Autopilot is configured per channel (the guide's list)."""

    EMAIL = "email"
    WEB = "web"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    PHONE = "phone"


CHANNEL_LABELS: dict[Channel, Phrase] = {
    Channel.EMAIL: QT_TRANSLATE_NOOP("flow.guide", "Email"),
    Channel.WEB: QT_TRANSLATE_NOOP("flow.guide", "Web"),
    Channel.SMS: QT_TRANSLATE_NOOP("flow.guide", "SMS"),
    Channel.WHATSAPP: QT_TRANSLATE_NOOP("flow.guide", "WhatsApp"),
    Channel.PHONE: QT_TRANSLATE_NOOP("flow.guide", "Phone"),
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
    object_type: Phrase  # as HubSpot's Webhooks tab lists it (in the admin's language)
    event: Phrase
    event_type: str  # HubSpot's eventType name (technical detail, for tooltips and logs)


# Under HubSpot's own names. The third is a ticket subscription, not a conversation one, and
# HubSpot has no `conversation.messageCreated` (a name some OpenCX pages use).
LEGACY_WEBHOOK_SUBSCRIPTIONS: tuple[WebhookSubscription, ...] = (
    WebhookSubscription(
        QT_TRANSLATE_NOOP("flow.guide", "Conversation"),
        QT_TRANSLATE_NOOP("flow.guide", "New message"),
        "conversation.newMessage",
    ),
    WebhookSubscription(
        QT_TRANSLATE_NOOP("flow.guide", "Conversation"),
        QT_TRANSLATE_NOOP("flow.guide", "Creation"),
        "conversation.creation",
    ),
    WebhookSubscription(
        QT_TRANSLATE_NOOP("flow.guide", "Ticket"),
        QT_TRANSLATE_NOOP("flow.guide", "Property change"),
        "ticket.propertyChange",
    ),
)

# Where an existing legacy app lives in HubSpot (OpenCX's HubSpot connect page), under the
# menu names HubSpot shows in the admin's language.
LEGACY_APP_LOCATION: tuple[Phrase, ...] = (
    QT_TRANSLATE_NOOP("flow.guide", "Settings"),
    QT_TRANSLATE_NOOP("flow.guide", "Integrations"),
    QT_TRANSLATE_NOOP("flow.guide", "Private Apps"),
    QT_TRANSLATE_NOOP("flow.guide", "Legacy Apps"),
)


@dataclass(frozen=True)
class LegacyAppCheck:
    """One thing the admin checks on the existing legacy app, and ticks when it matches."""

    field: str  # the `LegacyAppProgress` field the tick sets (named when apps were created)
    label: Phrase


LEGACY_APP_CHECKS: tuple[LegacyAppCheck, ...] = (
    LegacyAppCheck(
        "app_created", QT_TRANSLATE_NOOP("flow.guide", "Open your legacy app in HubSpot")
    ),
    LegacyAppCheck(
        "scopes_enabled", QT_TRANSLATE_NOOP("flow.guide", "Check the app has these eight scopes")
    ),
    LegacyAppCheck(
        "webhook_url_added",
        QT_TRANSLATE_NOOP("flow.guide", "Check the app sends its webhooks to this URL"),
    ),
    LegacyAppCheck(
        "subscriptions_added",
        QT_TRANSLATE_NOOP("flow.guide", "Check the app has these three subscriptions"),
    ),
    LegacyAppCheck(
        "changes_committed",
        QT_TRANSLATE_NOOP("flow.guide", "Click Commit changes in HubSpot if you changed anything"),
    ),
)

# What the OAuth consent screen asks for, in the guide's words.
OAUTH_PERMISSION_AREAS: tuple[Phrase, ...] = (
    QT_TRANSLATE_NOOP("flow.guide", "conversations"),
    QT_TRANSLATE_NOOP("flow.guide", "tickets"),
    QT_TRANSLATE_NOOP("flow.guide", "contacts"),
    QT_TRANSLATE_NOOP("flow.guide", "companies"),
    QT_TRANSLATE_NOOP("flow.guide", "deals"),
    QT_TRANSLATE_NOOP("flow.guide", "owners"),
    QT_TRANSLATE_NOOP("flow.guide", "files"),
    QT_TRANSLATE_NOOP("flow.guide", "lists"),
    QT_TRANSLATE_NOOP("flow.guide", "HubSpot workflow actions"),
)


@dataclass(frozen=True)
class MethodFeature:
    aspect: Phrase
    oauth: Phrase
    legacy: Phrase


# The guide's comparison table, extended with what the legacy path means for each row.
METHOD_COMPARISON: tuple[MethodFeature, ...] = (
    MethodFeature(
        QT_TRANSLATE_NOOP("flow.guide", "Connection"),
        QT_TRANSLATE_NOOP("flow.guide", "Approve OpenCX on HubSpot's consent screen"),
        QT_TRANSLATE_NOOP(
            "flow.guide", "Use the legacy private app your portal already has and paste its token"
        ),
    ),
    MethodFeature(
        QT_TRANSLATE_NOOP("flow.guide", "Tokens"),
        QT_TRANSLATE_NOOP("flow.guide", "Issued and refreshed automatically"),
        QT_TRANSLATE_NOOP("flow.guide", "One token you copy from the app; rotate it by hand"),
    ),
    MethodFeature(
        QT_TRANSLATE_NOOP("flow.guide", "Webhooks"),
        QT_TRANSLATE_NOOP("flow.guide", "Registered by OpenCX during install"),
        QT_TRANSLATE_NOOP(
            "flow.guide", "You check the webhook URL and three subscriptions on the app yourself"
        ),
    ),
    MethodFeature(
        QT_TRANSLATE_NOOP("flow.guide", "AI sender"),
        QT_TRANSLATE_NOOP("flow.guide", "Picked from a HubSpot teammate dropdown after connect"),
        QT_TRANSLATE_NOOP("flow.guide", "A default HubSpot user, picked from your teammates"),
    ),
    MethodFeature(
        QT_TRANSLATE_NOOP("flow.guide", "Workflow actions"),
        QT_TRANSLATE_NOOP("flow.guide", "Adds OpenCX actions to HubSpot workflows"),
        QT_TRANSLATE_NOOP("flow.guide", "Not available"),
    ),
)

LEGACY_SUNSET_NOTICE = QT_TRANSLATE_NOOP(
    "flow.guide",
    "Since 26 October 2026 HubSpot no longer lets anyone create a legacy app; apps that "
    "already exist keep working. HubSpot's newer Service Keys cannot stand in for one, "
    "because they cannot send OpenCX your new conversations. No legacy app in your portal? "
    "Choose Connect with HubSpot.",
)


@dataclass(frozen=True)
class MethodChoice:
    """How the method page offers a connection method: by its outcome, not its mechanism."""

    method: Method
    title: Phrase
    tagline: Phrase
    summary: Phrase


METHOD_CHOICES: tuple[MethodChoice, ...] = (
    MethodChoice(
        Method.OAUTH,
        QT_TRANSLATE_NOOP("flow.guide", "Connect with HubSpot"),
        QT_TRANSLATE_NOOP("flow.guide", "Recommended · about two minutes"),
        QT_TRANSLATE_NOOP(
            "flow.guide",
            "Approve OpenCX in HubSpot in your browser. OpenCX sets up the rest and keeps the "
            "connection working, and adds its actions to HubSpot workflows.",
        ),
    ),
    MethodChoice(
        Method.LEGACY,
        QT_TRANSLATE_NOOP("flow.guide", "Use an existing legacy app"),
        QT_TRANSLATE_NOOP("flow.guide", "Older setups"),
        QT_TRANSLATE_NOOP(
            "flow.guide",
            "Only for a HubSpot portal that already has a legacy app for OpenCX: HubSpot no "
            "longer lets anyone create new ones.",
        ),
    ),
)


@dataclass(frozen=True)
class WorkflowAction:
    id: str
    name: str  # OpenCX's name for it in HubSpot's workflow editor: never translated
    use_when: Phrase


WORKFLOW_ACTIONS: tuple[WorkflowAction, ...] = (
    WorkflowAction(
        "pause_ai",
        "Pause OpenCX AI",
        QT_TRANSLATE_NOOP("flow.guide", "A HubSpot workflow claims the conversation for a human."),
    ),
    WorkflowAction(
        "resume_ai",
        "Resume OpenCX AI",
        QT_TRANSLATE_NOOP("flow.guide", "A workflow returns a handed-off conversation to the AI."),
    ),
    WorkflowAction(
        "send_to_ai",
        "Send to OpenCX AI",
        QT_TRANSLATE_NOOP(
            "flow.guide",
            "A workflow decides the latest customer message should be processed by the AI.",
        ),
    ),
    WorkflowAction(
        "request_handoff",
        "Request OpenCX handoff",
        QT_TRANSLATE_NOOP(
            "flow.guide", "HubSpot should ask OpenCX to hand the session to a human."
        ),
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


CHECK_LABELS: dict[CheckId, Phrase] = {
    CheckId.CONVERSATION_IN_HUBSPOT: QT_TRANSLATE_NOOP(
        "flow.guide", "The conversation appears in HubSpot"
    ),
    CheckId.OPENCX_SESSION: QT_TRANSLATE_NOOP(
        "flow.guide", "A matching session appears in the OpenCX inbox"
    ),
    CheckId.AI_REPLY_POSTED: QT_TRANSLATE_NOOP(
        "flow.guide", "The AI reply posts back to the same HubSpot thread"
    ),
    CheckId.HANDOFF_TRIGGERED: QT_TRANSLATE_NOOP("flow.guide", "A handoff is triggered"),
    CheckId.HANDOFF_NOTE: QT_TRANSLATE_NOOP(
        "flow.guide", "The handoff note appears in HubSpot with a link to the OpenCX session"
    ),
    CheckId.HANDOFF_TICKET: QT_TRANSLATE_NOOP(
        "flow.guide", "A HubSpot ticket tagged opencx_handedoff is created for your team"
    ),
}

# HubSpot only sees WhatsApp, SMS and phone conversations as a ticket after a handoff, so the
# live test runs on the two channels whose conversations live in a HubSpot inbox.
TESTABLE_CHANNELS: tuple[Channel, ...] = (Channel.EMAIL, Channel.WEB)
UNTESTABLE_CHANNEL_REASON = QT_TRANSLATE_NOOP(
    "flow.guide",
    "The test runs on email or web chat. WhatsApp, SMS and phone conversations never appear "
    "in HubSpot: HubSpot only gets a ticket when OpenCX hands one to your team.",
)
