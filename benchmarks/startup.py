"""Cold start to the first page painted, and peak memory at that point, against a floor.

Both programs are started the same way (a fresh interpreter, offscreen Qt) and print one
line when their window's first paint event has been handled; the parent times from spawn
to that line. The floor is a bare PySide6 QWizard with one page.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time

from benchmarks.figures import Measurement, repeats

RUNS = repeats(7, quick=2)

# Shared by both programs: report the first paint of `window`, with peak RSS, then quit.
_REPORT_FIRST_PAINT = r"""
from PySide6.QtCore import QObject, QEvent, QTimer
from PySide6.QtWidgets import QApplication

def _peak_rss_kib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0

class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._report)
            obj.removeEventFilter(self)
        return False
    def _report(self):
        print("PAINTED", _peak_rss_kib(), flush=True)
        QApplication.instance().quit()

def report_first_paint(window):
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    return watcher
"""

FLOOR_PROGRAM = (
    _REPORT_FIRST_PAINT
    + r"""
import sys
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage, QLabel, QVBoxLayout
app = QApplication(sys.argv)
wizard = QWizard()
page = QWizardPage()
page.setTitle("Welcome")
layout = QVBoxLayout(page)
layout.addWidget(QLabel("Hello"))
wizard.addPage(page)
watcher = report_first_paint(wizard)
wizard.show()
sys.exit(app.exec())
"""
)

APP_PROGRAM = (
    _REPORT_FIRST_PAINT
    + r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from hubspot_setup.gui.launch import build_window_for_benchmark
window = build_window_for_benchmark()
watcher = report_first_paint(window)
window.show()
sys.exit(app.exec())
"""
)


def first_paint(program: str) -> tuple[float, int]:
    """Seconds from spawn to the first paint, and peak RSS (KiB) at that point."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-c", program], stdout=subprocess.PIPE, text=True, env=env
    ) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.startswith("PAINTED"):
                elapsed = time.perf_counter() - started
                rss = int(line.split()[1])
                child.wait(timeout=30)
                return elapsed, rss
        child.wait(timeout=30)
    raise RuntimeError(f"the program exited with {child.returncode} before painting")


def _medians(program: str) -> tuple[float, float]:
    samples = [first_paint(program) for _ in range(RUNS)]
    return (
        statistics.median(s[0] for s in samples),
        statistics.median(s[1] for s in samples),
    )


_cache: dict[str, tuple[float, float, float, float]] = {}


def _measure() -> tuple[float, float, float, float]:
    if "both" not in _cache:
        first_paint(FLOOR_PROGRAM)  # warm the OS file cache for both
        floor_s, floor_rss = _medians(FLOOR_PROGRAM)
        app_s, app_rss = _medians(APP_PROGRAM)
        _cache["both"] = (floor_s, floor_rss, app_s, app_rss)
    return _cache["both"]


def _app_available() -> str | None:
    try:
        from hubspot_setup.gui import launch
    except ImportError:
        return "the wizard window does not exist yet (issue 6)"
    if not hasattr(launch, "build_window_for_benchmark"):
        return "the wizard has no benchmark entry yet"
    return None


def measure_startup_ratio() -> Measurement:
    missing = _app_available()
    if missing:
        floor_s, _ = _medians(FLOOR_PROGRAM)
        return Measurement(None, f"{missing}; floor alone {floor_s * 1000:.0f} ms")
    floor_s, _, app_s, _ = _measure()
    return Measurement(
        app_s / floor_s, f"app {app_s * 1000:.0f} ms vs floor {floor_s * 1000:.0f} ms"
    )


def measure_rss_ratio() -> Measurement:
    missing = _app_available()
    if missing:
        _, floor_rss = _medians(FLOOR_PROGRAM)
        return Measurement(None, f"{missing}; floor alone {floor_rss / 1024:.0f} MiB")
    _, floor_rss, _, app_rss = _measure()
    return Measurement(
        app_rss / floor_rss, f"app {app_rss / 1024:.0f} MiB vs floor {floor_rss / 1024:.0f} MiB"
    )
