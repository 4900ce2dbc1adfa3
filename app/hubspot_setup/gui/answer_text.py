"""Plain-words descriptions of the answers, shared by the summary and manage pages."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState, Connection, Teammate
from hubspot_setup.flow.checklist import first_stall
from hubspot_setup.flow.guide import CHANNEL_LABELS, CHECK_LABELS, WORKFLOW_ACTIONS, CheckId
from hubspot_setup.flow.hubspot_inbox import inbox_url
from hubspot_setup.flow.steps import Method


def tr(text: str) -> str:
    return QCoreApplication.translate("answer_text", text)


def link(url: str, text: str) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'


def portal_url(connection: Connection) -> str | None:
    """The portal's HubSpot inbox, where the test conversation shows up (None: the reported
    domain is not HubSpot's, so no link)."""
    return inbox_url(connection.portal)


def method_text(connection: Connection | None) -> str:
    if connection is None:
        return tr("Not connected")
    if connection.needs_reconnect:
        return tr("Reconnect required")
    if connection.method is Method.OAUTH:
        return tr("Connected via OAuth (the OpenCX HubSpot app)")
    return tr("Connected with a legacy private app")


def portal_text(connection: Connection | None) -> str:
    if connection is None:
        return tr("None")
    portal = connection.portal
    name = escape(portal.domain) if portal.domain else tr("Portal")
    url = portal_url(connection)
    opened = f" · {link(url, tr('Open the HubSpot inbox'))}" if url else ""
    return f"{name} ({tr('portal ID')} {portal.id}){opened}"


def account_text(answers: Answers) -> str:
    account = answers.account
    if account is None:
        return tr("Not signed in")
    return escape(f"{account.organization_name} ({tr('signed in as')} {account.user_email})")


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
            return escape(tr("User ID %1").replace("%1", answers.legacy.default_user_id))
        return tr("Not chosen")
    return person_text(answers.sender) if answers.sender else tr("Not chosen")


def autopilot_text(answers: Answers) -> str:
    if not answers.autopilot:
        return tr("Not read from OpenCX yet")
    on = [tr(CHANNEL_LABELS[c]) for c, enabled in answers.autopilot.items() if enabled]
    off = [tr(CHANNEL_LABELS[c]) for c, enabled in answers.autopilot.items() if not enabled]
    parts = []
    if on:
        parts.append(tr("on for %1").replace("%1", ", ".join(on)))
    if off:
        parts.append(tr("off for %1").replace("%1", ", ".join(off)))
    return escape("; ".join(parts))


def signatures_text(answers: Answers) -> str:
    if not answers.signatures:
        return tr("None (optional)")
    return escape(", ".join(rule.pattern for rule in answers.signatures))


def actions_text(answers: Answers) -> str:
    installed = answers.workflow_actions_installed
    if not installed:
        return tr("Not reported")
    ready = sum(1 for action in WORKFLOW_ACTIONS if installed.get(action.id))
    if ready == len(WORKFLOW_ACTIONS):
        return tr("All four installed")
    return (
        tr("%1 of %2 installed").replace("%1", str(ready)).replace("%2", str(len(WORKFLOW_ACTIONS)))
    )


def checklist_text(test: ChecklistOutcome | None) -> str:
    if test is None or (test.run_id is None and not test.skipped):
        return tr("Not run yet")
    if test.skipped:
        return tr("Skipped")
    session = test.links.get(CheckId.OPENCX_SESSION)
    opened = f" · {link(session, tr('Open the OpenCX session'))}" if session else ""
    if test.passed:
        expected = first_stall(test)  # a handoff topic, no ticket creation: not faults
        if expected is None:
            return tr("All checks passed") + opened
        label = tr(CHECK_LABELS[expected.check])
        return escape(tr("Passed; as set up, not done: %1").replace("%1", label)) + opened
    stalled = [check for check, state in test.checks.items() if state is CheckState.STALLED]
    if stalled:
        return escape(tr("Stopped at: %1").replace("%1", tr(CHECK_LABELS[stalled[0]]))) + opened
    done = sum(1 for state in test.checks.values() if state is CheckState.PASSED)
    return tr("Not finished (%1 of 5 checks passed)").replace("%1", str(done)) + opened
