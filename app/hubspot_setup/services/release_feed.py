"""Asks the OpenCX release feed whether a newer assistant exists: once, quietly.

`GET /v1/apps/hubspot-setup/releases/latest` (docs/backend-api.md, "The release feed") is
public: no credential is sent. Any failure (no network, a refusal, a body that is not a
believable feed) is logged and answered with None, so the admin never sees an error about
something they did not ask for. Nothing is downloaded; `flow.newer_version` decides what the
answer means.
"""

from __future__ import annotations

import json
import logging

import httpx

from hubspot_setup import __version__
from hubspot_setup.flow.newer_version import NewerVersion, read_feed
from hubspot_setup.services.http import TIMEOUTS, CallKind

FEED_PATH = "/v1/apps/hubspot-setup/releases/latest"
MAX_BODY_BYTES = 16 * 1024  # a feed is a few hundred bytes; more is not a feed

log = logging.getLogger(__name__)


class ReleaseFeed:
    """The release feed behind one OpenCX URL."""

    def __init__(
        self, opencx_url: str, http: httpx.AsyncClient, *, current_version: str = __version__
    ) -> None:
        self._url = opencx_url.rstrip("/") + FEED_PATH
        self._http = http
        self._current = current_version

    async def newer_version(self) -> NewerVersion | None:
        """The newer version to mention, or None (up to date, or the feed could not be used)."""
        try:
            body = await self._read()
        except httpx.HTTPError as error:
            log.info("Release feed not read: %s", type(error).__name__)
            return None
        if body is None:
            return None
        reading = read_feed(self._current, body)
        if reading.ignored_because:
            log.info("Release feed ignored: %s", reading.ignored_because)
        elif reading.newer is not None:
            log.info("Release feed: version %s is available", reading.newer.version)
        return reading.newer

    async def _read(self) -> object | None:
        headers = {"Accept": "application/json"}
        timeout = TIMEOUTS[CallKind.QUICK]
        async with self._http.stream("GET", self._url, headers=headers, timeout=timeout) as answer:
            if answer.status_code != 200:
                log.info("Release feed answered HTTP %d", answer.status_code)
                return None
            raw = bytearray()
            async for chunk in answer.aiter_bytes():
                raw += chunk
                if len(raw) > MAX_BODY_BYTES:
                    log.info("Release feed ignored: the answer is over %d bytes", MAX_BODY_BYTES)
                    return None
        try:
            body: object = json.loads(raw)
        except ValueError:
            log.info("Release feed ignored: the answer is not JSON")
            return None
        return body
