"""Fixtures: a real browser attempt waiting on a real loopback listener."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import pytest
from loopback_support import Attempt, assert_closed, recording_opener, start_attempt

from hubspot_setup.services.browser_flow import BrowserFlow


@pytest.fixture
def opened_urls() -> list[str]:
    return []


@pytest.fixture
def flow(opened_urls: list[str]) -> BrowserFlow:
    return BrowserFlow(
        open_browser=recording_opener(opened_urls),
        timeout_s=30,
        trouble_after_s=1.0,
        read_timeout_s=0.5,
    )


@pytest.fixture
async def attempt(flow: BrowserFlow) -> AsyncIterator[Attempt]:
    attempt = await start_attempt(flow)
    yield attempt
    if not attempt.task.done():
        attempt.task.cancel()
    with contextlib.suppress(BaseException):
        await attempt.task
    assert not flow.active
    await assert_closed(attempt.port)
