"""Moving through the wizard: which steps apply, which may be left and why not, and what
must be redone when an earlier answer changes.

Every function takes a `WizardState` and returns a new one; nothing here does I/O.
"""

from __future__ import annotations

from dataclasses import dataclass

from hubspot_setup.flow.answers import (
    PREREQUISITE_TEXT,
    Answers,
    CheckStatus,
    LegacyAppProgress,
    LegacyCredentials,
)
from hubspot_setup.flow.guide import CHANNEL_LABELS, LEGACY_APP_CHECKS, LEGACY_SUNSET_NOTICE
from hubspot_setup.flow.state import WizardState, replace
from hubspot_setup.flow.steps import MANAGE_DETOURS, Method, Mode, StepId, steps_for_method
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, translate

# The legacy app page's blocker, one whole sentence per check still to tick (the check's
# label, in the middle of a sentence, is worded for it here).
_NEXT_LEGACY_CHECK: dict[str, Phrase] = {
    "app_created": QT_TRANSLATE_NOOP(
        "flow.navigation",
        "Tick each item once it matches in HubSpot. Next: open your legacy app in HubSpot.",
    ),
    "scopes_enabled": QT_TRANSLATE_NOOP(
        "flow.navigation",
        "Tick each item once it matches in HubSpot. Next: check the app has these eight scopes.",
    ),
    "webhook_url_added": QT_TRANSLATE_NOOP(
        "flow.navigation",
        "Tick each item once it matches in HubSpot. Next: check the app sends its webhooks to "
        "this URL.",
    ),
    "subscriptions_added": QT_TRANSLATE_NOOP(
        "flow.navigation",
        "Tick each item once it matches in HubSpot. Next: check the app has these three "
        "subscriptions.",
    ),
    "changes_committed": QT_TRANSLATE_NOOP(
        "flow.navigation",
        "Tick each item once it matches in HubSpot. Next: click Commit changes in HubSpot if "
        "you changed anything.",
    ),
}


@dataclass(frozen=True)
class Blocker:
    """Why a step cannot be left yet, in words a page can show next to its Next button."""

    step: StepId
    reason: str


class StepBlocked(Exception):
    def __init__(self, blocker: Blocker) -> None:
        super().__init__(blocker.reason)
        self.blocker = blocker


@dataclass(frozen=True)
class Redo:
    """What an answer change undid: the steps to visit again and a notice for the admin."""

    steps: tuple[StepId, ...]
    notice: str
    needs_disconnect: bool = False


def steps(state: WizardState) -> tuple[StepId, ...]:
    """The steps this run visits, in order."""
    if state.mode is Mode.MANAGE:
        return (StepId.SIGNIN, StepId.MANAGE)
    return steps_for_method(state.answers.method)


def blocker(state: WizardState, step: StepId | None = None) -> Blocker | None:
    """Why `step` (default: the current one) cannot be left forward, or None if it can."""
    step = step or state.current
    reason = _blocking_reason(state.answers, step)
    return Blocker(step, reason) if reason else None


def is_complete(state: WizardState, step: StepId) -> bool:
    return blocker(state, step) is None


def warnings(state: WizardState, step: StepId | None = None) -> tuple[str, ...]:
    """Things worth saying on a step that do not stop the admin from going on."""
    step = step or state.current
    answers = state.answers
    found: list[str] = []
    if step is StepId.AUTOPILOT:
        channel = answers.test_channel
        if answers.autopilot.get(channel) is False:
            label = CHANNEL_LABELS[channel].text()
            found.append(
                translate(
                    "flow.navigation",
                    "Autopilot is off for %1. OpenCX will store %1 conversations but will not "
                    "reply to them, so your test message will get no AI reply. Turn it on "
                    "before you test.",
                ).arg(label)
            )
    if step is StepId.METHOD and answers.method is Method.LEGACY:
        found.append(LEGACY_SUNSET_NOTICE.text())
    return tuple(found)


def _blocking_reason(answers: Answers, step: StepId) -> str | None:
    match step:
        case StepId.PREREQUISITES:
            for item, answer in answers.prerequisites.items():
                title = PREREQUISITE_TEXT[item][0].text()
                if answer.status is CheckStatus.FAILED:
                    if not answer.detail:
                        return translate("flow.navigation", "Not met: %1.").arg(title)
                    return translate("flow.navigation", "Not met: %1. %2").arg(title, answer.detail)
                if answer.status is CheckStatus.UNKNOWN:
                    return translate("flow.navigation", "Confirm each item first: %1.").arg(title)
            return None
        case StepId.SIGNIN:
            account = answers.account
            if account is None:
                return translate("flow.navigation", "Sign in to OpenCX to continue.")
            if not account.is_admin:
                return translate(
                    "flow.navigation",
                    "You are signed in as %1, a member of %2. Only owners and admins can "
                    "connect HubSpot. Ask an owner to make you an admin, or to run this setup.",
                ).arg(account.user_email, account.organization_name)
            return None
        case StepId.METHOD:
            return None
        case StepId.OAUTH_CONNECT:
            connection = answers.connection
            if connection is None or connection.method is not Method.OAUTH:
                return translate(
                    "flow.navigation", "Connect with HubSpot and approve OpenCX to continue."
                )
            return None
        case StepId.LEGACY_APP:
            return _legacy_app_reason(answers.legacy_app)
        case StepId.LEGACY_CREDENTIALS:
            return _legacy_credentials_reason(answers)
        case StepId.SENDER:
            if answers.sender is None:
                return translate("flow.navigation", "Pick the teammate the AI posts as.")
            return None
        case StepId.TEST_CHECKLIST:
            if answers.test is None or not (answers.test.passed or answers.test.skipped):
                return translate(
                    "flow.navigation",
                    "Finish the test message checklist, or choose to skip it for now.",
                )
            return None
        case StepId.SUMMARY:
            return translate("flow.navigation", "This is the last step.")
        case StepId.MANAGE:
            return None
        case StepId.AUTOPILOT | StepId.SIGNATURES | StepId.WORKFLOW_ACTIONS:
            return None


def _legacy_app_reason(progress: LegacyAppProgress) -> str | None:
    for check in LEGACY_APP_CHECKS:
        if not getattr(progress, check.field):
            return _NEXT_LEGACY_CHECK[check.field].text()
    return None


def _legacy_credentials_reason(answers: Answers) -> str | None:
    legacy: LegacyCredentials = answers.legacy
    if legacy.token_ref is None:
        return translate("flow.navigation", "Paste the private app access token.")
    if not legacy.token_verified:
        return translate("flow.navigation", "The token has not been checked with HubSpot yet.")
    if legacy.missing_scopes:
        return translate(
            "flow.navigation",
            "The private app is missing these scopes: %1. Add them in HubSpot, then check the "
            "token again.",
        ).arg(", ".join(legacy.missing_scopes))
    if legacy.default_user_id is None:
        return translate("flow.navigation", "Pick the default user (the teammate OpenCX acts as).")
    connection = answers.connection
    if not legacy.saved or connection is None or connection.method is not Method.LEGACY:
        return translate("flow.navigation", "Save the credentials in OpenCX to continue.")
    return None


def next_step(state: WizardState) -> WizardState:
    """Go forward; raises StepBlocked with the reason when the current step is not done."""
    found = blocker(state)
    if found is not None:
        raise StepBlocked(found)
    if state.detour is not None:
        return replace(state, current=StepId.MANAGE, detour=None)
    order = steps(state)
    index = order.index(state.current)
    if index + 1 >= len(order):
        raise StepBlocked(
            Blocker(state.current, translate("flow.navigation", "This is the last step."))
        )
    target = order[index + 1]
    return _arrive(state, target)


def back(state: WizardState) -> WizardState:
    """Go back one step (from a manage-mode page: back to manage). At the first step: no-op."""
    if state.detour is not None:
        return replace(state, current=StepId.MANAGE, detour=None)
    order = steps(state)
    index = order.index(state.current)
    if index == 0:
        return state
    return replace(state, current=order[index - 1])


def can_go_back(state: WizardState) -> bool:
    return state.detour is not None or steps(state).index(state.current) > 0


def go_to(state: WizardState, target: StepId) -> WizardState:
    """Jump to a step: back to any earlier one, or forward only over completed steps."""
    order = steps(state)
    if target not in order:
        # Only a program asks for a step its path lacks: the step's id is what a log needs.
        raise StepBlocked(
            Blocker(
                state.current,
                translate("flow.navigation", "The %1 step is not on this path.").arg(target.value),
            )
        )
    for step in order[: order.index(target)]:
        found = blocker(state, step)
        if found is not None:
            raise StepBlocked(found)
    return _arrive(state, target)


def open_from_manage(state: WizardState, target: StepId) -> WizardState:
    """Open one of manage mode's pages (change sender, signatures, Autopilot, checklist)."""
    if state.mode is not Mode.MANAGE or target not in MANAGE_DETOURS:
        raise StepBlocked(
            Blocker(
                state.current,
                translate("flow.navigation", "That page cannot be opened from here."),
            )
        )
    connection = state.answers.connection
    if (
        connection is not None
        and connection.method is Method.LEGACY
        and target
        in (
            StepId.SENDER,
            StepId.SIGNATURES,
        )
    ):
        raise StepBlocked(
            Blocker(
                state.current,
                translate(
                    "flow.navigation", "That setting exists only with “Connect with HubSpot”."
                ),
            )
        )
    return replace(state, current=target, detour=target)


def resume(state: WizardState) -> WizardState:
    """The step to reopen at after a restart: where the admin was, unless an earlier step
    is no longer complete (the first such step), or the step is not on this path."""
    order = steps(state)
    if state.detour is not None:
        return replace(state, current=StepId.MANAGE, detour=None)
    target = state.current if state.current in order else order[0]
    for step in order[: order.index(target)]:
        if blocker(state, step) is not None:
            return replace(state, current=step)
    return replace(state, current=target)


def _arrive(state: WizardState, target: StepId) -> WizardState:
    visited = state.visited if target in state.visited else (*state.visited, target)
    return replace(state, current=target, visited=visited)
