"""Issue 7 on the page: the test checklist against the real sandbox.

The page starts a real test run, the practice customer sends the message through the
sandbox, and the checks tick as the sandbox's event stream reports them; scenarios that
break a step show the right item stalled with the sandbox's explanation.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QLabel

from fixtures.gui_rig import WAIT_MS, Rig
from hubspot_setup.flow.answers import CheckState
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.test_checklist import TestChecklistPage as ChecklistPage


def open_checklist(rig: Rig, *, legacy: bool = False) -> ChecklistPage:
    if legacy:
        rig.connect_legacy()
    else:
        rig.connect_oauth()
        rig.choose_first_sender()
    rig.go_to(StepId.TEST_CHECKLIST)
    page = rig.show(ChecklistPage)
    assert isinstance(page, ChecklistPage)
    rig.wait_idle()  # Autopilot and the inboxes are read on entering
    return page


def ticks_in_order(rig: Rig, page: ChecklistPage) -> list[CheckId]:
    """Records the order in which the page's rows show their checks ticked."""
    seen: list[CheckId] = []

    def look(_state: WizardState) -> None:
        for check, row in page.checklist.rows.items():
            if row.state is CheckState.PASSED and check not in seen:
                seen.append(check)

    rig.controller.subscribe(look)  # after the page's own render (subscribed first)
    return seen


def start_and_send(rig: Rig, page: ChecklistPage) -> None:
    assert page.start_button.isEnabled()
    page.start_button.click()
    rig.qtbot.waitUntil(page.customer_button.isEnabled, timeout=WAIT_MS)
    page.customer_button.click()


def row_state(page: ChecklistPage, check: CheckId) -> CheckState:
    return page.checklist.rows[check].state


def test_all_six_tick_in_order_for_default(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_checklist(rig)
    assert "Autopilot is on for Email" in page.autopilot_label.text()
    assert not page.turn_on_button.isVisible()
    assert "HubSpot chat widget" in page.child(QLabel, "whereLabel").text()
    assert "<li>" in page.inboxes_label.text()  # the portal's inboxes, listed
    seen = ticks_in_order(rig, page)

    start_and_send(rig, page)
    rig.qtbot.waitUntil(lambda: row_state(page, CheckId.AI_REPLY_POSTED) is CheckState.PASSED)
    assert page.handoff_button.isVisible()
    assert page.handoff_button.isEnabled()
    assert row_state(page, CheckId.HANDOFF_TRIGGERED) is CheckState.WAITING
    page.handoff_button.click()
    rig.qtbot.waitUntil(lambda: row_state(page, CheckId.HANDOFF_NOTE) is CheckState.PASSED)
    rig.wait_idle()

    assert seen == list(CheckId)
    assert rig.problems == []
    assert "All checks passed" in page.result_label.text()
    for row in page.checklist.rows.values():
        assert row.when.text()  # the time it happened
        assert row.explanation.isHidden()
    session = page.checklist.rows[CheckId.OPENCX_SESSION]
    assert "href=" in session.link.text()
    assert "done" in session.accessibleName()
    assert rig.controller.blocker() is None  # the step is complete: Next may go on
    assert not page.skip_button.isEnabled()


def stalls_with(rig: Rig, page: ChecklistPage, check: CheckId, words: str) -> None:
    start_and_send(rig, page)
    rig.qtbot.waitUntil(lambda: row_state(page, check) is CheckState.STALLED)
    rig.wait_idle()
    row = page.checklist.rows[check]
    assert row.explanation.isVisibleTo(page)
    assert words in row.explanation.text()
    assert "did not happen" in row.accessibleName()
    assert "The test stopped at" in page.result_label.text()
    assert page.start_button.isEnabled()
    assert page.start_button.text() == "&Start again"
    earlier = list(CheckId)[: list(CheckId).index(check)]
    assert all(row_state(page, e) is CheckState.PASSED for e in earlier)
    later = list(CheckId)[list(CheckId).index(check) + 1 :]
    assert all(row_state(page, e) is CheckState.SKIPPED for e in later)  # never reached
    assert rig.controller.blocker() is not None  # a stalled test does not complete the step


def test_autopilot_off_stalls_the_ai_reply_and_can_be_fixed(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("autopilot-email-off")
    page = open_checklist(rig)
    assert rig.controller.state.answers.test_channel is Channel.EMAIL
    assert "Autopilot is off for Email" in page.autopilot_label.text()
    assert page.turn_on_button.isVisible()

    stalls_with(rig, page, CheckId.AI_REPLY_POSTED, "Autopilot is off for Email")

    page.turn_on_button.click()  # the fix, from the page itself
    rig.wait_idle()
    assert rig.controller.state.answers.autopilot[Channel.EMAIL] is True
    assert "Autopilot is on for Email" in page.autopilot_label.text()
    assert not page.turn_on_button.isVisible()
    start_and_send(rig, page)
    rig.qtbot.waitUntil(lambda: row_state(page, CheckId.AI_REPLY_POSTED) is CheckState.PASSED)
    assert rig.problems == []


def test_ai_reply_failing_stalls_the_ai_reply(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("ai-reply-fails")
    page = open_checklist(rig)
    stalls_with(rig, page, CheckId.AI_REPLY_POSTED, "HubSpot refused to post it")


def test_webhook_failing_stalls_the_opencx_session(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("webhook-fails")
    page = open_checklist(rig, legacy=True)
    stalls_with(rig, page, CheckId.OPENCX_SESSION, "Webhooks tab")


def test_the_practice_customer_writes_only_once_opencx_watches(
    page_rig: Callable[..., Rig],
) -> None:
    """A message sent before OpenCX started the run would never be followed."""
    rig = page_rig("default")
    page = open_checklist(rig)
    page.start_button.click()
    assert page.customer_button.isVisible()
    assert not page.customer_button.isEnabled()
    assert page.result_label.text() == "Starting the test…"
    rig.qtbot.waitUntil(page.customer_button.isEnabled, timeout=WAIT_MS)
    test = rig.controller.state.answers.test
    assert test is not None
    assert test.run_id is not None


def test_skip_completes_the_step_without_a_test(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_checklist(rig)
    page.start_button.click()
    rig.qtbot.waitUntil(lambda: page.running)
    page.skip_button.click()
    rig.wait_idle()
    test = rig.controller.state.answers.test
    assert test is not None
    assert test.skipped
    assert not page.running
    assert "You skipped the test" in page.result_label.text()
    assert rig.controller.blocker() is None


def test_without_the_sandbox_there_is_no_practice_customer(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default", customer=False)
    page = open_checklist(rig)
    assert page.customer_button.isHidden()
    page.start_button.click()
    rig.qtbot.waitUntil(lambda: "Waiting for the message" in page.result_label.text())
    assert "Send it now to one of the places above" in page.result_label.text()
    assert page.running


def test_an_item_that_is_late_shows_its_likely_causes(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_checklist(rig)
    page.start_button.click()
    rig.qtbot.waitUntil(lambda: "Waiting for the message" in page.result_label.text())
    first = page.checklist.rows[CheckId.CONVERSATION_IN_HUBSPOT]
    assert first.explanation.isHidden()  # not late yet
    assert page.late_timer.isActive()

    started = page.now()
    page.now = lambda: started + timedelta(minutes=4)  # nobody sent the message
    page.late_timer.timeout.emit()
    assert first.explanation.isVisibleTo(page)
    assert "taking longer than expected" in first.explanation.text()
    assert "HubSpot does not route" in first.explanation.text()
    assert "taking longer than expected" in first.accessibleName()
    assert first.state is CheckState.WAITING  # late, not failed: the message may still come

    page.customer_button.click()  # it arrives after all
    rig.qtbot.waitUntil(lambda: first.state is CheckState.PASSED)
    assert first.explanation.isHidden()
    page.skip_button.click()
    assert not page.late_timer.isActive()
