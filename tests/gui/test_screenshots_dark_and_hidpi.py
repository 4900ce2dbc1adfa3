"""Screenshots in dark mode and at a device pixel ratio of 2, walking the real window.

Dark mode: the application palette is swapped for a dark one (as the OS would) before the
window is built; every colour must come from the palette, so the page area must be dark and
its text light. High DPI: the window is rendered into a pixmap with a device pixel ratio of 2,
as on a 2x screen; sizes are font-relative, so it must fill the doubled pixmap without pixel
doubling. Saved as `screenshots/<step>-dark.png` and `screenshots/<step>@2x.png`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from fixtures.gui_rig import SCREENSHOT_DIR, WizardRig
from hubspot_setup.flow.steps import StepId

SIGNATURE = (
    '<p><b>Acme Support</b><br><a href="https://acme.test">acme.test</a></p>'
    '<img src="https://cdn.acme.test/logo.png" alt="Acme">'
)


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1f2124",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#2a2d31",
        QPalette.ColorRole.AlternateBase: "#25282b",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#33373c",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7bd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.PlaceholderText: "#9a9fa6",
        QPalette.ColorRole.Mid: "#4a4f55",
        QPalette.ColorRole.Midlight: "#3d4146",
        QPalette.ColorRole.ToolTipBase: "#2a2d31",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
        palette.setColor(disabled, role, QColor("#6f747a"))
    palette.setColor(disabled, QPalette.ColorRole.WindowText, QColor("#8a8f96"))
    return palette


@pytest.fixture
def dark_mode(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    qapp.setPalette(dark_palette())
    yield
    qapp.setPalette(before)


def light_share(image: QImage) -> float:
    """Share of sampled pixels that are near white (a hard-coded light background)."""
    step = 7
    light = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            total += 1
            if QColor(image.pixel(x, y)).lightness() > 225:
                light += 1
    return light / total


def settle(rig: WizardRig) -> None:
    """Let a page just shown lay itself out; at 900 wide nothing scrolls sideways."""
    QApplication.processEvents()
    scroll = rig.wizard.page_scroll.horizontalScrollBar()
    rig.qtbot.waitUntil(lambda: not scroll.isVisible())


def save_dark(rig: WizardRig, name: str) -> QImage:
    rig.wizard.resize(900, 640)
    rig.qtbot.waitUntil(lambda: rig.wizard.size() == QSize(900, 640))
    settle(rig)
    image = rig.wizard.grab().toImage()
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    assert image.save(str(SCREENSHOT_DIR / f"{name}-dark.png"))
    # Light mode would be mostly near-white; dark mode has only small bright spots (text).
    assert light_share(image) < 0.05, name
    return image


def save_2x(rig: WizardRig, name: str) -> QPixmap:
    size = QSize(900, 640)
    rig.wizard.resize(size)
    rig.qtbot.waitUntil(lambda: rig.wizard.size() == size)
    settle(rig)
    pixmap = QPixmap(size * 2)
    pixmap.setDevicePixelRatio(2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    rig.wizard.render(painter, QPoint())
    painter.end()
    SCREENSHOT_DIR.mkdir(exist_ok=True)
    assert pixmap.save(str(SCREENSHOT_DIR / f"{name}@2x.png"))
    return pixmap


def differing_row_pairs(image: QImage) -> int:
    """Row pairs (2k, 2k+1) that differ. Pixel doubling a 1x picture makes every pair equal;
    text and curves drawn at 2x make many of them differ."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(image.constBits())
    line = image.bytesPerLine()
    return sum(
        data[y * line : (y + 1) * line] != data[(y + 1) * line : (y + 2) * line]
        for y in range(0, image.height() - 1, 2)
    )


def walk_to_signatures(rig: WizardRig) -> None:
    rig.tick_prerequisites()
    rig.sign_in()
    rig.start_oauth_connect()
    rig.next()
    rig.wait_step(StepId.SENDER)
    rig.wait_idle()
    page = rig.page()
    picker = getattr(page, "picker")  # noqa: B009 - the sender page's teammate picker
    picker.pick_row(0)  # picking is the choice: saved at once
    rig.wait_idle()
    for step in (StepId.AUTOPILOT, StepId.SIGNATURES):
        rig.next()
        rig.wait_step(step)
        rig.wait_idle()


@pytest.mark.usefixtures("dark_mode")
def test_dark_mode_screenshots(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("hubspot-not-admin")
    save_dark(rig, "prerequisites")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.next()
    rig.wait_step(StepId.METHOD)
    save_dark(rig, "method")
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    rig.click("startBrowserButton")
    rig.wait_idle()
    assert rig.wizard.banner.isVisible()
    save_dark(rig, "oauth_connect-not-admin")


@pytest.mark.usefixtures("dark_mode")
def test_dark_mode_signatures(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default")
    walk_to_signatures(rig)
    rig.find(QLineEdit, "patternEdit").setText("*.nl")
    rig.find(QPlainTextEdit, "htmlEdit").setPlainText(SIGNATURE)
    rig.find(QLineEdit, "testerEdit").setText("anna@shop.nl")
    save_dark(rig, "signatures")


def test_high_dpi_renders_crisp(wizard_factory: Callable[..., WizardRig]) -> None:
    rig = wizard_factory("default")
    rig.tick_prerequisites()
    two_x = save_2x(rig, "signin").toImage()
    assert two_x.size() == QSize(1800, 1280)
    # Drawn at 2x, not a 1x picture blown up: many row pairs differ.
    assert differing_row_pairs(two_x) > 100
    rig.sign_in()
    rig.next()
    rig.wait_step(StepId.METHOD)
    save_2x(rig, "method")
