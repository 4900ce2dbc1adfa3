"""Plain-words descriptions of the answers, shared by the summary and manage pages."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState, Connection
from hubspot_setup.flow.guide import CHANNEL_LABELS, CHECK_LABELS, WORKFLOW_ACTIONS, CheckId
from hubspot_setup.flow.steps import Method


def tr(text: str) -> str:
    return QCoreApplication.translate("answer_text", text)


def link(url: str, text: str) -> str:
    return f'<a href="{escape(url, quote=True)}">{escape(text)}</a>'


def portal_url(connection: Connection) -> str:
    """The portal's HubSpot inbox, where the test conversation shows up."""
    portal = connection.portal
    return f"https://{portal.ui_domain}/live-messages/{portal.id}"


def method_text(connection: Connection | None) -> str:
    if connection is None:
        return tr("Not connected")
    if connection.method is Method.OAUTH:
        return tr("Connected via OAuth (the OpenCX HubSpot app)")
    return tr("Connected with a legacy private app")


def portal_text(connection: Connection | None) -> str:
    if connection is None:
        return tr("None")
    portal = connection.portal
    name = escape(portal.domain) if portal.domain else tr("Portal")
    opened = link(portal_url(connection), tr("Open the HubSpot inbox"))
    return f"{name} ({tr('portal ID')} {portal.id}) · {opened}"


def account_text(answers: Answers) -> str:
    account = answers.account
    if account is None:
        return tr("Not signed in")
    return escape(f"{account.organization_name} ({tr('signed in as')} {account.user_email})")


def sender_text(answers: Answers) -> str:
    method = answers.connection.method if answers.connection else answers.method
    if method is Method.LEGACY:
        user = answers.legacy.default_user
        if user is not None:
            return escape(user.label)
        if answers.legacy.default_user_id:
            return escape(tr("HubSpot user %1").replace("%1", answers.legacy.default_user_id))
        return tr("Not chosen")
    return escape(answers.sender.label) if answers.sender else tr("Not chosen")


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
        return tr("All five checks passed") + opened
    stalled = [check for check, state in test.checks.items() if state is CheckState.STALLED]
    if stalled:
        return escape(tr("Stopped at: %1").replace("%1", tr(CHECK_LABELS[stalled[0]]))) + opened
    done = sum(1 for state in test.checks.values() if state is CheckState.PASSED)
    return tr("Not finished (%1 of 5 checks passed)").replace("%1", str(done)) + opened
