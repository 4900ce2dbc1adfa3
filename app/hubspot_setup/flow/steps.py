"""The wizard's steps and the two connection methods, as data.

The order of `SETUP_ORDER` is the order of the guide; which of those steps a run visits
depends on the connection method (`steps_for_method`).
"""

from __future__ import annotations

from enum import StrEnum

from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase


class StepId(StrEnum):
    PREREQUISITES = "prerequisites"
    SIGNIN = "signin"
    METHOD = "method"
    OAUTH_CONNECT = "oauth_connect"
    LEGACY_APP = "legacy_app"
    LEGACY_CREDENTIALS = "legacy_credentials"
    SENDER = "sender"
    AUTOPILOT = "autopilot"
    SIGNATURES = "signatures"
    WORKFLOW_ACTIONS = "workflow_actions"
    TEST_CHECKLIST = "test_checklist"
    SUMMARY = "summary"
    MANAGE = "manage"


class Method(StrEnum):
    """How the portal is connected: the guide's recommended OAuth Public App, or the legacy path."""

    OAUTH = "oauth"
    LEGACY = "legacy"


# Each method by the guide's name, for sentences ("connected through the OAuth Public App").
METHOD_NAMES: dict[Method, Phrase] = {
    Method.OAUTH: QT_TRANSLATE_NOOP("flow.steps", "OAuth Public App"),
    Method.LEGACY: QT_TRANSLATE_NOOP("flow.steps", "legacy private app"),
}


class Mode(StrEnum):
    """First-time setup, or managing a portal that is already connected."""

    SETUP = "setup"
    MANAGE = "manage"


SETUP_ORDER: tuple[StepId, ...] = (
    StepId.PREREQUISITES,
    StepId.SIGNIN,
    StepId.METHOD,
    StepId.OAUTH_CONNECT,
    StepId.LEGACY_APP,
    StepId.LEGACY_CREDENTIALS,
    StepId.SENDER,
    StepId.AUTOPILOT,
    StepId.SIGNATURES,
    StepId.WORKFLOW_ACTIONS,
    StepId.TEST_CHECKLIST,
    StepId.SUMMARY,
)

# Steps that exist on one path only. On the legacy path the default user is picked in
# legacy_credentials, and workflow actions and signatures are OAuth-only (the guide says so).
OAUTH_ONLY: frozenset[StepId] = frozenset(
    {StepId.OAUTH_CONNECT, StepId.SENDER, StepId.SIGNATURES, StepId.WORKFLOW_ACTIONS}
)
LEGACY_ONLY: frozenset[StepId] = frozenset({StepId.LEGACY_APP, StepId.LEGACY_CREDENTIALS})

# Pages that manage mode can open and come back from.
MANAGE_DETOURS: frozenset[StepId] = frozenset(
    {StepId.SENDER, StepId.AUTOPILOT, StepId.SIGNATURES, StepId.TEST_CHECKLIST}
)


def steps_for_method(method: Method) -> tuple[StepId, ...]:
    """The setup steps a run with this connection method visits, in order."""
    excluded = LEGACY_ONLY if method is Method.OAUTH else OAUTH_ONLY
    return tuple(step for step in SETUP_ORDER if step not in excluded)


def applies_to(step: StepId, method: Method) -> bool:
    return step in steps_for_method(method)


STEP_TITLES: dict[StepId, Phrase] = {
    StepId.PREREQUISITES: QT_TRANSLATE_NOOP("flow.steps", "Before you start"),
    StepId.SIGNIN: QT_TRANSLATE_NOOP("flow.steps", "Sign in to OpenCX"),
    StepId.METHOD: QT_TRANSLATE_NOOP("flow.steps", "Connection method"),
    StepId.OAUTH_CONNECT: QT_TRANSLATE_NOOP("flow.steps", "Connect with HubSpot"),
    StepId.LEGACY_APP: QT_TRANSLATE_NOOP("flow.steps", "Find your legacy app"),
    StepId.LEGACY_CREDENTIALS: QT_TRANSLATE_NOOP("flow.steps", "Save the private app token"),
    StepId.SENDER: QT_TRANSLATE_NOOP("flow.steps", "Who the AI posts as"),
    StepId.AUTOPILOT: QT_TRANSLATE_NOOP("flow.steps", "Autopilot"),
    StepId.SIGNATURES: QT_TRANSLATE_NOOP("flow.steps", "Email signatures"),
    StepId.WORKFLOW_ACTIONS: QT_TRANSLATE_NOOP("flow.steps", "Workflow actions"),
    StepId.TEST_CHECKLIST: QT_TRANSLATE_NOOP("flow.steps", "Send a test message"),
    StepId.SUMMARY: QT_TRANSLATE_NOOP("flow.steps", "Summary"),
    StepId.MANAGE: QT_TRANSLATE_NOOP("flow.steps", "HubSpot connection"),
}
