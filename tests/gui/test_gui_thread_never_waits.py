"""The window stays responsive while the keychain or the disk takes a second (issue 17).

A keychain that shows an unlock prompt and a slow home folder are simulated by a keyring
backend and a progress file that each take `SLOW_S` per call. A precise QTimer ticks while the
admin works in the window; the longest gap between its ticks is how long the GUI thread could
not run. Were either call made on the GUI thread, that gap would be at least `SLOW_S`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from itertools import pairwise

import pytest
from keyring.backend import KeyringBackend
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCheckBox

from fixtures.gui_rig import WizardRig
from hubspot_setup.flow.state import WizardState
from hubspot_setup.flow.steps import StepId
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.secrets import KeyringSecretStore

SLOW_S = 1.0
# Far below SLOW_S, far above what a loaded 2-core test machine adds to a 10 ms tick.
LONGEST_ALLOWED_GAP_S = 0.4


class SlowKeyring(KeyringBackend):
    """A real (file) keyring behind a keychain that takes a second to answer each call."""

    priority = 1  # type: ignore[assignment]

    def __init__(self, inner: PlaintextKeyring) -> None:
        super().__init__()
        self.inner = inner
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self._wait("get")
        return self.inner.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._wait("set")
        self.inner.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._wait("delete")
        self.inner.delete_password(service, username)

    def _wait(self, call: str) -> None:
        self.calls.append(call)
        time.sleep(SLOW_S)


@pytest.fixture
def slow_keyring(file_keyring: PlaintextKeyring) -> SlowKeyring:
    return SlowKeyring(file_keyring)


@pytest.fixture
def secret_store(slow_keyring: SlowKeyring) -> KeyringSecretStore:
    """Every window in this module keeps its secrets in the slow keychain."""
    return KeyringSecretStore(slow_keyring, allow_insecure_backend=True)


@contextmanager
def longest_gap() -> Iterator[list[float]]:
    """Yields a list that holds, after the block, the longest gap between 10 ms ticks."""
    ticks: list[float] = [time.perf_counter()]
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    result: list[float] = []
    timer.start()
    try:
        yield result
    finally:
        timer.stop()
        ticks.append(time.perf_counter())
        result.append(max(later - earlier for earlier, later in pairwise(ticks)))


def test_signing_in_while_the_keychain_takes_a_second_leaves_the_window_responsive(
    wizard_factory: Callable[..., WizardRig], slow_keyring: SlowKeyring
) -> None:
    rig = wizard_factory()
    rig.tick_prerequisites()
    with longest_gap() as gap:
        rig.click("startBrowserButton")
        rig.qtbot.waitUntil(lambda: rig.controller.state.answers.account is not None)
        rig.wait_idle()
    assert "set" in slow_keyring.calls  # the session really went through the slow keychain
    assert gap[0] < LONGEST_ALLOWED_GAP_S, f"the GUI thread stood still for {gap[0]:.2f} s"


def test_saving_progress_while_the_disk_takes_a_second_leaves_the_window_responsive(
    wizard_factory: Callable[..., WizardRig],
) -> None:
    rig = wizard_factory()
    store = rig.services.progress
    writes: list[WizardState] = []
    really_save = FileProgressStore.save

    def slow_save(state: WizardState) -> None:
        time.sleep(SLOW_S)
        really_save(store, state)
        writes.append(state)

    store.save = slow_save  # type: ignore[method-assign]
    with longest_gap() as gap:
        boxes = [box for box in rig.page().findChildren(QCheckBox) if box.isEnabled()]
        for box in boxes:  # each tick is a change of state, each change is saved
            box.click()
            rig.qtbot.wait(50)
        rig.next()
        rig.wait_step(StepId.SIGNIN)
        rig.save_progress()  # what closing the window does: everything is on disk after it
    assert gap[0] < LONGEST_ALLOWED_GAP_S, f"the GUI thread stood still for {gap[0]:.2f} s"
    assert len(boxes) >= 3
    assert 1 <= len(writes) < len(boxes) + 1  # changes close together are written together
    assert writes[-1] == rig.controller.state
    assert store.load().state == rig.controller.state
