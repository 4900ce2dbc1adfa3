"""Issue 15 on the test page: where to send the test message, with Copy, and checklist rows
whose marks, times and links line up in columns."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from fixtures.gui_rig import WAIT_MS, Rig
from hubspot_setup.flow.guide import Channel, CheckId
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.test_checklist import TestChecklistPage as ChecklistPage


def open_checklist(rig: Rig) -> ChecklistPage:
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.go_to(StepId.TEST_CHECKLIST)
    page = rig.show(ChecklistPage)
    assert isinstance(page, ChecklistPage)
    rig.wait_idle()
    return page


def test_the_inbox_address_is_named_and_copied(
    page_rig: Callable[..., Rig], monkeypatch: pytest.MonkeyPatch
) -> None:
    rig = page_rig("default")
    feedback: list[str] = []
    monkeypatch.setattr(rig.ctx, "show_feedback", feedback.append)
    page = open_checklist(rig)
    assert rig.controller.state.answers.test_channel is Channel.EMAIL
    assert "support@acme.test" in page.destination_label.text()
    assert "Support" in page.destination_label.text()  # the inbox that owns it
    assert page.copy_destination.isVisible()
    page.copy_destination.click()
    assert QGuiApplication.clipboard().text() == "support@acme.test"
    assert feedback == ["Copied"]

    rig.controller.set_test_channel(Channel.WEB)  # the chat page from the portal's channels
    assert "chat" in page.destination_label.text()
    page.copy_destination.click()
    assert QGuiApplication.clipboard().text() == "acme.test"


def test_without_a_known_address_it_says_where_to_look(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    rig.run(rig.controller.sign_in_with_api_key(rig.sandbox.api_key))
    page = rig.show(ChecklistPage)  # nothing read about the portal yet
    rig.wait_idle()
    assert rig.controller.state.answers.portal_facts is None
    assert not page.copy_destination.isVisible()
    assert "Settings → Inboxes" in page.destination_label.text()


def test_marks_times_and_links_line_up_in_columns(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_checklist(rig)
    page.start_button.click()
    rig.qtbot.waitUntil(page.customer_button.isEnabled, timeout=WAIT_MS)
    page.customer_button.click()
    session = page.checklist.rows[CheckId.AI_REPLY_POSTED]
    rig.qtbot.waitUntil(lambda: session.when.text() != "", timeout=10_000)
    rows = list(page.checklist.rows.values())

    def columns(widgets: Iterable[QWidget]) -> set[int]:
        return {w.mapTo(page.checklist, QPoint(0, 0)).x() for w in widgets}

    assert len(columns(row.title for row in rows)) == 1
    assert len(columns(row.when for row in rows)) == 1  # times in one column, ticked or not
    assert len(columns(row.link for row in rows)) == 1
