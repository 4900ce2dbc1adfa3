"""Callback arrival to result page sent, with the backend's own time excluded (`loopback_ms`).

A real `BrowserFlow` attempt per run on a fresh listener; a raw client sends the callback with
the right state; `finish` returns at once. The figure is the listener's own span: from the
first byte of the callback read off the socket to the last byte of the result page handed to
the kernel, minus the time spent inside `finish` (`CallbackTiming.listener_ms`). Median of
RUNS, after a few warm-up runs.
"""

from __future__ import annotations

import asyncio
import statistics
from collections.abc import Mapping

from benchmarks.figures import Measurement
from hubspot_setup.services.browser_flow import BrowserFlow, ResultPage

RUNS = 200
WARMUP = 10
_PAGE = ResultPage("Signed in", "You are signed in to OpenCX.")


async def _one_run() -> tuple[float, float]:
    started: asyncio.Future[tuple[str, str]] = asyncio.get_running_loop().create_future()

    async def start(redirect_uri: str, state: str) -> str:
        started.set_result((redirect_uri, state))
        return "https://auth.example.test/authorize"

    async def finish(params: Mapping[str, str]) -> str:
        return params["code"]

    flow = BrowserFlow(open_browser=lambda url: True)
    attempt = asyncio.ensure_future(flow.run(start, finish, lambda _: None, success_page=_PAGE))
    redirect_uri, state = await started
    port = int(redirect_uri.rsplit(":", 1)[1].split("/", 1)[0])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(
        f"GET /callback?code=bench&state={state} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "User-Agent: bench\r\nAccept: text/html\r\n\r\n".encode()
    )
    await writer.drain()
    page = await reader.read()
    writer.close()
    await writer.wait_closed()
    if await attempt != "bench" or b" 200 OK" not in page.split(b"\r\n", 1)[0]:
        raise RuntimeError("the benchmark attempt did not complete")
    timing = flow.last_timing
    if timing is None or timing.page_sent is None:
        raise RuntimeError("no timing was recorded")
    total_ms = (timing.page_sent - timing.arrived) * 1000
    return total_ms, (timing.finish_ended - timing.finish_started) * 1000


async def _measure() -> list[tuple[float, float]]:
    for _ in range(WARMUP):
        await _one_run()
    return [await _one_run() for _ in range(RUNS)]


def measure_loopback_ms() -> Measurement:
    runs = asyncio.run(_measure())
    samples = [total for total, _ in runs]
    p95 = statistics.quantiles(samples, n=20)[-1]
    in_finish = statistics.median(inside for _, inside in runs)
    return Measurement(
        statistics.median(samples),
        f"median of {RUNS}; p95 {p95:.3f} ms, max {max(samples):.3f} ms; "
        f"{in_finish:.3f} ms of it inside an instant finish()",
    )


if __name__ == "__main__":
    measured = measure_loopback_ms()
    print(f"loopback_ms {measured.value:.3f} ({measured.note})")
