"""Screenshots of manage mode's recommended actions and of the summary's reconnect, walking the
real window on the sandbox, light and dark, at the default size and at 800x600 (saved under
`screenshots/` by the `screenshot` fixture). Each also checks the buttons fit at 800x600."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from test_keyboard_and_fallback import assert_mnemonics_unique
from test_screenshots import assert_buttons_fit
from test_screenshots_dark_and_hidpi import dark_palette

from fixtures.gui_rig import SCREENSHOT_DIR, WizardRig
from hubspot_setup.flow.state import replace
from hubspot_setup.flow.steps import Mode, StepId, steps_for_method
from hubspot_setup.gui.pages.manage import ManagePage

Shot = Callable[[QWidget, str], list[Path]]


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield "" if request.param == "light" else "-dark"
    qapp.setPalette(before)


def open_manage(rig: WizardRig) -> ManagePage:
    rig.tick_prerequisites()
    rig.sign_in()
    rig.wait_step(StepId.MANAGE)
    assert rig.controller.state.mode is Mode.MANAGE
    rig.wait_idle()
    page = rig.page()
    assert isinstance(page, ManagePage)
    return page


def test_screenshots_of_the_legacy_move(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot, theme: str
) -> None:
    rig = wizard_factory("legacy-connected")
    page = open_manage(rig)
    assert page.action_card.isVisible()
    screenshot(rig.wizard, f"manage-legacy-action{theme}")
    assert_buttons_fit(rig)
    assert_mnemonics_unique(rig)
    page.action_card.move_button.click()
    rig.qtbot.waitUntil(page.action_card.outcome.isVisible, timeout=10_000)
    rig.wait_idle()
    screenshot(rig.wizard, f"manage-legacy-moved{theme}")


def test_screenshots_of_the_reconnect(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot, theme: str
) -> None:
    rig = wizard_factory("reconnect-required")
    rig.browser.portal_id = 2030405  # to show the portal question too
    page = open_manage(rig)
    screenshot(rig.wizard, f"manage-reconnect{theme}")
    assert_buttons_fit(rig)
    assert_mnemonics_unique(rig)
    page.action_card.move_button.click()
    rig.qtbot.waitUntil(lambda: page.action_card.question is not None, timeout=10_000)
    box = page.action_card.question
    assert box is not None
    rig.qtbot.waitUntil(box.isVisible)
    QApplication.processEvents()
    screenshot(rig.wizard, f"manage-reconnect-asking{theme}")
    assert box.grab().save(str(SCREENSHOT_DIR / f"manage-portal-question{theme}.png"))
    box.reject()


def test_screenshots_of_the_summary_reconnect(
    wizard_factory: Callable[..., WizardRig], screenshot: Shot, theme: str
) -> None:
    rig = wizard_factory("reconnect-required")
    open_manage(rig)
    # The summary of a finished setup whose connection HubSpot refused later (for example
    # reopened a week on): put the window there directly, as a resume would.
    state = rig.controller.state
    visited = steps_for_method(state.answers.method)
    # A screenshot of a state, not a walk: commit it as the controller would.
    rig.controller._commit(
        replace(state, mode=Mode.SETUP, current=StepId.SUMMARY, visited=visited, detour=None)
    )
    rig.wait_step(StepId.SUMMARY)
    rig.wait_idle()
    screenshot(rig.wizard, f"summary-reconnect{theme}")
    assert_buttons_fit(rig)
    assert_mnemonics_unique(rig)
