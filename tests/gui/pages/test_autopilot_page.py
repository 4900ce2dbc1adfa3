"""The Autopilot page against the real sandbox: reads the channels, warns, switches."""

from __future__ import annotations

from collections.abc import Callable

import httpx

from fixtures.gui_rig import Rig
from hubspot_setup.flow.guide import Channel
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.autopilot import AutopilotPage


def backend_autopilot(rig: Rig) -> dict[str, bool]:
    state = httpx.get(rig.sandbox.state_url, trust_env=False, timeout=5).json()
    return dict(state["autopilot"])


def open_page(rig: Rig) -> AutopilotPage:
    rig.connect_oauth()
    rig.choose_first_sender()
    rig.go_to(StepId.AUTOPILOT)
    page = rig.show(AutopilotPage)
    assert isinstance(page, AutopilotPage)
    rig.wait_idle()
    return page


def test_warns_when_the_test_channel_is_off_and_turns_it_on(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("autopilot-email-off")
    page = open_page(rig)
    assert page.objectName() == "autopilot"
    email = page.switches[Channel.EMAIL]
    assert not email.isChecked()
    assert email.isEnabled()
    assert email.text() == "Off"
    assert page.warning_frame.isVisibleTo(page)
    assert "Autopilot is off for Email" in page.warning_label.text()
    assert "does not reply" in page.states[Channel.EMAIL].text()

    page.turn_on_button.click()
    rig.wait_idle()
    assert rig.problems == []
    assert backend_autopilot(rig)["email"] is True
    assert email.isChecked()
    assert email.text() == "On"
    assert not page.warning_frame.isVisibleTo(page)


def test_each_switch_writes_its_channel(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("default")
    page = open_page(rig)
    before = backend_autopilot(rig)
    assert {c.value: page.switches[c].isChecked() for c in Channel} == before
    web = page.switches[Channel.WEB]
    web.click()
    rig.wait_idle()
    after = backend_autopilot(rig)
    assert after["web"] is (not before["web"])
    assert {k: v for k, v in after.items() if k != "web"} == {
        k: v for k, v in before.items() if k != "web"
    }
    assert web.isChecked() is after["web"]


def test_choosing_the_test_channel_moves_the_warning(page_rig: Callable[..., Rig]) -> None:
    rig = page_rig("autopilot-email-off")
    page = open_page(rig)
    if not backend_autopilot(rig)["web"]:
        page.switches[Channel.WEB].click()
        rig.wait_idle()
    page.test_channel.setCurrentIndex(page.test_channel.findData(Channel.WEB.value))
    assert rig.controller.state.answers.test_channel is Channel.WEB
    assert not page.warning_frame.isVisibleTo(page)  # Web is on: nothing to warn about
