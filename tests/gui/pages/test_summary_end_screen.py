"""The end of the path (issue 15): "You're connected" with "Open HubSpot inbox", the link
built only on a HubSpot app domain and opened through the app's own launcher."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout

from fixtures.gui_rig import Rig
from hubspot_setup.flow.state import replace
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.summary import SummaryPage


def open_summary(rig: Rig) -> tuple[SummaryPage, list[str]]:
    opened: list[str] = []
    rig.ctx.open_url = opened.append  # the app's launcher, as the shell hands it to pages
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.controller.skip_test()
    rig.go_to(StepId.SUMMARY)
    page = rig.show(SummaryPage)
    assert isinstance(page, SummaryPage)
    return page, opened


def test_youre_connected_opens_the_hubspot_inbox(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page, opened = open_summary(rig)
    card = page.connected_card
    connection = rig.controller.state.answers.connection
    assert connection is not None
    portal = connection.portal
    assert card.isVisibleTo(page)
    assert card.title.text() == "You're connected"
    assert f"{portal.domain} (portal {portal.id})" in card.message.text()
    assert "Autopilot" in card.message.text()
    assert "not sent a test message yet" in card.test_line.text()
    assert card.inbox_button.isVisibleTo(page)
    assert card.inbox_button.text().replace("&", "") == "Open HubSpot inbox"
    card.inbox_button.click()
    assert opened == [f"https://app.hubspot.com/live-messages/{portal.id}"]
    # The card comes first: above it only the reconnect card, hidden while connected.
    layout = page.child(QVBoxLayout, "pageLayout")
    assert layout.indexOf(card) == layout.indexOf(page.action_card) + 1 == 1
    assert not page.action_card.isVisibleTo(page)


def test_no_inbox_link_off_a_hubspot_domain(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page, opened = open_summary(rig)
    state = rig.controller.state
    connection = state.answers.connection
    assert connection is not None
    elsewhere = replace(
        connection, portal=replace(connection.portal, ui_domain="hubspot.evil.example")
    )
    page.render(replace(state, answers=replace(state.answers, connection=elsewhere)))
    assert page.connected_card.isVisibleTo(page)
    assert not page.connected_card.inbox_button.isVisibleTo(page)
    assert "href" not in page.values["portal"].text()
    assert "evil" not in page.values["portal"].text()
    assert opened == []


def test_not_shown_while_hubspot_needs_a_reconnect(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page, _opened = open_summary(rig)
    state = rig.controller.state
    connection = state.answers.connection
    assert connection is not None
    waiting = replace(connection, reconnect_reason="refresh_token_rejected")
    page.render(replace(state, answers=replace(state.answers, connection=waiting)))
    assert not page.connected_card.isVisibleTo(page)
