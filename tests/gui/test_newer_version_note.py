"""The quiet "a newer version is available" note: the window asks the sandbox's release feed,
shows one link in the footer and in the About box, and opens the release page only when the
admin clicks. A feed that fails or cannot be believed shows nothing at all. The last test
starts the real window in its own process: the launch asks the feed by itself, and tells Qt
the desktop entry's name (Wayland and software centres match the window to it)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton

from fixtures.gui_rig import WizardRig
from fixtures.own_process import run_script
from hubspot_setup import DISTRIBUTION
from hubspot_setup.services.release_feed import ReleaseFeed

ROOT = Path(__file__).resolve().parents[2]
PAGE = "https://www.open.cx/hubspot-setup/releases/0.2.0"


def _scenario(folder: Path, version: str, url: str = PAGE) -> str:
    path = folder / "release.toml"
    path.write_text(
        'name = "release"\ndescription = "A release feed."\n'
        f'[opencx.latest_release]\nversion = "{version}"\nurl = "{url}"\n',
        encoding="utf-8",
    )
    return str(path)


def _ask_feed(rig: WizardRig, running: str = "0.1.0") -> None:
    feed = ReleaseFeed(rig.sandbox.opencx_url, rig.services.http, current_version=running)
    rig.wizard.check_for_newer_version(feed.newer_version)
    rig.wait_idle()


def test_a_newer_version_shows_one_quiet_link_that_opens_only_on_click(
    wizard_factory: Callable[..., WizardRig], tmp_path: Path
) -> None:
    rig = wizard_factory(_scenario(tmp_path, "0.2.0"))
    wizard = rig.wizard
    assert not wizard.newer_version_button.isVisible()
    _ask_feed(rig)
    button = wizard.newer_version_button
    assert button.isVisible()
    assert button.text() == "Version 0.2.0 is available"
    assert "Nothing is downloaded" in button.toolTip()
    assert button.accessibleName() == "Version 0.2.0 is available"
    assert not wizard.banner.isVisible()  # quiet: no banner, no notice, no busy strip
    assert not wizard.notice_bar.isVisible()
    assert not wizard.busy_strip.isVisible()
    assert rig.opened_links == []  # nothing opened by itself

    button.click()
    assert rig.opened_links == [PAGE]

    wizard.about_action.trigger()
    box = wizard.findChild(QMessageBox, "aboutBox")
    assert box is not None
    rig.qtbot.waitUntil(box.isVisible)
    assert "Version 0.2.0 is available." in box.informativeText()
    about_link = box.findChild(QPushButton, "aboutNewerVersionButton")
    assert about_link is not None
    assert about_link.text() == "Open the page about version 0.2.0"
    about_link.click()
    assert rig.opened_links == [PAGE, PAGE]


@pytest.mark.parametrize(
    ("version", "url"),
    [
        ("0.1.0", PAGE),  # up to date
        ("0.2.0", "https://downloads.example.com/setup.exe"),  # not OpenCX's page
        ("0.2.0", "http://www.open.cx/releases"),  # not https
    ],
)
def test_nothing_shows_when_up_to_date_or_when_the_feed_cannot_be_believed(
    wizard_factory: Callable[..., WizardRig], tmp_path: Path, version: str, url: str
) -> None:
    rig = wizard_factory(_scenario(tmp_path, version, url))
    _ask_feed(rig)
    assert not rig.wizard.newer_version_button.isVisible()
    assert not rig.wizard.banner.isVisible()
    rig.wizard.about_action.trigger()
    box = rig.wizard.findChild(QMessageBox, "aboutBox")
    assert box is not None
    assert box.findChild(QPushButton, "aboutNewerVersionButton") is None
    assert "is available" not in box.informativeText()
    box.close()


def test_a_feed_that_does_not_answer_says_nothing(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    rig.sandbox.stop()  # the backend is gone: the check fails, silently
    _ask_feed(rig)
    assert not rig.wizard.newer_version_button.isVisible()
    assert not rig.wizard.banner.isVisible()


LAUNCH_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from hubspot_setup.cli.main import build_parser
from hubspot_setup.gui.launch import run_gui
from hubspot_setup.gui.wizard import SetupWizard
scenario, key = sys.argv[1], sys.argv[2]
seen = {}
ticks = [0]

def watch():
    ticks[0] += 1
    windows = [w for w in app.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
    button = windows[0].newer_version_button if windows else None
    if (button is None or not button.isVisible()) and ticks[0] < 1500:
        QTimer.singleShot(20, watch)
        return
    seen["desktop_file_name"] = QGuiApplication.desktopFileName()
    seen["note"] = button.text() if button is not None and button.isVisible() else None
    windows[0].close_action.trigger()

QTimer.singleShot(0, watch)
seen["exit"] = run_gui(build_parser().parse_args([f"--sandbox={scenario}"]), instance=key)
print(json.dumps(seen))
"""


def test_the_launched_window_asks_the_feed_and_names_its_desktop_entry(tmp_path: Path) -> None:
    scenario = _scenario(tmp_path, "999.0.0")
    key = f"opencx-release-test-{os.getpid()}"
    seen = run_script(tmp_path, LAUNCH_SCRIPT, scenario, key, timeout=90)
    assert seen["exit"] == 0
    assert seen["note"] == "Version 999.0.0 is available"
    assert seen["desktop_file_name"] == DISTRIBUTION
    # ... which is the desktop entry the .deb installs.
    assert (ROOT / "packaging" / "linux" / f"{seen['desktop_file_name']}.desktop").is_file()


def test_the_note_gives_way_to_the_buttons_on_a_narrow_window(
    wizard_factory: Callable[..., WizardRig], tmp_path: Path
) -> None:
    """At 800x600 with "Sign in with your browser" the note would squeeze the primary button
    until its label is cut: the note hides there (the About box keeps it) and comes back."""
    rig = wizard_factory(_scenario(tmp_path, "0.2.0"), size=(800, 600))
    rig.tick_prerequisites()
    _ask_feed(rig)
    wizard = rig.wizard
    rig.qtbot.waitUntil(lambda: wizard.next_button.text() == "Sign in with your browser")
    rig.qtbot.waitUntil(lambda: not wizard.newer_version_button.isVisible())
    assert wizard.next_button.width() >= wizard.next_button.sizeHint().width()
    wizard.resize(960, 680)
    rig.qtbot.waitUntil(wizard.newer_version_button.isVisible)
    assert wizard.next_button.width() >= wizard.next_button.sizeHint().width()
