"""Filtering the teammate picker: 1,200 teammates, the median time per keystroke.

A keystroke is timed from the key press sent to the search box until Qt has handled every
event it caused (the filter, the model reset and the repaint of the visible list).
"""

from __future__ import annotations

import random
import statistics
import time

from benchmarks.figures import Measurement, repeats

TEAMMATES = 1_200
# Typed, partly erased and typed again, like someone hunting for a name.
TYPING = ["a", "n", "n", "a", " ", "s", "BACK", "BACK", "m", "i", "t", "h"]
ROUNDS = repeats(15, quick=2)

_FIRST = ["Anna", "Ben", "Chloé", "Daan", "Eva", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kim"]
_LAST = ["Smith", "de Vries", "Jansen", "Müller", "Okafor", "Nakamura", "Rossi", "Novak", "Lee"]


def teammates(count: int = TEAMMATES) -> list[object]:
    from hubspot_setup.flow.answers import Teammate

    rng = random.Random(7)
    people: list[object] = []
    for number in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        email = f"{first}.{last}{number}@acme.test".lower().replace(" ", "")
        name = f"{first} {last}"
        people.append(Teammate(owner_id=str(1000 + number), user_id=number, email=email, name=name))
    return people


def keystroke_times_ms(rounds: int = ROUNDS) -> list[float]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker

    app = QApplication.instance() or QApplication([])
    picker = TeammatePicker()
    picker.resize(480, 420)
    picker.set_teammates(teammates())  # type: ignore[arg-type]
    picker.show()
    app.processEvents()
    times: list[float] = []
    try:
        for _ in range(rounds):
            picker.search.clear()
            app.processEvents()
            for key in TYPING:
                started = time.perf_counter()
                if key == "BACK":
                    QTest.keyClick(picker.search, Qt.Key.Key_Backspace)
                else:
                    QTest.keyClicks(picker.search, key)
                picker.list.viewport().repaint()
                app.processEvents()
                times.append((time.perf_counter() - started) * 1000)
    finally:
        picker.close()
        picker.deleteLater()
        app.processEvents()
    return times


def measure_picker_filter_ms() -> Measurement:
    times = keystroke_times_ms()
    return Measurement(
        statistics.median(times),
        f"{len(times)} keystrokes over {TEAMMATES} teammates, max {max(times):.1f} ms",
    )


if __name__ == "__main__":
    result = measure_picker_filter_ms()
    print(f"{result.value:.2f} ms ({result.note})")
