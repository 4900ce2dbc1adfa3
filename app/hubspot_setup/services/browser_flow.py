"""One browser attempt: listener, browser hand-off, countdown, paste fallback, truthful page.

`BrowserFlow.run` serves both legs. The caller's `start(redirect_uri, state)` returns the address
to open (the sign-in builds the authorize address with its PKCE challenge; the HubSpot leg asks
the backend to start an install), and `finish(params)` redeems the callback's parameters. The
browser tab that brought the callback waits until `finish` is done, so it says what really
happened. One attempt at a time: a second `run` replaces the first.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from hubspot_setup.flow.outside_text import terminal_text
from hubspot_setup.flow.ports import AttemptListener, AttemptPhase, BrowserAttempt
from hubspot_setup.flow.problems import (
    Problem,
    ProblemError,
    ProblemKind,
    app_not_available,
    browser_answer_server_fault,
    browser_answer_unknown,
    browser_declined,
    browser_stopped,
    browser_timed_out,
    invalid_input,
    not_portal_admin,
    start_address_refused,
)
from hubspot_setup.flow.words import translate
from hubspot_setup.services.browser import default_open_browser, describe, is_openable
from hubspot_setup.services.loopback import (
    DEFAULT_PORT_TRIES,
    PASTED_FIELD,
    ArrivedCallback,
    LoopbackListener,
    nothing_waiting,
    stopped_page,
)
from hubspot_setup.services.pkce import new_state
from hubspot_setup.services.result_page import ResultPage, Tone, http_response

__all__ = ["BrowserFlow", "CallbackTiming", "OpenBrowser", "ResultPage", "callback_problem"]

logger = logging.getLogger(__name__)

T = TypeVar("T")
OpenBrowser = Callable[[str], bool | Awaitable[bool]]

_ERROR_CODE = re.compile(r"[a-z0-9_.\-]{1,64}")
_DESCRIPTION_LIMIT = 300


def _still_working_page() -> ResultPage:
    return ResultPage(
        translate("services.browser_flow", "Almost done"),
        translate(
            "services.browser_flow", "The answer arrived and the assistant is finishing the setup."
        ),
        translate("services.browser_flow", "Return to the app to see the result."),
    )


def _unexpected_page() -> ResultPage:
    return ResultPage(
        translate("services.browser_flow", "Something went wrong"),
        _could_not_finish(),
        translate(
            "services.browser_flow",
            "Return to the app: it explains what happened and lets you try again.",
        ),
    )


def _could_not_finish() -> str:
    return translate("services.browser_flow", "The assistant could not finish this step.")


@dataclass(frozen=True)
class CallbackTiming:
    """perf_counter() marks of the last callback, for diagnostics and `make bench`."""

    arrived: float  # the callback's first byte was read
    finish_started: float
    finish_ended: float
    page_sent: float | None  # None when pasted or the tab had gone


def _clean(text: str, limit: int) -> str:
    # Details are plain text (the window's Details box, a terminal, the log): not HTML.
    return terminal_text(text[:limit])


def callback_problem(params: Mapping[str, str]) -> ProblemError | None:
    """The Problem an `error` callback (with a valid state) stands for, else None."""
    code = params.get("error")
    if code is None:
        return None
    shown_code = code if _ERROR_CODE.fullmatch(code) else "(unrecognised)"
    details = f"The browser came back with error {shown_code}."
    description = params.get("error_description")
    if description:
        details += f" Description: {_clean(description, _DESCRIPTION_LIMIT)}"
    if code == "access_denied":
        return ProblemError(browser_declined(details))
    # HubSpot shows "not available for the selected portal" for both of these; the backend
    # tells them apart, so each names its one cause.
    if code == "not_portal_admin":
        return ProblemError(not_portal_admin(details))
    if code == "app_not_available":
        return ProblemError(app_not_available(details))
    if code in ("server_error", "temporarily_unavailable"):
        return ProblemError(browser_answer_server_fault(details))
    return ProblemError(browser_answer_unknown(details))


async def _first_of(*futures: asyncio.Future[Any], timeout: float | None = None) -> None:
    """Wait until one of `futures` is done, or `timeout` passes; cancels none of them."""
    waiting: set[asyncio.Future[Any]] = set(futures)
    await asyncio.wait(waiting, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)


async def _cancel_and_wait(task: asyncio.Future[T]) -> None:
    """Cancel `task` and let it finish unwinding, so nothing is left running."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task


class _Report(Protocol):
    def __call__(
        self,
        phase: AttemptPhase,
        *,
        url: str | None = ...,
        seconds_left: int | None = ...,
        having_trouble: bool = ...,
        message: str = ...,
    ) -> None: ...


class _Attempt:
    """The state of one `run`: how it can be stopped, and its listener while it has one."""

    def __init__(self) -> None:
        self.stop: asyncio.Future[ProblemError] = asyncio.get_running_loop().create_future()
        self.closed = asyncio.Event()
        self.listener: LoopbackListener | None = None
        self.superseded = False

    def end(self, error: ProblemError) -> None:
        if not self.stop.done():
            self.stop.set_result(error)


class BrowserFlow:
    """Runs browser attempts one at a time; see the module docstring."""

    def __init__(
        self,
        *,
        open_browser: OpenBrowser = default_open_browser,
        timeout_s: float = 300.0,
        trouble_after_s: float = 60.0,
        callback_path: str = "/callback",
        read_timeout_s: float = 10.0,
        page_hold_s: float = 10.0,
        ports: tuple[int, ...] = DEFAULT_PORT_TRIES,
    ) -> None:
        self._open_browser = open_browser
        self._timeout_s = timeout_s
        self._trouble_after_s = trouble_after_s
        self._callback_path = callback_path
        self._read_timeout_s = read_timeout_s
        self._page_hold_s = page_hold_s  # the longest a tab waits for `finish` before a page
        self._ports = ports
        self._attempt: _Attempt | None = None
        self.last_timing: CallbackTiming | None = None

    @property
    def active(self) -> bool:
        return self._attempt is not None

    @property
    def redirect_uri(self) -> str | None:
        """The current attempt's loopback address (for diagnostics and tests)."""
        attempt = self._attempt
        if attempt is None or attempt.listener is None or not attempt.listener.port:
            return None
        return attempt.listener.redirect_uri

    def cancel(self) -> None:
        if self._attempt is not None:
            why = translate("services.browser_flow", "You stopped waiting for the browser.")
            self._attempt.end(ProblemError(browser_stopped(why)))

    def submit_pasted_address(self, address: str) -> None:
        """The final address from the browser's address bar, checked like a real callback."""
        attempt = self._attempt
        if attempt is None or attempt.listener is None:
            raise invalid_input(PASTED_FIELD, nothing_waiting())
        attempt.listener.offer_pasted(address)

    async def run(
        self,
        start: Callable[[str, str], Awaitable[str]],
        finish: Callable[[Mapping[str, str]], Awaitable[T]],
        on_attempt: AttemptListener,
        *,
        success_page: ResultPage,
    ) -> T:
        previous = self._attempt
        attempt = _Attempt()
        self._attempt = attempt
        if previous is not None:  # a second click restarts: the old attempt ends quietly
            previous.superseded = True
            why = translate("services.browser_flow", "A new attempt replaced this one.")
            previous.end(ProblemError(browser_stopped(why)))
            await previous.closed.wait()
        try:
            if attempt.superseded:
                raise attempt.stop.result()
            return await self._run(attempt, start, finish, on_attempt, success_page)
        finally:
            attempt.closed.set()
            if self._attempt is attempt:
                self._attempt = None

    async def _run(
        self,
        attempt: _Attempt,
        start: Callable[[str, str], Awaitable[str]],
        finish: Callable[[Mapping[str, str]], Awaitable[T]],
        on_attempt: AttemptListener,
        success_page: ResultPage,
    ) -> T:
        def report(
            phase: AttemptPhase,
            *,
            url: str | None = None,
            seconds_left: int | None = None,
            having_trouble: bool = False,
            message: str = "",
        ) -> None:
            if not attempt.superseded:  # the new attempt owns the page now
                on_attempt(BrowserAttempt(phase, url, seconds_left, having_trouble, message))

        report(AttemptPhase.STARTING)
        state = new_state()
        listener = LoopbackListener(
            state, callback_path=self._callback_path, read_timeout_s=self._read_timeout_s
        )
        try:
            await listener.start(self._ports)
            attempt.listener = listener
            url = await self._until_stopped(attempt, start(listener.redirect_uri, state))
            if not is_openable(url):
                raise ProblemError(start_address_refused())
            await self._hand_off(url)
            arrived = await self._wait(attempt, listener, url, report)
            report(AttemptPhase.FINISHING, url=url)
            result = await self._finish(attempt, arrived, finish, success_page)
        except ProblemError as error:
            problem = error.problem
            phase = (
                AttemptPhase.CANCELLED
                if problem.kind is ProblemKind.CANCELLED
                else AttemptPhase.FAILED
            )
            report(phase, message=problem.message)
            raise
        except asyncio.CancelledError:
            report(AttemptPhase.CANCELLED, message=translate("services.browser_flow", "Stopped."))
            raise
        except Exception:  # the caller maps it; the page must not stay on "waiting"
            report(AttemptPhase.FAILED, message=_could_not_finish())
            raise
        finally:
            await listener.aclose()
        report(AttemptPhase.DONE, message=success_page.message)
        return result

    async def _until_stopped(self, attempt: _Attempt, work: Awaitable[T]) -> T:
        """Await `work` unless the attempt is cancelled or replaced first."""
        task = asyncio.ensure_future(work)
        try:
            await _first_of(task, attempt.stop)
        except BaseException:
            await _cancel_and_wait(task)
            raise
        if not task.done():
            await _cancel_and_wait(task)
            raise attempt.stop.result()
        return task.result()

    async def _hand_off(self, url: str) -> None:
        try:
            opened = self._open_browser(url)
            if inspect.isawaitable(opened):
                opened = await opened
        except Exception:  # the link on screen still works: never fail the attempt here
            logger.exception("opening the browser failed for %s", describe(url))
            return
        if not opened:
            logger.info("no browser took %s; the admin can copy the link", describe(url))

    async def _wait(
        self,
        attempt: _Attempt,
        listener: LoopbackListener,
        url: str,
        report: _Report,
    ) -> ArrivedCallback:
        loop = asyncio.get_running_loop()
        started = loop.time()
        deadline = started + self._timeout_s
        arrival = asyncio.ensure_future(listener.wait())
        try:
            tick = 0
            while True:
                now = loop.time()
                if now >= deadline:
                    raise ProblemError(browser_timed_out(self._timeout_s))
                stale = listener.stale_results
                report(
                    AttemptPhase.WAITING,
                    url=url,
                    seconds_left=max(1, round(deadline - now)),  # ticks land on whole seconds
                    having_trouble=now - started >= self._trouble_after_s,
                    message=(
                        translate(
                            "services.browser_flow",
                            "An answer from an earlier browser tab was ignored. "
                            "Finish in the newest tab.",
                        )
                        if stale
                        else ""
                    ),
                )
                tick += 1
                next_tick = min(started + tick, deadline)
                await _first_of(arrival, attempt.stop, timeout=max(0.0, next_tick - loop.time()))
                if attempt.stop.done():
                    raise attempt.stop.result()
                if arrival.done():
                    return arrival.result()
        finally:
            if not arrival.done():
                arrival.cancel()

    async def _finish(
        self,
        attempt: _Attempt,
        arrived: ArrivedCallback,
        finish: Callable[[Mapping[str, str]], Awaitable[T]],
        success_page: ResultPage,
    ) -> T:
        error = callback_problem(arrived.params)
        if error is not None:
            await self._answer(arrived, error.problem)
            raise error
        finish_started = time.perf_counter()
        task = asyncio.ensure_future(finish(arrived.params))
        try:
            await _first_of(task, attempt.stop, timeout=self._page_hold_s)
            if not task.done() and not attempt.stop.done():  # slow backend: answer the tab now
                await arrived.answer(http_response(200, _still_working_page(), Tone.NEUTRAL))
                await _first_of(task, attempt.stop)
            if not task.done():
                await _cancel_and_wait(task)
                await arrived.answer(http_response(200, stopped_page(), Tone.NEUTRAL))
                raise attempt.stop.result()
            finish_ended = time.perf_counter()
            result = task.result()
        except ProblemError as failed:
            await self._answer(arrived, failed.problem)
            raise
        except asyncio.CancelledError:
            await _cancel_and_wait(task)
            raise
        except Exception:
            await arrived.answer(http_response(500, _unexpected_page(), Tone.PROBLEM))
            raise
        sent = await arrived.answer(http_response(200, success_page, Tone.SUCCESS))
        self.last_timing = CallbackTiming(arrived.arrived_at, finish_started, finish_ended, sent)
        return result

    @staticmethod
    async def _answer(arrived: ArrivedCallback, problem: Problem) -> None:
        page = ResultPage(problem.title, problem.message, problem.fix)
        await arrived.answer(http_response(200, page, Tone.PROBLEM))
