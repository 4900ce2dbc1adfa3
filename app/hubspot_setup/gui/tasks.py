"""Run the controller's coroutines on the Qt event loop (qasync) without blocking the GUI.

A page asks for work with `TaskRunner.run(...)`; the shell listens to `busy_changed` to show
progress and a Cancel button. Failures never reach the admin as a stack trace: a
`ProblemError` goes to the page (or the shell's banner), anything else is logged and shown as
an unexpected Problem.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from hubspot_setup.flow.problems import Problem, ProblemError, unexpected_fault

if TYPE_CHECKING:  # asyncio itself loads after the first paint (startup time is measured)
    import asyncio

T = TypeVar("T")
ProblemHandler = Callable[[Problem], None]

log = logging.getLogger(__name__)


def unexpected_problem(error: BaseException) -> Problem:
    """What the admin sees for a fault we did not foresee (the log keeps the traceback)."""
    # Only the type: an exception's text may quote a request or a credential.
    return unexpected_fault(
        f"Unexpected error: {type(error).__name__} (the log file has the details).",
        in_window=True,
    )


@dataclass(eq=False)
class TaskHandle(Generic[T]):
    """One running piece of work; `cancel()` stops it (its callbacks are then not called)."""

    future: asyncio.Future[T]
    busy: str
    cancellable: bool
    _on_cancel: list[Callable[[], None]] = field(default_factory=list)

    def cancel(self) -> None:
        if not self.future.done():
            self.future.cancel()
            for callback in self._on_cancel:
                callback()

    @property
    def done(self) -> bool:
        return self.future.done()


class TaskRunner(QObject):
    """Starts coroutines on the running asyncio loop and reports when the GUI is busy."""

    # The text of the newest busy task ("" when idle) and whether it can be cancelled.
    busy_changed = Signal(str, bool)

    def __init__(
        self, loop: asyncio.AbstractEventLoop | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._loop = loop
        self._running: list[TaskHandle[Any]] = []
        self.default_problem_handler: ProblemHandler = _log_problem

    def run(
        self,
        work: Awaitable[T],
        *,
        busy: str = "",
        on_result: Callable[[T], None] | None = None,
        on_problem: ProblemHandler | None = None,
        cancellable: bool = True,
        on_cancel: Callable[[], None] | None = None,
    ) -> TaskHandle[T]:
        import asyncio  # noqa: PLC0415 (see the TYPE_CHECKING import)

        loop = self._loop or asyncio.get_event_loop()
        future = asyncio.ensure_future(work, loop=loop)
        handle: TaskHandle[T] = TaskHandle(future, busy, cancellable)
        if on_cancel is not None:
            handle._on_cancel.append(on_cancel)
        self._running.append(handle)
        handle.future.add_done_callback(
            lambda future: self._finished(handle, future, on_result, on_problem)
        )
        self._announce()
        return handle

    @property
    def busy(self) -> TaskHandle[Any] | None:
        """The newest running task that shows a busy text, if any."""
        shown = [handle for handle in self._running if handle.busy]
        return shown[-1] if shown else None

    def cancel_busy(self) -> None:
        """The busy strip's Cancel: stop the newest busy task if it may be cancelled."""
        handle = self.busy
        if handle is not None and handle.cancellable:
            handle.cancel()

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    def _finished(
        self,
        handle: TaskHandle[T],
        future: asyncio.Future[T],
        on_result: Callable[[T], None] | None,
        on_problem: ProblemHandler | None,
    ) -> None:
        if handle in self._running:
            self._running.remove(handle)
        self._announce()
        if future.cancelled():
            return
        error = future.exception()
        try:
            if error is None:
                if on_result is not None:
                    on_result(future.result())
            elif isinstance(error, ProblemError):
                (on_problem or self.default_problem_handler)(error.problem)
            else:
                log.error("A background task failed", exc_info=error)
                (on_problem or self.default_problem_handler)(unexpected_problem(error))
        except Exception as callback_error:  # a page's callback failed: same treatment
            log.exception("A task's result handler failed")
            self.default_problem_handler(unexpected_problem(callback_error))

    def _announce(self) -> None:
        handle = self.busy
        if handle is None:
            self.busy_changed.emit("", False)
        else:
            self.busy_changed.emit(handle.busy, handle.cancellable)


def _log_problem(problem: Problem) -> None:
    log.warning("Problem with nowhere to show it: %s (%s)", problem.title, problem.details)
