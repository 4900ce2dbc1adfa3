"""Sandbox event to checklist item shown ticked: the median latency.

The real wizard page follows real test runs against the embedded sandbox (in this process,
its own thread) through the real services. The sandbox's `TestRun.mark` is wrapped to note
when each check event is emitted; an event filter on each row's mark notes when a paint shows
it ticked. The difference, per check and run, is the latency (the whole path: server-sent
event, client, controller, state, page, paint).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.figures import Measurement, repeats

RUNS = repeats(6)
TIME_SCALE = 0.02  # the scenario's seconds between steps, scaled down


class _MemorySecrets:
    """The benchmark keeps the sandbox's session in memory (no keyring on bench machines)."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def put(self, name: str, secret: str) -> None:
        self._values[name] = secret

    def get(self, name: str) -> str | None:
        return self._values.get(name)

    def delete(self, name: str) -> None:
        self._values.pop(name, None)


def tick_latencies_ms(runs: int = RUNS) -> list[float]:
    import qasync
    from PySide6.QtWidgets import QApplication

    from hubspot_setup.gui.loop_internals import adopt_async_generators
    from hubspot_setup.sandbox import checklist as sandbox_checklist
    from hubspot_setup.sandbox import start_sandbox

    emitted: dict[tuple[str, Any], float] = {}
    shown: dict[tuple[str, Any], float] = {}
    original_mark = sandbox_checklist.TestRun.mark

    def timed_mark(run: Any, check_id: Any, state: str, **kwargs: Any) -> None:
        emitted.setdefault((run.id, check_id), time.perf_counter())
        original_mark(run, check_id, state, **kwargs)

    app = QApplication.instance() or QApplication([])
    sandbox_checklist.TestRun.mark = timed_mark  # type: ignore[method-assign]
    loop = qasync.QEventLoop(app)
    restore_hooks = adopt_async_generators(loop)
    try:
        with (
            tempfile.TemporaryDirectory() as folder,
            start_sandbox("already-connected", time_scale=TIME_SCALE) as sandbox,
        ):
            loop.run_until_complete(_follow_runs(loop, sandbox, Path(folder), runs, shown))
    finally:
        sandbox_checklist.TestRun.mark = original_mark  # type: ignore[method-assign]
        restore_hooks()
        loop.close()
    return [(shown[key] - emitted[key]) * 1000 for key in shown if key in emitted]


async def _until(condition: Any, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the checklist did not finish")
        await asyncio.sleep(0.005)


async def _follow_runs(
    loop: Any, sandbox: Any, folder: Path, runs: int, shown: dict[tuple[str, Any], float]
) -> None:
    from PySide6.QtCore import QEvent, QObject

    from hubspot_setup.flow.answers import CheckState
    from hubspot_setup.flow.guide import CheckId
    from hubspot_setup.flow.steps import StepId
    from hubspot_setup.gui.page import OptionalServices, PageContext
    from hubspot_setup.gui.pages.test_checklist import TestChecklistPage
    from hubspot_setup.gui.tasks import TaskRunner
    from hubspot_setup.services.progress import FileProgressStore
    from hubspot_setup.services.settings import Settings
    from hubspot_setup.services.simulated_customer import SimulatedCustomer
    from hubspot_setup.services.wiring import build_services

    class PaintWatch(QObject):
        """Notes the first paint of a row's mark showing its check ticked."""

        def __init__(self, page: TestChecklistPage, check: CheckId) -> None:
            super().__init__(page)
            self.page, self.check = page, check

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            row = self.page.checklist.rows[self.check]
            test = self.page.ctx.controller.state.answers.test
            if event.type() == QEvent.Type.Paint and row.state is CheckState.PASSED and test:
                shown.setdefault((test.run_id or "", self.check), time.perf_counter())
            return False

    settings = Settings(opencx_url=sandbox.opencx_url, hubspot_api_url=sandbox.hubspot_api_url)
    services = build_services(
        settings,
        secrets=_MemorySecrets(),
        progress=FileProgressStore(folder),
        background_saves=True,  # as the window saves
    )
    controller = services.controller
    tasks = TaskRunner(loop)
    ctx = PageContext(
        tasks,
        show_problem=lambda problem: print(problem, file=sys.stderr),
        clear_problem=lambda: None,
        services=OptionalServices(simulated_customer=SimulatedCustomer(sandbox.base_url)),
    )
    ctx.attach(controller)
    await controller.sign_in_with_api_key(sandbox.api_key)
    controller.open_from_manage(StepId.TEST_CHECKLIST)
    page = TestChecklistPage(ctx)
    page.resize(900, 640)
    controller.subscribe(page.render)
    for check, row in page.checklist.rows.items():
        row.mark.installEventFilter(PaintWatch(page, check))
    page.show()
    page.render(controller.state)
    page.entered()
    await _until(lambda: tasks.busy is None)
    for _ in range(runs):
        page.start_button.click()
        await _until(page.customer_button.isEnabled)
        page.customer_button.click()
        await _until(page.handoff_button.isEnabled)
        page.handoff_button.click()
        await _until(lambda: not page.running)
        await asyncio.sleep(0.05)  # let the last paint land
    # Services first: closing the last window quits the application, which stops the loop
    # before the saver's writer thread has been joined.
    await services.aclose()
    page.close()


def measure_checklist_tick_ms() -> Measurement:
    latencies = tick_latencies_ms()
    if not latencies:
        return Measurement(None, "no tick was measured")
    return Measurement(
        statistics.median(latencies),
        f"{len(latencies)} ticks over {RUNS} runs, max {max(latencies):.1f} ms",
    )


if __name__ == "__main__":
    result = measure_checklist_tick_ms()
    print(f"{result.value} ms ({result.note})")
