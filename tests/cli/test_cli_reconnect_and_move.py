"""`apply` and `doctor` on the two connections that need the consent leg again: a connection
HubSpot stopped accepting (scenario reconnect-required) and a legacy one that moves to OAuth
in place (scenario legacy-connected). The sandbox's write counts prove a second run is a
no-op, and that nothing changes when another portal is approved without the answers' say."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import DOCS, RunCli, connection_args, sandbox_state, settings_writes

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox

OTHER_PORTAL = 2030405  # reconnect-required's second portal
COMPLETE = "POST /v1/integrations/hubspot/oauth/installs/{install_id}/complete"

RECONNECT_ANSWERS = """
method = "oauth"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[prerequisites]
service_hub = true
hubspot_admin = true
[test]
run = false
"""


def _findings(stdout: str) -> dict[str, dict[str, str]]:
    return {item["check"]: item for item in json.loads(stdout)["findings"]}


def _key(sandbox: RunningSandbox) -> dict[str, str]:
    return {"OPENCX_API_KEY": sandbox_state(sandbox)["api_key"]}


@pytest.mark.slow
def test_oauth_answers_move_a_legacy_connection_and_keep_every_signature(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    approving_browser: dict[str, str],
) -> None:
    sandbox = sandbox_factory("legacy-connected")
    before = sandbox_state(sandbox)
    assert before["method"] == "legacy"
    kept = {rule["pattern"]: rule for rule in before["signatures"]}
    assert set(kept) == {"acme.test", "*.de"}

    answers = DOCS / "answers-oauth.toml"
    result = run_cli("apply", str(answers), *connection_args(sandbox), "--json",
                     env=approving_browser)  # fmt: skip
    assert result.code == ExitCode.OK, result.stderr
    state = sandbox_state(sandbox)
    assert state["integration"]["status"] == "connected"
    assert state["method"] == "oauth"
    assert state["portal"]["id"] == before["portal"]["id"]
    assert state["integration"]["default_user_id"] == "7001"
    assert all(state["integration"]["workflow_actions"].values())
    now = {rule["pattern"]: rule for rule in state["signatures"]}
    assert set(now) == {"acme.test", "*.de", "open.cx", "*.nl"}
    for pattern, rule in kept.items():  # untouched: same id, same HTML, same time
        assert now[pattern] == rule
    summary = result.json()
    outcomes = {step["step"]: step for step in summary["steps"]}
    assert outcomes["oauth_connect"]["outcome"] == "changed"
    assert "switched to Connect with HubSpot" in outcomes["oauth_connect"]["detail"]
    # The legacy default user became the sender: nothing to write for [sender].
    assert outcomes["sender"]["outcome"] == "unchanged"
    assert any("Private Apps → Legacy Apps" in note for note in summary["notes"])
    assert state["write_counts"][COMPLETE] == 1

    again = run_cli("apply", str(answers), *connection_args(sandbox), "--json",
                    env=approving_browser)  # fmt: skip
    assert again.code == ExitCode.OK, again.stderr
    after = sandbox_state(sandbox)
    assert settings_writes(after["write_counts"]) == settings_writes(state["write_counts"])
    assert after["signatures"] == state["signatures"]
    outcomes = {step["step"]: step["outcome"] for step in again.json()["steps"]}
    assert outcomes["oauth_connect"] == outcomes["signatures"] == "unchanged"


def test_doctor_names_the_reconnect_and_apply_reconnects(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    approving_browser: dict[str, str],
    tmp_path: Path,
) -> None:
    sandbox = sandbox_factory("reconnect-required")
    env = _key(sandbox)
    before = sandbox_state(sandbox)

    doctor = run_cli("doctor", "--json", *connection_args(sandbox), env=env)
    assert doctor.code == ExitCode.NEEDS_ATTENTION, doctor.stdout + doctor.stderr
    findings = _findings(doctor.stdout)
    reconnect = findings["reconnect_required"]
    assert reconnect["level"] == "attention"
    assert "uninstalled in HubSpot" in reconnect["summary"]
    assert reconnect["fix"].startswith("Reconnect with HubSpot")
    assert "integration" not in findings  # one finding for the one fact
    assert findings["autopilot"]["level"] == "ok"  # the rest is still read and reported
    readable = run_cli("doctor", *connection_args(sandbox), env=env)
    assert "[!!] Reconnect required:" in readable.stdout
    assert "What to do: Reconnect with HubSpot" in readable.stdout

    answers = tmp_path / "answers.toml"
    answers.write_text(RECONNECT_ANSWERS, encoding="utf-8")
    result = run_cli("apply", str(answers), *connection_args(sandbox), "--json",
                     env={**env, **approving_browser})  # fmt: skip
    assert result.code == ExitCode.OK, result.stderr
    state = sandbox_state(sandbox)
    assert state["integration"]["status"] == "connected"
    assert state["portal"]["id"] == 1020304
    assert state["sender"] == before["sender"]  # kept, though the file names none
    assert state["signatures"] == before["signatures"]
    assert state["autopilot"] == before["autopilot"]
    steps = {step["step"]: step for step in result.json()["steps"]}
    assert steps["oauth_connect"]["outcome"] == "changed"
    assert "reconnected" in steps["oauth_connect"]["detail"]
    assert steps["sender"]["outcome"] == "unchanged"

    healthy = run_cli("doctor", "--json", *connection_args(sandbox), env=env)
    assert "reconnect_required" not in _findings(healthy.stdout)
    assert _findings(healthy.stdout)["integration"]["level"] == "ok"


def test_another_portal_changes_nothing_unless_the_answers_name_it(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    approving_browser: dict[str, str],
    tmp_path: Path,
) -> None:
    sandbox = sandbox_factory("reconnect-required")
    env = {**_key(sandbox), **approving_browser, "APPROVING_BROWSER_PORTAL": str(OTHER_PORTAL)}
    before = sandbox_state(sandbox)
    answers = tmp_path / "answers.toml"
    answers.write_text(RECONNECT_ANSWERS, encoding="utf-8")

    refused = run_cli("apply", str(answers), *connection_args(sandbox), "--json", env=env)
    assert refused.code == ExitCode.CONFLICT, refused.stderr
    problem = refused.json()["problem"]
    assert problem["title"] == "You approved a different HubSpot portal"
    assert f"portal_id = {OTHER_PORTAL}" in problem["fix"]
    unchanged = sandbox_state(sandbox)
    assert unchanged["integration"] == before["integration"]
    assert COMPLETE not in unchanged["write_counts"]

    answers.write_text(RECONNECT_ANSWERS + f"[oauth]\nportal_id = {OTHER_PORTAL}\n",
                       encoding="utf-8")  # fmt: skip
    moved = run_cli("apply", str(answers), *connection_args(sandbox), "--json", env=env)
    # The new portal has its own teammates: the sender must be chosen again, and the file
    # names none, so the sender step says so (after the move itself was done).
    state = sandbox_state(sandbox)
    assert state["integration"]["status"] == "connected"
    assert state["portal"]["id"] == OTHER_PORTAL
    assert state["sender"] is None
    assert state["signatures"] == before["signatures"]
    assert moved.code == ExitCode.ANSWERS_INVALID, moved.stderr
    assert "[sender]" in moved.stderr
