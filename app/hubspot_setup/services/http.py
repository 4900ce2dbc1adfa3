"""The one httpx setup every client shares.

- the OS certificate store (truststore), so corporate TLS inspection with a company root
  certificate installed in the OS works;
- proxies from the environment (httpx `trust_env`) and from the OS settings (Windows
  registry, macOS system configuration, via `urllib.request.getproxies`);
- loopback (127.0.0.1, ::1, localhost) never goes through a proxy: the sandbox and the
  OAuth listener live there;
- HTTP/1.1 keep-alive, a User-Agent with the version, and timeouts per kind of call.
"""

from __future__ import annotations

import os
import ssl
import urllib.request
from collections.abc import Mapping
from enum import StrEnum

import httpx
import truststore

from hubspot_setup import DISTRIBUTION, __version__

USER_AGENT = f"{DISTRIBUTION}/{__version__} (+https://open.cx)"

LOOPBACK_HOSTS = ("127.0.0.1", "[::1]", "localhost")


class CallKind(StrEnum):
    QUICK = "quick"  # reads that should answer at once
    WRITE = "write"  # writes may make the backend call HubSpot first
    STREAM = "stream"  # long polls and server-sent events: a read may wait a long time


TIMEOUTS: dict[CallKind, httpx.Timeout] = {
    CallKind.QUICK: httpx.Timeout(15.0, connect=10.0),
    CallKind.WRITE: httpx.Timeout(45.0, connect=10.0),
    # Server-sent events carry a keep-alive comment every 15 s; a long poll waits <= 30 s.
    CallKind.STREAM: httpx.Timeout(connect=10.0, read=45.0, write=15.0, pool=10.0),
}


def tls_context() -> ssl.SSLContext:
    """Verify servers against the operating system's certificate store."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def os_proxies(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """Proxies the OS is configured with, when the environment names none.

    `urllib.request.getproxies()` reads the environment first and otherwise the Windows
    registry or the macOS system configuration. httpx itself handles the environment
    (including NO_PROXY), so this only adds what came from the OS settings.
    """
    environ = os.environ if env is None else env
    if any(key.lower().endswith("_proxy") for key in environ):
        return {}
    found = urllib.request.getproxies()
    return {
        scheme: url
        for scheme, url in found.items()
        if scheme in ("http", "https") and url.startswith(("http://", "https://"))
    }


def proxy_mounts(
    verify: ssl.SSLContext, proxies: Mapping[str, str]
) -> dict[str, httpx.AsyncBaseTransport | None]:
    mounts: dict[str, httpx.AsyncBaseTransport | None] = {
        f"{scheme}://": httpx.AsyncHTTPTransport(verify=verify, proxy=url)
        for scheme, url in proxies.items()
    }
    # None = the client's own, unproxied transport. More specific patterns win in httpx.
    for host in LOOPBACK_HOSTS:
        mounts[f"all://{host}"] = None
    return mounts


def make_http_client(
    *,
    transport: httpx.AsyncBaseTransport | None = None,
    proxies: Mapping[str, str] | None = None,
    trust_env: bool = True,
) -> httpx.AsyncClient:
    """A client for the whole session; close it with `aclose()`.

    `transport` is for tests that need to shape the network; `proxies` overrides the
    OS-configured proxies (None = ask the OS).
    """
    verify = tls_context()
    return httpx.AsyncClient(
        verify=verify,
        http1=True,
        http2=False,
        trust_env=trust_env,
        transport=transport,
        mounts=proxy_mounts(verify, os_proxies() if proxies is None else proxies),
        timeout=TIMEOUTS[CallKind.QUICK],
        limits=httpx.Limits(max_connections=10, max_keepalive_connections=5, keepalive_expiry=30),
        headers={"User-Agent": USER_AGENT},
        follow_redirects=False,
    )
