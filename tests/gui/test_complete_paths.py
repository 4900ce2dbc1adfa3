"""Both complete paths walked in the real window against the real sandbox, and resume.

The browser legs are answered by `ConsentBrowser` (the sandbox's own sign-in and consent
pages, submitted over HTTP); everything else is clicked in the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton, QWidget

from fixtures.gui_rig import WAIT_MS, WizardRig
from hubspot_setup.flow.steps import Method, StepId


def test_oauth_path_end_to_end(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    assert "Signed in as Ada Lovelace" in rig.find(QLabel, "signedInLabel").text()
    rig.start_oauth_connect()
    assert rig.controller.blocker() is None
    assert rig.find(QLabel, "connectedLabel").isVisible()
    assert "1020304" in rig.find(QLabel, "portalLabel").text()
    rig.next()

    rig.wait_step(StepId.SENDER)
    rig.wait_idle()  # the teammates load
    rig.pick_first_person()
    rig.wait_idle()
    rig.next()

    for step in (StepId.AUTOPILOT, StepId.SIGNATURES, StepId.WORKFLOW_ACTIONS):
        rig.wait_step(step)
        rig.wait_idle()
        rig.next()

    rig.wait_step(StepId.TEST_CHECKLIST)
    rig.wait_idle()
    rig.click("startButton")
    customer = rig.find(QPushButton, "customerButton")
    rig.qtbot.waitUntil(customer.isEnabled, timeout=WAIT_MS)  # once OpenCX watches
    customer.click()
    handoff = rig.find(QPushButton, "handoffButton")
    rig.qtbot.waitUntil(lambda: handoff.isVisible() and handoff.isEnabled(), timeout=10_000)
    handoff.click()
    rig.qtbot.waitUntil(lambda: rig.controller.blocker() is None, timeout=10_000)
    test = rig.controller.state.answers.test
    assert test is not None
    assert test.passed
    rig.wait_idle()
    rig.next()

    rig.wait_step(StepId.SUMMARY)
    assert rig.wizard.next_button.text().replace("&", "") == "Finish"
    connection = rig.controller.state.answers.connection
    assert connection is not None
    assert connection.method is Method.OAUTH
    assert rig.sandbox_state()["integration"]["status"] == "connected"
    rig.wizard.next_button.click()
    assert not rig.wizard.isVisible()


def test_legacy_path_end_to_end(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    assert rig.controller.state.answers.method is Method.LEGACY
    assert "no longer lets anyone create a legacy app" in rig.find(QLabel, "warningLabel").text()
    steps = rig.wizard.step_list
    titles = [steps.item(i).text() for i in range(steps.count())]
    assert "Find your legacy app" in titles
    assert "Who the AI posts as" not in titles
    rig.next()

    rig.wait_step(StepId.LEGACY_APP)
    rig.wait_idle()  # the webhook URL arrives from OpenCX
    assert rig.find(QLineEdit, "webhookUrlField").text().startswith(rig.sandbox.base_url)
    for box in rig.page().findChildren(QCheckBox):
        assert not rig.wizard.next_button.isEnabled()
        box.click()
    rig.next()

    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    token_field = rig.find(QLineEdit, "tokenField")
    rig.qtbot.keyClicks(token_field, "pat-na1-oops")
    assert not rig.find(QPushButton, "checkTokenButton").isEnabled()
    assert "incomplete" in rig.find(QLabel, "tokenMessage").text()
    rig.check_sandbox_token()  # the token check, then the teammates
    assert token_field.text() == ""  # the token went to the keychain, not kept in the window
    assert "every required scope" in rig.find(QLabel, "tokenStatus").text()
    rig.pick_first_person()
    assert rig.controller.state.answers.legacy.default_user_id is not None
    rig.click("saveButton")
    rig.wait_idle()
    assert "connected to HubSpot portal" in rig.find(QLabel, "savedLabel").text()
    assert rig.sandbox_state()["integration"]["method"] == "legacy"
    rig.next()

    rig.wait_step(StepId.AUTOPILOT)
    rig.wait_idle()
    rig.next()
    rig.wait_step(StepId.TEST_CHECKLIST)
    rig.wait_idle()
    rig.click("skipButton")
    rig.next()
    rig.wait_step(StepId.SUMMARY)


def test_a_legacy_app_connected_in_this_run_switches_in_place(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    """Back on the method page after connecting a legacy app, choosing Connect with HubSpot
    asks for no disconnect: approving OpenCX in HubSpot switches it in place, as OpenCX says
    choosing the OAuth Public App while on a private app does."""
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    rig.next()
    rig.wait_step(StepId.LEGACY_APP)
    rig.wait_idle()
    for box in rig.page().findChildren(QCheckBox):
        box.click()
    rig.next()
    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    rig.check_sandbox_token()
    rig.pick_first_person()
    rig.click("saveButton")
    rig.wait_idle()
    before = rig.sandbox_state()
    assert before["integration"]["method"] == "legacy"
    token_ref = rig.controller.state.answers.legacy.token_ref
    assert token_ref is not None
    assert rig.services.secrets.get(token_ref) is not None

    rig.wizard.back_button.click()
    rig.wait_step(StepId.LEGACY_APP)
    rig.wizard.back_button.click()
    rig.wait_step(StepId.METHOD)
    rig.find(QRadioButton, "oauthRadio").click()
    rig.wait_idle()
    assert not rig.find(QWidget, "confirmBox").isVisible()  # nothing to disconnect
    assert rig.controller.state.answers.method is Method.OAUTH
    assert rig.sandbox_state()["integration"]["method"] == "legacy"  # nothing changed yet
    rig.next()

    rig.wait_step(StepId.OAUTH_CONNECT)
    note = rig.find(QLabel, "legacyNoteLabel")
    assert note.isVisible()
    assert "1020304" in note.text()
    assert "in place, without disconnecting" in note.text()
    rig.click("startBrowserButton")
    rig.wait_idle()
    assert rig.find(QLabel, "connectedLabel").isVisible()
    assert not note.isVisible()
    after = rig.sandbox_state()
    assert after["integration"]["status"] == "connected"
    assert after["method"] == "oauth"
    assert after["portal"]["id"] == before["portal"]["id"]
    connection = rig.controller.state.answers.connection
    assert connection is not None
    assert connection.method is Method.OAUTH
    assert rig.controller.state.answers.legacy.token_ref is None
    assert rig.services.secrets.get(token_ref) is None  # the token left the keychain
    assert rig.controller.blocker() is None


def test_reopening_resumes_at_the_step_with_the_answers(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    rig.next()
    rig.wait_step(StepId.LEGACY_APP)
    rig.wait_idle()
    rig.find(QCheckBox, "appCreatedCheck").click()
    rig.wizard.close_action.trigger()  # Menu → Close (your progress is kept)
    assert not rig.wizard.isVisible()

    again = wizard_factory(reopen=rig)
    assert again.controller.state.current is StepId.LEGACY_APP
    assert again.find(QCheckBox, "appCreatedCheck").isChecked()
    assert not again.find(QCheckBox, "scopesEnabledCheck").isChecked()
    account = again.controller.state.answers.account
    assert account is not None  # the session came back from the keychain
    assert account.user_email == "ada@acme.test"
    assert again.wizard.step_title.text() == "Find your legacy app"
