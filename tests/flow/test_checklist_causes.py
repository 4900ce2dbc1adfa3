"""Issue 14's rules in the flow: the first stall and its cause, expected outcomes, the routing
warning before the test, and every cause said in plain words."""

from __future__ import annotations

import pytest

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState, Teammate
from hubspot_setup.flow.checklist import (
    Stall,
    another_message_helps,
    finished_text,
    first_stall,
    routing_warning,
    row_states,
    stall_text,
)
from hubspot_setup.flow.checklist_causes import Cause, cause_from_wire, cause_text
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.ports import Inbox

ALL = list(CheckId)
AI = Teammate(owner_id="3101", user_id=9101, email="assistant@acme.test", name="Acme Assistant")
DANA = Teammate(owner_id="3102", user_id=9102, email="dana@acme.test", name="Dana Reyes")


def _outcome(
    states: dict[CheckId, CheckState], causes: dict[CheckId, Cause] | None = None
) -> ChecklistOutcome:
    checks = {check: states.get(check, CheckState.PASSED) for check in CheckId}
    return ChecklistOutcome(run_id="run_1", checks=checks, causes=causes or {})


def test_every_passed_check_means_no_stall() -> None:
    outcome = _outcome({})
    assert first_stall(outcome) is None
    assert outcome.passed
    assert finished_text(outcome) == "All checks passed: HubSpot and OpenCX work together."


def test_a_handoff_topic_is_an_expected_stall_of_the_ai_reply() -> None:
    outcome = _outcome(
        {CheckId.AI_REPLY_POSTED: CheckState.SKIPPED},
        {CheckId.AI_REPLY_POSTED: Cause.HANDOFF_TOPIC},
    )
    stall = first_stall(outcome)
    assert stall == Stall(CheckId.AI_REPLY_POSTED, Cause.HANDOFF_TOPIC)
    assert stall.expected
    assert outcome.passed  # not a fault: the step is done
    text = finished_text(outcome)
    assert text is not None
    assert text.startswith("The test finished")


def test_a_failure_names_its_check_and_cause_and_hides_the_rest_as_not_reached() -> None:
    outcome = _outcome(
        {
            CheckId.OPENCX_SESSION: CheckState.STALLED,
            **dict.fromkeys(ALL[2:], CheckState.WAITING),
        },
        {CheckId.OPENCX_SESSION: Cause.WEBHOOK_DROPPED},
    )
    assert first_stall(outcome) == Stall(CheckId.OPENCX_SESSION, Cause.WEBHOOK_DROPPED)
    assert not outcome.passed
    assert another_message_helps(outcome)
    shown = row_states(outcome)
    assert [shown[c] for c in ALL[2:]] == [CheckState.SKIPPED] * 4
    assert "Watch for another message" in (finished_text(outcome) or "")


def test_a_check_still_waiting_is_a_timeout() -> None:
    outcome = _outcome(dict.fromkeys(ALL, CheckState.WAITING))
    assert first_stall(outcome) == Stall(CheckId.CONVERSATION_IN_HUBSPOT, Cause.TIMED_OUT)
    assert finished_text(outcome) is None


def test_only_a_message_level_cause_offers_another_message() -> None:
    for cause in Cause:
        outcome = _outcome(
            {CheckId.AI_REPLY_POSTED: CheckState.STALLED}, {CheckId.AI_REPLY_POSTED: cause}
        )
        helps = cause in {Cause.WEBHOOK_DROPPED, Cause.IGNORED_SENDER}
        assert another_message_helps(outcome) is helps, cause


def _inbox(assigns_to: Teammate | None, kind: str = "email") -> Inbox:
    return Inbox(
        name="Support",
        channels=("Email: support@acme.test",),
        channel_types=(kind,),
        routing_known=True,
        assigns_to=assigns_to,
    )


def test_routing_to_someone_else_is_warned_about_before_the_test() -> None:
    answers = Answers(sender=AI)
    warning = routing_warning(answers, [_inbox(DANA)])
    assert warning is not None
    assert warning.startswith("Your HubSpot inbox “Support” assigns new conversations to Dana")
    assert "go to Acme Assistant (or to nobody)" in warning


@pytest.mark.parametrize(
    ("inbox", "channel"),
    [
        (_inbox(AI), Channel.EMAIL),  # routed to the AI's own teammate
        (_inbox(None), Channel.EMAIL),  # nobody
        (_inbox(DANA, kind="chat"), Channel.EMAIL),  # another channel's inbox
    ],
)
def test_no_warning_when_routing_cannot_silence_the_test(inbox: Inbox, channel: Channel) -> None:
    assert routing_warning(Answers(sender=AI, test_channel=channel), [inbox]) is None


def test_every_cause_has_plain_words_without_jargon() -> None:
    details = {"assignee": "Dana Reyes", "ai_teammate": "Acme Assistant", "topic": "Refunds"}
    for cause in Cause:
        text = cause_text(cause, details, channel="Email")
        assert text.endswith("."), cause
        for word in ("token", "loopback", "OAuth", "webhook_", "HTTP", "{"):
            assert word not in text, (cause, word)


def test_the_names_reach_the_words() -> None:
    outcome = ChecklistOutcome(
        run_id="run_1",
        checks={CheckId.AI_REPLY_POSTED: CheckState.STALLED},
        causes={CheckId.AI_REPLY_POSTED: Cause.ASSIGNED_TO_HUMAN},
        details={CheckId.AI_REPLY_POSTED: {"assignee": "Dana", "ai_teammate": "Acme"}},
    )
    assert stall_text(outcome, CheckId.AI_REPLY_POSTED).startswith(
        "The conversation was assigned to Dana, not to Acme:"
    )


def test_a_cause_this_version_does_not_know_keeps_the_backends_words() -> None:
    assert cause_from_wire("some_future_cause") is Cause.UNKNOWN
    assert cause_from_wire(None) is Cause.UNKNOWN
    outcome = ChecklistOutcome(
        run_id="run_1",
        checks={CheckId.OPENCX_SESSION: CheckState.STALLED},
        causes={CheckId.OPENCX_SESSION: Cause.UNKNOWN},
        explanations={CheckId.OPENCX_SESSION: "The backend's own words."},
    )
    assert stall_text(outcome, CheckId.OPENCX_SESSION) == "The backend's own words."
