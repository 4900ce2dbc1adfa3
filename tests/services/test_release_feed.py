"""The release feed client against the real sandbox: a newer version is reported, an
up-to-date one is not, and every failure is silent for the admin and written to the log.
respx stands in only for answers the sandbox cannot give (an oversized or non-JSON body)."""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import httpx
import pytest
import respx

from hubspot_setup.flow.newer_version import NewerVersion
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.http import make_http_client
from hubspot_setup.services.release_feed import FEED_PATH, MAX_BODY_BYTES, ReleaseFeed

PAGE = "https://www.open.cx/hubspot-setup/releases"
StartWith = Callable[..., RunningSandbox]


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    client = make_http_client(proxies={})
    yield client
    await client.aclose()


@pytest.fixture
def sandbox_with_release(
    sandbox_factory: Callable[..., RunningSandbox], tmp_path: Path
) -> StartWith:
    """A sandbox whose feed announces `version` at `url` (the scenario option)."""

    def start(version: str, url: str = PAGE) -> RunningSandbox:
        scenario = tmp_path / "release.toml"
        scenario.write_text(
            'name = "release"\ndescription = "A release feed."\n'
            f'[opencx.latest_release]\nversion = "{version}"\nurl = "{url}"\n',
            encoding="utf-8",
        )
        return sandbox_factory(str(scenario))

    return start


async def test_a_newer_release_is_reported_without_signing_in(
    sandbox_with_release: StartWith, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    sandbox = sandbox_with_release("0.2.0")
    caplog.set_level(logging.INFO, "hubspot_setup.services.release_feed")
    feed = ReleaseFeed(sandbox.opencx_url, http, current_version="0.1.0")
    assert await feed.newer_version() == NewerVersion(version="0.2.0", url=PAGE)
    assert "version 0.2.0 is available" in caplog.text


async def test_the_running_version_is_not_announced(
    sandbox: RunningSandbox, http: httpx.AsyncClient
) -> None:
    import hubspot_setup

    # The default scenario's feed names the current release: nothing to say.
    feed = ReleaseFeed(sandbox.opencx_url, http, current_version=hubspot_setup.__version__)
    assert await feed.newer_version() is None


@pytest.mark.parametrize(
    ("version", "url", "logged"),
    [
        ("0.2.0", "http://www.open.cx/releases", "not https on open.cx"),
        ("0.2.0", "https://downloads.example.com/setup.exe", "not https on open.cx"),
        ("latest", PAGE, "not a release number"),
    ],
)
async def test_a_feed_that_cannot_be_believed_is_ignored_and_logged(
    sandbox_with_release: StartWith,
    http: httpx.AsyncClient,
    caplog: pytest.LogCaptureFixture,
    version: str,
    url: str,
    logged: str,
) -> None:
    sandbox = sandbox_with_release(version, url)
    caplog.set_level(logging.INFO, "hubspot_setup.services.release_feed")
    feed = ReleaseFeed(sandbox.opencx_url, http, current_version="0.1.0")
    assert await feed.newer_version() is None
    assert logged in caplog.text


async def test_a_backend_without_the_feed_is_silent(
    sandbox: RunningSandbox, http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "hubspot_setup.services.release_feed")
    # A base address where the route does not exist answers 404.
    feed = ReleaseFeed(sandbox.opencx_url + "/nowhere", http, current_version="0.1.0")
    assert await feed.newer_version() is None
    assert "HTTP 404" in caplog.text


async def test_no_answer_at_all_is_silent(
    http: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    caplog.set_level(logging.INFO, "hubspot_setup.services.release_feed")
    feed = ReleaseFeed(f"http://127.0.0.1:{port}/opencx", http, current_version="0.1.0")
    assert await feed.newer_version() is None
    assert "Release feed not read: ConnectError" in caplog.text


@pytest.mark.parametrize(
    ("body", "logged"),
    [
        (b'{"version": "0.2.0", "url": "' + b"x" * MAX_BODY_BYTES + b'"}', "over 16384 bytes"),
        (b"<html>maintenance</html>", "not JSON"),
    ],
)
async def test_bodies_no_feed_sends_are_ignored(
    body: bytes, logged: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, "hubspot_setup.services.release_feed")
    async with respx.mock(base_url="https://api.open.cx") as mock:
        mock.get(FEED_PATH).respond(200, content=body)
        async with httpx.AsyncClient() as client:
            feed = ReleaseFeed("https://api.open.cx/", client, current_version="0.1.0")
            assert await feed.newer_version() is None
    assert logged in caplog.text
