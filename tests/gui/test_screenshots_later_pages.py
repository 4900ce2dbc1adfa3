"""Screenshots of the later pages (sender to summary, and manage mode), taken while walking the
real window on the sandbox. Saved under `screenshots/` by the `screenshot` fixture (see
tests/gui/conftest.py and the README); each walk also checks buttons fit at 800x600."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget
from test_screenshots import assert_buttons_fit

from fixtures.gui_rig import WAIT_MS, WizardRig
from hubspot_setup.flow.answers import CheckState
from hubspot_setup.flow.guide import CheckId
from hubspot_setup.flow.steps import Mode, StepId
from hubspot_setup.gui.pages.manage import ManagePage
from hubspot_setup.gui.pages.sender import SenderPage
from hubspot_setup.gui.pages.test_checklist import TestChecklistPage as ChecklistPage

Shot = Callable[[QWidget, str], list[Path]]
SIGNATURE = (
    '<table><tr><td style="padding-right:12px"><b>Acme Support</b><br>'
    '<a href="https://acme.test">acme.test</a> · +31 20 123 4567</td></tr></table>'
    '<script>track()</script><img src="https://cdn.acme.test/logo.png" alt="Acme">'
)


def checklist_state(page: ChecklistPage, check: CheckId) -> CheckState:
    return page.checklist.rows[check].state


def walk_to_sender(rig: WizardRig) -> SenderPage:
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    rig.next()
    rig.wait_step(StepId.SENDER)
    rig.wait_idle()
    page = rig.page()
    assert isinstance(page, SenderPage)
    return page


def test_screenshots_of_the_oauth_pages(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot
) -> None:
    rig = wizard_factory("default")
    sender = walk_to_sender(rig)
    screenshot(rig.wizard, "sender")
    sender.picker.search.setText("a")
    sender.picker.pick_row(0)  # picking is the choice: saved at once
    rig.wait_idle()
    screenshot(rig.wizard, "sender-chosen")
    assert_buttons_fit(rig)

    rig.next()
    rig.wait_step(StepId.AUTOPILOT)
    rig.wait_idle()
    screenshot(rig.wizard, "autopilot")
    assert_buttons_fit(rig)

    rig.next()
    rig.wait_step(StepId.SIGNATURES)
    rig.wait_idle()
    rig.find(QLineEdit, "patternEdit").setText("*.nl")
    rig.find(QPlainTextEdit, "htmlEdit").setPlainText(SIGNATURE)
    rig.click("saveButton")
    rig.wait_idle()
    rig.find(QLineEdit, "testerEdit").setText("anna@shop.nl")
    screenshot(rig.wizard, "signatures")
    assert_buttons_fit(rig)

    rig.next()
    rig.wait_step(StepId.WORKFLOW_ACTIONS)
    screenshot(rig.wizard, "workflow_actions")

    rig.next()
    rig.wait_step(StepId.TEST_CHECKLIST)
    rig.wait_idle()
    checklist = rig.page()
    assert isinstance(checklist, ChecklistPage)
    screenshot(rig.wizard, "test_checklist")
    assert_buttons_fit(rig)
    rig.click("startButton")
    rig.qtbot.waitUntil(checklist.customer_button.isEnabled)
    rig.click("customerButton")
    rig.qtbot.waitUntil(checklist.handoff_button.isEnabled)
    screenshot(rig.wizard, "test_checklist-replied")
    rig.click("handoffButton")
    rig.qtbot.waitUntil(lambda: checklist.ctx.controller.blocker() is None)
    rig.wait_idle()
    screenshot(rig.wizard, "test_checklist-passed")

    rig.next()
    rig.wait_step(StepId.SUMMARY)
    screenshot(rig.wizard, "summary")
    assert_buttons_fit(rig)


def test_screenshot_of_a_stalled_check(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot
) -> None:
    rig = wizard_factory("autopilot-email-off")
    sender = walk_to_sender(rig)
    sender.picker.pick_row(0)  # picking is the choice: saved at once
    rig.wait_idle()
    for step in (StepId.AUTOPILOT, StepId.SIGNATURES, StepId.WORKFLOW_ACTIONS):
        rig.next()
        rig.wait_step(step)
        rig.wait_idle()
    rig.next()
    rig.wait_step(StepId.TEST_CHECKLIST)
    rig.wait_idle()
    checklist = rig.page()
    assert isinstance(checklist, ChecklistPage)
    rig.click("startButton")
    rig.qtbot.waitUntil(checklist.customer_button.isEnabled)
    rig.click("customerButton")
    rig.qtbot.waitUntil(  # a chain of sandbox events, as the end-to-end tests wait for
        lambda: checklist_state(checklist, CheckId.AI_REPLY_POSTED) is CheckState.STALLED,
        timeout=WAIT_MS,
    )
    rig.wait_idle()
    screenshot(rig.wizard, "test_checklist-stalled")
    # The step cannot be left; the footer's primary button offers to start the test again.
    assert rig.controller.blocker() is not None
    assert rig.wizard.next_button.text().replace("&", "") == "Start again"


def test_screenshots_of_manage_mode(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot
) -> None:
    rig = wizard_factory("already-connected")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.wait_step(StepId.MANAGE)
    assert rig.controller.state.mode is Mode.MANAGE
    rig.wait_idle()
    screenshot(rig.wizard, "manage")
    assert_buttons_fit(rig)
    page = rig.page()
    assert isinstance(page, ManagePage)
    rig.click("disconnectButton")
    dialog = page.dialog
    assert dialog is not None
    dialog.word.setText("DELETE")
    rig.qtbot.waitUntil(dialog.isVisible)
    dialog.grab().save(
        str(Path(__file__).resolve().parents[2] / "screenshots" / "manage-disconnect.png")
    )
    dialog.reject()
