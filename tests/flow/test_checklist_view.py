"""The checklist's view model: what each row shows, the result line, and what is offered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hubspot_setup.flow.answers import Answers, ChecklistOutcome, CheckState
from hubspot_setup.flow.checklist import EXPECTED_SECONDS
from hubspot_setup.flow.checklist_causes import Cause
from hubspot_setup.flow.checklist_view import (
    LATE_INTRO,
    Primary,
    RowMark,
    checklist_view,
    waiting_for,
)
from hubspot_setup.flow.guide import CHECK_LABELS, Channel, CheckId

START = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
CHECKS = list(CheckId)


def run(*states: CheckState, **extra: object) -> ChecklistOutcome:
    """A run whose first checks have `states`; the rest wait."""
    checks = dict.fromkeys(CheckId, CheckState.WAITING)
    times = {}
    for index, state in enumerate(states):
        checks[CHECKS[index]] = state
        if state is CheckState.PASSED:
            times[CHECKS[index]] = START + timedelta(seconds=index + 1)
    return ChecklistOutcome(run_id="run-1", checks=checks, times=times, **extra)  # type: ignore[arg-type]


def with_test(test: ChecklistOutcome | None, **answers: object) -> Answers:
    return Answers(test=test, **answers)  # type: ignore[arg-type]


P, S, K = CheckState.PASSED, CheckState.STALLED, CheckState.SKIPPED


def test_before_any_run_every_row_waits_and_start_is_the_offer() -> None:
    view = checklist_view(with_test(None))
    assert [row.mark for row in view.rows] == [RowMark.WAITING] * len(CheckId)
    assert [row.label for row in view.rows] == [CHECK_LABELS[c].text() for c in CheckId]
    assert {row.symbol for row in view.rows} == {"○"}
    assert view.result.startswith("Press Start the test")
    assert view.offers.start
    assert not view.offers.start_again
    assert view.offers.primary is Primary.START
    assert not view.offers.handoff_shown
    assert not view.offers.watch_again


def test_a_passed_row_shows_its_time_and_its_link_by_where_it_opens() -> None:
    links = {
        CheckId.CONVERSATION_IN_HUBSPOT: "https://app.hubspot.com/t/1",
        CheckId.OPENCX_SESSION: "https://dashboard.opencx.test/s/1",
    }
    view = checklist_view(with_test(run(P, P, links=links)), running=True)
    first, second, third = view.rows[:3]
    assert (first.mark, first.symbol, first.status, first.tag) == (RowMark.DONE, "✓", "done", "ok")
    assert first.at == START + timedelta(seconds=1)
    assert (first.link, first.link_text) == (links[first.check], "Open in HubSpot")
    assert second.link_text == "Open session"
    assert view.rows[-1].link_text == "Open ticket"
    assert third.mark is RowMark.WAITING
    assert third.at is None
    assert third.text == ""
    assert first.happened
    assert not third.happened


def test_a_stall_shows_its_cause_and_the_rows_after_it_were_not_checked() -> None:
    test = run(P, S, causes={CheckId.OPENCX_SESSION: Cause.WEBHOOK_DROPPED})
    view = checklist_view(with_test(test))
    stalled = view.rows[1]
    assert (stalled.mark, stalled.symbol, stalled.tag) == (RowMark.STALLED, "!", "stalled")
    assert stalled.text  # the cause and fix, in the flow's words
    assert [row.mark for row in view.rows[2:]] == [RowMark.NOT_CHECKED] * 4
    assert all(row.text == "" and row.status == "not checked" for row in view.rows[2:])
    # The message never became a session: another message is what helps.
    assert view.offers.watch_again
    assert view.offers.primary is Primary.WATCH_AGAIN
    assert "Watch for another message" in view.result


def test_a_stall_without_a_known_cause_lists_the_likely_causes() -> None:
    answers = with_test(run(P, P, S), autopilot={Channel.EMAIL: False})
    row = checklist_view(answers).rows[2]
    assert row.mark is RowMark.STALLED
    assert row.text.startswith("• Autopilot is off for Email")
    assert not checklist_view(answers).offers.watch_again


def test_a_check_that_did_not_happen_as_set_up_says_why() -> None:
    test = run(P, P, P, P, P, K, causes={CheckId.HANDOFF_TICKET: Cause.TICKET_CREATION_OFF})
    view = checklist_view(with_test(test))
    row = view.rows[-1]
    assert (row.mark, row.symbol, row.tag) == (RowMark.AS_SET_UP, "–", "as set up")
    assert row.status == "did not happen, as set up"
    assert row.text
    assert view.result.startswith("The test finished")
    assert view.offers.primary is None
    assert not view.offers.skip


def test_a_late_row_gives_its_likely_causes_only_while_running() -> None:
    test = run(P)
    limit = EXPECTED_SECONDS[CheckId.OPENCX_SESSION]
    later = START + timedelta(seconds=1 + limit + 1)
    view = checklist_view(with_test(test), running=True, started_at=START, now=later)
    row = view.rows[1]
    assert (row.mark, row.symbol, row.status) == (RowMark.LATE, "…", "taking longer than expected")
    assert row.text.startswith(LATE_INTRO.text() + "\n• ")
    stopped = checklist_view(with_test(test), started_at=START, now=later)
    assert stopped.rows[1].mark is RowMark.WAITING
    assert stopped.result == "The test was stopped before it finished. Start it again."


def test_the_handoff_is_offered_once_the_ai_replied_until_it_is_asked_for() -> None:
    answers = with_test(run(P, P, P))
    offers = checklist_view(answers, running=True).offers
    assert offers.handoff_shown
    assert offers.request_handoff
    assert not offers.start
    assert not offers.choose_channel
    assert offers.primary is None
    asked = checklist_view(answers, running=True, handoff_asked=True).offers
    assert asked.handoff_shown
    assert not asked.request_handoff
    handed = checklist_view(with_test(run(P, P, P, P)), running=True).offers
    assert not handed.request_handoff
    assert "Request handoff" in checklist_view(answers, running=True).result


def test_the_practice_customer_writes_only_on_the_sandbox_until_the_message_arrived() -> None:
    waiting = with_test(run())
    assert not checklist_view(waiting, running=True).offers.customer_shown
    offers = checklist_view(waiting, running=True, practice_customer=True).offers
    assert offers.customer_shown
    assert offers.send_as_customer
    view = checklist_view(waiting, running=True, practice_customer=True)
    assert "practice customer" in view.result
    arrived = checklist_view(with_test(run(P)), running=True, practice_customer=True)
    assert arrived.offers.customer_shown
    assert not arrived.offers.send_as_customer
    assert arrived.result == "The message arrived. Waiting for OpenCX and the AI…"


def test_the_practice_customer_waits_until_opencx_watches_for_the_message() -> None:
    """A message sent before the run exists, or into a run that stalled, is never followed."""
    starting = with_test(ChecklistOutcome(channel=Channel.EMAIL))  # OpenCX has not answered
    view = checklist_view(starting, running=True, practice_customer=True)
    assert view.offers.customer_shown
    assert not view.offers.send_as_customer
    assert view.result == "Starting the test…"
    # Watching again keeps the run, and its stall, until OpenCX watches once more.
    stalled = with_test(run(S, causes={CheckId.CONVERSATION_IN_HUBSPOT: Cause.WEBHOOK_DROPPED}))
    assert not checklist_view(stalled, running=True, practice_customer=True).offers.send_as_customer
    fresh = with_test(run())
    assert checklist_view(fresh, running=True, practice_customer=True).offers.send_as_customer


def test_a_skipped_test_shows_empty_rows_and_offers_nothing_in_the_footer() -> None:
    view = checklist_view(with_test(ChecklistOutcome(skipped=True)))
    assert [row.mark for row in view.rows] == [RowMark.WAITING] * len(CheckId)
    assert view.result.startswith("You skipped the test")
    assert view.offers.primary is None


def test_a_started_run_offers_to_start_again() -> None:
    view = checklist_view(with_test(run(P, S)))
    assert view.offers.start
    assert view.offers.start_again
    assert view.result.startswith("The test stopped at")


def test_waiting_for_names_the_next_check() -> None:
    assert waiting_for(None) == CHECK_LABELS[CheckId.CONVERSATION_IN_HUBSPOT].text()
    assert waiting_for(run(P, P)) == CHECK_LABELS[CheckId.AI_REPLY_POSTED].text()
    assert waiting_for(run(P, P, P, P, P, P)) == "none"
