from datetime import UTC, datetime, timedelta

from hubspot_setup.flow.answers import (
    Answers,
    ChecklistOutcome,
    CheckState,
    LegacyCredentials,
    Teammate,
)
from hubspot_setup.flow.checklist import EXPECTED_SECONDS, late_item, likely_causes, next_waiting
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.steps import Method

START = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def _outcome(passed: int, *, stalled: bool = False) -> ChecklistOutcome:
    checks = {}
    times = {}
    for index, check in enumerate(CheckId):
        if index < passed:
            checks[check] = CheckState.PASSED
            times[check] = START + timedelta(seconds=10 * (index + 1))
        else:
            checks[check] = CheckState.WAITING
    if stalled:
        checks[list(CheckId)[passed]] = CheckState.STALLED
    return ChecklistOutcome(run_id="r1", checks=checks, times=times)


def test_next_waiting_follows_the_guides_order() -> None:
    assert next_waiting(_outcome(0)) is CheckId.CONVERSATION_IN_HUBSPOT
    assert next_waiting(_outcome(2)) is CheckId.AI_REPLY_POSTED
    assert next_waiting(_outcome(6)) is None


def test_an_item_is_late_only_after_its_expected_time_since_the_previous_tick() -> None:
    outcome = _outcome(1)  # the conversation ticked at START + 10 s
    due = START + timedelta(seconds=10 + EXPECTED_SECONDS[CheckId.OPENCX_SESSION])
    assert late_item(outcome, START, due) is None
    assert late_item(outcome, START, due + timedelta(seconds=1)) is CheckId.OPENCX_SESSION


def test_the_first_item_counts_from_the_start_of_the_run() -> None:
    limit = EXPECTED_SECONDS[CheckId.CONVERSATION_IN_HUBSPOT]
    assert late_item(_outcome(0), START, START + timedelta(seconds=limit)) is None
    late = late_item(_outcome(0), START, START + timedelta(seconds=limit + 1))
    assert late is CheckId.CONVERSATION_IN_HUBSPOT


def test_stalled_finished_and_skipped_runs_are_never_late() -> None:
    much_later = START + timedelta(hours=1)
    assert late_item(_outcome(2, stalled=True), START, much_later) is None
    assert late_item(_outcome(6), START, much_later) is None
    assert late_item(ChecklistOutcome(skipped=True), START, much_later) is None


def test_autopilot_off_for_the_test_channel_is_the_first_cause_of_a_missing_reply() -> None:
    answers = Answers(autopilot={Channel.EMAIL: False}, test_channel=Channel.EMAIL)
    causes = likely_causes(answers, CheckId.AI_REPLY_POSTED)
    assert causes[0].startswith("Autopilot is off for Email")
    assert any("AI to post as" in cause for cause in causes)


def test_autopilot_on_and_a_sender_leave_only_the_generic_cause() -> None:
    sender = Teammate(owner_id="1", user_id=2, email="ada@acme.test", name="Ada")
    answers = Answers(autopilot={Channel.EMAIL: True}, sender=sender)
    assert len(likely_causes(answers, CheckId.AI_REPLY_POSTED)) == 1


def test_the_legacy_path_points_at_webhook_subscriptions_when_no_session_appears() -> None:
    legacy = Answers(method=Method.LEGACY, legacy=LegacyCredentials(default_user_id="7"))
    oauth = Answers()
    assert "Webhooks" in likely_causes(legacy, CheckId.OPENCX_SESSION)[0]
    assert not any("Webhooks" in c for c in likely_causes(oauth, CheckId.OPENCX_SESSION))
    assert not any("default user" in c for c in likely_causes(legacy, CheckId.AI_REPLY_POSTED))


def test_every_item_has_at_least_one_cause_on_both_paths() -> None:
    for method in Method:
        for check in CheckId:
            assert likely_causes(Answers(method=method), check)
