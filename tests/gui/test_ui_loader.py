"""Page layouts load without Qt Designer's plugins (startup time and memory, issue 10)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from hubspot_setup.gui.ui_loader import load_ui

# Loads a page in a fresh process and prints the shared libraries it then has mapped.
_LOAD_AND_LIST_LIBRARIES = r"""
from PySide6.QtWidgets import QApplication, QWidget
from hubspot_setup.gui.ui_loader import load_ui
app = QApplication([])
owner = QWidget()
load_ui("prerequisites", owner)
with open("/proc/self/maps") as maps:
    print("\n".join(sorted({line.split()[-1] for line in maps if ".so" in line})))
"""


def test_a_page_loads_and_qt_keeps_its_plugin_folders(qtbot: QtBot) -> None:
    before = QCoreApplication.libraryPaths()
    owner = QWidget()
    qtbot.addWidget(owner)
    content = load_ui("signin", owner)
    assert content.objectName()
    assert owner.findChild(QPushButton) is not None
    assert QCoreApplication.libraryPaths() == before  # image formats, styles still found


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads Linux /proc")
def test_no_designer_plugin_or_qt_quick_is_loaded_for_a_page() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _LOAD_AND_LIST_LIBRARIES],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
        check=True,
    )
    libraries = done.stdout.splitlines()
    assert any("libQt6UiTools" in path for path in libraries)  # the loader itself is there
    assert not [path for path in libraries if "/plugins/designer/" in path]
    assert not [path for path in libraries if "libQt6Quick" in path or "libQt6Qml" in path]
