"""The shared httpx setup against real local sockets: proxies, loopback, TLS, cancellation."""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hubspot_setup import __version__
from hubspot_setup.flow.problems import ProblemError, ProblemKind
from hubspot_setup.services.http import USER_AGENT, make_http_client, os_proxies
from hubspot_setup.services.opencx import OpenCXClient, SessionAuth
from hubspot_setup.services.retry import RetryPolicy


@dataclass
class TinyServer:
    """A raw HTTP/1.1 server on 127.0.0.1 that records request heads."""

    answer: bytes | None = (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
    )
    heads: list[str] = field(default_factory=list)
    got_request: asyncio.Event = field(default_factory=asyncio.Event)
    closed_by_client: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            self.heads.append(head.decode("latin-1"))
            self.got_request.set()
            if self.answer is None:  # hang until the client goes away
                if await reader.read(1) == b"":
                    self.closed_by_client.set()
                return
            writer.write(self.answer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            self.closed_by_client.set()
        finally:
            writer.close()


async def _serve(server: TinyServer, ssl_context: ssl.SSLContext | None = None) -> asyncio.Server:
    listening = await asyncio.start_server(server.handle, "127.0.0.1", 0, ssl=ssl_context)
    server.port = listening.sockets[0].getsockname()[1]
    return listening


@pytest.fixture
async def origin() -> AsyncIterator[TinyServer]:
    server = TinyServer()
    listening = await _serve(server)
    yield server
    listening.close()
    await listening.wait_closed()


@pytest.fixture
async def proxy() -> AsyncIterator[TinyServer]:
    server = TinyServer()
    listening = await _serve(server)
    yield server
    listening.close()
    await listening.wait_closed()


async def test_loopback_is_never_sent_to_the_proxy(origin: TinyServer, proxy: TinyServer) -> None:
    proxy_url = f"http://127.0.0.1:{proxy.port}"
    async with make_http_client(proxies={"http": proxy_url, "https": proxy_url}) as http:
        answer = await http.get(f"http://127.0.0.1:{origin.port}/v1/me")
        assert answer.status_code == 200
        assert proxy.heads == []
        assert origin.heads[0].startswith("GET /v1/me HTTP/1.1")
        # Any other host goes through the configured proxy (absolute-form request line).
        await http.get("http://api.example.invalid/v1/me")
    assert proxy.heads[0].startswith("GET http://api.example.invalid/v1/me HTTP/1.1")


async def test_environment_proxy_is_used_but_not_for_loopback(
    origin: TinyServer, proxy: TinyServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{proxy.port}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert os_proxies() == {}  # httpx reads the environment itself
    async with make_http_client() as http:
        await http.get(f"http://127.0.0.1:{origin.port}/a")
        await http.get(f"http://localhost:{origin.port}/b")
        await http.get("http://hubapi.example.invalid/c")
    assert len(origin.heads) == 2
    assert [h.split("\r\n")[0] for h in proxy.heads] == [
        "GET http://hubapi.example.invalid/c HTTP/1.1"
    ]


async def test_user_agent_and_keep_alive(origin: TinyServer) -> None:
    async with make_http_client(proxies={}) as http:
        await http.get(f"http://127.0.0.1:{origin.port}/")
    head = origin.heads[0].lower()
    assert f"user-agent: {USER_AGENT.lower()}" in head
    assert __version__.lower() in USER_AGENT.lower()
    assert "connection: keep-alive" in head


def _self_signed(tmp_path: Path) -> ssl.SSLContext:
    # cryptography comes with keyring's Linux backend (SecretStorage), not everywhere.
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(hours=1))
        .sign(key, hashes.SHA256())
    )
    cert_file = tmp_path / "cert.pem"
    key_file = tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


async def test_untrusted_certificate_is_network_blocked_and_not_retried(tmp_path: Path) -> None:
    """What TLS inspection without the company root in the OS store looks like."""
    server = TinyServer()
    listening = await _serve(server, _self_signed(tmp_path))
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    try:
        async with make_http_client(proxies={}) as http:
            client = OpenCXClient(
                f"https://127.0.0.1:{server.port}", http, retry=RetryPolicy(sleep=sleep)
            )
            with pytest.raises(ProblemError) as caught:
                await client.me()
    finally:
        listening.close()
        await listening.wait_closed()
    assert caught.value.problem.kind is ProblemKind.NETWORK_BLOCKED
    assert sleeps == []


async def test_cancelling_a_call_aborts_the_request() -> None:
    server = TinyServer(answer=None)
    listening = await _serve(server)
    try:
        async with make_http_client(proxies={}) as http:
            client = OpenCXClient(
                f"http://127.0.0.1:{server.port}", http, auth=SessionAuth.from_api_key("k")
            )
            call = asyncio.create_task(client.integration())
            await asyncio.wait_for(server.got_request.wait(), 5)
            call.cancel()
            with pytest.raises(asyncio.CancelledError):
                await call
            # The connection is really closed, not left waiting for an answer.
            await asyncio.wait_for(server.closed_by_client.wait(), 5)
    finally:
        listening.close()
        await listening.wait_closed()


def test_os_proxy_settings_are_used_when_the_environment_names_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What Windows' registry or macOS' system configuration report via urllib."""
    import urllib.request

    monkeypatch.setattr(
        urllib.request,
        "getproxies",
        lambda: {"http": "http://proxy.corp:3128", "https": "http://proxy.corp:3128", "ftp": "x"},
    )
    assert os_proxies({}) == {"http": "http://proxy.corp:3128", "https": "http://proxy.corp:3128"}
    assert os_proxies({"HTTPS_PROXY": "http://other:8080"}) == {}
