"""The bundle start figure (benchmarks/bundle_startup.py): how a start is timed and turned into
the ratio, with real programs. `make bench` itself builds and times the two bundles."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest
from benchmarks import bundle_startup
from benchmarks.bundle_startup import first_paint_s, measure_between, ratio
from benchmarks.startup import FLOOR_PROGRAM


def _program(tmp_path: Path, name: str, source: str) -> list[str]:
    """An executable file, as a bundle is: started with no arguments and a bare PATH."""
    path = tmp_path / name
    path.write_text(f"#!{sys.executable}\n{source}", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return [str(path)]


def test_the_ratio_is_the_median_start_over_the_median_floor() -> None:
    measured = ratio([1.30, 0.20, 0.26], [0.21, 0.19, 0.20])
    assert measured.value == pytest.approx(0.26 / 0.20)
    assert measured.note == "bundle 260 ms vs bare QWizard bundle 200 ms (median of 3)"


def test_the_real_app_and_the_bare_wizard_report_their_first_paint(tmp_path: Path) -> None:
    # The app as installed runs it: `python -m hubspot_setup` is the bundle's entry point, and
    # it must print the marker (only because it was asked) that the bare wizard prints.
    app = [sys.executable, "-m", "hubspot_setup"]
    floor = _program(tmp_path, "bare-wizard", FLOOR_PROGRAM)
    measured = measure_between(app, floor, runs=1)
    assert measured.value is not None
    assert measured.value > 0
    assert "(median of 1)" in measured.note


def test_a_program_that_never_paints_times_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bundle_startup, "TIMEOUT_S", 1.0)
    silent = _program(tmp_path, "silent", "import time\ntime.sleep(30)\n")
    with pytest.raises(TimeoutError, match="did not report its first paint"):
        first_paint_s(silent)


def test_a_program_that_exits_before_painting_says_so(tmp_path: Path) -> None:
    broken = _program(tmp_path, "broken", "raise SystemExit(3)\n")
    with pytest.raises(RuntimeError, match="exited with 3 before painting"):
        first_paint_s(broken)
