"""The first pages in the real window against the real sandbox: sign-in (browser and API
key), the method choice, OAuth connect, the legacy token; and each scenario's message on its
page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
)

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.steps import Method, StepId


def banner_text(rig: WizardRig) -> str:
    banner = rig.wizard.banner
    assert banner.isVisible()
    return " ".join((banner.title.text(), banner.message.text(), banner.fix.text()))


def test_member_of_opencx_is_stopped_at_sign_in(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("opencx-member")
    rig.tick_prerequisites()
    rig.sign_in()
    role = rig.find(QLabel, "roleLabel").text()
    assert "is a member of Acme Support" in role
    assert "Only owners and admins can connect HubSpot" in role
    assert not rig.wizard.next_button.isEnabled()
    assert "Only owners and admins" in rig.wizard.blocker_label.text()
    assert rig.wizard.blocker_label.isVisible()


def test_api_key_sign_in_wrong_then_right_then_sign_out(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    toggle = rig.find(QPushButton, "apiKeyToggle")
    key_box = rig.find(QFrame, "apiKeyBox")
    assert not key_box.isVisible()
    toggle.click()
    assert key_box.isVisible()
    field = rig.find(QLineEdit, "apiKeyField")
    assert field.echoMode() is QLineEdit.EchoMode.Password

    rig.click("apiKeyButton")  # empty: the controller refuses at the field
    rig.wait_idle()
    error = rig.find(QLabel, "apiKeyError")
    assert error.isVisible()
    assert "Paste an OpenCX API key" in error.text()

    field.setText("ocx_key_not_a_real_key_000000000000")
    rig.click("apiKeyButton")
    rig.wait_idle()
    assert rig.controller.state.answers.account is None
    assert "did not accept this API key" in error.text()
    assert not rig.wizard.banner.isVisible()

    field.setText(rig.sandbox_state()["api_key"])
    rig.qtbot.keyClick(field, "\r")
    rig.wait_idle()
    assert rig.controller.state.answers.account is not None
    assert field.text() == ""  # the key lives in the keychain only
    assert "with an API key" in rig.find(QLabel, "roleLabel").text()
    assert rig.wizard.next_button.isEnabled()

    rig.click("signOutButton")
    rig.wait_idle()
    assert rig.controller.state.answers.account is None
    assert rig.find(QPushButton, "startBrowserButton").isVisible()
    assert not rig.wizard.next_button.isEnabled()


def test_browser_attempt_shows_link_copy_open_again_and_cancel(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default", consent=None)  # the "browser" never answers
    rig.tick_prerequisites()
    rig.click("startBrowserButton")
    link = rig.find(QLineEdit, "attemptLink")
    rig.qtbot.waitUntil(lambda: link.isVisible() and link.text() != "", timeout=5000)
    assert rig.browser.opened == [link.text()]
    assert link.text().startswith(rig.sandbox.opencx_url + "/oauth/authorize")
    assert rig.find(QLabel, "attemptCountdown").text().startswith("Time left:")

    rig.click("copyLinkButton")
    assert QGuiApplication.clipboard().text() == link.text()
    rig.click("openAgainButton")
    assert rig.opened_links == [link.text()]

    rig.click("cancelAttemptButton")
    rig.wait_idle()
    assert rig.find(QPushButton, "retryButton").isVisible()
    assert rig.find(QLabel, "attemptStatus").text() in ("Cancelled.", "Stopped.")
    assert not rig.find(QLineEdit, "attemptLink").isVisible()
    assert rig.controller.state.answers.account is None
    assert not rig.wizard.banner.isVisible()


def test_method_page_table_and_switching_after_connecting(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.controller.state.answers.connection is not None
    rig.wizard.back_button.click()
    rig.wait_step(StepId.METHOD)
    table = rig.page().findChild(QTableWidget, "comparisonTable")
    assert table is not None
    assert table.rowCount() == 5
    assert table.item(4, 0).text() == "Workflow actions"
    assert table.item(4, 2).text() == "Not available"

    confirm = rig.find(QFrame, "confirmBox")
    rig.find(QRadioButton, "legacyRadio").click()
    assert confirm.isVisible()
    assert "disconnects it first" in rig.find(QLabel, "confirmLabel").text()
    rig.click("keepMethodButton")
    assert not confirm.isVisible()
    assert rig.find(QRadioButton, "oauthRadio").isChecked()
    assert rig.controller.state.answers.method is Method.OAUTH

    rig.find(QRadioButton, "legacyRadio").click()
    rig.click("confirmSwitchButton")
    rig.wait_idle()
    assert rig.controller.state.answers.method is Method.LEGACY
    assert rig.controller.state.answers.connection is None
    assert rig.sandbox_state()["integration"]["status"] == "not_connected"
    assert not confirm.isVisible()


def test_portal_admin_refusal_shows_the_guides_fix_on_connect(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("hubspot-not-admin")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.controller.state.current is StepId.OAUTH_CONNECT
    assert rig.controller.state.answers.connection is None
    text = banner_text(rig)
    assert "admin" in text
    assert rig.find(QPushButton, "retryButton").isVisible()
    # The footer offers to try again, never to continue without a connection.
    assert rig.wizard.next_button.text().replace("&", "") == "Try again"


def test_portal_without_service_hub_is_explained_on_connect(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("no-service-hub")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.controller.state.answers.connection is None
    assert "Service Hub" in banner_text(rig)


def test_token_without_a_scope_lists_it_on_legacy_credentials(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("token-missing-scope")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    for field in ("app_created", "scopes_enabled", "webhook_url_added", "subscriptions_added",
                  "changes_committed"):  # fmt: skip
        rig.controller.tick_legacy_step(field, True)
    rig.controller.go_to(StepId.LEGACY_CREDENTIALS)
    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    rig.check_sandbox_token()
    status = rig.find(QLabel, "tokenStatus").text()
    assert "missing these scopes: conversations.write" in status
    assert not rig.find(QPushButton, "saveButton").isEnabled()
    assert "conversations.write" in rig.wizard.blocker_label.text()


def test_expired_session_is_renewed_without_bothering_the_admin(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("session-expires")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.controller.state.answers.connection is not None
    assert not rig.wizard.banner.isVisible()
    rig.next()
    rig.wait_step(StepId.SENDER)
    rig.wait_idle()
    assert not rig.wizard.banner.isVisible()


def test_the_window_comes_back_to_the_front_when_the_browser_is_done(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.wizard.showMinimized()  # the admin went to the browser
    rig.qtbot.waitUntil(rig.wizard.isMinimized)
    rig.sign_in()
    rig.qtbot.waitUntil(lambda: not rig.wizard.isMinimized())
    assert rig.wizard.isVisible()
