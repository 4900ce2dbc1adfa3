"""The AI sender page against the real sandbox: loads the portal's teammates, filters, saves."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
from PySide6.QtCore import Qt

from fixtures.gui_pages import Rig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.sender import SenderPage


def sandbox_state(rig: Rig) -> dict[str, object]:
    response = httpx.get(rig.sandbox.state_url, trust_env=False, timeout=5)
    return dict(json.loads(response.text))


def test_picks_and_saves_the_sender(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    assert page.objectName() == "sender"
    rig.wait_idle()
    total = page.picker.model.total
    assert total > 1
    assert not page.save_button.isEnabled()  # nothing chosen yet

    first = page.picker.model.teammate_at(0)
    page.picker.search.setText(first.email)
    assert page.picker.model.rowCount() == 1
    page.picker.search.setFocus()
    rig.qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    assert page.picker.current() == first
    assert page.save_button.isEnabled()

    page.save_button.click()
    rig.wait_idle()
    assert rig.problems == []
    assert rig.controller.state.answers.sender is not None
    assert rig.controller.state.answers.sender.owner_id == first.owner_id
    assert first.name in page.current_label.text()
    assert not page.save_button.isEnabled()  # saved: nothing left to save
    assert rig.controller.blocker() is None
    sender = sandbox_state(rig).get("sender")
    assert isinstance(sender, dict)
    assert sender["owner_id"] == first.owner_id


def test_a_big_portal_loads_with_a_loading_state(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("many-teammates")
    rig.connect_oauth()
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    assert "Loading your HubSpot teammates" in page.picker.count.text()
    assert not page.picker.list.isEnabled()
    rig.wait_idle()
    assert page.picker.model.total >= 1200
    assert page.picker.list.isEnabled()
    page.picker.search.setText("zzz-nobody")
    assert page.picker.count.text() == "No teammate matches your search."


def test_a_rate_limited_portal_still_loads(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("owners-rate-limited")  # HubSpot answers 429 twice, then the owners
    rig.connect_oauth()
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    rig.wait_idle(timeout_ms=20_000)
    assert rig.problems == []  # the services waited as told and tried again
    assert page.picker.model.total > 0
    assert page.picker.list.isEnabled()
