"""Tell `make bench` when the window first painted, when it asks (benchmarks/bundle_startup.py).

An installed bundle cannot be handed a script, so the benchmark sets REPORT_FIRST_PAINT_ENV
and reads one line, `PAINTED <peak RSS KiB>`, from standard output: the same line, at the same
moment (the first paint event handled), as the bare QWizard it is compared with prints.
Without the variable nothing is installed.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

REPORT_FIRST_PAINT_ENV = "OPENCX_HUBSPOT_SETUP_REPORT_FIRST_PAINT"


def _peak_rss_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:  # not Linux: the time still counts, the memory is unknown
        pass
    return 0


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        if sys.stdout is not None:  # a windowed Windows build has no standard output
            print("PAINTED", _peak_rss_kib(), flush=True)


def report_first_paint_if_asked(window: QWidget) -> None:
    if os.environ.get(REPORT_FIRST_PAINT_ENV) == "1":
        window.installEventFilter(_FirstPaint(window))
