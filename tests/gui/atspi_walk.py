"""The inner half of test_atspi_tree.py: both paths walked in the real window on a real X
display (Xvfb) while `atspi_probe.py` reads the live AT-SPI tree at every page.

Not collected on its own (no test_ prefix): test_atspi_tree.py runs it in a subprocess inside
`dbus-run-session`, with QT_QPA_PLATFORM=xcb and QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1, and
asserts on the JSON it writes to $ATSPI_SNAPSHOTS.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton

from fixtures.gui_rig import WAIT_MS, WizardRig
from hubspot_setup.flow.steps import StepId

OUT = os.environ.get("ATSPI_SNAPSHOTS")
PROBE = Path(__file__).with_name("atspi_probe.py")
ANSWER_MS = 30_000

pytestmark = pytest.mark.skipif(not OUT, reason="run by test_atspi_tree.py under AT-SPI")


class Probe:
    """The probe process and its answers, read in a thread so the Qt loop keeps running
    (the probe's questions are answered by this very process's event loop)."""

    def __init__(self, rig: WizardRig) -> None:
        self.rig = rig
        self.process = subprocess.Popen(
            ["/usr/bin/python3", str(PROBE), str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.answers: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        assert self._answer() == {"ready": True}

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.answers.put(line)

    def _answer(self) -> Any:
        self.rig.qtbot.waitUntil(
            lambda: not self.answers.empty() or self.process.poll() is not None,
            timeout=ANSWER_MS,
        )
        assert not self.answers.empty(), f"the probe ended ({self.process.returncode})"
        return json.loads(self.answers.get())

    def ask(self, command: str) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._answer()

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=10)
        self.reader.join(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


@pytest.fixture
def record() -> Iterator[dict[str, list[Any]]]:
    found: dict[str, list[Any]] = {"snapshots": [], "announcements": []}
    yield found
    assert OUT is not None
    path = Path(OUT)
    earlier = json.loads(path.read_text()) if path.exists() else {}
    for key, values in found.items():
        earlier.setdefault(key, []).extend(values)
    path.write_text(json.dumps(earlier))


class Walk:
    def __init__(self, rig: WizardRig, probe: Probe, record: dict[str, list[Any]], path: str):
        self.rig, self.probe, self.record, self.path = rig, probe, record, path

    def snapshot(self, note: str = "") -> None:
        """The tree as a screen reader finds it now, with the title a sighted admin sees."""
        self.rig.wait_idle()
        QApplication.processEvents()
        self.record["snapshots"].append(
            {
                "path": self.path,
                "step": self.rig.controller.state.current.value,
                "note": note,
                "title": self.rig.wizard.step_title.text(),
                "nodes": self.probe.ask("snapshot"),
            }
        )

    def heard(self) -> None:
        self.record["announcements"].extend(
            {"path": self.path, **heard} for heard in self.probe.ask("announcements")
        )


@pytest.fixture
def walk_factory(
    wizard_factory: Callable[..., WizardRig], record: dict[str, list[Any]]
) -> Iterator[Callable[[str], Walk]]:
    probes: list[Probe] = []

    def make(path: str) -> Walk:
        rig = wizard_factory("default")
        rig.wizard.activateWindow()
        probe = Probe(rig)
        probes.append(probe)
        return Walk(rig, probe, record, path)

    yield make
    for probe in probes:
        probe.close()


def sign_in_after_a_refusal(walk: Walk) -> None:
    """Sign in, after a first attempt the admin cancels in the browser: the problem shows
    (and is announced) before the second attempt succeeds."""
    rig = walk.rig
    rig.browser.action = "deny"
    rig.click("startBrowserButton")
    rig.qtbot.waitUntil(rig.wizard.banner.isVisible, timeout=ANSWER_MS)
    walk.snapshot("problem shown")
    rig.browser.action = "approve"
    retry = rig.find(QPushButton, "retryButton")
    (retry if retry.isVisible() else rig.find(QPushButton, "startBrowserButton")).click()
    rig.qtbot.waitUntil(lambda: rig.controller.state.answers.account is not None, timeout=10_000)
    rig.wait_idle()


def test_oauth_path(
    walk_factory: Callable[[str], Walk], wizard_factory: Callable[..., WizardRig]
) -> None:
    walk = walk_factory("oauth")
    rig = walk.rig
    walk.snapshot()
    rig.tick_prerequisites()
    walk.snapshot()
    sign_in_after_a_refusal(walk)
    walk.snapshot("signed in")
    rig.next()
    rig.wait_step(StepId.METHOD)
    walk.snapshot()
    rig.next()
    rig.wait_step(StepId.OAUTH_CONNECT)
    walk.snapshot()
    rig.click("startBrowserButton")
    rig.wait_idle()
    walk.snapshot("connected")
    rig.next()

    rig.wait_step(StepId.SENDER)
    rig.wait_idle()
    rig.pick_first_person()
    rig.wait_idle()
    walk.snapshot()
    rig.next()
    for step in (StepId.AUTOPILOT, StepId.SIGNATURES, StepId.WORKFLOW_ACTIONS):
        rig.wait_step(step)
        walk.snapshot()
        rig.next()

    rig.wait_step(StepId.TEST_CHECKLIST)
    walk.snapshot()
    rig.click("startButton")
    customer = rig.find(QPushButton, "customerButton")
    rig.qtbot.waitUntil(customer.isEnabled, timeout=WAIT_MS)  # once OpenCX watches
    customer.click()
    handoff = rig.find(QPushButton, "handoffButton")
    rig.qtbot.waitUntil(lambda: handoff.isVisible() and handoff.isEnabled(), timeout=10_000)
    handoff.click()
    rig.qtbot.waitUntil(lambda: rig.controller.blocker() is None, timeout=10_000)
    walk.snapshot("ticked")
    walk.heard()
    rig.next()
    rig.wait_step(StepId.SUMMARY)
    walk.snapshot()

    rig.wizard.next_button.click()  # Finish: the next start opens manage mode
    walk.rig, walk.path = wizard_factory(reopen=rig), "manage"
    walk.rig.wait_step(StepId.MANAGE)
    walk.snapshot()


def test_legacy_path(walk_factory: Callable[[str], Walk]) -> None:
    walk = walk_factory("legacy")
    rig = walk.rig
    rig.tick_prerequisites()
    rig.sign_in()
    rig.choose_legacy()
    walk.snapshot()
    rig.next()
    rig.wait_step(StepId.LEGACY_APP)
    walk.snapshot()
    for box in rig.page().findChildren(QCheckBox):
        if box.isVisible() and box.isEnabled() and not box.isChecked():
            box.click()
    rig.next()

    rig.wait_step(StepId.LEGACY_CREDENTIALS)
    token_field = rig.find(QLineEdit, "tokenField")
    rig.qtbot.keyClicks(token_field, "pat-na1-oops")  # too short: the field says why
    walk.snapshot("token refused")
    walk.heard()
    rig.check_sandbox_token()
    rig.pick_first_person()
    rig.click("saveButton")
    walk.snapshot("saved")
    rig.next()
    rig.wait_step(StepId.AUTOPILOT)
    walk.snapshot()
    rig.next()
    rig.wait_step(StepId.TEST_CHECKLIST)
    walk.snapshot()
    rig.click("skipButton")
    rig.next()
    rig.wait_step(StepId.SUMMARY)
    walk.snapshot()
    walk.heard()
