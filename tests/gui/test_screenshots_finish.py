"""Screenshots of the end of the path and its dialogs, walking the real window on the sandbox:
the HubSpot connect step with the no-service-hub and hubspot-not-admin problems, the "You're
connected" end screen, and the disconnect dialog before typing, typed and after (OAuth and
legacy). Each at 800x600, 960x680 and 1440x900, light and dark, saved under `screenshots/`
as `<name>-<theme>@<w>x<h>.png`. The dialog is painted over the window, where an admin sees it.
Each shot also checks that nothing needs a sideways scroll and that the dialog fits."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from test_screenshots_dark_and_hidpi import dark_palette

from fixtures.gui_rig import SCREENSHOT_DIR, WizardRig
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.pages.manage import ManagePage
from hubspot_setup.gui.widgets.disconnect_dialog import DisconnectDialog

SIZES = ((800, 600), (960, 680), (1440, 900))


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = qapp.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield str(request.param)
    qapp.setPalette(before)


def shoot(rig: WizardRig, name: str, theme: str, dialog: QWidget | None = None) -> None:
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    for width, height in SIZES:
        rig.wizard.resize(width, height)
        rig.qtbot.waitUntil(lambda w=width, h=height: rig.wizard.size() == QSize(w, h))
        QApplication.processEvents()
        sideways = rig.wizard.page_scroll.horizontalScrollBar()
        rig.qtbot.waitUntil(lambda s=sideways: not s.isVisible())  # after the page re-wrapped
        picture = rig.wizard.grab()
        if dialog is not None:
            picture = _with_dialog(picture, dialog)
        assert picture.save(str(SCREENSHOT_DIR / f"{name}-{theme}@{width}x{height}.png"))


def _with_dialog(window: QPixmap, dialog: QWidget) -> QPixmap:
    """The window with the dialog centred over it, as a window manager would place it."""
    QApplication.processEvents()
    assert dialog.width() <= window.width()
    assert dialog.height() <= window.height()
    shot = QPixmap(window)
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QApplication.palette().shadow().color().lighter(100))
    painter.setOpacity(0.35)
    painter.drawPixmap(0, 0, window)
    painter.setOpacity(1.0)
    corner = QPoint(
        (window.width() - dialog.width()) // 2, (window.height() - dialog.height()) // 3
    )
    painter.drawPixmap(corner, dialog.grab())
    painter.end()
    return shot


@pytest.mark.parametrize("scenario", ["no-service-hub", "hubspot-not-admin"])
def test_connect_page_problems(
    wizard_factory: Callable[..., WizardRig], theme: str, scenario: str
) -> None:
    rig = wizard_factory(scenario)
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    assert rig.wizard.banner.isVisible()
    shoot(rig, f"finish-oauth_connect-{scenario}", theme)


def test_end_screen(wizard_factory: Callable[..., WizardRig], theme: str) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    teammates = rig.run(rig.controller.teammates())
    rig.run(rig.controller.choose_sender(teammates[0]))
    rig.controller.skip_test()
    assert rig.controller.go_to(StepId.SUMMARY) is None
    rig.wait_step(StepId.SUMMARY)
    rig.wait_idle()
    shoot(rig, "finish-summary", theme)


@pytest.mark.parametrize("scenario", ["already-connected", "legacy-connected"])
def test_disconnect_dialog(
    wizard_factory: Callable[..., WizardRig], theme: str, scenario: str
) -> None:
    rig = wizard_factory(scenario)
    rig.tick_prerequisites()
    rig.sign_in()
    rig.wait_step(StepId.MANAGE)
    rig.wait_idle()
    page = rig.page()
    assert isinstance(page, ManagePage)
    rig.click("disconnectButton")
    dialog = page.dialog
    assert isinstance(dialog, DisconnectDialog)
    rig.qtbot.waitUntil(dialog.isVisible)
    shoot(rig, f"finish-disconnect-{scenario}-before", theme, dialog)
    dialog.word.setText("DELETE")
    shoot(rig, f"finish-disconnect-{scenario}-typed", theme, dialog)
    dialog.disconnect_button.click()
    rig.wait_idle()
    rig.qtbot.waitUntil(dialog.close_button.isVisible)
    shoot(rig, f"finish-disconnect-{scenario}-after", theme, dialog)
    dialog.accept()
