"""The first-paint line `make bench` reads from an installed bundle is printed only on request."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from hubspot_setup.gui.first_paint_report import REPORT_FIRST_PAINT_ENV, report_first_paint_if_asked


def test_asked_it_prints_one_painted_line_after_the_first_paint(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(REPORT_FIRST_PAINT_ENV, "1")
    window = QLabel("Hello")
    qtbot.addWidget(window)
    report_first_paint_if_asked(window)
    assert capsys.readouterr().out == ""  # not before the window painted
    window.show()
    qtbot.waitUntil(lambda: "PAINTED" in capsys.readouterr().out, timeout=5000)
    window.update()  # a second paint says nothing more
    qtbot.wait(100)
    assert capsys.readouterr().out == ""


def test_not_asked_it_prints_nothing(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(REPORT_FIRST_PAINT_ENV, raising=False)
    window = QLabel("Hello")
    qtbot.addWidget(window)
    report_first_paint_if_asked(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)
    assert capsys.readouterr().out == ""
