"""`doctor` on a healthy connection and on the sandbox's problem scenarios; `export-answers`
round-trips into `apply`; the diagnostics bundle made after a legacy-path run has no secret."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import DOCS, RunCli, connection_args, sandbox_state, settings_writes

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox

LEGACY_NO_AUTOPILOT = """
method = "legacy"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[legacy]
private_app_token = { env = "HUBSPOT_PRIVATE_APP_TOKEN" }
default_user = "ada@acme.test"
[test]
run = false
"""


def _secrets(sandbox: RunningSandbox) -> dict[str, str]:
    facts = sandbox_state(sandbox)
    return {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }


def _apply_legacy(sandbox: RunningSandbox, run_cli: RunCli, answers: Path) -> dict[str, str]:
    env = _secrets(sandbox)
    result = run_cli("apply", str(answers), *connection_args(sandbox), env=env)
    assert result.code == ExitCode.OK, result.stderr
    return env


def _findings(stdout: str) -> dict[str, dict[str, str]]:
    return {item["check"]: item for item in json.loads(stdout)["findings"]}


def test_doctor_on_a_healthy_legacy_connection(sandbox: RunningSandbox, run_cli: RunCli) -> None:
    env = _apply_legacy(sandbox, run_cli, DOCS / "answers-legacy.toml")
    before = sandbox_state(sandbox)["write_counts"]

    readable = run_cli("doctor", *connection_args(sandbox), env=env)
    assert readable.code == ExitCode.OK, readable.stdout + readable.stderr
    assert "[ok] Connected via legacy private app to portal 1020304" in readable.stdout
    assert "has every required scope" in readable.stdout
    assert "Everything that can be checked is fine." in readable.stdout

    result = run_cli("doctor", "--json", *connection_args(sandbox), env=env)
    assert result.code == ExitCode.OK
    findings = _findings(result.stdout)
    assert {"opencx_sign_in", "opencx_role", "integration", "autopilot"} <= set(findings)
    assert findings["private_app_token"]["level"] == "ok"
    assert findings["last_test"]["level"] == "info"  # never run: worth knowing, not a fault
    assert sandbox_state(sandbox)["write_counts"] == before  # doctor only reads


def test_doctor_flags_autopilot_off_for_the_test_channel(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    sandbox = sandbox_factory("autopilot-email-off")
    answers = tmp_path / "answers.toml"
    answers.write_text(LEGACY_NO_AUTOPILOT, encoding="utf-8")
    env = _apply_legacy(sandbox, run_cli, answers)

    result = run_cli("doctor", "--json", *connection_args(sandbox), env=env)
    assert result.code == ExitCode.NEEDS_ATTENTION
    findings = _findings(result.stdout)
    assert findings["autopilot"]["level"] == "attention"
    assert "Autopilot is off for Email" in findings["autopilot"]["summary"]
    assert findings["integration"]["level"] == "ok"
    readable = run_cli("doctor", *connection_args(sandbox), env=env)
    assert "[!!] Autopilot is off for Email" in readable.stdout
    # One sentence for any count, its plural from the catalogue (English: "1 thing").
    assert "Needs attention: 1 thing." in readable.stdout


def test_doctor_lists_the_scopes_a_token_is_missing(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli
) -> None:
    sandbox = sandbox_factory("token-missing-scope")
    result = run_cli("doctor", "--json", *connection_args(sandbox), env=_secrets(sandbox))
    assert result.code == ExitCode.NEEDS_ATTENTION
    findings = _findings(result.stdout)
    assert findings["private_app_token"]["level"] == "attention"
    assert "conversations.write" in findings["private_app_token"]["summary"]
    assert findings["integration"]["summary"].startswith("HubSpot is not connected")


def test_doctor_without_a_session_or_key(sandbox: RunningSandbox, run_cli: RunCli) -> None:
    result = run_cli("doctor", "--json", *connection_args(sandbox))
    assert result.code == ExitCode.NEEDS_ATTENTION
    finding = _findings(result.stdout)["opencx_sign_in"]
    assert finding["level"] == "attention"
    assert "OPENCX_API_KEY" in finding["fix"]


@pytest.mark.slow
def test_exported_answers_repeat_the_setup_without_writing(
    sandbox: RunningSandbox, run_cli: RunCli, approving_browser: dict[str, str], tmp_path: Path
) -> None:
    env = {**_secrets(sandbox), **approving_browser}
    first = run_cli("apply", str(DOCS / "answers-oauth.toml"), *connection_args(sandbox), env=env)
    assert first.code == ExitCode.OK, first.stderr
    exported = tmp_path / "exported.toml"
    result = run_cli("export-answers", str(exported), *connection_args(sandbox), env=env)
    assert result.code == ExitCode.OK, result.stderr
    text = exported.read_text(encoding="utf-8")
    assert env["OPENCX_API_KEY"] not in text
    assert 'email = "' not in text  # the sender is exported by owner id
    before = sandbox_state(sandbox)["write_counts"]

    again = run_cli("apply", str(exported), *connection_args(sandbox), "--json", env=env)
    assert again.code == ExitCode.OK, again.stderr
    assert settings_writes(sandbox_state(sandbox)["write_counts"]) == settings_writes(before)
    outcomes = {step["step"]: step["outcome"] for step in again.json()["steps"]}
    assert outcomes == {
        "prerequisites": "checked", "signin": "checked", "oauth_connect": "unchanged",
        "sender": "unchanged", "autopilot": "unchanged", "signatures": "unchanged",
        "workflow_actions": "checked", "test_checklist": "skipped",
    }  # fmt: skip


def test_a_bundle_after_a_legacy_run_holds_no_secret(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, cli_home: Path
) -> None:
    env = _apply_legacy(sandbox, run_cli, DOCS / "answers-legacy.toml")
    bundle = tmp_path / "support" / "bundle.zip"
    result = run_cli("doctor", "--bundle", str(bundle), *connection_args(sandbox), env=env)
    assert result.code == ExitCode.OK, result.stdout + result.stderr

    with zipfile.ZipFile(bundle) as archive:
        members = {name: archive.read(name).decode("utf-8") for name in archive.namelist()}
    assert {
        "manifest.json", "versions.json", "system.json", "settings.json", "progress.json",
        "answers.toml", "integration.json", "checklist.json", "doctor.json", "log.txt",
    } <= set(members)  # fmt: skip
    everything = "\n".join(members.values())
    assert env["HUBSPOT_PRIVATE_APP_TOKEN"] not in everything
    assert env["OPENCX_API_KEY"] not in everything
    assert "pat-" not in everything
    assert "ocx_live_" not in everything  # the sandbox's key form
    assert "ocx_key_" not in everything
    # The log really was collected (the calls of both runs), redacted.
    assert "/v1/integrations/hubspot" in members["log.txt"]
    assert json.loads(members["integration.json"])["connection"]["method"] == "legacy"
    assert json.loads(members["doctor.json"])["needs_attention"] is False
    assert 'method = "legacy"' in members["answers.toml"]
    # The files the runs left on this computer hold no secret either.
    for path in cli_home.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            assert env["HUBSPOT_PRIVATE_APP_TOKEN"] not in text, path
            assert env["OPENCX_API_KEY"] not in text, path


def test_doctor_signs_in_with_a_key_from_standard_input(
    sandbox: RunningSandbox, run_cli: RunCli
) -> None:
    key = sandbox_state(sandbox)["api_key"]
    result = run_cli("doctor", "--json", "--api-key-stdin", *connection_args(sandbox),
                     stdin=key + "\n")  # fmt: skip
    findings = _findings(result.stdout)
    assert findings["opencx_sign_in"]["level"] == "ok"
    assert findings["integration"]["level"] == "attention"  # nothing connected yet
    assert result.code == ExitCode.NEEDS_ATTENTION
    assert key not in result.stdout + result.stderr
