"""Plain-words descriptions of the answers, shared by the summary and manage pages."""

from __future__ import annotations

from html import escape

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState, Connection, Teammate
from hubspot_setup.flow.checklist import first_stall
from hubspot_setup.flow.guide import CHANNEL_LABELS, CHECK_LABELS, WORKFLOW_ACTIONS, CheckId
from hubspot_setup.flow.hubspot_inbox import inbox_url
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.words import format_number, translate


def link(url: str, text: str) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'


def portal_url(connection: Connection) -> str | None:
    """The portal's HubSpot inbox, where the test conversation shows up (None: the reported
    domain is not HubSpot's, so no link)."""
    return inbox_url(connection.portal)


def method_text(connection: Connection | None) -> str:
    if connection is None:
        return translate("gui.answer_text", "Not connected")
    if connection.needs_reconnect:
        return translate("gui.answer_text", "Reconnect required")
    if connection.method is Method.OAUTH:
        return translate("gui.answer_text", "Connected through “Connect with HubSpot”")
    return translate("gui.answer_text", "Connected with a legacy private app")


def portal_text(connection: Connection | None) -> str:
    if connection is None:
        return translate("gui.answer_text", "None")
    portal = connection.portal
    name = escape(portal.domain) if portal.domain else translate("gui.answer_text", "Portal")
    url = portal_url(connection)
    inbox = translate("gui.answer_text", "Open the HubSpot inbox")
    opened = f" · {link(url, inbox)}" if url else ""
    return translate("gui.answer_text", "%1 (portal ID %2)").arg(name, portal.id) + opened


def account_text(answers: Answers) -> str:
    account = answers.account
    if account is None:
        return translate("gui.answer_text", "Not signed in")
    return escape(
        translate("gui.answer_text", "%1 (signed in as %2)").arg(
            account.organization_name, account.user_email
        )
    )


def person_text(teammate: Teammate) -> str:
    """A teammate as rich text: the name in bold, the email after it (escaped: server text)."""
    name = f"<b>{escape(teammate.display_name)}</b>"
    if teammate.name and teammate.email:
        return f"{name} ({escape(teammate.email)})"
    return name


def sender_text(answers: Answers) -> str:
    method = answers.connection.method if answers.connection else answers.method
    if method is Method.LEGACY:
        user = answers.legacy.default_user
        if user is not None:
            return person_text(user)
        if answers.legacy.default_user_id:
            # Named once the teammates are read (`SetupController.resolve_default_user`).
            return escape(
                translate("gui.answer_text", "User ID %1").arg(answers.legacy.default_user_id)
            )
        return translate("gui.answer_text", "Not chosen")
    if answers.sender:
        return person_text(answers.sender)
    return translate("gui.answer_text", "Not chosen")


def autopilot_text(answers: Answers) -> str:
    if not answers.autopilot:
        return translate("gui.answer_text", "Not read from OpenCX yet")
    on = ", ".join(CHANNEL_LABELS[c].text() for c, enabled in answers.autopilot.items() if enabled)
    off = ", ".join(
        CHANNEL_LABELS[c].text() for c, enabled in answers.autopilot.items() if not enabled
    )
    if on and off:
        text = translate("gui.answer_text", "on for %1; off for %2").arg(on, off)
    elif on:
        text = translate("gui.answer_text", "on for %1").arg(on)
    else:
        text = translate("gui.answer_text", "off for %1").arg(off)
    return escape(text)


def signatures_text(answers: Answers) -> str:
    if not answers.signatures:
        return translate("gui.answer_text", "None (optional)")
    return escape(", ".join(rule.pattern for rule in answers.signatures))


def actions_text(answers: Answers) -> str:
    installed = answers.workflow_actions_installed
    if not installed:
        return translate("gui.answer_text", "Not reported")
    ready = sum(1 for action in WORKFLOW_ACTIONS if installed.get(action.id))
    if ready == len(WORKFLOW_ACTIONS):
        return translate("gui.answer_text", "All four installed")
    return translate("gui.answer_text", "%1 of %2 installed").arg(
        format_number(ready), format_number(len(WORKFLOW_ACTIONS))
    )


def checklist_text(test: ChecklistOutcome | None) -> str:
    if test is None or (test.run_id is None and not test.skipped):
        return translate("gui.answer_text", "Not run yet")
    if test.skipped:
        return translate("gui.answer_text", "Skipped")
    session = test.links.get(CheckId.OPENCX_SESSION)
    session_link = translate("gui.answer_text", "Open the OpenCX session")
    opened = f" · {link(session, session_link)}" if session else ""
    if test.passed:
        expected = first_stall(test)  # a handoff topic, no ticket creation: not faults
        if expected is None:
            return translate("gui.answer_text", "All checks passed") + opened
        label = CHECK_LABELS[expected.check].text()
        passed = translate("gui.answer_text", "Passed; as set up, not done: %1").arg(label)
        return escape(passed) + opened
    stalled = [check for check, state in test.checks.items() if state is CheckState.STALLED]
    if stalled:
        stopped = translate("gui.answer_text", "Stopped at: %1").arg(
            CHECK_LABELS[stalled[0]].text()
        )
        return escape(stopped) + opened
    done = sum(1 for state in test.checks.values() if state is CheckState.PASSED)
    return (
        translate("gui.answer_text", "Not finished (%1 of 5 checks passed)").arg(
            format_number(done)
        )
        + opened
    )
