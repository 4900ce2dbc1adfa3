"""Starting the wizard: the command line, one instance at a time, and a real launch on the
embedded sandbox that paints, resumes, is woken by a second launch and cleans up on quit."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from fixtures.own_process import run_script
from hubspot_setup.cli.main import build_parser
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.single_instance import SingleInstance, instance_key


def test_command_line_without_subcommand_takes_the_windows_options() -> None:
    parser = build_parser()
    args = parser.parse_args([])
    assert args.command is None
    assert args.sandbox_scenario is None
    assert parser.parse_args(["--sandbox"]).sandbox_scenario == "default"
    args = parser.parse_args(
        ["--sandbox=no-service-hub", "--opencx-url", "http://127.0.0.1:9/opencx"]
    )
    assert args.sandbox_scenario == "no-service-hub"
    assert args.opencx_url == "http://127.0.0.1:9/opencx"
    assert parser.parse_args(["--hubspot-api-url", "https://api-eu1.hubapi.com"]).hubspot_api_url


def test_second_instance_wakes_the_first(qtbot: QtBot) -> None:
    key = f"opencx-setup-test-{uuid.uuid4().hex[:8]}"
    first = SingleInstance(key)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert not SingleInstance(key).claim()
    finally:
        first.release()
    again = SingleInstance(key)
    assert again.claim()  # released: the next launch is the first again
    again.release()


def test_instance_key_is_per_user_and_safe() -> None:
    key = instance_key("opencx-hubspot-setup")
    assert key.startswith("opencx-hubspot-setup-")
    assert key == instance_key("opencx-hubspot-setup")
    assert all(ch.isalnum() or ch == "-" for ch in key)


# Each launch runs in its own process, as a real one does: `run_gui` owns the Qt event loop
# and the application object for the whole run.
LAUNCH_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from hubspot_setup.cli.main import build_parser
from hubspot_setup.gui.launch import run_gui
from hubspot_setup.gui.single_instance import SingleInstance
from hubspot_setup.gui.wizard import SetupWizard
key, action = sys.argv[1], sys.argv[2]
seen = {}

def watch():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
    if not windows or not windows[0].ctx.has_controller or windows[0].tasks.busy is not None:
        QTimer.singleShot(20, watch)
        return
    window = windows[0]
    seen["title"] = window.windowTitle()
    seen["badge"] = window.practice_badge.isVisible()
    seen["icon"] = not window.windowIcon().isNull()
    seen["step"] = window.controller.state.current.value
    seen["simulated_customer"] = window.ctx.services.simulated_customer is not None
    # The window is up: a second launch must wake it instead of opening another.
    seen["second_claim"] = SingleInstance(key).claim()
    if action == "tick":
        for item in window.controller.state.answers.prerequisites:
            window.controller.confirm_prerequisite(item, True)
        window.next_button.click()
    window.close_action.trigger()

QTimer.singleShot(0, watch)
seen["exit"] = run_gui(build_parser().parse_args(["--sandbox"]), instance=key)
print(json.dumps(seen))
"""


def _launch(tmp_path: Path, key: str, action: str) -> dict[str, Any]:
    return run_script(tmp_path, LAUNCH_SCRIPT, key, action)


def test_launch_on_the_sandbox_paints_resumes_wakes_and_cleans_up(tmp_path: Path) -> None:
    key = f"opencx-setup-test-{uuid.uuid4().hex[:8]}"
    first = _launch(tmp_path, key, "tick")
    assert first["exit"] == 0
    assert first["title"] == "OpenCX HubSpot Setup"  # the sandbox shows as a badge inside
    assert first["badge"] is True
    assert first["icon"] is True
    assert first["step"] == StepId.PREREQUISITES.value
    assert first["simulated_customer"] is True
    assert first["second_claim"] is False
    saved = [path for path in (tmp_path / "data").rglob("*") if path.is_file()]
    assert saved  # progress kept in the per-user data folder

    second = _launch(tmp_path, key, "close")
    assert second["step"] == StepId.SIGNIN.value  # reopened where the first one stopped
    assert second["exit"] == 0  # the process ended by itself: sandbox and loop shut down


def test_instance_key_is_per_settings_folder(tmp_path: Path) -> None:
    # Another profile (another HOME / XDG_CONFIG_HOME) neither wakes nor blocks this window.
    mine = instance_key("opencx-hubspot-setup", tmp_path / "a" / "config")
    assert mine == instance_key("opencx-hubspot-setup", tmp_path / "a" / "config")
    assert mine != instance_key("opencx-hubspot-setup", tmp_path / "b" / "config")


# The window while `apply` holds the writer lock, and the next start after a crash.
GUARDED_SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from hubspot_setup.cli.main import build_parser
from hubspot_setup.gui.launch import run_gui
from hubspot_setup.gui.crash_dialog import CrashDialog
from hubspot_setup.gui.wizard import SetupWizard
from hubspot_setup.services.settings import config_dir
from hubspot_setup.services.writer_lock import Writer, WriterLock
key, hold = sys.argv[1], sys.argv[2] == "hold"
lock = WriterLock(config_dir())
if hold:
    lock.acquire(Writer.APPLY)
seen = {}

def watch():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
    dialogs = [w for w in app.topLevelWidgets() if isinstance(w, CrashDialog) and w.isVisible()]
    shown = windows and (windows[0].banner.isVisible() or windows[0].ctx.has_controller)
    if not shown or (not hold and not dialogs):
        QTimer.singleShot(20, watch)
        return
    window = windows[0]
    seen["banner"] = window.banner.message.text() if window.banner.isVisible() else None
    seen["attached"] = window.ctx.has_controller
    seen["dialog"] = dialogs[0].windowTitle() if dialogs else None
    for dialog in dialogs:
        dialog.close()
    window.close_action.trigger()

QTimer.singleShot(0, watch)
seen["exit"] = run_gui(build_parser().parse_args(["--sandbox"]), instance=key)
lock.release()
print(json.dumps(seen))
"""


def _guarded_launch(tmp_path: Path, hold: bool) -> dict[str, Any]:
    key = f"opencx-setup-test-{uuid.uuid4().hex[:8]}"
    return run_script(tmp_path, GUARDED_SCRIPT, key, "hold" if hold else "free")


def test_the_window_changes_nothing_while_apply_runs(tmp_path: Path) -> None:
    seen = _guarded_launch(tmp_path, hold=True)
    assert seen["exit"] == 0
    assert seen["attached"] is False  # no controller: nothing can be written
    assert seen["banner"].startswith('Another "apply" command is running (process ')


def test_the_next_start_after_a_crash_offers_the_report(tmp_path: Path) -> None:
    log_folder = tmp_path / "state" / "opencx-hubspot-setup" / "log"
    log_folder.mkdir(parents=True)
    (log_folder / "session.running").write_text("4242\n", encoding="utf-8")  # never stopped
    (log_folder / "faults.log").write_text("Fatal Python error: Aborted\n", encoding="utf-8")
    seen = _guarded_launch(tmp_path, hold=False)
    assert seen["dialog"] == "The assistant closed unexpectedly last time"
    assert seen["attached"] is True
    last = (log_folder / "last-crash.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Aborted" in last
    assert not (log_folder / "session.running").exists()  # this session ended cleanly


FIRST_PAINT_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from hubspot_setup.cli.main import build_parser
from hubspot_setup.gui.launch import run_gui
from hubspot_setup.gui.wizard import SetupWizard
seen = {}

class Paint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and "at_paint" not in seen:
            heavy = ("hubspot_setup.services.wiring", "httpx", "pydantic")
            seen["at_paint"] = sorted(m for m in heavy if m in sys.modules)
        return False

paint = Paint()

def watch():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, SetupWizard)]
    if windows and not seen.get("filtered"):
        windows[0].installEventFilter(paint)
        seen["filtered"] = True
    if not windows or not windows[0].ctx.has_controller or windows[0].tasks.busy is not None:
        QTimer.singleShot(5, watch)
        return
    windows[0].close_action.trigger()

QTimer.singleShot(0, watch)
parser = build_parser(with_commands=False)  # as `main` builds it to open the window
seen["exit"] = run_gui(parser.parse_args(["--sandbox"]), instance=sys.argv[1])
print(json.dumps(seen))
"""


def test_the_window_paints_before_the_session_loads_the_network_stack(tmp_path: Path) -> None:
    """The session's first steps import httpx and pydantic (about 350 ms): the admin sees the
    window first. A zero timer started them before the first paint was handled."""
    seen = run_script(tmp_path, FIRST_PAINT_SCRIPT, f"paint-test-{os.getpid()}")
    assert seen["at_paint"] == [], seen


UNKNOWN_SCENARIO_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from hubspot_setup.cli.main import build_parser
from hubspot_setup.gui.launch import run_gui
from hubspot_setup.gui.wizard import SetupWizard
seen = {}

def watch():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, SetupWizard) and w.isVisible()]
    if not windows or not windows[0].banner.isVisible():
        QTimer.singleShot(20, watch)
        return
    seen["problem"] = windows[0].banner.title.text()
    windows[0].close_action.trigger()

QTimer.singleShot(0, watch)
args = build_parser().parse_args(["--sandbox=no-such-scenario"])
seen["exit"] = run_gui(args, instance=sys.argv[1])
print(json.dumps(seen))
"""


def test_an_unknown_scenario_is_a_problem_in_the_window_not_a_traceback(tmp_path: Path) -> None:
    seen = run_script(
        tmp_path, UNKNOWN_SCENARIO_SCRIPT, f"opencx-setup-test-{uuid.uuid4().hex[:8]}"
    )
    assert seen["exit"] == 0
    assert seen["problem"] == "The sandbox could not start"
