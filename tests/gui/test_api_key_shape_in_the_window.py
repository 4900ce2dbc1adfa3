"""An API key pasted with a letter no key has, or in two pieces, is refused at its field
before anything is sent to OpenCX (issue 16, item 7: before, the window's request failed in
the HTTP library and showed "Cannot reach OpenCX" or an internal fault)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from fixtures.gui_rig import WizardRig

# Pictures for the person changing this page to look at; not kept in the repository.
SHOTS = Path(os.environ.get("API_KEY_SHOTS", "/tmp/shots/answers-files"))
DARK = {
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
}


def _shoot(rig: WizardRig, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width, height in ((900, 640), (800, 600)):
        rig.wizard.resize(width, height)
        rig.qtbot.waitUntil(lambda w=width, h=height: rig.wizard.size() == QSize(w, h))
        QApplication.processEvents()
        assert rig.wizard.grab().save(str(SHOTS / f"{name}-{width}x{height}.png"))


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_a_key_that_cannot_be_one_is_refused_at_its_field(
    wizard_factory: Callable[..., WizardRig], qapp: QApplication, dark: bool
) -> None:
    before = qapp.palette()
    if dark:
        palette = QPalette()  # as tests/gui/test_screenshots_dark_and_hidpi.py's dark mode
        for role, colour in DARK.items():
            palette.setColor(role, QColor(colour))
        qapp.setPalette(palette)
    try:
        rig = wizard_factory("default")
        rig.tick_prerequisites()
        rig.click("apiKeyToggle")
        field = rig.find(QLineEdit, "apiKeyField")
        key = rig.sandbox_state()["api_key"]
        error = rig.find(QLabel, "apiKeyError")
        for pasted, words in (
            (key[:12] + "é" + key[12:], "not copied exactly"),
            (key[:12] + " " + key[12:], "not copied in one piece"),
        ):
            field.setText(pasted)
            rig.click("apiKeyButton")
            rig.wait_idle()
            assert error.isVisible()
            assert words in error.text()
            assert not rig.wizard.banner.isVisible()
            assert rig.controller.state.answers.account is None
        _shoot(rig, "signin-api-key-refused" + ("-dark" if dark else ""))
    finally:
        qapp.setPalette(before)
