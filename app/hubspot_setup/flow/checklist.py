"""When a live-checklist item is late, and what most likely holds it up.

The backend says why a check failed when it knows (`CheckEvent.explanation`). When nothing
arrives at all (the admin has not sent the message yet, or it went to an address HubSpot does
not route), only the client can notice, so each item has an expected time and a list of likely
causes drawn from what the admin answered: Autopilot off for the test channel, no AI sender,
the legacy path's webhook subscriptions.
"""

from __future__ import annotations

from datetime import datetime

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState
from hubspot_setup.flow.guide import CHANNEL_LABELS, CheckId
from hubspot_setup.flow.steps import Method

# Seconds from the previous item ticking (or the run starting) until an item counts as late.
# The first item waits for a person to send a message, so it gets the longest.
EXPECTED_SECONDS: dict[CheckId, int] = {
    CheckId.CONVERSATION_IN_HUBSPOT: 180,
    CheckId.OPENCX_SESSION: 60,
    CheckId.AI_REPLY_POSTED: 90,
    CheckId.HANDOFF_TRIGGERED: 120,
    CheckId.HANDOFF_NOTE: 60,
}


def next_waiting(outcome: ChecklistOutcome) -> CheckId | None:
    """The first item, in the guide's order, that has not passed yet."""
    for check in CheckId:
        if outcome.checks.get(check) is not CheckState.PASSED:
            return check
    return None


def late_item(outcome: ChecklistOutcome, started_at: datetime, now: datetime) -> CheckId | None:
    """The item that is overdue at `now`, if any (stalled items are already explained)."""
    check = next_waiting(outcome)
    if check is None or outcome.checks.get(check) is CheckState.STALLED or outcome.skipped:
        return None
    since = max((outcome.times[c] for c in CheckId if c in outcome.times), default=started_at)
    return check if (now - since).total_seconds() > EXPECTED_SECONDS[check] else None


def likely_causes(answers: Answers, check: CheckId) -> tuple[str, ...]:
    """Plain-words causes with their fixes, most likely first."""
    channel = CHANNEL_LABELS[answers.test_channel]
    legacy = answers.method is Method.LEGACY
    autopilot_off = answers.autopilot.get(answers.test_channel) is False
    causes: list[str] = []
    if check is CheckId.CONVERSATION_IN_HUBSPOT:
        causes += [
            "The test message has not been sent yet, or it is still on its way. Send it from "
            "an address outside your company, then wait a minute.",
            "The message went to an address or widget that HubSpot does not route into an "
            "inbox. Send it to an email address connected to a HubSpot inbox, or use the "
            "HubSpot chat widget on your site.",
        ]
    elif check is CheckId.OPENCX_SESSION:
        if legacy:
            causes.append(
                "HubSpot is not telling OpenCX about new messages. In your legacy app's Webhooks "
                "tab, check the target URL and the three conversation subscriptions, then "
                "commit the changes."
            )
        causes.append(
            "The conversation did not come from a HubSpot-owned channel (a HubSpot chat widget "
            "or an email address routed through a HubSpot inbox). Send the test message there."
        )
    elif check is CheckId.AI_REPLY_POSTED:
        if autopilot_off:
            causes.append(
                f"Autopilot is off for {channel}, so the AI drafts nothing. Turn it on in the "
                "Autopilot step."
            )
        if not legacy and answers.sender is None:
            causes.append(
                "No teammate is set for the AI to post as. Choose one in the “AI posts as” step."
            )
        if legacy and answers.legacy.default_user_id is None:
            causes.append("No default user is set for replies. Set it in the credentials step.")
        causes.append(
            "The AI is still working on the reply, or could not answer. Open the session in "
            "OpenCX to see what it did."
        )
    elif check is CheckId.HANDOFF_TRIGGERED:
        causes.append(
            "No handoff was asked for yet. Reply to the conversation asking for a human, or "
            "press “Request handoff”."
        )
    else:
        causes.append(
            "OpenCX could not write the handoff note into the HubSpot thread. Check that the "
            "connection still has its permissions (reconnect if HubSpot asks)."
        )
    return tuple(causes)
