"""`sandbox --from-bundle`: a bundle exported after a real run reproduces that portal's state.

Each test sets a portal up with `apply` against a sandbox, exports the bundle with
`doctor --bundle`, starts a second sandbox from the bundle alone and compares what both
sandboxes report at `GET /_sandbox/state`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from cli_support import DOCS, RunCli, connection_args, sandbox_state

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox import start_sandbox
from hubspot_setup.sandbox.server import RunningSandbox

SERVING = re.compile(r"serving at (http://127\.0\.0\.1:\d+)")


def _secrets(sandbox: RunningSandbox) -> dict[str, str]:
    facts = sandbox_state(sandbox)
    return {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }


def _setup(state: dict[str, Any]) -> dict[str, Any]:
    """What a customer's setup consists of, without what differs per run (times, rule ids)."""
    integration = {k: v for k, v in state["integration"].items() if k != "connected_at"}
    return {
        "user": state["user"],
        "integration": integration,
        "portals": state["portals"],
        "autopilot": state["autopilot"],
        "signatures": sorted((rule["pattern"], rule["html"]) for rule in state["signatures"]),
    }


def _export_bundle(
    sandbox: RunningSandbox, run_cli: RunCli, env: dict[str, str], bundle: Path
) -> None:
    result = run_cli("doctor", "--bundle", str(bundle), *connection_args(sandbox), env=env)
    assert bundle.is_file(), result.stdout + result.stderr


def test_a_legacy_bundle_reproduces_the_portal_with_the_sandbox_command(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path
) -> None:
    env = _secrets(sandbox)
    applied = run_cli(
        "apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox), env=env
    )
    assert applied.code == ExitCode.OK, applied.stderr
    bundle = tmp_path / "customer.zip"
    _export_bundle(sandbox, run_cli, env, bundle)
    original = sandbox_state(sandbox)

    process = subprocess.Popen(
        [sys.executable, "-m", "hubspot_setup", "sandbox", "--from-bundle", str(bundle)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        # The banner ends with the Ctrl+C hint; read it whole before stopping the process.
        banner = ""
        for line in process.stdout:
            banner += line
            if line.startswith("Press Ctrl+C"):
                break
        found = SERVING.search(banner)
        assert found, banner + (process.stderr.read() if process.stderr else "")
        reproduced = httpx.get(f"{found[1]}/_sandbox/state", timeout=10, trust_env=False).json()
    finally:
        process.terminate()
        out, err = process.communicate(timeout=15)
    assert process.returncode == 0, err
    assert "Reproduces diagnostics bundle customer.zip" in banner
    assert "Sandbox stopped." in out

    assert reproduced["scenario"] == "bundle-1020304"
    assert reproduced["method"] == "legacy"
    assert reproduced["integration"]["status"] == "connected"
    assert reproduced["portal"]["id"] == 1020304
    assert reproduced["integration"]["default_user_id"] == "7001"
    assert _setup(reproduced) == _setup(original)
    # Only the setup is carried over: the reproduction has its own practice secrets.
    assert reproduced["legacy_private_app_token"] != env["HUBSPOT_PRIVATE_APP_TOKEN"]
    assert reproduced["api_key"] != env["OPENCX_API_KEY"]


@pytest.mark.slow
def test_an_oauth_bundle_reproduces_sender_signatures_autopilot_and_the_checklist(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    approving_browser: dict[str, str],
    tmp_path: Path,
) -> None:
    # The customer's AI reply never reaches HubSpot: the reproduction must stall the same way.
    sandbox = sandbox_factory("ai-reply-fails")
    env = {**_secrets(sandbox), **approving_browser}
    answers = DOCS / "answers-oauth.toml"
    applied = run_cli("apply", str(answers), *connection_args(sandbox), env=env)
    assert applied.code != ExitCode.OK  # the checklist stalled at the AI reply
    assert "AI reply" in applied.stderr or "ai_reply" in applied.stderr, applied.stderr
    bundle = tmp_path / "customer.zip"
    _export_bundle(sandbox, run_cli, env, bundle)
    original = sandbox_state(sandbox)
    assert original["sender"] is not None
    assert len(original["signatures"]) == 2

    with start_sandbox(from_bundle=bundle, time_scale=0.01) as reproduction:
        reproduced = httpx.get(reproduction.state_url, timeout=10, trust_env=False).json()
        failures = reproduction.world.scenario.failures

    assert reproduced["method"] == "oauth"
    assert reproduced["sender"] == original["sender"]
    assert reproduced["integration"]["workflow_actions"]["request_handoff"] is True
    assert _setup(reproduced) == _setup(original)
    assert failures.ai_reply_fails is True
    assert failures.legacy_webhook_fails is False
