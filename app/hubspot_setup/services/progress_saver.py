"""Saving progress without making the caller wait on the disk.

The controller hands over every state change (each checklist event is one). `ProgressSaver`
keeps only the newest state, and one writer thread puts it on disk once changes have paused
for a moment, through `FileProgressStore.save` (a durable, atomic write: slow on a busy or
network home folder). `flush()` is awaited where a crash must not lose or repeat anything:
before and after a backend write, and when the window closes.

The CLI may write at once instead (`background=False`): a command waits on its own steps.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import Callable
from typing import Protocol

from hubspot_setup.flow.state import WizardState
from hubspot_setup.services.file_writes import LocalFileError

# Changes closer together than this are written together (a checklist sends bursts).
QUIET_S = 0.25
# ... but a stream of changes never postpones the write longer than this.
MAX_DELAY_S = 2.0

_log = logging.getLogger(__name__)


class StateFile(Protocol):
    """What the saver writes through (`FileProgressStore`)."""

    def save(self, state: WizardState) -> None: ...


class ProgressSaver:
    """Implements `flow.ports.ProgressStore` around a `StateFile`."""

    def __init__(
        self,
        store: StateFile,
        *,
        background: bool = True,
        quiet_s: float = QUIET_S,
        max_delay_s: float = MAX_DELAY_S,
    ) -> None:
        self.store = store
        self.background = background
        self._quiet_s = quiet_s
        self._max_delay_s = max_delay_s
        self._changed = threading.Condition()
        self._pending: WizardState | None = None
        self._first_change = 0.0  # when the oldest unwritten change arrived
        self._last_change = 0.0
        self._writing = False
        self._urgent = False  # a flush is waiting: write without the quiet period
        self._closing = False
        self._waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
        self._thread: threading.Thread | None = None
        self.writes = 0  # how many times the file was written (tests, benchmarks)
        # Who hears that background writes started failing, on which loop (the window).
        self._report: tuple[asyncio.AbstractEventLoop, Callable[[str], None]] | None = None
        self._failing = False

    def on_failure(self, report: Callable[[str], None]) -> None:
        """Call `report(sentence)` on the calling loop when background writes start failing
        (once, until a write succeeds again), so the admin learns it while the window is open."""
        self._report = (asyncio.get_running_loop(), report)

    def save(self, state: WizardState) -> None:
        if not self.background:
            self.store.save(state)  # a failure reaches the command, which says so
            self.writes += 1
            return
        with self._changed:
            now = time.monotonic()
            if self._pending is None:
                self._first_change = now
            self._pending = state
            self._last_change = now
            self._start_writer()
            self._changed.notify()

    async def flush(self) -> None:
        """Return once every state given to `save` is on disk (or failed to be: logged)."""
        if not self.background:
            return
        loop = asyncio.get_running_loop()
        done: asyncio.Future[None] = loop.create_future()
        with self._changed:
            if self._pending is None and not self._writing:
                return
            self._waiters.append((loop, done))
            self._urgent = True
            self._changed.notify()
        await done

    async def aclose(self) -> None:
        """Write what is pending and stop the writer thread (the window closes)."""
        await self.flush()
        with self._changed:
            self._closing = True
            self._changed.notify()
            thread = self._thread
        if thread is not None:
            await asyncio.to_thread(thread.join, 10)

    def _start_writer(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._closing = False
            # A daemon: if the process dies the thread must not hold it open; `aclose` and
            # `flush` are what make sure nothing is left unwritten on a normal quit.
            self._thread = threading.Thread(target=self._run, name="progress-saver", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        while True:
            with self._changed:
                while self._pending is None and not self._closing:
                    self._changed.wait()
                if self._pending is None:
                    return  # closing, nothing left
                while not (self._urgent or self._closing):
                    wait = self._time_to_write()
                    if wait <= 0:
                        break
                    self._changed.wait(wait)
                state, self._pending = self._pending, None
                self._writing = True
            self._write(state)
            with self._changed:
                self._writing = False
                waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = []
                if self._pending is None:  # else the next round writes first, then tells
                    waiters, self._waiters = self._waiters, []
                    self._urgent = False
            for loop, done in waiters:
                _settle_soon(loop, done)

    def _time_to_write(self) -> float:
        now = time.monotonic()
        quiet_until = self._last_change + self._quiet_s
        latest = self._first_change + self._max_delay_s
        return min(quiet_until, latest) - now

    def _write(self, state: WizardState) -> None:
        try:
            self.store.save(state)
        except OSError as error:
            # The next change tries again; the admin's work in OpenCX is unaffected.
            _log.warning("Progress could not be saved: %s", type(error).__name__)
            if isinstance(error, LocalFileError) and not self._failing:
                self._failing = True
                self._tell(error.sentence)
        else:
            self.writes += 1
            self._failing = False

    def _tell(self, sentence: str) -> None:
        if self._report is None:
            return
        loop, report = self._report
        with contextlib.suppress(RuntimeError):  # the loop closed: nobody to tell
            loop.call_soon_threadsafe(report, sentence)


def _settle_soon(loop: asyncio.AbstractEventLoop, done: asyncio.Future[None]) -> None:
    def settle() -> None:
        if not done.done():
            done.set_result(None)

    # RuntimeError: the loop closed meanwhile, so nobody is waiting any more.
    with contextlib.suppress(RuntimeError):
        loop.call_soon_threadsafe(settle)
