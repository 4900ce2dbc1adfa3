"""Running the sandbox: uvicorn on 127.0.0.1 in a background thread."""

from __future__ import annotations

import socket
import threading
from pathlib import Path
from types import TracebackType

import uvicorn

from hubspot_setup.sandbox.app import build_app
from hubspot_setup.sandbox.from_bundle import scenario_from_bundle
from hubspot_setup.sandbox.scenario import load_scenario
from hubspot_setup.sandbox.world import SandboxWorld

HOST = "127.0.0.1"
START_TIMEOUT_SECONDS = 15.0


class SandboxStartError(RuntimeError):
    """The sandbox could not start (port in use, bad scenario)."""


class RunningSandbox:
    """A sandbox serving in a background thread until `stop()` (or the end of a `with`)."""

    def __init__(self, world: SandboxWorld, sock: socket.socket) -> None:
        self.world = world
        self.port: int = sock.getsockname()[1]
        config = uvicorn.Config(
            build_app(world),
            log_level="warning",
            access_log=False,
            lifespan="on",
            http="h11",
            ws="none",
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(config)
        self._socket = sock
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [sock]}, name="sandbox-server", daemon=True
        )

    @property
    def base_url(self) -> str:
        return self.world.base_url

    @property
    def opencx_url(self) -> str:
        return self.world.opencx_url

    @property
    def hubspot_api_url(self) -> str:
        return self.world.hubspot_api_url

    @property
    def state_url(self) -> str:
        return f"{self.base_url}/_sandbox/state"

    @property
    def customer_url(self) -> str:
        return f"{self.base_url}/_sandbox/customer"

    @property
    def scenario_name(self) -> str:
        return self.world.scenario.name

    @property
    def api_key(self) -> str:
        return self.world.opencx.api_key

    @property
    def legacy_private_app_token(self) -> str:
        return self.world.hubspot.legacy_token

    def _start(self) -> None:
        self._thread.start()
        deadline = threading.Event()
        for _ in range(int(START_TIMEOUT_SECONDS / 0.01)):
            if self._server.started or not self._thread.is_alive():
                break
            deadline.wait(0.01)
        if not self._server.started:
            self.stop()
            raise SandboxStartError("The sandbox server did not start.")

    def stop(self) -> None:
        self.world.stopping.set()
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        self._socket.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"RunningSandbox(scenario={self.scenario_name!r}, base_url={self.base_url!r})"


def start_sandbox(
    scenario: str | Path = "default",
    *,
    port: int = 0,
    time_scale: float = 1.0,
    from_bundle: Path | None = None,
) -> RunningSandbox:
    """Start a sandbox on 127.0.0.1 (`port=0`: a free port); returns once it is listening.

    `from_bundle`: a diagnostics bundle whose setup the sandbox reproduces, instead of
    `scenario` (see `hubspot_setup.sandbox.from_bundle`).
    """
    if not 0 <= port <= 65535:
        raise SandboxStartError(f"Port {port} is not a valid port number.")
    if not 0 < time_scale <= 100:
        raise SandboxStartError("The time scale must be above 0 and at most 100.")
    loaded = load_scenario(scenario) if from_bundle is None else scenario_from_bundle(from_bundle)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind((HOST, port))
    except OSError as error:
        sock.close()
        raise SandboxStartError(f"Port {port} on {HOST} is not free: {error.strerror}") from error
    sock.listen(128)
    bound_port = sock.getsockname()[1]
    world = SandboxWorld(loaded, f"http://{HOST}:{bound_port}", time_scale)
    running = RunningSandbox(world, sock)
    running._start()
    return running
