"""What could be verified about the connected HubSpot portal, and what could not.

HubSpot has no API that tells a portal's Service Hub subscription, so the assistant never
states one. It reports what it saw instead: the portal type and data-hosting region
(`account-info`), the inboxes with their type and connected channels (conversations API), and
the permissions HubSpot granted against those OpenCX requires and asks for optionally, each
gap with what it switches off. `PortalFacts` is what was read (kept in the answers, so the
summary, `doctor` and the diagnostics bundle show the same); `build_report` turns it into the
lines an admin reads. The wording lives here, in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.words import PLURAL, QT_TRANSLATE_NOOP, Phrase, translate

if TYPE_CHECKING:  # answers imports this module for its models
    from hubspot_setup.flow.answers import Answers


class PortalType(StrEnum):
    """HubSpot's `accountType` (account-info), in the contract's lower case."""

    STANDARD = "standard"
    SANDBOX = "sandbox"
    DEVELOPER_TEST = "developer_test"
    APP_DEVELOPER = "app_developer"


class InboxKind(StrEnum):
    """HubSpot's inbox `type`: the ordinary conversations inbox or the help desk workspace."""

    INBOX = "inbox"
    HELP_DESK = "help_desk"


class _Facts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ChannelAccount(_Facts):
    """A channel connected to an inbox (HubSpot's channel account): "email", "chat", ..."""

    kind: str
    name: str = ""
    active: bool = True


class InboxFacts(_Facts):
    name: str
    kind: InboxKind = InboxKind.INBOX
    channels: tuple[ChannelAccount, ...] = ()


class PortalFacts(_Facts):
    """What was read about the portal's inboxes and permissions (portal type and region sit
    on `Portal`). None means "not reported"; `unread` says why a part could not be read."""

    required_scopes: tuple[str, ...] = ()
    optional_scopes: tuple[str, ...] = ()
    granted_scopes: tuple[str, ...] | None = None
    inboxes: tuple[InboxFacts, ...] | None = None
    unread: dict[str, str] = Field(default_factory=dict)  # part -> technical reason
    read_at: datetime | None = None


class Mark(StrEnum):
    SEEN = "seen"  # verified and fine
    INFO = "info"  # verified, worth knowing, nothing to fix
    GAP = "gap"  # verified, and something is switched off or missing
    UNKNOWN = "unknown"  # could not be verified


@dataclass(frozen=True)
class ReportLine:
    topic: str  # a stable id for scripts: "portal_type", "scope:automation", ...
    mark: Mark
    text: str
    fix: str = ""
    details: str = ""
    # A gap that stops OpenCX from answering (a required permission, no inbox or channel),
    # as opposed to one that only switches an extra off or is a choice (a test portal).
    blocking: bool = False

    def to_dict(self) -> dict[str, str | bool]:
        return {
            "topic": self.topic,
            "mark": self.mark.value,
            "text": self.text,
            "fix": self.fix,
            "details": self.details,
            "blocking": self.blocking,
        }


@dataclass(frozen=True)
class PortalReport:
    lines: tuple[ReportLine, ...]

    @property
    def gaps(self) -> tuple[ReportLine, ...]:
        return tuple(line for line in self.lines if line.mark is Mark.GAP)

    def to_dict(self) -> dict[str, Any]:
        return {
            "gaps": len(self.gaps),
            "lines": [line.to_dict() for line in self.lines],
        }


# What each HubSpot permission (scope) lets OpenCX do, said as what stops working without it
# (a whole clause: the report's sentences put it after a colon or "so").
SCOPE_DISABLES: dict[str, Phrase] = {
    "oauth": QT_TRANSLATE_NOOP("flow.portal_report", "OpenCX cannot read the portal's details"),
    "conversations.read": QT_TRANSLATE_NOOP(
        "flow.portal_report", "OpenCX does not see new conversations, so the AI never answers"
    ),
    "conversations.write": QT_TRANSLATE_NOOP(
        "flow.portal_report", "the AI cannot post replies or handoff notes in HubSpot"
    ),
    "tickets": QT_TRANSLATE_NOOP("flow.portal_report", "handoffs create no HubSpot ticket"),
    "crm.objects.contacts.read": QT_TRANSLATE_NOOP(
        "flow.portal_report", "OpenCX cannot find the customer's contact"
    ),
    "crm.objects.contacts.write": QT_TRANSLATE_NOOP(
        "flow.portal_report", "OpenCX cannot create a contact for a new customer"
    ),
    "crm.objects.companies.read": QT_TRANSLATE_NOOP(
        "flow.portal_report", "the AI does not see the customer's company"
    ),
    "crm.objects.deals.read": QT_TRANSLATE_NOOP(
        "flow.portal_report", "the AI does not see the customer's deals"
    ),
    "crm.objects.owners.read": QT_TRANSLATE_NOOP(
        "flow.portal_report", "your teammates cannot be listed to pick who the AI posts as"
    ),
    "files": QT_TRANSLATE_NOOP(
        "flow.portal_report", "attachments cannot be passed between HubSpot and OpenCX"
    ),
    "crm.lists.read": QT_TRANSLATE_NOOP("flow.portal_report", "HubSpot lists cannot be used"),
    "automation": QT_TRANSLATE_NOOP(
        "flow.portal_report", "the four OpenCX workflow actions are not added to HubSpot workflows"
    ),
}

# What an optional permission is for, in the admin's words.
OPTIONAL_SCOPE_FEATURES: dict[str, Phrase] = {
    "automation": QT_TRANSLATE_NOOP("flow.portal_report", "workflow actions")
}

PORTAL_TYPE_WORDS: dict[PortalType, Phrase] = {
    PortalType.STANDARD: QT_TRANSLATE_NOOP("flow.portal_report", "a standard HubSpot account"),
    PortalType.SANDBOX: QT_TRANSLATE_NOOP("flow.portal_report", "a HubSpot sandbox account"),
    PortalType.DEVELOPER_TEST: QT_TRANSLATE_NOOP("flow.portal_report", "a developer test account"),
    PortalType.APP_DEVELOPER: QT_TRANSLATE_NOOP("flow.portal_report", "an app developer account"),
}

REGION_WORDS: dict[str, Phrase] = {
    "na1": QT_TRANSLATE_NOOP("flow.portal_report", "North America"),
    "na2": QT_TRANSLATE_NOOP("flow.portal_report", "North America"),
    "eu1": QT_TRANSLATE_NOOP("flow.portal_report", "Europe"),
    "ap1": QT_TRANSLATE_NOOP("flow.portal_report", "Asia Pacific"),
}

CHANNEL_WORDS: dict[str, Phrase] = {
    "email": QT_TRANSLATE_NOOP("flow.portal_report", "Email"),
    "chat": QT_TRANSLATE_NOOP("flow.portal_report", "Chat"),
    "form": QT_TRANSLATE_NOOP("flow.portal_report", "Form"),
    "calling": QT_TRANSLATE_NOOP("flow.portal_report", "Calling"),
    "sms": QT_TRANSLATE_NOOP("flow.portal_report", "SMS"),
}
# Channels named after their product: the same in every language.
CHANNEL_PRODUCTS: dict[str, str] = {
    "facebook_messenger": "Facebook Messenger",
    "whatsapp": "WhatsApp",
}


def region_text(location: str | None) -> str | None:
    if not location:
        return None
    words = REGION_WORDS.get(location.lower())
    return f"{words.text()} ({location})" if words else location


def channel_text(channel: ChannelAccount) -> str:
    words = CHANNEL_WORDS.get(channel.kind)
    kind = (
        words.text()
        if words
        else CHANNEL_PRODUCTS.get(channel.kind, channel.kind.replace("_", " ").capitalize())
    )
    text = f"{kind} {channel.name}".strip() if channel.name else kind
    if channel.active:
        return text
    return translate("flow.portal_report", "%1 (inactive)").arg(text)


def inbox_text(inbox: InboxFacts) -> str:
    channels = ", ".join(channel_text(c) for c in inbox.channels) or translate(
        "flow.portal_report", "no channel connected"
    )
    if inbox.kind is InboxKind.HELP_DESK:
        return translate("flow.portal_report", "%1 (help desk): %2").arg(inbox.name, channels)
    return translate("flow.portal_report", "%1 (inbox): %2").arg(inbox.name, channels)


def build_report(
    method: Method,
    account_type: PortalType | None,
    data_hosting_location: str | None,
    facts: PortalFacts | None,
) -> PortalReport:
    """The report's lines, in reading order: the portal, its inboxes, the permissions, then
    the one thing no API can tell (the Service Hub subscription)."""
    if facts is None:
        not_read = translate("flow.portal_report", "Inboxes and permissions: not read yet.")
        observed = [ReportLine("inboxes", Mark.UNKNOWN, not_read)]
    else:
        observed = [*_inbox_lines(facts), *_permission_lines(method, facts)]
    service_hub = translate(
        "flow.portal_report",
        "Service Hub subscription: not checked, because HubSpot does not tell apps. OpenCX "
        "needs Service Hub Starter or above: you can see yours in HubSpot under Account & "
        "Billing.",
    )
    lines = [
        _portal_type_line(account_type),
        _region_line(data_hosting_location),
        *observed,
        ReportLine("service_hub", Mark.UNKNOWN, service_hub),
    ]
    return PortalReport(tuple(lines))


def report_of(answers: Answers) -> PortalReport | None:
    """The report for the connected portal, or None while nothing is connected."""
    connection = answers.connection
    if connection is None:
        return None
    portal = connection.portal
    return build_report(
        connection.method, portal.account_type, portal.data_hosting_location, answers.portal_facts
    )


def _portal_type_line(account_type: PortalType | None) -> ReportLine:
    if account_type is None:
        return ReportLine(
            "portal_type",
            Mark.UNKNOWN,
            translate("flow.portal_report", "Portal type: not reported by HubSpot."),
        )
    words = PORTAL_TYPE_WORDS[account_type].text()
    if account_type is PortalType.STANDARD:
        return ReportLine(
            "portal_type", Mark.SEEN, translate("flow.portal_report", "Portal type: %1.").arg(words)
        )
    return ReportLine(
        "portal_type",
        Mark.GAP,
        translate(
            "flow.portal_report",
            "Portal type: %1, meant for trying things out, not for real customers.",
        ).arg(words),
        translate(
            "flow.portal_report",
            "Fine for a trial. For your customers, disconnect and connect your standard portal.",
        ),
    )


def _region_line(location: str | None) -> ReportLine:
    where = region_text(location)
    if where is None:
        return ReportLine(
            "region",
            Mark.UNKNOWN,
            translate("flow.portal_report", "Data hosting region: not reported by HubSpot."),
        )
    return ReportLine(
        "region", Mark.INFO, translate("flow.portal_report", "Data hosted in: %1.").arg(where)
    )


def _inbox_lines(facts: PortalFacts) -> list[ReportLine]:
    inboxes = facts.inboxes
    if inboxes is None:
        return [
            ReportLine(
                "inboxes",
                Mark.UNKNOWN,
                translate(
                    "flow.portal_report",
                    "Inboxes: could not be read, so the inboxes and channels were not checked.",
                ),
                translate(
                    "flow.portal_report",
                    "Check again in a moment. If it keeps failing, check the conversations "
                    "permission below.",
                ),
                facts.unread.get("inboxes", ""),
            )
        ]
    if not inboxes:
        return [
            ReportLine(
                "inboxes",
                Mark.GAP,
                translate(
                    "flow.portal_report",
                    "Inboxes: none found. OpenCX only sees conversations that arrive in a "
                    "HubSpot inbox.",
                ),
                translate(
                    "flow.portal_report",
                    "In HubSpot, create an inbox (Settings → Inboxes & Help Desks) and connect "
                    "an email address or the chat widget to it.",
                ),
                blocking=True,
            )
        ]
    lines = [
        ReportLine(
            "inboxes", Mark.SEEN, translate("flow.portal_report", "Inbox: %1").arg(inbox_text(i))
        )
        for i in inboxes
    ]
    if not any(c.active for i in inboxes for c in i.channels):
        lines.append(
            ReportLine(
                "channels",
                Mark.GAP,
                translate(
                    "flow.portal_report",
                    "No email address or chat is connected to an inbox, so a test message has "
                    "nowhere to arrive.",
                ),
                translate(
                    "flow.portal_report",
                    "In HubSpot, connect an email address or the chat widget to an inbox "
                    "(Settings → Inboxes & Help Desks).",
                ),
                blocking=True,
            )
        )
    if any(i.kind is InboxKind.HELP_DESK for i in inboxes):
        in_use = translate("flow.portal_report", "A help desk is in use in this portal.")
        lines.append(ReportLine("help_desk", Mark.INFO, in_use))
    else:
        lines.append(
            ReportLine(
                "help_desk",
                Mark.INFO,
                translate(
                    "flow.portal_report",
                    "No help desk: conversations arrive in an ordinary inbox, which OpenCX also "
                    "answers.",
                ),
            )
        )
    return lines


def _permission_lines(method: Method, facts: PortalFacts) -> list[ReportLine]:
    granted = facts.granted_scopes
    if granted is None:
        return [
            ReportLine(
                "permissions",
                Mark.UNKNOWN,
                translate(
                    "flow.portal_report",
                    "Permissions: HubSpot did not report which permissions were granted.",
                ),
                details=facts.unread.get("permissions", ""),
            )
        ]
    missing = [s for s in facts.required_scopes if s not in granted]
    lines: list[ReportLine] = []
    if missing:
        lines.extend(
            ReportLine(
                f"scope:{scope}",
                Mark.GAP,
                translate("flow.portal_report", "Permission %1 is missing: %2.").arg(
                    scope, _disables(scope, translate("flow.portal_report", "OpenCX needs it"))
                ),
                _missing_required_fix(method),
                blocking=True,
            )
            for scope in missing
        )
    else:
        count = len(facts.required_scopes)
        # lupdate drops a plural whose count is followed by a comma: no formatter here.
        # fmt: off
        all_granted = translate("flow.portal_report",
                                "Permissions: all %n that OpenCX requires were granted.",
                                None, PLURAL, count)
        # fmt: on
        lines.append(ReportLine("permissions", Mark.SEEN, all_granted))
    for scope in facts.optional_scopes:
        if scope in granted:
            granted_text = translate("flow.portal_report", "%1: granted.").arg(
                _optional_name(scope)
            )
            lines.append(ReportLine(f"scope:{scope}", Mark.SEEN, granted_text))
        else:
            disables = _disables(
                scope, translate("flow.portal_report", "an optional feature is off")
            )
            lines.append(
                ReportLine(
                    f"scope:{scope}",
                    Mark.GAP,
                    translate(
                        "flow.portal_report",
                        "%1: not granted, so %2. HubSpot leaves it out when the portal's "
                        "subscription does not include it.",
                    ).arg(_optional_name(scope), disables),
                    translate(
                        "flow.portal_report",
                        "Everything else works. If your subscription includes workflows, "
                        "disconnect and connect again.",
                    ),
                )
            )
    if method is Method.LEGACY:
        lines.append(
            ReportLine(
                "workflow_actions",
                Mark.INFO,
                translate(
                    "flow.portal_report",
                    "Workflow actions: not available with a legacy private app (only with "
                    "“Connect with HubSpot”).",
                ),
            )
        )
    return lines


def _disables(scope: str, otherwise: str) -> str:
    """What stops working without `scope`, or `otherwise` for a scope not described here."""
    words = SCOPE_DISABLES.get(scope)
    return words.text() if words else otherwise


def _optional_name(scope: str) -> str:
    feature = OPTIONAL_SCOPE_FEATURES.get(scope)
    if feature:
        return translate("flow.portal_report", "Optional permission %1 (%2)").arg(
            scope, feature.text()
        )
    return translate("flow.portal_report", "Optional permission %1").arg(scope)


def _missing_required_fix(method: Method) -> str:
    if method is Method.LEGACY:
        return translate(
            "flow.portal_report",
            "Add it on the legacy app's Scopes tab in HubSpot, click Commit changes, then "
            "check the token again.",
        )
    return translate(
        "flow.portal_report",
        "Disconnect, then connect with HubSpot again and approve every permission.",
    )
