"""Screenshots of the first pages, taken while walking the real window on the sandbox.

Saved under `screenshots/` (git-ignored; see the README) at 900x640 and at the minimum
800x600. Each test also checks that nothing on the page is cut off at the minimum size: no
visible button narrower than its text needs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QRadioButton, QWidget

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView
from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker

Shot = Callable[[QWidget, str], list[Path]]


def assert_buttons_fit(rig: WizardRig) -> None:
    rig.wizard.resize(800, 600)
    rig.qtbot.waitUntil(lambda: rig.wizard.width() == 800)
    for button in rig.wizard.findChildren(QPushButton):
        if button.isVisible():
            needed = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            assert button.width() >= needed, (button.objectName(), button.text())


def test_screenshots_of_the_first_pages(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot
) -> None:
    rig = wizard_factory("default", consent=None)
    shots = screenshot(rig.wizard, "prerequisites")
    assert all(path.stat().st_size > 10_000 for path in shots)
    for box in rig.page().findChildren(QCheckBox)[:2]:
        box.click()
    screenshot(rig.wizard, "prerequisites-ticked")
    rig.page().findChildren(QCheckBox)[2].click()
    rig.next()
    rig.wait_step(StepId.SIGNIN)
    screenshot(rig.wizard, "signin")
    rig.click("startBrowserButton")
    rig.qtbot.waitUntil(lambda: rig.find(QLineEdit, "attemptLink").isVisible())
    attempt = rig.page().findChild(BrowserAttemptView)
    assert attempt is not None
    attempt.trouble.show()  # as after a minute of waiting
    screenshot(rig.wizard, "signin-waiting")
    assert_buttons_fit(rig)
    rig.click("cancelAttemptButton")
    rig.wait_idle()
    rig.click("apiKeyToggle")
    rig.find(QLineEdit, "apiKeyField").setText(rig.sandbox_state()["api_key"])
    rig.click("apiKeyButton")
    rig.wait_idle()
    screenshot(rig.wizard, "signin-done")
    rig.next()
    rig.wait_step(StepId.METHOD)
    screenshot(rig.wizard, "method")
    assert_buttons_fit(rig)


def test_screenshots_of_connect_and_legacy(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.next()
    rig.wait_step(StepId.METHOD)
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    screenshot(rig.wizard, "oauth_connect")
    rig.click("startBrowserButton")
    rig.wait_idle()
    screenshot(rig.wizard, "oauth_connect-done")

    rig.wizard.back_button.click()
    rig.wait_step(StepId.METHOD)
    rig.find(QRadioButton, "legacyRadio").click()
    screenshot(rig.wizard, "method-switch")
    rig.click("confirmSwitchButton")
    rig.wait_idle()
    screenshot(rig.wizard, "method-legacy")
    rig.next()
    rig.wait_step(StepId.LEGACY_APP)
    rig.wait_idle()
    rig.find(QCheckBox, "appCreatedCheck").click()
    screenshot(rig.wizard, "legacy_app")
    assert_buttons_fit(rig)
    for box in rig.page().findChildren(QCheckBox):
        if not box.isChecked():
            box.click()
    rig.next()
    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    rig.find(QLineEdit, "tokenField").setText("pat-na1-1234")
    screenshot(rig.wizard, "legacy_credentials")
    rig.check_sandbox_token()
    picker = rig.page().findChild(TeammatePicker)
    assert picker is not None
    picker.pick_row(1)  # picking is the choice
    rig.click("saveButton")
    rig.wait_idle()
    screenshot(rig.wizard, "legacy_credentials-saved")
    assert_buttons_fit(rig)


def test_screenshot_of_a_problem_on_connect(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot
) -> None:
    rig = wizard_factory("hubspot-not-admin")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.wizard.banner.isVisible()
    rig.wizard.banner.details_button.click()
    screenshot(rig.wizard, "oauth_connect-not-admin")
    assert_buttons_fit(rig)
