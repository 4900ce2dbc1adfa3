"""Where the admin sends the test message: the portal's own inbox address or chat page.

A test message only reaches OpenCX through a channel a HubSpot inbox owns, so the test page
names one: the email address connected to an inbox (for an email test) or the website whose
chat widget an inbox owns (for a web chat test). The portal report (`PortalFacts`) carries
the channels' names; the inbox list of the test page may carry an address in its plain
descriptions. Nothing known gives a place to look in HubSpot instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from hubspot_setup.flow.guide import Channel
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase

if TYPE_CHECKING:
    from hubspot_setup.flow.portal_report import PortalFacts
    from hubspot_setup.flow.ports import Inbox

_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_SITE = re.compile(r"(?:https?://)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/\S*)?")


class DestinationKind(StrEnum):
    EMAIL = "email"  # send an email to `value`
    CHAT = "chat"  # open `value` and write in the chat widget


@dataclass(frozen=True)
class Destination:
    kind: DestinationKind
    value: str  # what the admin copies: an email address or a website address
    inbox: str  # the HubSpot inbox that owns it


# HubSpot's channel-account types that carry each testable channel.
_KINDS: dict[Channel, DestinationKind] = {
    Channel.EMAIL: DestinationKind.EMAIL,
    Channel.WEB: DestinationKind.CHAT,
}

NO_EMAIL_ADDRESS = QT_TRANSLATE_NOOP(
    "flow.message_destination",
    "Use the email address connected to your HubSpot inbox: in HubSpot, open Settings → "
    "Inboxes, choose the inbox, and look under Channels.",
)
NO_CHAT_PAGE = QT_TRANSLATE_NOOP(
    "flow.message_destination",
    "Open a page of your website that shows the HubSpot chat widget: in HubSpot, open "
    "Settings → Inboxes, choose the inbox, and look under Channels for the chat.",
)


def where_to_find(channel: Channel) -> str:
    """One plain sentence for when no address is known."""
    hint: Phrase = NO_CHAT_PAGE if _KINDS.get(channel) is DestinationKind.CHAT else NO_EMAIL_ADDRESS
    return hint.text()


def message_destination(
    channel: Channel, facts: PortalFacts | None, inboxes: Sequence[Inbox] = ()
) -> Destination | None:
    """The first active inbox channel of the test's kind with a usable address, from the
    portal report first, then from the inbox list; None when none is known."""
    kind = _KINDS.get(channel)
    if kind is None:
        return None
    pattern = _EMAIL if kind is DestinationKind.EMAIL else _SITE
    for inbox_facts in (facts.inboxes or ()) if facts is not None else ():
        for account in inbox_facts.channels:
            if account.kind == kind.value and account.active:
                found = pattern.fullmatch(account.name.strip())
                if found is not None:
                    return Destination(kind, found.group(0), inbox_facts.name)
    for inbox in inboxes:
        for description, kind_name in zip(inbox.channels, inbox.channel_types, strict=False):
            if kind_name == kind.value and kind is DestinationKind.EMAIL:
                # A plain description such as "Email: help@acme.test".
                found = _EMAIL.search(description)
                if found is not None:
                    return Destination(kind, found.group(0), inbox.name)
    return None
