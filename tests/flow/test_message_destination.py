"""Where the test message goes: the inbox's address or chat page, from what was read."""

from __future__ import annotations

from hubspot_setup.flow.guide import Channel
from hubspot_setup.flow.message_destination import (
    NO_CHAT_PAGE,
    NO_EMAIL_ADDRESS,
    Destination,
    DestinationKind,
    message_destination,
    where_to_find,
)
from hubspot_setup.flow.portal_report import ChannelAccount, InboxFacts, PortalFacts
from hubspot_setup.flow.ports import Inbox

FACTS = PortalFacts(
    inboxes=(
        InboxFacts(
            name="Old", channels=(ChannelAccount(kind="email", name="old@acme.test", active=False),)
        ),
        InboxFacts(
            name="Support", channels=(ChannelAccount(kind="email", name="support@acme.test"),)
        ),
        InboxFacts(name="Website chat", channels=(ChannelAccount(kind="chat", name="acme.test"),)),
    )
)


def test_the_first_active_address_of_the_channels_kind() -> None:
    assert message_destination(Channel.EMAIL, FACTS) == Destination(
        DestinationKind.EMAIL, "support@acme.test", "Support"
    )
    assert message_destination(Channel.WEB, FACTS) == Destination(
        DestinationKind.CHAT, "acme.test", "Website chat"
    )


def test_a_name_that_is_no_address_is_not_offered() -> None:
    facts = PortalFacts(
        inboxes=(
            InboxFacts(name="Chat", channels=(ChannelAccount(kind="chat", name="Website chat"),)),
        )
    )
    assert message_destination(Channel.WEB, facts) is None
    assert message_destination(Channel.SMS, FACTS) is None  # no inbox channel to name


def test_the_inbox_list_is_used_when_the_report_has_none() -> None:
    inboxes = [
        Inbox(name="Help", channels=("Email: help@acme.test",), channel_types=("email",)),
    ]
    assert message_destination(Channel.EMAIL, None, inboxes) == Destination(
        DestinationKind.EMAIL, "help@acme.test", "Help"
    )
    unnamed = [Inbox(name="Help", channels=("Email: Help",), channel_types=("email",))]
    assert message_destination(Channel.EMAIL, PortalFacts(), unnamed) is None


def test_where_to_find_is_one_sentence_per_kind() -> None:
    assert where_to_find(Channel.EMAIL) == NO_EMAIL_ADDRESS.text()
    assert where_to_find(Channel.WEB) == NO_CHAT_PAGE.text()
    assert ". " not in NO_EMAIL_ADDRESS.source
    assert ". " not in NO_CHAT_PAGE.source
