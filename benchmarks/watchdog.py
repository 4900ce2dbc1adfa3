"""A GUI-thread stall watchdog: how long the Qt event loop could not run, measured, not guessed.

A precise QTimer asks to run every `interval_ms`. When the loop is free it fires on time; when
something blocks the GUI thread (a synchronous call, a long layout, a big model reset) the next
tick comes late, and the lateness is the stall. Lateness below the timer's own jitter is noise.
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer


@dataclass(frozen=True)
class StallReport:
    samples: int
    max_ms: float
    p99_ms: float
    median_ms: float
    over_16_ms: int  # ticks that missed a 60 Hz frame


class StallWatchdog(QObject):
    def __init__(self, interval_ms: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval_s = interval_ms / 1000
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self._lateness_ms: list[float] = []

    def start(self) -> None:
        self._lateness_ms.clear()
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> StallReport:
        self._timer.stop()
        return self.report()

    def _tick(self) -> None:
        now = time.perf_counter()
        self._lateness_ms.append(max(0.0, (now - self._last - self._interval_s) * 1000))
        self._last = now

    def report(self) -> StallReport:
        values = sorted(self._lateness_ms) or [0.0]
        p99 = values[min(len(values) - 1, round(0.99 * (len(values) - 1)))]
        return StallReport(
            samples=len(self._lateness_ms),
            max_ms=values[-1],
            p99_ms=p99,
            median_ms=statistics.median(values),
            over_16_ms=sum(1 for value in values if value > 16),
        )
