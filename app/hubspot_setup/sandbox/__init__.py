"""The sandbox: a simulated OpenCX backend and HubSpot on 127.0.0.1, driven by scenarios.

Importing this package is cheap: the web stack (Starlette, uvicorn) loads only when a sandbox
starts, because the wizard imports this at startup and its startup time is measured.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hubspot_setup.sandbox.server import RunningSandbox


def start_sandbox(
    scenario: str | Path = "default",
    *,
    port: int = 0,
    time_scale: float = 1.0,
    from_bundle: Path | None = None,
) -> RunningSandbox:
    """Start a sandbox in a background thread; see `hubspot_setup.sandbox.server`.
    `from_bundle` reproduces the setup in a diagnostics bundle instead of a scenario."""
    from hubspot_setup.sandbox.server import start_sandbox as start  # noqa: PLC0415

    return start(scenario, port=port, time_scale=time_scale, from_bundle=from_bundle)


def scenario_names() -> list[str]:
    """The built-in scenarios' names."""
    from hubspot_setup.sandbox.scenario import scenario_names as names  # noqa: PLC0415

    return names()


__all__ = ["RunningSandbox", "scenario_names", "start_sandbox"]
