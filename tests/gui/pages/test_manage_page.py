"""Manage mode against the real sandbox: status, detours, and disconnect with DELETE."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from fixtures.gui_rig import Rig
from hubspot_setup.flow.steps import Mode, StepId
from hubspot_setup.gui.pages.manage import ManagePage


def backend_status(rig: Rig) -> str:
    state = httpx.get(rig.sandbox.state_url, trust_env=False, timeout=5).json()
    return str(state["integration"]["status"])


def test_status_detours_and_disconnect(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("already-connected")
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    assert rig.controller.state.mode is Mode.MANAGE
    page = rig.show(ManagePage)
    assert isinstance(page, ManagePage)
    assert page.objectName() == "manage"
    connection = rig.controller.state.answers.connection
    assert connection is not None
    assert "Connected through “Connect with HubSpot”" in page.values["connection"].text()
    assert str(connection.portal.id) in page.values["portal"].text()
    sender = rig.controller.state.answers.sender
    assert sender is not None
    assert sender.name in page.values["sender"].text()
    assert page.detour_buttons[StepId.SENDER].isVisibleTo(page)

    page.detour_buttons[StepId.TEST_CHECKLIST].click()
    assert rig.controller.state.current is StepId.TEST_CHECKLIST
    assert rig.controller.state.detour is StepId.TEST_CHECKLIST
    rig.controller.back()
    assert rig.controller.state.current is StepId.MANAGE

    page.disconnect_button.click()
    dialog = page.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert not dialog.legacy_note.isVisibleTo(dialog)
    dialog.word.setText("delete")
    assert not dialog.disconnect_button.isEnabled()
    dialog.word.setText("DELETE")
    assert dialog.disconnect_button.isEnabled()
    dialog.disconnect_button.click()
    rig.wait_idle()
    assert rig.problems == []
    assert backend_status(rig) == "not_connected"
    assert dialog.heading.text() == "HubSpot is disconnected"
    assert "Existing OpenCX sessions remain available" in dialog.message.text()
    assert dialog.close_button.isVisibleTo(dialog)
    assert rig.controller.state.mode is Mode.SETUP
    assert rig.controller.state.current is StepId.METHOD
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_legacy_connection_hides_oauth_settings_and_warns_about_webhooks(
    page_rig: Callable[..., Rig],
) -> None:
    rig = page_rig("default")
    rig.connect_legacy()
    page = rig.show(ManagePage)
    assert isinstance(page, ManagePage)
    assert "legacy private app" in page.values["connection"].text()
    assert page.sender_label.text() == "Default user"
    assert not page.detour_buttons[StepId.SENDER].isVisibleTo(page)
    assert not page.detour_buttons[StepId.SIGNATURES].isVisibleTo(page)

    page.disconnect_button.click()
    dialog = page.dialog
    assert dialog is not None
    assert dialog.legacy_note.isVisibleTo(dialog)
    assert "webhook subscriptions" in dialog.legacy_note.text()
    dialog.word.setText("DELETE")
    dialog.word.returnPressed.emit()
    rig.wait_idle()
    assert backend_status(rig) == "not_connected"
    assert dialog.heading.text() == "HubSpot is disconnected"
    assert dialog.legacy_note.isVisibleTo(dialog)  # the step left to do in HubSpot
    assert "remove the webhook subscriptions" in dialog.legacy_note.text()
