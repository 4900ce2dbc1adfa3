"""Manage mode's recommended actions against the real sandbox, with the consent page answered
by the stand-in browser: "Reconnect with HubSpot" (scenario reconnect-required), the question
when another portal is approved, and moving a legacy connection to the HubSpot app (OAuth) in
place (scenario legacy-connected)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtWidgets import QMessageBox, QPushButton

from fixtures.gui_rig import Rig
from hubspot_setup.flow.steps import Method, Mode, StepId
from hubspot_setup.gui.pages.manage import ManagePage
from hubspot_setup.gui.pages.summary import SummaryPage

OTHER_PORTAL = 2030405  # reconnect-required's second portal
COMPLETE = "POST /v1/integrations/hubspot/oauth/installs/{install_id}/complete"


def backend(rig: Rig) -> dict[str, Any]:
    response = httpx.get(rig.sandbox.state_url, trust_env=False, timeout=5)
    response.raise_for_status()
    return dict(response.json())


def open_manage(rig: Rig) -> ManagePage:
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    assert rig.controller.state.mode is Mode.MANAGE
    page = rig.show(ManagePage)
    assert isinstance(page, ManagePage)
    rig.wait_idle()  # the signatures are read on entering
    return page


def test_reconnect_keeps_sender_signatures_and_autopilot(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("reconnect-required")
    page = open_manage(rig)
    before = backend(rig)
    assert before["integration"]["status"] == "reconnect_required"
    card = page.action_card
    assert card.isVisibleTo(page)
    assert card.title.text() == "HubSpot needs you to reconnect"
    assert "uninstalled in HubSpot" in card.message.text()
    assert "acme.test (portal 1020304)" in card.message.text()
    assert "Reconnect required" in page.values["connection"].text()
    assert "acme.test" in page.values["signatures"].text()
    # Teammates and the test need HubSpot: not offered until reconnected.
    assert not page.detour_buttons[StepId.SENDER].isEnabled()
    assert not page.detour_buttons[StepId.TEST_CHECKLIST].isEnabled()
    assert page.detour_buttons[StepId.AUTOPILOT].isEnabled()

    assert card.move_button.text().replace("&", "") == "Reconnect with HubSpot"
    card.move_button.click()
    rig.qtbot.waitUntil(lambda: card.outcome.isVisibleTo(card), timeout=10_000)
    rig.wait_idle()
    assert rig.problems == []

    after = backend(rig)
    assert after["integration"]["status"] == "connected"
    assert after["portal"]["id"] == 1020304
    assert after["sender"] == before["sender"]
    assert after["signatures"] == before["signatures"]
    assert after["autopilot"] == before["autopilot"]
    assert after["autopilot"]["sms"] is False
    assert all(after["integration"]["workflow_actions"].values())
    connection = rig.controller.state.answers.connection
    assert connection is not None
    assert not connection.needs_reconnect
    assert card.title.text() == "Reconnected with HubSpot"
    assert "answer this portal's conversations again" in card.outcome.text()
    assert card.isVisibleTo(page)  # the outcome stays readable; the action itself is gone
    assert not card.attempt.isVisibleTo(card)
    assert "Connect with HubSpot" in page.values["connection"].text()
    assert page.detour_buttons[StepId.SENDER].isEnabled()


def test_another_portal_asks_first_and_cancel_changes_nothing(
    page_rig: Callable[..., Rig],
) -> None:
    rig = page_rig("reconnect-required")
    assert rig.browser is not None
    rig.browser.portal_id = OTHER_PORTAL
    page = open_manage(rig)
    before = backend(rig)
    card = page.action_card

    card.move_button.click()
    rig.qtbot.waitUntil(lambda: card.question is not None, timeout=10_000)
    box = card.question
    assert box is not None
    assert "acme.test (portal 1020304)" in box.informativeText()
    assert f"acme-europe.test (portal {OTHER_PORTAL})" in box.informativeText()
    # Nothing has changed on OpenCX while the question is open.
    assert backend(rig)["integration"] == before["integration"]
    keep = box.findChild(QPushButton, "keepPortalButton")
    assert keep is not None
    assert box.defaultButton() is keep  # Enter keeps the connected portal
    keep.click()
    rig.wait_idle()

    after = backend(rig)
    assert after["integration"] == before["integration"]
    assert COMPLETE not in after["write_counts"]
    assert "Nothing changed" in card.outcome.text()
    assert card.move_button.isVisibleTo(card)  # the admin can try again with the right portal
    assert rig.problems == []


def test_another_portal_continue_moves_the_connection(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("reconnect-required")
    assert rig.browser is not None
    rig.browser.portal_id = OTHER_PORTAL
    page = open_manage(rig)
    before = backend(rig)
    card = page.action_card

    card.move_button.click()
    rig.qtbot.waitUntil(lambda: card.question is not None, timeout=10_000)
    box = card.question
    assert isinstance(box, QMessageBox)
    move = box.findChild(QPushButton, "movePortalButton")
    assert move is not None
    assert move.text() == "Continue with acme-europe.test"
    move.click()
    rig.qtbot.waitUntil(lambda: card.outcome.isVisibleTo(card), timeout=10_000)
    rig.wait_idle()
    assert rig.problems == []

    after = backend(rig)
    assert after["integration"]["status"] == "connected"
    assert after["portal"]["id"] == OTHER_PORTAL
    assert after["sender"] is None  # the other portal has its own teammates
    assert after["signatures"] == before["signatures"]
    assert after["autopilot"] == before["autopilot"]
    state = rig.controller.state.answers
    assert state.connection is not None
    assert state.connection.portal.id == OTHER_PORTAL
    assert state.sender is None
    assert "acme-europe.test" in card.outcome.text()
    assert "AI posts as" in card.outcome.text()
    assert "Not chosen" in page.values["sender"].text()


def test_legacy_connection_moves_to_oauth_in_place(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("legacy-connected")
    page = open_manage(rig)
    before = backend(rig)
    card = page.action_card
    assert card.isVisibleTo(page)
    assert card.title.text().startswith("Action recommended")
    for words in ("Workflow actions", "No keys to paste", "Webhooks set up for you", "takeover"):
        assert words in card.message.text()
    assert card.move_button.text().replace("&", "") == "Switch to Connect with HubSpot"
    # The legacy connection's signatures are listed too.
    assert page.values["signatures"].text() == "acme.test, *.de"
    assert page.sender_label.text() == "Default user"

    card.move_button.click()
    rig.qtbot.waitUntil(lambda: card.outcome.isVisibleTo(card), timeout=10_000)
    rig.wait_idle()
    assert rig.problems == []

    after = backend(rig)
    assert after["integration"]["status"] == "connected"
    assert after["method"] == "oauth"
    assert after["portal"]["id"] == before["portal"]["id"]
    assert after["signatures"] == before["signatures"]  # every rule, untouched
    assert after["integration"]["default_user_id"] == "7001"
    assert after["sender"]["user_id"] == 7001  # the AI keeps posting as the same person
    answers = rig.controller.state.answers
    assert answers.connection is not None
    assert answers.connection.method is Method.OAUTH
    note = card.outcome.text()
    assert "Settings → Integrations → Private Apps → Legacy Apps" in note
    assert "delete" in note
    # Now an OAuth connection: the OAuth settings are offered, no action is recommended.
    assert page.detour_buttons[StepId.SIGNATURES].isVisibleTo(page)
    assert page.sender_label.text() == "AI posts as"
    assert "Connect with HubSpot" in page.values["connection"].text()


def test_summary_offers_the_reconnect(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("reconnect-required")
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    page = rig.show(SummaryPage)
    assert isinstance(page, SummaryPage)
    card = page.action_card
    assert card.isVisibleTo(page)
    assert card.title.text() == "HubSpot needs you to reconnect"
    assert "Reconnect required" in page.values["method"].text()
    card.move_button.click()
    rig.qtbot.waitUntil(lambda: card.outcome.isVisibleTo(card), timeout=10_000)
    rig.wait_idle()
    assert backend(rig)["integration"]["status"] == "connected"
    assert "Connect with HubSpot" in page.values["method"].text()


def test_summary_does_not_push_a_legacy_move(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("legacy-connected")
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    page = rig.show(SummaryPage)
    assert isinstance(page, SummaryPage)
    assert not page.action_card.isVisibleTo(page)
