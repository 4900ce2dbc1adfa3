"""A real launch speaks the system's language, or the setting's, or `--language`'s.

Each case starts the window on the sandbox in a process of its own (the language is installed
once, before the first sentence) and reads back what the first page shows: a sentence the code
makes (the step rail), one from the page's .ui file, the primary button, and Qt's own
standard "Cancel". The expected words are read from the shipped .ts files, so the test checks
the wiring, not one translator's wording.
"""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest

from fixtures.catalogues import translation
from fixtures.own_process import launch_env, run_script
from hubspot_setup.flow.steps import STEP_TITLES, StepId

pytestmark = pytest.mark.slow
UI_SENTENCE = ("PrerequisitesContent", "Make sure that:")
STEP_SENTENCE = STEP_TITLES[StepId.PREREQUISITES]

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
from hubspot_setup.cli.main import build_parser
from hubspot_setup.gui.launch import run_gui
from hubspot_setup.gui.wizard import SetupWizard
key, args = sys.argv[1], sys.argv[2:]
seen = {}

def watch():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
    if not windows or not windows[0].ctx.has_controller or windows[0].tasks.busy is not None:
        QTimer.singleShot(20, watch)
        return
    window = windows[0]
    seen["step"] = window.step_list.item(0).text()
    seen["labels"] = [label.text() for label in window.findChildren(QLabel)]
    seen["next"] = window.next_button.text()
    seen["qt_cancel"] = QCoreApplication.translate("QPlatformTheme", "Cancel")
    menu = window.language_menu
    seen["ticked"] = [a.data() for a in menu.actions() if a.isChecked()] if menu else None
    window.close_action.trigger()

QTimer.singleShot(0, watch)
run_gui(build_parser().parse_args(["--sandbox", *args]), instance=key)
print(json.dumps(seen))
"""


def launch(home: Path, system: str, *args: str) -> dict[str, Any]:
    key = f"opencx-setup-test-{uuid.uuid4().hex[:8]}"
    return run_script(home, SCRIPT, key, *args, env={"LANG": system})


def assert_speaks(seen: dict[str, Any], language: str) -> None:
    assert seen["step"].endswith(translation(language, STEP_SENTENCE.context, STEP_SENTENCE.source))
    assert translation(language, *UI_SENTENCE) in seen["labels"]
    assert seen["qt_cancel"] != "Cancel"  # Qt's own catalogue is loaded too


def test_the_window_speaks_the_systems_language(tmp_path: Path) -> None:
    seen = launch(tmp_path, "de_DE.UTF-8")
    assert_speaks(seen, "de")
    assert seen["ticked"] == [None]  # the menu: "Same as this computer"


def test_the_option_wins_over_the_system(tmp_path: Path) -> None:
    seen = launch(tmp_path, "de_DE.UTF-8", "--language", "pt-BR")
    assert_speaks(seen, "pt_BR")
    assert seen["ticked"] == ["pt_BR"]


def test_the_setting_wins_over_the_system(tmp_path: Path) -> None:
    settings = tmp_path / "config" / "opencx-hubspot-setup" / "settings.toml"
    settings.parent.mkdir(parents=True)
    settings.write_text('language = "nl"\n', encoding="utf-8")
    seen = launch(tmp_path, "fr_FR.UTF-8")
    assert_speaks(seen, "nl")
    assert seen["ticked"] == ["nl"]


def test_an_english_system_gets_the_source_text(tmp_path: Path) -> None:
    seen = launch(tmp_path, "C.UTF-8")
    assert seen["step"].endswith(STEP_SENTENCE.source)
    assert UI_SENTENCE[1] in seen["labels"]
    assert seen["qt_cancel"] == "Cancel"


@pytest.mark.parametrize("language", ["de", "fr", "es", "nl", "pt_BR"])
def test_the_commands_speak_the_systems_language(tmp_path: Path, language: str) -> None:
    """`doctor` without a sign-in says so in the system's language; --json keeps its keys."""
    env = {**launch_env(tmp_path), "LANG": f"{language}.UTF-8"}
    env.pop("OPENCX_API_KEY", None)
    command = [sys.executable, "-m", "hubspot_setup", "--sandbox=default", "doctor"]
    human = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    expected = translation(language, "flow.problems", "Not signed in to OpenCX")
    assert expected in human.stdout + human.stderr
    english = subprocess.run(
        command, capture_output=True, text=True, env={**env, "LANG": "C.UTF-8"}, check=False
    )
    assert human.returncode == english.returncode
    assert "Not signed in to OpenCX" in english.stdout + english.stderr
