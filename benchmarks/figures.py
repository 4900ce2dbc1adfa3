"""The figures `make bench` reports, their goals (issues 10 and 17) and how each is measured."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass

# `make bench` repeats each measurement for stable medians; the test that checks `make bench`
# runs and prints every figure sets BENCH_QUICK=1 to repeat each once or twice.
QUICK = os.environ.get("BENCH_QUICK") == "1"


def repeats(full: int, quick: int = 1) -> int:
    return quick if QUICK else full


@dataclass(frozen=True)
class Measurement:
    value: float | None
    note: str = ""


@dataclass(frozen=True)
class Figure:
    key: str  # the key in bench-results.json
    label: str
    unit: str
    goal: float | None
    module: str  # benchmarks.<module>.measure_<key>() measures it
    digits: int = 2

    def measure(self) -> Measurement:
        try:
            module = importlib.import_module(f"benchmarks.{self.module}")
        except ModuleNotFoundError as error:
            if error.name and error.name.startswith("benchmarks."):
                return Measurement(None, f"not measured yet: no {self.module} benchmark")
            raise
        measure: Callable[[], Measurement] | None = getattr(module, f"measure_{self.key}", None)
        if measure is None:
            return Measurement(None, f"not measured yet: {self.module} has no {self.key}")
        return measure()


FIGURES: tuple[Figure, ...] = (
    Figure("startup_ratio", "cold start to first paint (x bare QWizard)", "x", 1.35, "startup"),
    Figure("rss_ratio", "peak RSS at first page (x bare QWizard)", "x", 1.3, "startup"),
    Figure("rss_after_run_mib", "peak RSS after a sandbox OAuth run", "MiB", 110, "full_run", 1),
    Figure("stall_max_ms", "longest GUI-thread stall in a full run", "ms", 33, "full_run", 1),
    Figure("stall_p99_ms", "99th percentile GUI-thread stall", "ms", 12, "full_run", 1),
    Figure("loopback_ms", "callback arrival to result page sent", "ms", 5, "loopback", 3),
    Figure("checklist_tick_ms", "sandbox event to item shown ticked", "ms", 250, "checklist", 1),
    Figure("picker_filter_ms", "filter 1,200 teammates, per keystroke", "ms", 16, "picker", 2),
    Figure("bundle_unpacked_mib", "Linux bundle, unpacked", "MiB", 100, "bundle", 1),
    Figure("bundle_compressed_mib", "Linux bundle, .tar.xz", "MiB", 30, "bundle", 1),
    Figure(
        "bundle_startup_ratio",
        "installed bundle start to first paint (x bare QWizard bundle)",
        "x",
        1.3,
        "bundle_startup",
    ),
)
