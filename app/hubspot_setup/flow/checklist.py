"""The live checklist's rules: what stalled and why, what is late, what to warn about first.

The backend says why a check failed or was skipped when it knows (`Cause`, worded in
`checklist_causes`). When nothing arrives at all (the admin has not sent the message yet, or it
went to an address HubSpot does not route), only the client can notice, so each item has an
expected time and a list of likely causes drawn from what the admin answered: Autopilot off
for the test channel, no AI sender, the legacy path's webhook subscriptions. Before the test,
an inbox whose routing hands new conversations to someone else is worth a warning, because
OpenCX does not answer conversations another teammate owns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState, Teammate
from hubspot_setup.flow.checklist_causes import (
    ANOTHER_MESSAGE_CAUSES,
    EXPECTED_CAUSES,
    Cause,
    cause_text,
)
from hubspot_setup.flow.guide import CHANNEL_LABELS, CHECK_LABELS, Channel, CheckId
from hubspot_setup.flow.ports import Inbox
from hubspot_setup.flow.steps import Method
from hubspot_setup.flow.words import translate

# Seconds from the previous item ticking (or the run starting) until an item counts as late.
# The first item waits for a person to send a message, so it gets the longest.
EXPECTED_SECONDS: dict[CheckId, int] = {
    CheckId.CONVERSATION_IN_HUBSPOT: 180,
    CheckId.OPENCX_SESSION: 60,
    CheckId.AI_REPLY_POSTED: 90,
    CheckId.HANDOFF_TRIGGERED: 120,
    CheckId.HANDOFF_NOTE: 60,
    CheckId.HANDOFF_TICKET: 60,
}
_DONE = (CheckState.PASSED, CheckState.SKIPPED)


def next_waiting(outcome: ChecklistOutcome) -> CheckId | None:
    """The first item, in the guide's order, that has not happened (or been skipped) yet."""
    for check in CheckId:
        if outcome.checks.get(check) not in _DONE:
            return check
    return None


@dataclass(frozen=True)
class Stall:
    """The first check that did not pass, and why (`apply --json`'s `test.stalled`)."""

    check: CheckId
    cause: Cause

    @property
    def expected(self) -> bool:
        return self.cause in EXPECTED_CAUSES


def first_stall(outcome: ChecklistOutcome) -> Stall | None:
    """The first check, in order, that did not pass, with its cause: the backend's, or
    `timed_out` for one still waiting. None when every check passed."""
    for check in CheckId:
        state = outcome.checks.get(check)
        if state is CheckState.PASSED:
            continue
        if state in (CheckState.STALLED, CheckState.SKIPPED):
            return Stall(check, outcome.causes.get(check, Cause.UNKNOWN))
        return Stall(check, Cause.TIMED_OUT)
    return None


def stall_text(outcome: ChecklistOutcome, check: CheckId) -> str:
    """The cause and fix of a stalled or skipped item, in plain words."""
    cause = outcome.causes.get(check, Cause.UNKNOWN)
    if cause is Cause.UNKNOWN and check in outcome.explanations:
        return outcome.explanations[check]  # the backend's own words for a cause we do not know
    channel = CHANNEL_LABELS[outcome.channel].text()
    return cause_text(cause, outcome.details.get(check, {}), channel=channel)


def another_message_helps(outcome: ChecklistOutcome) -> bool:
    """The message never became a session: offer to watch for another one in the same run."""
    stall = first_stall(outcome)
    return (
        stall is not None
        and outcome.checks.get(stall.check) is CheckState.STALLED
        and stall.cause in ANOTHER_MESSAGE_CAUSES
    )


def row_states(outcome: ChecklistOutcome) -> dict[CheckId, CheckState]:
    """What each row shows: after a stalled check, the ones still waiting were never reached
    (the backend says so too, but the assistant stops following at the first stall)."""
    states: dict[CheckId, CheckState] = {}
    stalled = False
    for check in CheckId:
        state = outcome.checks.get(check, CheckState.WAITING)
        states[check] = CheckState.SKIPPED if stalled and state is CheckState.WAITING else state
        stalled = stalled or state is CheckState.STALLED
    return states


def finished_text(outcome: ChecklistOutcome) -> str | None:
    """One sentence for a run that ended (None while it goes on)."""
    stall = first_stall(outcome)
    if stall is not None and CheckState.STALLED in outcome.checks.values():
        label = CHECK_LABELS[stall.check].text()
        if another_message_helps(outcome):
            return translate(
                "flow.checklist",
                "The test stopped at “%1”: OpenCX never made a session of that message. Send "
                "another test message as the cause under it says, then press Watch for another "
                "message.",
            ).arg(label)
        return translate(
            "flow.checklist",
            "The test stopped at “%1”. The cause and fix are under it; fix it, then start the "
            "test again.",
        ).arg(label)
    if not outcome.passed:
        return None
    if not any(outcome.checks.get(c) is CheckState.SKIPPED for c in CheckId):
        return translate("flow.checklist", "All checks passed: HubSpot and OpenCX work together.")
    return translate(
        "flow.checklist",
        "The test finished: HubSpot and OpenCX work together. Not every item happened, as your "
        "settings ask; the reason is under each one marked –.",
    )


def ai_teammate(answers: Answers) -> Teammate | None:
    """The teammate OpenCX answers as: the AI sender, or the legacy path's default user."""
    if answers.method is Method.LEGACY:
        return answers.legacy.default_user
    return answers.sender


def _inbox_kind(channel: Channel) -> str:
    return "chat" if channel is Channel.WEB else "email"


def routing_warning(answers: Answers, inboxes: Sequence[Inbox]) -> str | None:
    """Before the test: an inbox for the test channel whose routing assigns new conversations
    to someone other than the AI's teammate (where the backend can tell)."""
    ai = ai_teammate(answers)
    for inbox in inboxes:
        owner = inbox.assigns_to
        if owner is None or _inbox_kind(answers.test_channel) not in inbox.channel_types:
            continue
        if ai is not None and owner.owner_id == ai.owner_id:
            continue
        ai_name = (
            ai.name or ai.email
            if ai is not None
            else translate("flow.checklist", "the teammate the AI posts as")
        )
        who = owner.name or owner.email or translate("flow.checklist", "a teammate")
        return translate(
            "flow.checklist",
            "Your HubSpot inbox “%1” assigns new conversations to %2. The AI stays silent on "
            "conversations someone else owns, so your test message would get no AI reply. In "
            "HubSpot, change this inbox's routing so new conversations go to %3 (or to nobody) "
            "before you start.",
        ).arg(inbox.name, who, ai_name)
    return None


def late_item(outcome: ChecklistOutcome, started_at: datetime, now: datetime) -> CheckId | None:
    """The item that is overdue at `now`, if any (stalled items are already explained)."""
    check = next_waiting(outcome)
    stalled = CheckState.STALLED in outcome.checks.values()
    if check is None or stalled or outcome.skipped:
        return None
    since = max((outcome.times[c] for c in CheckId if c in outcome.times), default=started_at)
    return check if (now - since).total_seconds() > EXPECTED_SECONDS[check] else None


def likely_causes(answers: Answers, check: CheckId) -> tuple[str, ...]:
    """Plain-words causes with their fixes, most likely first."""
    channel = CHANNEL_LABELS[answers.test_channel].text()
    legacy = answers.method is Method.LEGACY
    autopilot_off = answers.autopilot.get(answers.test_channel) is False
    causes: list[str] = []
    if check is CheckId.CONVERSATION_IN_HUBSPOT:
        causes += [
            translate(
                "flow.checklist",
                "The test message has not been sent yet, or it is still on its way. Send it "
                "from an address outside your company, then wait a minute.",
            ),
            translate(
                "flow.checklist",
                "The message went to an address or widget that HubSpot does not route into an "
                "inbox. Send it to an email address connected to a HubSpot inbox, or use the "
                "HubSpot chat widget on your site.",
            ),
            translate(
                "flow.checklist",
                "Mail sent to OpenCX's own forwarding address (%1) never reaches HubSpot: it is "
                "not a HubSpot channel. Use your HubSpot inbox's address.",
            ).arg("temporary+…@instant.cx"),
        ]
    elif check is CheckId.OPENCX_SESSION:
        if legacy:
            causes.append(
                translate(
                    "flow.checklist",
                    "HubSpot is not telling OpenCX about new messages. In your legacy app's "
                    "Webhooks tab, check the target URL and the three subscriptions (two under "
                    "Conversation, one under Ticket), then commit the changes.",
                )
            )
        causes += [
            translate(
                "flow.checklist",
                "The conversation did not come from a HubSpot-owned channel (a HubSpot chat "
                "widget or an email address routed through a HubSpot inbox). Send the test "
                "message there.",
            ),
            translate(
                "flow.checklist",
                "The message came from a teammate, from the inbox's own address, or was an "
                "internal note: OpenCX ignores those. Send it from an outside address, as a "
                "customer would.",
            ),
            translate(
                "flow.checklist",
                "OpenCX takes each message from HubSpot once and does not ask again, so a lost "
                "message stays lost. Send another test message.",
            ),
        ]
    elif check is CheckId.AI_REPLY_POSTED:
        if autopilot_off:
            causes.append(
                translate(
                    "flow.checklist",
                    "Autopilot is off for %1, so the AI drafts nothing. Turn it on in the "
                    "Autopilot step.",
                ).arg(channel)
            )
        if not legacy and answers.sender is None:
            causes.append(
                translate(
                    "flow.checklist",
                    "No teammate is set for the AI to post as. Choose one in the “AI posts as” "
                    "step.",
                )
            )
        if legacy and answers.legacy.default_user_id is None:
            causes.append(
                translate(
                    "flow.checklist",
                    "No default user is set for replies. "
                    "Set it in the “Save the private app token” step.",
                )
            )
        causes.append(
            translate(
                "flow.checklist",
                "The AI is still working on the reply, or could not answer. Open the session in "
                "OpenCX to see what it did.",
            )
        )
    elif check is CheckId.HANDOFF_TICKET:
        causes.append(
            translate(
                "flow.checklist",
                "OpenCX could not create the HubSpot ticket yet. Check that the connection "
                "still has its permissions for tickets (reconnect if HubSpot asks).",
            )
        )
    elif check is CheckId.HANDOFF_TRIGGERED:
        causes.append(
            translate(
                "flow.checklist",
                "No handoff was asked for yet. Reply to the conversation asking for a human, or "
                "press “Request handoff”.",
            )
        )
    else:
        causes.append(
            translate(
                "flow.checklist",
                "OpenCX could not write the handoff note into the HubSpot thread. Check that "
                "the connection still has its permissions (reconnect if HubSpot asks).",
            )
        )
    return tuple(causes)
