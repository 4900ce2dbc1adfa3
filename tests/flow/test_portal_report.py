"""The portal report: what was seen about the portal, what was not, and never a tier."""

from __future__ import annotations

from hubspot_setup.flow import changes
from hubspot_setup.flow import navigation as nav
from hubspot_setup.flow.answers import CheckStatus, Connection, Portal, Prerequisite
from hubspot_setup.flow.portal_report import (
    ChannelAccount,
    InboxFacts,
    InboxKind,
    Mark,
    PortalFacts,
    PortalType,
    build_report,
    report_of,
)
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import Method, StepId

REQUIRED = ("oauth", "conversations.read", "conversations.write", "tickets")
HELP_DESK = InboxFacts(
    name="Support",
    kind=InboxKind.HELP_DESK,
    channels=(ChannelAccount(kind="email", name="support@acme.test"),),
)
CHAT = InboxFacts(name="Website chat", channels=(ChannelAccount(kind="chat", name="acme.test"),))
HEALTHY = PortalFacts(
    required_scopes=REQUIRED,
    optional_scopes=("automation",),
    granted_scopes=(*REQUIRED, "automation"),
    inboxes=(HELP_DESK, CHAT),
)
TIER_WORDS = ("starter", "professional", "enterprise", "free")


def _by_topic(
    facts: PortalFacts | None,
    account_type: PortalType | None = PortalType.STANDARD,
    data_hosting_location: str | None = "na1",
) -> dict[str, tuple[Mark, str, str]]:
    report = build_report(Method.OAUTH, account_type, data_hosting_location, facts)
    return {line.topic: (line.mark, line.text, line.fix) for line in report.lines}


def test_a_healthy_portal_shows_what_was_seen_and_no_gap() -> None:
    report = build_report(Method.OAUTH, PortalType.STANDARD, "eu1", HEALTHY)
    lines = {line.topic: line for line in report.lines}
    assert report.gaps == ()
    assert lines["portal_type"].text == "Portal type: a standard HubSpot account."
    assert lines["region"].text == "Data hosted in: Europe (eu1)."
    inboxes = [line.text for line in report.lines if line.topic == "inboxes"]
    assert inboxes == [
        "Inbox: Support (help desk): Email support@acme.test",
        "Inbox: Website chat (inbox): Chat acme.test",
    ]
    assert lines["help_desk"].mark is Mark.INFO
    assert lines["permissions"].text == "Permissions: all 4 that OpenCX requires were granted."
    assert lines["scope:automation"].mark is Mark.SEEN


def test_no_line_ever_asserts_a_service_hub_tier() -> None:
    for facts in (HEALTHY, None, PortalFacts(granted_scopes=())):
        report = build_report(Method.OAUTH, None, None, facts)
        service_hub = [line for line in report.lines if line.topic == "service_hub"]
        assert [line.mark for line in service_hub] == [Mark.UNKNOWN]
        assert "not checked" in service_hub[0].text
        for line in report.lines:
            without_requirement = line.text.replace("Service Hub Starter or above", "")
            assert not any(word in without_requirement.lower() for word in TIER_WORDS), line


def test_optional_workflow_permission_left_out_says_what_it_disables() -> None:
    facts = HEALTHY.model_copy(update={"granted_scopes": REQUIRED})
    mark, text, fix = _by_topic(facts)["scope:automation"]
    assert mark is Mark.GAP
    assert "workflow actions are not added" in text
    assert "Everything else works" in fix
    assert not build_report(Method.OAUTH, PortalType.STANDARD, "na1", facts).gaps[0].blocking


def test_a_missing_required_permission_blocks_and_names_its_effect() -> None:
    facts = HEALTHY.model_copy(update={"granted_scopes": ("oauth", "conversations.read")})
    report = build_report(Method.LEGACY, PortalType.STANDARD, "na1", facts)
    gaps = {line.topic: line for line in report.gaps}
    assert set(gaps) >= {"scope:conversations.write", "scope:tickets"}
    assert gaps["scope:tickets"].blocking
    assert "handoffs create no HubSpot ticket" in gaps["scope:tickets"].text
    assert "Scopes tab" in gaps["scope:tickets"].fix  # the legacy app's fix
    assert any(line.topic == "workflow_actions" for line in report.lines)


def test_test_portals_and_missing_inboxes_or_channels_are_gaps() -> None:
    assert _by_topic(HEALTHY, account_type=PortalType.DEVELOPER_TEST)["portal_type"][0] is Mark.GAP
    assert _by_topic(HEALTHY, account_type=PortalType.SANDBOX)["portal_type"][0] is Mark.GAP
    no_inbox = _by_topic(HEALTHY.model_copy(update={"inboxes": ()}))["inboxes"]
    assert no_inbox[0] is Mark.GAP
    assert "Inboxes & Help Desks" in no_inbox[2]
    idle = InboxFacts(name="Chat", channels=(ChannelAccount(kind="chat", active=False),))
    lines = _by_topic(HEALTHY.model_copy(update={"inboxes": (idle,)}))
    assert lines["channels"][0] is Mark.GAP
    assert lines["inboxes"][1] == "Inbox: Chat (inbox): Chat (inactive)"
    assert lines["help_desk"][1].startswith("No help desk")


def test_what_could_not_be_read_is_said_not_guessed() -> None:
    unread = PortalFacts(unread={"inboxes": "HubSpot answered 403", "permissions": "403"})
    lines = _by_topic(unread, account_type=None, data_hosting_location=None)
    assert lines["portal_type"][0] is Mark.UNKNOWN
    assert lines["region"][0] is Mark.UNKNOWN
    assert lines["inboxes"][0] is Mark.UNKNOWN
    assert lines["permissions"][0] is Mark.UNKNOWN
    assert _by_topic(None)["inboxes"][1] == "Inboxes and permissions: not read yet."


def test_the_report_follows_the_state() -> None:
    state = WizardState()
    assert report_of(state.answers) is None
    portal = Portal(id=7, account_type=PortalType.SANDBOX, data_hosting_location="ap1")
    state = changes.connected(state, Connection(method=Method.OAUTH, portal=portal))
    state = changes.portal_facts_read(state, HEALTHY)
    again = WizardState.from_toml(state.to_toml())  # saved progress keeps the facts
    report = report_of(again.answers)
    assert report is not None
    assert report == report_of(state.answers)
    assert report.to_dict()["gaps"] == 1  # the sandbox account
    assert changes.disconnected(state).answers.portal_facts is None


def test_an_unanswered_service_hub_is_unverifiable_not_passed() -> None:
    # An answers file that never confirmed Service Hub: connecting cannot check it either.
    portal = Portal(id=7, account_type=PortalType.STANDARD)
    state = changes.connected(WizardState(), Connection(method=Method.OAUTH, portal=portal))
    answer = state.answers.prerequisites[Prerequisite.SERVICE_HUB]
    assert answer.status is CheckStatus.NOT_VERIFIABLE
    assert answer.detail is not None
    assert "does not tell apps" in answer.detail
    blocked = nav.blocker(state, StepId.PREREQUISITES)
    assert blocked is None or "Service Hub" not in blocked.reason
    again = changes.confirm_prerequisite(state, Prerequisite.SERVICE_HUB, confirmed=True)
    assert again.answers.prerequisites[Prerequisite.SERVICE_HUB].status is CheckStatus.CONFIRMED
