"""Helpers for the sandbox tests: an authorised client and a loopback catcher."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from hubspot_setup.sandbox.server import RunningSandbox


def api(sandbox: RunningSandbox, token: str | None = None) -> httpx.Client:
    """A client for the sandbox's OpenCX API, signed in with the scenario's API key."""
    return httpx.Client(
        base_url=sandbox.opencx_url,
        headers={"Authorization": f"Bearer {token or sandbox.api_key}"},
        trust_env=False,
        timeout=10,
    )


def state(sandbox: RunningSandbox) -> dict[str, object]:
    data: dict[str, object] = httpx.get(sandbox.state_url, trust_env=False).json()
    return data


class Catcher:
    """A tiny loopback listener standing in for the assistant's: records request paths."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.received = threading.Event()
        catcher = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                catcher.paths.append(self.path)
                body = b"<!doctype html><title>Done</title><p>You can close this tab.</p>"
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                catcher.received.set()

            def log_message(self, *_: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/callback"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
