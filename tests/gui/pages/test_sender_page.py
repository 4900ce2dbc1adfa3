"""The AI sender page against the real sandbox: loads the portal's teammates, filters, saves."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from fixtures.gui_rig import Rig
from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.sender import SenderPage


def sandbox_state(rig: Rig) -> dict[str, Any]:
    response = httpx.get(rig.sandbox.state_url, trust_env=False, timeout=5)
    return dict(json.loads(response.text))


def click_row(rig: Rig, page: SenderPage, row: int) -> None:
    view = page.picker.list
    index = page.picker.model.index(row, 0)
    view.scrollTo(index)
    rig.qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def test_a_click_on_a_teammate_saves_the_sender(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    assert page.objectName() == "sender"
    rig.wait_idle()
    assert page.picker.model.total > 1
    assert page.findChild(QPushButton, "saveButton") is None  # no second button to press
    assert "Click a teammate" in page.current_label.text()

    # Arrow keys only move the highlight: nothing is saved while browsing.
    page.picker.list.setFocus()
    rig.qtbot.keyClick(page.picker.list, Qt.Key.Key_Down)
    rig.qtbot.keyClick(page.picker.list, Qt.Key.Key_Down)
    rig.wait_idle()
    assert rig.controller.state.answers.sender is None

    second = page.picker.model.teammate_at(1)
    click_row(rig, page, 1)
    rig.wait_idle()
    assert rig.problems == []
    saved = rig.controller.state.answers.sender
    assert saved is not None
    assert saved.owner_id == second.owner_id
    assert sandbox_state(rig)["sender"]["owner_id"] == second.owner_id
    assert f"<b>{second.display_name}</b>" in page.current_label.text()
    assert page.picker.chosen() == second
    assert rig.controller.blocker() is None

    # Enter on the only match of a search picks it, and saves it too.
    first = page.picker.model.teammate_at(0)
    page.picker.search.setText(first.email)
    assert page.picker.model.rowCount() == 1
    page.picker.search.setFocus()
    rig.qtbot.keyClick(page.picker.search, Qt.Key.Key_Return)
    rig.wait_idle()
    sender = rig.controller.state.answers.sender
    assert sender is not None
    assert sender.owner_id == first.owner_id
    assert sandbox_state(rig)["sender"]["owner_id"] == first.owner_id

    # Enter on a highlighted row picks it as well.
    page.picker.search.clear()
    page.picker.list.setFocus()
    row = page.picker.model.row_of(second.owner_id)
    assert row is not None
    page.picker.list.setCurrentIndex(page.picker.model.index(row, 0))
    rig.qtbot.keyClick(page.picker.list, Qt.Key.Key_Return)
    rig.wait_idle()
    assert sandbox_state(rig)["sender"]["owner_id"] == second.owner_id


def test_a_refused_pick_keeps_the_saved_sender(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.go_to(StepId.SENDER)
    page = rig.show(SenderPage)
    assert isinstance(page, SenderPage)
    rig.wait_idle()
    saved = rig.controller.state.answers.sender
    assert saved is not None
    assert page.picker.chosen() == saved
    # A teammate OpenCX does not know (gone from the portal since the list was read).
    ghost = Teammate(owner_id="999999", user_id=999999, email="gone@acme.test", name="Gone")
    page.picker.set_teammates((*page.picker.model.teammates, ghost))
    row = page.picker.model.row_of("999999")
    assert row is not None
    click_row(rig, page, row)
    rig.wait_idle()
    assert rig.problems, "OpenCX refused the unknown teammate"
    assert rig.controller.state.answers.sender == saved
    assert page.picker.chosen() == saved  # the tick went back


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
