"""`make bench`: run every benchmark, print one table, write bench-results.json.

Each figure is a median of repeated runs; where a floor exists (a bare PySide6 QWizard started
the same way) it is measured in the same session and the figure is reported as a ratio, since
these machines are shared and noisy. A figure that cannot be measured in this build is `null`
in the JSON and says why in the table.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from pathlib import Path

from benchmarks.figures import FIGURES, Figure, Measurement

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path(os.environ.get("BENCH_RESULTS") or ROOT / "bench-results.json")


def main() -> int:
    rows: list[tuple[Figure, Measurement]] = []
    started = time.perf_counter()
    for figure in FIGURES:
        print(f"measuring {figure.label} ...", file=sys.stderr, flush=True)
        try:
            measurement = figure.measure()
        except Exception as error:  # a broken benchmark must not hide the others
            measurement = Measurement(None, f"failed: {type(error).__name__}: {error}")
        rows.append((figure, measurement))
    print_table(rows)
    results = {figure.key: measurement.value for figure, measurement in rows}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(
        f"\nwrote {RESULTS.name} ({len(results)} figures, {time.perf_counter() - started:.0f} s) "
        f"on {platform.node()} / {platform.platform()} / Python {platform.python_version()}"
    )
    return 0


def print_table(rows: list[tuple[Figure, Measurement]]) -> None:
    width = max(len(figure.label) for figure, _ in rows)
    print(f"\n{'figure'.ljust(width)}  {'value':>10}  {'goal':<12}  note")
    print(f"{'-' * width}  {'-' * 10}  {'-' * 12}  ----")
    for figure, measurement in rows:
        value = "n/a" if measurement.value is None else f"{measurement.value:.{figure.digits}f}"
        verdict = ""
        if measurement.value is not None and figure.goal is not None:
            verdict = "ok" if measurement.value <= figure.goal else "MISSED"
        goal = f"<= {figure.goal:g} {figure.unit}".strip() if figure.goal is not None else ""
        note = " ".join(part for part in (verdict, measurement.note) if part)
        print(f"{figure.label.ljust(width)}  {value:>10}  {goal:<12}  {note}")


if __name__ == "__main__":
    sys.exit(main())
