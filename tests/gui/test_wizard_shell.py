"""The shell around the pages: step indicator, title, the footer's primary button and quiet
Back and why the primary button waits, the problem banner with its Details fold, the busy
strip with Cancel, failures without traces, keyboard and accessibility basics, and the first
paint without heavy imports. (tests/gui/test_shell_frame.py covers the rest of the frame.)"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.problems import Problem, ProblemError, ProblemKind
from hubspot_setup.flow.steps import StepId
from hubspot_setup.gui.widgets.step_rail import StepState


def step_texts(rig: WizardRig) -> list[str]:
    return [rig.wizard.step_list.item(i).text() for i in range(rig.wizard.step_list.count())]


def step_states(rig: WizardRig) -> list[StepState]:
    return [rig.wizard.step_list.state_of(i) for i in range(rig.wizard.step_list.count())]


def test_step_list_title_and_next_follow_the_flow(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    wizard = rig.wizard
    assert wizard.step_title.text() == "Before you start"
    assert wizard.step_counter.text() == "Step 1 of 10"
    assert step_texts(rig)[0] == "Before you start"
    assert step_states(rig)[0] is StepState.CURRENT
    assert not wizard.next_button.isEnabled()
    assert not wizard.back_button.isEnabled()
    assert wizard.blocker_label.isVisible()
    assert wizard.blocker_label.text().startswith("Confirm each item first")
    assert wizard.next_button.toolTip() == wizard.blocker_label.text()

    rig.tick_prerequisites()
    assert wizard.step_title.text() == "Sign in to OpenCX"
    assert step_states(rig)[:3] == [StepState.DONE, StepState.CURRENT, StepState.TODO]
    assert wizard.back_button.isEnabled()

    # The step list goes back to a done step, and refuses to skip ahead.
    wizard.step_list.itemClicked.emit(wizard.step_list.item(3))
    assert rig.controller.state.current is StepId.SIGNIN
    assert "Sign in to OpenCX to continue" in wizard.blocker_label.text()
    assert wizard.step_list.currentRow() == 1
    wizard.step_list.itemClicked.emit(wizard.step_list.item(0))
    assert rig.controller.state.current is StepId.PREREQUISITES
    assert wizard.next_button.isEnabled()
    assert not wizard.blocker_label.isVisible()


def test_banner_shows_the_fix_and_folds_the_details(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    banner = rig.wizard.banner
    assert not banner.isVisible()
    rig.wizard.show_problem(
        Problem(
            kind=ProblemKind.OFFLINE,
            title="No connection",
            message="This computer is offline.",
            fix="Connect to the internet, then try again.",
            details="ConnectError to api.open.cx",
        )
    )
    assert banner.isVisible()
    assert banner.title.text() == "No connection"
    assert banner.fix.text() == "Connect to the internet, then try again."
    assert not banner.details.isVisible()
    banner.details_button.click()
    assert banner.details.isVisible()
    assert banner.details.toPlainText() == "ConnectError to api.open.cx"
    banner.dismiss_button.click()
    assert not banner.isVisible()


def test_busy_strip_cancels_and_failures_never_show_a_trace(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("default")
    wizard = rig.wizard
    gate = asyncio.Event()

    async def slow() -> str:
        await gate.wait()
        return "done"

    results: list[str] = []
    handle = wizard.tasks.run(slow(), busy="Waiting for something…", on_result=results.append)
    assert wizard.busy_strip.isVisible()
    assert wizard.busy_label.text() == "Waiting for something…"
    assert wizard.busy_cancel.isVisible()
    rig.qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Escape cancels; it does not close
    rig.wait_idle()
    assert handle.future.cancelled()
    assert wizard.isVisible()
    assert not wizard.busy_strip.isVisible()
    assert results == []

    async def broken() -> None:
        raise KeyError("pat-na1-secret-in-a-message")

    wizard.tasks.run(broken(), busy="Working…")
    rig.wait_idle()
    banner = wizard.banner
    assert banner.title.text() == "Something went wrong"
    assert "KeyError" in banner.details.toPlainText()
    shown = " ".join((banner.message.text(), banner.fix.text(), banner.details.toPlainText()))
    assert "pat-na1" not in shown
    assert "Traceback" not in shown

    async def refused() -> None:
        raise ProblemError(
            Problem(ProblemKind.INVALID_INPUT, "Check this field", "Bad.", "Fix it.", field="x")
        )

    wizard.clear_problem()
    wizard.tasks.run(refused())
    rig.wait_idle()
    assert banner.title.text() == "Check this field"  # no page field "x": the banner


def test_shell_buttons_have_mnemonics_and_the_primary_is_the_default(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    wizard = wizard_factory("default").wizard
    assert wizard.next_button.isDefault()
    for button in (wizard.next_button, wizard.back_button):
        assert "&" in button.text()
        assert button.accessibleName()
    for action in (wizard.close_action, wizard.about_action):
        assert "&" in action.text()


def test_first_paint_imports_nothing_heavy() -> None:
    """What `make bench` times: the window with its first page, before the controller, the
    flow's models, the network stack or even asyncio are imported."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "from hubspot_setup.gui.launch import build_window_for_benchmark\n"
        "window = build_window_for_benchmark()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('pydantic', 'httpx', 'keyring', 'starlette', 'uvicorn', 'asyncio', 'qasync')\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in heavy)) or '-')\n"
        "print(window.findChild(QWidget, 'prerequisites').isVisible())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    loaded, page_shown = result.stdout.split()
    assert loaded == "-"
    assert page_shown == "True"


def test_manage_mode_shows_its_page_and_detours_come_back(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory("already-connected")
    rig.tick_prerequisites()
    rig.sign_in()
    rig.wait_step(StepId.MANAGE)  # the portal is connected already: manage mode
    wizard = rig.wizard
    assert wizard.step_title.text() == "HubSpot connection"
    assert wizard.step_counter.text() == ""
    assert wizard.step_list.count() == 2
    assert not wizard.next_button.isVisible()
    rig.wait_idle()
    rig.click("autopilotButton")
    rig.wait_step(StepId.AUTOPILOT)
    assert wizard.next_button.isVisible()
    assert wizard.next_button.text() == "&Done"
    rig.wait_idle()
    wizard.next_button.click()
    rig.wait_step(StepId.MANAGE)
    assert not wizard.next_button.isVisible()


def test_about_shows_the_same_version_as_the_command_line(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    import subprocess
    import sys

    from PySide6.QtWidgets import QMessageBox

    rig = wizard_factory("default")
    rig.wizard.about_action.trigger()
    box = rig.wizard.findChild(QMessageBox, "aboutBox")
    assert box is not None
    rig.qtbot.waitUntil(box.isVisible)
    command = subprocess.run(
        [sys.executable, "-m", "hubspot_setup", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    version = command.stdout.split()[-1]
    assert f"Version {version}" in box.text()
    assert rig.controller.state.current is StepId.PREREQUISITES  # not modal: nothing waited
    box.close()
