"""The installed bundle's start to first paint, against a bare PySide6 QWizard bundled the
same way (issue 17): the start an admin actually waits for, frozen imports and all.

The app's bundle is the one `make package` left in dist/. The floor is the bare QWizard of
benchmarks/startup.py (its first-paint marker included) built by benchmarks/bare_wizard_bundle.spec
with the app's own PyInstaller options into build/bench-bare-wizard/, rebuilt only when the lock
file, that script or either spec changed. Both print `PAINTED <KiB>` when their first paint
event has been handled (the app does so only when asked, gui/first_paint_report.py); each start
is a fresh process in a fresh home folder, the two alternating, offscreen Qt.
"""

from __future__ import annotations

import hashlib
import os
import selectors
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import hubspot_setup
from benchmarks.figures import QUICK, Measurement, repeats
from benchmarks.startup import FLOOR_PROGRAM
from hubspot_setup.gui.first_paint_report import REPORT_FIRST_PAINT_ENV

ROOT = Path(__file__).resolve().parents[1]
APP_EXE = ROOT / "dist" / hubspot_setup.DISTRIBUTION / hubspot_setup.DISTRIBUTION
PACKAGE_PYTHON = ROOT / "build" / "package-venv" / "bin" / "python"
LOCK = ROOT / "packaging" / "requirements-lock.txt"
APP_SPEC = ROOT / "packaging" / "opencx-hubspot-setup.spec"
# The app's spec and the helpers it filters the bundle with: the floor is built by them too.
APP_SPEC_PARTS = (
    APP_SPEC,
    APP_SPEC.with_name("bundle_filter.py"),
    APP_SPEC.with_name("icu_data.py"),
)
FLOOR_SPEC = Path(__file__).with_name("bare_wizard_bundle.spec")
FLOOR_DIR = ROOT / "build" / "bench-bare-wizard"
FLOOR_SCRIPT = FLOOR_DIR / "bare_wizard.py"  # where FLOOR_SPEC looks for it
FLOOR_EXE = FLOOR_DIR / "dist" / "bare-wizard" / "bare-wizard"
FLOOR_KEY = FLOOR_DIR / "dist" / "bare-wizard.key"

RUNS = repeats(7, quick=1)
TIMEOUT_S = 60.0


def floor_key() -> str:
    """What the bare bundle was built from; another key means it is rebuilt."""
    digest = hashlib.sha256()
    for part in (
        LOCK.read_bytes(),
        FLOOR_PROGRAM.encode(),
        *(source.read_bytes() for source in (FLOOR_SPEC, *APP_SPEC_PARTS)),
    ):
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()


def floor_is_current() -> bool:
    return FLOOR_EXE.is_file() and FLOOR_KEY.is_file() and FLOOR_KEY.read_text() == floor_key()


def build_floor() -> None:
    if not PACKAGE_PYTHON.is_file():  # the pinned PyInstaller and PySide6 the app is built with
        _make("build/package-venv/.lock-stamp")
    shutil.rmtree(FLOOR_DIR, ignore_errors=True)
    FLOOR_SCRIPT.parent.mkdir(parents=True)
    FLOOR_SCRIPT.write_text(FLOOR_PROGRAM, encoding="utf-8")
    subprocess.run(
        [str(PACKAGE_PYTHON), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(FLOOR_DIR / "dist"), "--workpath", str(FLOOR_DIR / "work"),
         str(FLOOR_SPEC)],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    FLOOR_KEY.write_text(floor_key(), encoding="utf-8")


def _make(target: str) -> None:
    subprocess.run(["make", target], cwd=ROOT, check=True)


def first_paint_s(command: Sequence[str]) -> float:
    """Seconds from spawn to the `PAINTED` line of one fresh start in a fresh home folder."""
    with tempfile.TemporaryDirectory(prefix="bench-home-") as home:
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": home,
            "XDG_CONFIG_HOME": f"{home}/.config",
            "XDG_DATA_HOME": f"{home}/.local/share",
            "XDG_STATE_HOME": f"{home}/.local/state",
            "XDG_CACHE_HOME": f"{home}/.cache",
            "XDG_RUNTIME_DIR": home,
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            REPORT_FIRST_PAINT_ENV: "1",
        }
        started = time.perf_counter()
        with subprocess.Popen(
            list(command), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=home
        ) as child:
            assert child.stdout is not None
            try:
                _wait_for_paint(child, command[0], started + TIMEOUT_S)
                return time.perf_counter() - started
            finally:
                if child.poll() is None:  # the app keeps running; the bare wizard quits itself
                    child.terminate()
                try:
                    child.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    child.kill()


def _wait_for_paint(child: subprocess.Popen[bytes], program: str, deadline: float) -> None:
    assert child.stdout is not None
    seen = b""
    with selectors.DefaultSelector() as selector:
        selector.register(child.stdout, selectors.EVENT_READ)
        while b"PAINTED" not in seen:
            remaining = deadline - time.perf_counter()
            if remaining <= 0 or not selector.select(remaining):
                raise TimeoutError(f"{program} did not report its first paint")
            chunk = os.read(child.stdout.fileno(), 4096)
            if not chunk:
                raise RuntimeError(f"{program} exited with {child.wait()} before painting")
            seen += chunk


def ratio(app_s: Sequence[float], floor_s: Sequence[float]) -> Measurement:
    """Median start of the app's bundle over the bare bundle's (the same number of starts)."""
    app, floor = statistics.median(app_s), statistics.median(floor_s)
    return Measurement(
        app / floor,
        f"bundle {app * 1000:.0f} ms vs bare QWizard bundle {floor * 1000:.0f} ms "
        f"(median of {len(app_s)})",
    )


def measure_between(app: Sequence[str], floor: Sequence[str], runs: int) -> Measurement:
    first_paint_s(app)  # warm the OS file cache for both
    first_paint_s(floor)
    app_s: list[float] = []
    floor_s: list[float] = []
    for _ in range(runs):  # alternating, so a busy moment on a shared machine hits both
        app_s.append(first_paint_s(app))
        floor_s.append(first_paint_s(floor))
    return ratio(app_s, floor_s)


def measure_bundle_startup_ratio() -> Measurement:
    if not APP_EXE.is_file():
        if QUICK:
            return Measurement(None, "not measured: no bundle in dist/: run `make package`")
        _make("package")
    if not floor_is_current():
        if QUICK:
            return Measurement(
                None, "not measured under BENCH_QUICK: the bare QWizard bundle needs a build"
            )
        build_floor()
    try:
        return measure_between([str(APP_EXE)], [str(FLOOR_EXE)], RUNS)
    except TimeoutError:
        return Measurement(
            None,
            "not measured: the bundle in dist/ never reported its first paint "
            "(built before it could?): run `make package`",
        )
