"""Every use of asyncio's and qasync's private parts, in one place.

Each function says why the public API is not enough. Checked with CPython 3.11.7 and 3.12,
qasync 0.27 and 0.28.0 (pyproject allows >=0.27,<0.29), PySide6 6.11.3. When either is
upgraded, run tests/gui/test_loop_internals.py first: it fails loudly if a name moved.

qasync and asyncio are not imported here at module level: the window paints before they load.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

    import qasync


def adopt_async_generators(loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
    """Let `loop` finalize abandoned async generators (an HTTP stream left half-read).

    asyncio's own `run_forever` installs these hooks; qasync's does not, so without them such
    a generator is closed synchronously by the garbage collector, outside any task, which the
    HTTP stack refuses. The hooks themselves are `BaseEventLoop` privates. Returns a function
    that restores the previous hooks.
    """
    previous = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(
        firstiter=loop._asyncgen_firstiter_hook,  # type: ignore[attr-defined]
        finalizer=loop._asyncgen_finalizer_hook,  # type: ignore[attr-defined]
    )
    return lambda: sys.set_asyncgen_hooks(*previous)


def mark_stopped(loop: qasync.QEventLoop) -> None:
    """Tests: end a qasync loop made with `already_running=True` so that it can be closed.

    Not `loop.stop()`: that calls `QApplication.exit()`, which leaves Qt's "quit now" flag set
    and stalls every later test's event processing. The loop was never entered through
    `run_forever`, so asyncio's running-loop slot and qasync's flag are reset by hand.
    """
    import asyncio  # noqa: PLC0415 (see the module docstring)

    asyncio.events._set_running_loop(None)
    loop._QEventLoop__is_running = False


def kill_pending_timers(loop: qasync.QEventLoop) -> None:
    """Tests: stop the Qt timers a closed qasync loop leaves behind.

    `QEventLoop.close()` only marks qasync's timer object stopped: the Qt timers it started
    stay registered and fire later, in whatever test runs then, into freed callbacks (seen as
    segfaults in QTimerInfoList::activateTimers). Every test that closes a qasync loop in a
    process that goes on running Qt calls this after `close()`.
    """
    timer = loop._timer
    for timer_id in list(timer._SimpleTimer__callbacks):
        timer.killTimer(timer_id)
    timer._SimpleTimer__callbacks.clear()
