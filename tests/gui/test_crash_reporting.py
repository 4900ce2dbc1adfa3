"""A crash leaves evidence and a way forward (issue 16 item 10): each kind of unexpected error
is provoked for real (a Qt slot, a worker thread, the asyncio loop, a Qt message; a Qt fatal
message and a segfault in a child process), logged redacted, shown as "Something went wrong"
in the window, and offered for a diagnostics bundle at the next start."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, qCritical

from fixtures.gui_rig import WizardRig
from fixtures.secrets import UserDirs
from hubspot_setup.gui.crash_dialog import (
    CRASH_TITLE,
    PREVIOUS_TITLE,
    CrashDialog,
    CrashReporter,
)
from hubspot_setup.services.crash import (
    CRASH_FILE,
    LAST_CRASH_FILE,
    RUNNING_MARKER,
    CrashRecorder,
)
from hubspot_setup.services.diagnostics_export import DiagnosticsExport
from hubspot_setup.services.logs import LOG_FILE, close_logging, remember_secret, setup_logging

SECRET = "crash-secret-Zq8xW2vB7nM4"  # shaped like nothing: only remembering it redacts it


class Window:
    """A real wizard with the crash hooks installed as `run_gui` installs them."""

    def __init__(self, rig: WizardRig, folder: Path) -> None:
        self.rig = rig
        self.recorder = CrashRecorder(folder)
        self.previous = self.recorder.start()
        self.quits: list[bool] = []
        self.reporter = CrashReporter(
            rig.wizard,
            self.recorder,
            quit_app=lambda: self.quits.append(True),
            tasks=rig.wizard.tasks,
        )
        self.reporter.save = DiagnosticsExport(rig.controller, rig.services.secrets)
        self.reporter.install_qt_message_handler()
        rig.loop.set_exception_handler(self.recorder.asyncio_handler)

    def close(self) -> None:
        self.rig.loop.set_exception_handler(None)
        self.reporter.uninstall_qt_message_handler()
        self.recorder.stop()

    def dialog(self) -> CrashDialog:
        self.rig.qtbot.waitUntil(
            lambda: self.reporter.dialog is not None and self.reporter.dialog.isVisible(),
            timeout=5000,
        )
        assert self.reporter.dialog is not None
        return self.reporter.dialog


@pytest.fixture
def logged(user_dirs: UserDirs) -> Iterator[Path]:
    handler = setup_logging(user_dirs.logs)
    yield user_dirs.logs
    close_logging(handler)


@pytest.fixture
def window(wizard_factory: Callable[..., WizardRig], logged: Path) -> Iterator[Window]:
    remember_secret(SECRET)
    opened = Window(wizard_factory(), logged)
    yield opened
    opened.close()


def _raise_in_slot() -> None:
    raise ValueError(f"slot failed near {SECRET}")


def _raise_in_thread() -> None:
    raise RuntimeError(f"worker failed near {SECRET}")


def _raise_in_callback() -> None:
    raise KeyError(f"callback failed near {SECRET}")


PROVOKE: dict[str, Callable[[Window], None]] = {
    "qt_slot": lambda w: QTimer.singleShot(0, _raise_in_slot),
    "thread": lambda w: threading.Thread(target=_raise_in_thread, name="worker-x").start(),
    "asyncio": lambda w: w.rig.loop.call_soon(_raise_in_callback),
}
EXPECTED = {"qt_slot": "ValueError", "thread": "RuntimeError", "asyncio": "KeyError"}


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("kind", sorted(PROVOKE))
def test_an_unexpected_error_is_logged_redacted_and_shown(
    window: Window, logged: Path, kind: str
) -> None:
    PROVOKE[kind](window)
    dialog = window.dialog()
    assert dialog.windowTitle() == CRASH_TITLE.text()
    assert EXPECTED[kind] in dialog.details.text()
    assert dialog.quit_button.isVisible()
    assert dialog.save_button.isEnabled()

    crash_log = (logged / CRASH_FILE).read_text(encoding="utf-8")
    log = (logged / LOG_FILE).read_text(encoding="utf-8")
    for text in (crash_log, log):
        assert EXPECTED[kind] in text
        assert "failed near [redacted]" in text  # the traceback, with the secret taken out
        assert SECRET not in text

    dialog.keep_button.click()  # "Keep going": the window stays
    window.rig.qtbot.waitUntil(lambda: window.reporter.dialog is None, timeout=5000)
    assert window.rig.wizard.isVisible()
    assert window.quits == []


@pytest.mark.qt_no_exception_capture
def test_quit_and_save_diagnostics(window: Window, tmp_path: Path) -> None:
    QTimer.singleShot(0, _raise_in_slot)
    dialog = window.dialog()
    bundle = tmp_path / "diagnostics.zip"
    window.reporter.save_to(bundle)
    window.rig.qtbot.waitUntil(lambda: window.reporter.saved == bundle, timeout=10_000)
    with zipfile.ZipFile(bundle) as archive:
        crash = archive.read("crash.txt").decode("utf-8")
    assert "ValueError" in crash
    assert SECRET not in crash
    assert str(bundle) in dialog.message.text()
    dialog.quit_button.click()
    assert window.quits == [True]


def test_qt_messages_go_to_the_log(
    window: Window, logged: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        qCritical(f"a Qt critical message near {SECRET}")
    assert any("a Qt critical message" in r.getMessage() for r in caplog.records)
    assert window.reporter.dialog is None  # logged, not a crash
    assert SECRET not in (logged / LOG_FILE).read_text(encoding="utf-8")


CHILD = r"""
import faulthandler, sys
from pathlib import Path
from PySide6.QtCore import qFatal
from PySide6.QtWidgets import QApplication, QWidget
from hubspot_setup.gui.crash_dialog import CrashReporter
from hubspot_setup.services.crash import CrashRecorder
from hubspot_setup.services.logs import remember_secret
app = QApplication(sys.argv[:1])
folder, how, secret = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
remember_secret(secret)
recorder = CrashRecorder(folder)
recorder.start()
window = QWidget()
reporter = CrashReporter(window, recorder, quit_app=app.quit)
reporter.install_qt_message_handler()
if how == "qt_fatal":
    qFatal(f"fatal from Qt near {secret}")
elif how == "segfault":
    faulthandler._sigsegv()
elif how == "clean":
    recorder.stop()
"""


def _child(folder: Path, how: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), how, SECRET],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("how", "evidence"),
    [("qt_fatal", "-- qt (fatal): "), ("segfault", "Segmentation fault")],
)
def test_a_fatal_end_is_offered_at_the_next_start(
    wizard_factory: Callable[..., WizardRig], logged: Path, how: str, evidence: str, tmp_path: Path
) -> None:
    died = _child(logged, how)
    assert died.returncode < 0, died.stderr  # killed by SIGABRT / SIGSEGV
    assert (logged / RUNNING_MARKER).exists()

    opened = Window(wizard_factory(), logged)  # the next start
    try:
        assert opened.previous is not None
        assert opened.previous.evidence == logged / LAST_CRASH_FILE
        kept = opened.previous.evidence.read_text(encoding="utf-8")
        assert evidence in kept
        assert "Fatal Python error" in kept  # faulthandler's stack of the dying process
        assert SECRET not in kept
        opened.reporter.offer_previous()
        dialog = opened.dialog()
        assert dialog.windowTitle() == PREVIOUS_TITLE.text()
        assert not dialog.quit_button.isVisible()
        assert dialog.keep_button.text() == "Not now"
        bundle = tmp_path / "after-crash.zip"
        opened.reporter.save_to(bundle)
        opened.rig.qtbot.waitUntil(lambda: opened.reporter.saved == bundle, timeout=10_000)
        with zipfile.ZipFile(bundle) as archive:
            assert "Fatal Python error" in archive.read("crash.txt").decode("utf-8")
    finally:
        opened.close()
    assert not (logged / RUNNING_MARKER).exists()  # this session ended cleanly


def test_a_clean_end_is_not_a_crash(logged: Path) -> None:
    assert _child(logged, "clean").returncode == 0
    recorder = CrashRecorder(logged)
    assert recorder.start() is None
    recorder.stop()
    assert not (logged / LAST_CRASH_FILE).exists()


def test_asyncio_handler_without_an_exception(logged: Path) -> None:
    recorder = CrashRecorder(logged)
    recorder.start()
    try:
        loop = asyncio.new_event_loop()
        try:
            recorder.asyncio_handler(loop, {"message": f"odd state near {SECRET}"})
        finally:
            loop.close()
        assert "odd state near" in (logged / CRASH_FILE).read_text(encoding="utf-8")
    finally:
        recorder.stop()
