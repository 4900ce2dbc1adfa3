"""A complete scripted OAuth run in the real window, with a stall watchdog on the GUI thread.

Each run is a fresh process (so peak RSS is the app's own), clicking through the wizard against
a sandbox that runs in another process, as the real backend would: sign-in and HubSpot consent
answered by the sandbox's own pages over HTTP (from a thread, as a browser is another process),
1,200 teammates loaded into the sender picker (the `many-teammates` scenario), a signature rule
typed in, and the live checklist with the simulated customer. The watchdog reports how long the
Qt event loop was kept from running; RSS is the process's peak after the run.
"""

from __future__ import annotations

import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.figures import Measurement, repeats

ROOT = Path(__file__).resolve().parents[1]
RUNS = repeats(3)
SCENARIO = "many-teammates"
STEP_TIMEOUT_S = 60.0


# -- the parent: one sandbox process, RUNS child processes, medians --------------------------


def _start_sandbox() -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hubspot_setup",
            "sandbox",
            "--port",
            "0",
            "--scenario",
            SCENARIO,
            "--time-scale",
            "0.2",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},  # its address line must not sit in a buffer
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        found = re.search(r"(http://127\.0\.0\.1:\d+)", line)
        if found:
            return process, found.group(1)
        if process.poll() is not None:
            break
    process.kill()
    raise RuntimeError("the sandbox did not start")


_cache: dict[str, float] | None = None


def _measure_all() -> dict[str, float]:
    global _cache  # noqa: PLW0603 - three figures come from the same runs
    if _cache is not None:
        return _cache
    runs: list[dict[str, float]] = []
    for _ in range(RUNS):
        sandbox, base_url = _start_sandbox()  # a fresh sandbox: each run starts unconnected
        try:
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            done = subprocess.run(
                [sys.executable, "-m", "benchmarks.full_run", base_url],
                capture_output=True,
                text=True,
                env=env,
                timeout=300,
                cwd=ROOT,
                check=False,
            )
        finally:
            sandbox.terminate()
            sandbox.wait(timeout=10)
        if done.returncode != 0:
            raise RuntimeError(f"scripted run failed: {done.stderr.strip()[-600:]}")
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    _cache = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    return _cache


def measure_stall_max_ms() -> Measurement:
    figures = _measure_all()
    return Measurement(figures["stall_max_ms"], f"median of {RUNS} runs; {_summary(figures)}")


def measure_stall_p99_ms() -> Measurement:
    return Measurement(_measure_all()["stall_p99_ms"], f"median of {RUNS} runs")


def measure_rss_after_run_mib() -> Measurement:
    return Measurement(_measure_all()["rss_mib"], "peak RSS of the app process, sandbox apart")


def _summary(figures: dict[str, float]) -> str:
    return f"run {figures['seconds']:.1f} s, {figures['samples']:.0f} watchdog ticks"


# The stand-in browser: submits the sandbox's own sign-in and consent pages over HTTP.
_APPROVE = (
    "import sys; sys.path.insert(0, 'tests'); "
    "from fixtures.sandbox import approve_in_sandbox; approve_in_sandbox(sys.argv[1])"
)


# -- the child: the window, clicked through ------------------------------------------------


def _child(base_url: str) -> dict[str, float]:  # noqa: PLR0915 - one script, read top down
    import asyncio

    import qasync
    from keyrings.alt.file import PlaintextKeyring
    from PySide6.QtWidgets import (
        QApplication,
        QCheckBox,
        QLineEdit,
        QPlainTextEdit,
        QPushButton,
        QTextEdit,
        QWidget,
    )

    from benchmarks.watchdog import StallWatchdog
    from hubspot_setup.flow.steps import StepId
    from hubspot_setup.gui.page import OptionalServices
    from hubspot_setup.gui.widgets.teammate_picker import TeammatePicker
    from hubspot_setup.gui.wizard import SetupWizard, WizardConfig
    from hubspot_setup.services.progress import FileProgressStore
    from hubspot_setup.services.secrets import KeyringSecretStore
    from hubspot_setup.services.settings import Settings
    from hubspot_setup.services.simulated_customer import SimulatedCustomer
    from hubspot_setup.services.wiring import build_services

    app = QApplication([])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    scratch = Path(tempfile.mkdtemp(prefix="bench-run-"))
    backend = PlaintextKeyring()
    backend.file_path = str(scratch / "keyring.cfg")  # a throwaway keychain for the benchmark

    browsers: list[subprocess.Popen[bytes]] = []

    def browser(url: str) -> bool:  # a browser is another process, and so is this one
        browsers.append(subprocess.Popen([sys.executable, "-c", _APPROVE, url], cwd=ROOT))
        return True

    services = build_services(
        Settings(opencx_url=f"{base_url}/opencx", hubspot_api_url=f"{base_url}/hubapi"),
        secrets=KeyringSecretStore(backend, allow_insecure_backend=True),
        progress=FileProgressStore(scratch / "progress"),
        open_browser=browser,
        background_saves=True,  # as the window saves
    )
    controller = services.controller
    wizard = SetupWizard(
        WizardConfig(
            controller=controller,
            loop=loop,
            open_url=lambda _url: None,
            services=OptionalServices(simulated_customer=SimulatedCustomer(base_url)),
        )
    )
    wizard.resize(960, 680)
    wizard.show()
    watchdog = StallWatchdog()

    async def until(condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + STEP_TIMEOUT_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waiting for {what}")
            await asyncio.sleep(0.01)

    async def idle() -> None:
        await until(lambda: not wizard.tasks._running, "the window's tasks")

    def page() -> QWidget:
        current = wizard.current_page()
        assert current is not None
        return current

    def click(name: str) -> None:
        button = page().findChild(QPushButton, name)
        assert button is not None, name
        button.click()

    async def next_to(step: StepId) -> None:
        await until(wizard.next_button.isEnabled, f"Next on {controller.state.current}")
        wizard.next_button.click()
        await until(lambda: controller.state.current is step, f"step {step}")
        await idle()

    async def drive() -> float:
        wizard.start()
        await idle()
        started = time.perf_counter()
        watchdog.start()
        for box in page().findChildren(QCheckBox):
            if box.isEnabled() and not box.isChecked():
                box.click()
        await next_to(StepId.SIGNIN)
        click("startBrowserButton")
        await until(lambda: controller.state.answers.account is not None, "sign-in")
        await idle()
        await next_to(StepId.METHOD)
        await next_to(StepId.OAUTH_CONNECT)
        click("startBrowserButton")
        await until(lambda: controller.state.answers.connection is not None, "HubSpot connect")
        await idle()
        await next_to(StepId.SENDER)
        picker = page().findChild(TeammatePicker)
        assert picker is not None
        await until(lambda: picker.model.total >= 1200, "1,200 teammates")
        row = next(r for r in range(picker.model.total) if picker.model.teammate_at(r).user_id)
        picker.pick_row(row)  # picking is the choice: it saves the sender
        await until(lambda: controller.state.answers.sender is not None, "sender saved")
        await idle()
        await next_to(StepId.AUTOPILOT)
        await next_to(StepId.SIGNATURES)
        pattern = page().findChild(QLineEdit, "patternEdit")
        html = page().findChild(QPlainTextEdit, "htmlEdit") or page().findChild(
            QTextEdit, "htmlEdit"
        )
        assert pattern is not None
        assert html is not None
        pattern.setText("*.nl")
        html.setPlainText("<p><b>Acme Support</b><br>+31 20 123 4567</p>")
        click("saveButton")
        await until(lambda: len(controller.state.answers.signatures) == 1, "signature saved")
        await idle()
        await next_to(StepId.WORKFLOW_ACTIONS)
        await next_to(StepId.TEST_CHECKLIST)
        click("startButton")
        customer = page().findChild(QPushButton, "customerButton")
        assert customer is not None
        await until(customer.isEnabled, "the test run")  # once OpenCX watches for the message
        customer.click()
        handoff = page().findChild(QPushButton, "handoffButton")
        assert handoff is not None
        await until(lambda: handoff.isVisible() and handoff.isEnabled(), "the AI reply")
        handoff.click()
        await until(lambda: controller.blocker() is None, "every check")
        await idle()
        await next_to(StepId.SUMMARY)
        return time.perf_counter() - started

    with loop:
        seconds = loop.run_until_complete(drive())
        report = watchdog.stop()
        wizard.tasks.cancel_all()
        loop.run_until_complete(services.aclose())
    for process in browsers:
        process.wait(timeout=30)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "stall_max_ms": report.max_ms,
        "stall_p99_ms": report.p99_ms,
        "samples": float(report.samples),
        "rss_mib": peak_kib / 1024,
        "seconds": seconds,
    }


if __name__ == "__main__":
    print(json.dumps(_child(sys.argv[1])))
