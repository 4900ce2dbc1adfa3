"""Helpers the CLI tests share: the result of a run, the sandbox's state, the flags."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from hubspot_setup.sandbox.server import RunningSandbox

REPO = Path(__file__).resolve().parents[2]
DOCS = REPO / "docs"
APPROVING_BROWSER = Path(__file__).with_name("approving_browser.py")


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


def sandbox_state(sandbox: RunningSandbox) -> dict[str, Any]:
    response = httpx.get(sandbox.state_url, timeout=10, trust_env=False)
    response.raise_for_status()
    data: dict[str, Any] = response.json()
    return data


def connection_args(sandbox: RunningSandbox) -> list[str]:
    return ["--opencx-url", sandbox.opencx_url, "--hubspot-api-url", sandbox.hubspot_api_url]


RunCli = Callable[..., CliResult]


# Signing in again exchanges a new code for a token (not a setting), and a test run is
# meant to run again each time: the only writes a repeated `apply` may make.
REPEATABLE_WRITES = frozenset(
    {"POST /oauth/token", "POST /v1/test-runs", "POST /v1/test-runs/{run_id}/handoff"}
)


def settings_writes(counts: dict[str, int]) -> dict[str, int]:
    """The sandbox's write counts for the settings (without sign-in and test runs)."""
    return {route: n for route, n in counts.items() if route not in REPEATABLE_WRITES}
