"""Run one browser leg (OpenCX sign-in or HubSpot connect) and mirror it in the attempt view.

Both pages share this: the view shows the port's progress reports, its Cancel stops the
task and the loopback wait, a pasted final address is handed to the port.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from hubspot_setup.flow.ports import AttemptListener, AttemptPhase
from hubspot_setup.flow.problems import Problem, ProblemError, ProblemKind
from hubspot_setup.gui.page import PageContext
from hubspot_setup.gui.tasks import TaskHandle
from hubspot_setup.gui.widgets.browser_attempt import BrowserAttemptView
from hubspot_setup.gui.window_focus import bring_forward

T = TypeVar("T")


class BrowserLeg:
    def __init__(self, ctx: PageContext, view: BrowserAttemptView) -> None:
        self.ctx = ctx
        self.view = view
        self.handle: TaskHandle[Any] | None = None
        view.cancel_requested.connect(self.cancel)
        view.copy_requested.connect(ctx.copy_text)
        view.open_requested.connect(self._open_again)
        view.address_pasted.connect(self._pasted)

    @property
    def running(self) -> bool:
        return self.handle is not None and not self.handle.done

    def start(
        self,
        work: Callable[[AttemptListener], Coroutine[Any, Any, T]],
        on_result: Callable[[T], None],
    ) -> None:
        if self.running:
            return
        self.ctx.clear_problem()
        self.view.starting()

        def done(result: T) -> None:
            self.view.finished(AttemptPhase.DONE)
            on_result(result)
            bring_forward(self.view)  # the admin is in the browser: the answer is here

        def failed(problem: Problem) -> None:
            cancelled = problem.kind is ProblemKind.CANCELLED
            self.view.finished(AttemptPhase.CANCELLED if cancelled else AttemptPhase.FAILED)
            self.ctx.show_problem(problem)  # the banner says what happened
            if not cancelled:
                bring_forward(self.view)

        self.handle = self.ctx.tasks.run(
            work(self.view.show_attempt), on_result=done, on_problem=failed
        )

    def cancel(self) -> None:
        if self.running and self.handle is not None:
            self.ctx.controller.cancel_browser()
            self.handle.cancel()
            self.view.finished(AttemptPhase.CANCELLED)

    def _open_again(self, url: str) -> None:
        if url:
            self.ctx.open_url(url)

    def _pasted(self, address: str) -> None:
        try:
            self.ctx.controller.submit_pasted_address(address)
        except ProblemError as error:  # the port checks the address and says why not
            self.ctx.show_problem(error.problem)
