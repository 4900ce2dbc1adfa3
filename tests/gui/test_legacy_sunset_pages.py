"""The pages after HubSpot's legacy-app sunset, in the real window on the sandbox: the method
page's two outcome cards, "Find your legacy app" (with its way out to the recommended
connection), and the HubSpot connect page's help when HubSpot's consent page refuses the
install and never sends the browser back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QWidget,
)
from test_keyboard_and_fallback import assert_mnemonics_unique

from fixtures.gui_rig import WizardRig
from fixtures.sandbox import approve_in_sandbox
from hubspot_setup.flow.answers import Connection, Portal
from hubspot_setup.flow.consent_refusals import CONSENT_REFUSALS
from hubspot_setup.flow.guide import LEGACY_APP_CHECKS, LEGACY_REQUIRED_SCOPES
from hubspot_setup.flow.state import replace
from hubspot_setup.flow.steps import Method, StepId
from hubspot_setup.gui.widgets import browser_attempt
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView
from hubspot_setup.gui.widgets.consent_help import ConsentHelpPanel


def sign_in_with_api_key(rig: WizardRig) -> None:
    """Sign in without a browser (the stand-in browser of these tests answers nothing)."""
    rig.click("apiKeyToggle")
    rig.find(QLineEdit, "apiKeyField").setText(rig.sandbox_state()["api_key"])
    rig.click("apiKeyButton")
    rig.wait_idle()
    assert rig.controller.state.answers.account is not None


def test_the_method_page_offers_two_outcomes(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.next()
    rig.wait_step(StepId.METHOD)
    oauth = rig.find(QRadioButton, "oauthRadio")
    legacy = rig.find(QRadioButton, "legacyRadio")
    assert oauth.accessibleName() == oauth.text().replace("&", "") == "Connect with HubSpot"
    assert legacy.accessibleName() == "Use an existing legacy app"
    assert rig.find(QLabel, "oauthTagline").text() == "Recommended · about two minutes"
    assert rig.find(QLabel, "legacyTagline").text() == "Older setups"
    assert "already has a legacy app" in rig.find(QLabel, "legacySummary").text()
    oauth_card, legacy_card = rig.find(QFrame, "oauthCard"), rig.find(QFrame, "legacyCard")
    assert oauth.isChecked()
    assert (oauth_card.property("selected"), legacy_card.property("selected")) == ("true", "false")
    # The mechanisms (tokens, webhooks, the guide's method names) wait behind a link.
    difference = rig.find(QWidget, "differenceBox")
    assert not difference.isVisible()
    assert not rig.find(QFrame, "sunsetBox").isVisible()
    assert_mnemonics_unique(rig)

    # A click anywhere on a card chooses it, here on its description.
    rig.qtbot.mouseClick(rig.find(QLabel, "legacySummary"), Qt.MouseButton.LeftButton)
    rig.wait_idle()
    assert rig.controller.state.answers.method is Method.LEGACY
    assert legacy.isChecked()
    assert not oauth.isChecked()
    assert (oauth_card.property("selected"), legacy_card.property("selected")) == ("false", "true")
    assert rig.find(QFrame, "sunsetBox").isVisible()
    sunset = rig.find(QLabel, "warningLabel").text()
    assert "26 October 2026" in sunset
    assert "Service Keys" in sunset

    rig.click("differenceButton")
    assert difference.isVisible()
    table = rig.find(QTableWidget, "comparisonTable")
    assert table.isVisible()
    assert table.height() >= sum(table.rowHeight(row) for row in range(table.rowCount()))
    assert_mnemonics_unique(rig)
    rig.click("differenceButton")
    assert not difference.isVisible()


def test_find_your_legacy_app_checks_an_existing_app(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    rig.next()
    rig.wait_step(StepId.LEGACY_APP)
    rig.wait_idle()
    assert rig.wizard.step_title.text() == "Find your legacy app"
    where = rig.find(QLabel, "appCreatedHelp").text()
    assert "Settings → Integrations → Private Apps → Legacy Apps" in where
    boxes = rig.page().findChildren(QCheckBox)
    assert [box.text().replace("&", "") for box in boxes] == [
        f"{number}. {check.label.text()}" for number, check in enumerate(LEGACY_APP_CHECKS, start=1)
    ]
    assert not [box.text() for box in boxes if "Create" in box.text()]

    table = rig.find(QTableWidget, "subscriptionsTable")
    rows = [
        (table.item(row, 0).text(), table.item(row, 1).text()) for row in range(table.rowCount())
    ]
    assert rows == [
        ("Conversation", "New message"),
        ("Conversation", "Creation"),
        ("Ticket", "Property change"),
    ]
    assert table.item(2, 1).toolTip() == "ticket.propertyChange"
    assert "under Ticket, not Conversation" in rig.find(QLabel, "subscriptionsHelp").text()
    assert "like a password" in rig.find(QLabel, "webhookHelp").text()
    rig.click("copyScopesButton")
    assert QGuiApplication.clipboard().text() == " ".join(LEGACY_REQUIRED_SCOPES)
    assert rig.find(QLineEdit, "webhookUrlField").text().startswith(rig.sandbox.base_url)
    assert_mnemonics_unique(rig)

    # Without a legacy app: on to the recommended connection, through the method change.
    assert rig.find(QFrame, "noAppBox").isVisible()
    rig.click("useOAuthButton")
    rig.wait_step(StepId.OAUTH_CONNECT)
    rig.wait_idle()
    assert rig.controller.state.answers.method is Method.OAUTH
    assert rig.sandbox_state()["integration"]["status"] == "not_connected"
    rig.wizard.back_button.click()
    rig.wait_step(StepId.METHOD)
    assert rig.find(QRadioButton, "oauthRadio").isChecked()


def test_no_way_out_once_a_legacy_app_is_connected(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    rig.next()
    rig.wait_step(StepId.LEGACY_APP)
    rig.wait_idle()
    page = rig.page()
    state = rig.controller.state
    connected = Connection(method=Method.LEGACY, portal=Portal(id=1020304))
    page.render(replace(state, answers=replace(state.answers, connection=connected)))
    assert not rig.find(QFrame, "noAppBox").isVisible()
    page.render(state)
    assert rig.find(QFrame, "noAppBox").isVisible()


def test_hubspot_refusing_on_its_own_page_gets_its_fix_after_a_while(
    wizard_factory: Callable[..., WizardRig], monkeypatch: pytest.MonkeyPatch
) -> None:
    # "About a minute" made two seconds, rather than sleeping a minute.
    monkeypatch.setattr(browser_attempt, "HAVING_TROUBLE_AFTER_S", 2)
    rig = wizard_factory("consent-insufficient-scopes", consent=None)
    rig.tick_prerequisites()
    sign_in_with_api_key(rig)
    rig.next()
    rig.wait_step(StepId.METHOD)
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    panel = rig.page().findChild(ConsentHelpPanel)
    attempt = rig.page().findChild(BrowserAttemptView)
    assert panel is not None
    assert attempt is not None
    rig.click("startBrowserButton")
    rig.qtbot.waitUntil(lambda: len(rig.browser.opened) == 1)
    rig.qtbot.waitUntil(attempt.link_box.isVisible)

    # The admin presses Connect app: HubSpot shows its refusal and sends nothing back.
    refused = r"(?s)with 200: .*<title>Insufficient scopes were provided</title>"
    with pytest.raises(AssertionError, match=refused):
        approve_in_sandbox(rig.browser.opened[0])
    assert not panel.isVisible()  # not straight away
    rig.qtbot.waitUntil(panel.isVisible, timeout=5_000)
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert texts[0] == "Did HubSpot show one of these messages?"
    for refusal in CONSENT_REFUSALS:
        assert refusal.heading in texts
        assert f"{refusal.cause.text()} {refusal.fix.text()}" in texts
    assert panel.accessibleName() == "Did HubSpot show one of these messages?"
    assert attempt.trouble.isVisible()  # the paste-the-address fallback is still there
    assert rig.controller.state.answers.connection is None
    assert_mnemonics_unique(rig)

    rig.click("cancelAttemptButton")
    rig.wait_idle()
    assert not panel.isVisible()
    assert rig.sandbox_state()["integration"]["status"] == "not_connected"
