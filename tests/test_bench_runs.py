"""`make bench` is a benchmark, never a timed test: this only checks that it runs and reports
every figure (each measured once, BENCH_QUICK=1), whatever the numbers are."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from benchmarks.figures import FIGURES

ROOT = Path(__file__).resolve().parents[1]
# Sizes need the installer build (make package); without one they are null with a reason, as
# is the bundle's start under BENCH_QUICK until the bare QWizard bundle has been built.
MAY_BE_NULL = {"bundle_unpacked_mib", "bundle_compressed_mib", "bundle_startup_ratio"}


@pytest.mark.slow
def test_make_bench_runs_and_prints_every_figure(tmp_path: Path) -> None:
    results = tmp_path / "bench-results.json"
    env = {
        **os.environ,
        "BENCH_QUICK": "1",
        "BENCH_RESULTS": str(results),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    for figure in FIGURES:
        assert figure.label in done.stdout
    assert "failed:" not in done.stdout, done.stdout
    figures = json.loads(results.read_text(encoding="utf-8"))
    assert set(figures) == {figure.key for figure in FIGURES}
    for key, value in figures.items():
        if value is None:
            assert key in MAY_BE_NULL, f"{key} was not measured:\n{done.stdout}"
        else:
            assert isinstance(value, int | float)
            assert value >= 0
