"""`apply` completes both documented answers files against the real sandbox, and a second
run writes nothing (the sandbox counts every write; idempotent replays are not counted)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from cli_support import DOCS, RunCli, connection_args, sandbox_state, settings_writes

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox


@pytest.mark.slow
def test_oauth_example_completes_with_a_browser_and_the_simulated_customer(
    sandbox: RunningSandbox, run_cli: RunCli, approving_browser: dict[str, str]
) -> None:
    answers = DOCS / "answers-oauth.toml"
    result = run_cli("apply", str(answers), *connection_args(sandbox), "--json",
                     env=approving_browser)  # fmt: skip

    assert result.code == ExitCode.OK, result.stderr
    state = sandbox_state(sandbox)
    assert state["integration"]["status"] == "connected"
    assert state["method"] == "oauth"
    assert state["portal"]["id"] == 1020304
    assert state["sender"]["email"] == "ada@acme.test"
    assert state["autopilot"]["email"] is True
    assert sorted(rule["pattern"] for rule in state["signatures"]) == ["*.nl", "open.cx"]
    assert "The OpenCX team" in next(
        rule["html"] for rule in state["signatures"] if rule["pattern"] == "open.cx"
    )
    summary = result.json()
    assert summary["ok"] is True
    assert summary["test"]["passed"] is True
    assert [step["step"] for step in summary["steps"]] == [
        "prerequisites", "signin", "oauth_connect", "sender", "autopilot", "signatures",
        "workflow_actions", "test_checklist",
    ]  # fmt: skip
    # The browser was asked twice: OpenCX sign-in, then HubSpot's consent screen.
    opened = Path(approving_browser["APPROVING_BROWSER_LOG"]).read_text().splitlines()
    assert len(opened) == 2
    assert "/opencx/oauth/authorize" in opened[0]
    assert "/hubspot-app/oauth/authorize" in opened[1]
    # Progress is on stderr, step by step, and each check ticked in the guide's order.
    ticks = [line.strip() for line in result.stderr.splitlines() if line.strip().startswith("[ok]")]
    assert ticks == [
        "[ok] The conversation appears in HubSpot",
        "[ok] A matching session appears in the OpenCX inbox",
        "[ok] The AI reply posts back to the same HubSpot thread",
        "[ok] A handoff is triggered",
        "[ok] The handoff note appears in HubSpot with a link to the OpenCX session",
        "[ok] A HubSpot ticket tagged opencx_handedoff is created for your team",
    ]

    before = sandbox_state(sandbox)["write_counts"]
    again = run_cli("apply", str(answers), *connection_args(sandbox), "--json",
                    env=approving_browser)  # fmt: skip
    assert again.code == ExitCode.OK, again.stderr
    after = sandbox_state(sandbox)["write_counts"]
    assert settings_writes(after) == settings_writes(before)
    assert after["POST /v1/test-runs"] == before["POST /v1/test-runs"] + 1
    outcomes = {step["step"]: step["outcome"] for step in again.json()["steps"]}
    assert outcomes["oauth_connect"] == outcomes["sender"] == "unchanged"
    assert outcomes["signatures"] == outcomes["autopilot"] == "unchanged"


def test_legacy_example_completes_with_secrets_from_the_environment(
    sandbox: RunningSandbox, run_cli: RunCli
) -> None:
    facts = sandbox_state(sandbox)
    env = {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }
    answers = DOCS / "answers-legacy.toml"
    result = run_cli("apply", str(answers), *connection_args(sandbox), env=env)

    assert result.code == ExitCode.OK, result.stderr
    state = sandbox_state(sandbox)
    assert state["integration"]["status"] == "connected"
    assert state["method"] == "legacy"
    # The answers name the default user by email; OpenCX holds that teammate's user id.
    owners = httpx.get(
        f"{sandbox.hubspot_api_url}/crm/v3/owners",
        params={"email": "ada@acme.test"},
        headers={"Authorization": f"Bearer {facts['legacy_private_app_token']}"},
        trust_env=False,
    ).json()["results"]
    assert state["integration"]["default_user_id"] == str(owners[0]["userId"])
    assert state["autopilot"]["email"] is True
    assert state["autopilot"]["web"] is True
    assert facts["legacy_private_app_token"] not in result.stderr + result.stdout

    before = state["write_counts"]
    assert before == {"PUT /v1/integrations/hubspot/legacy/credentials": 1}
    again = run_cli("apply", str(answers), *connection_args(sandbox), env=env)
    assert again.code == ExitCode.OK, again.stderr
    assert sandbox_state(sandbox)["write_counts"] == before
    assert "already connected" in again.stderr


def test_sandbox_flag_starts_its_own_sandbox(
    run_cli: RunCli, approving_browser: dict[str, str], tmp_path: Path
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text(
        'method = "oauth"\n[sender]\nemail = "ada@acme.test"\n[test]\nrun = false\n',
        encoding="utf-8",
    )
    result = run_cli("apply", str(answers), "--sandbox", "--json", env=approving_browser)

    assert result.code == ExitCode.OK, result.stderr
    summary = result.json()
    assert summary["connection"]["method"] == "oauth"
    assert summary["connection"]["portal_id"] == 1020304
    assert summary["sender"] == "ada@acme.test"
    assert [s["outcome"] for s in summary["steps"] if s["step"] == "test_checklist"] == ["skipped"]


def test_legacy_example_with_the_sandbox_flag_uses_its_practice_secrets(run_cli: RunCli) -> None:
    result = run_cli("apply", str(DOCS / "answers-legacy.toml"), "--sandbox", "--json")

    assert result.code == ExitCode.OK, result.stderr
    summary = result.json()
    assert summary["connection"]["method"] == "legacy"
    assert summary["default_user_id"] is not None
    assert any("practice OpenCX API key" in note for note in summary["notes"])
    assert any("practice private app token" in note for note in summary["notes"])
    assert "pat-" not in result.stdout + result.stderr
    assert "ocx_live_" not in result.stdout + result.stderr  # the sandbox's key form
    assert "ocx_key_" not in result.stdout + result.stderr


def test_an_opencx_session_that_expires_midway_is_refreshed(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    approving_browser: dict[str, str],
    tmp_path: Path,
) -> None:
    sandbox = sandbox_factory("session-expires")
    answers = tmp_path / "answers.toml"
    answers.write_text(
        'method = "oauth"\n[sender]\nemail = "ada@acme.test"\n[autopilot]\nturn_on = ["email"]\n'
        '[[signatures]]\npattern = "open.cx"\nhtml = "<p>Hi</p>"\n[test]\nrun = false\n',
        encoding="utf-8",
    )
    result = run_cli("apply", str(answers), *connection_args(sandbox), env=approving_browser)

    assert result.code == ExitCode.OK, result.stderr
    state = sandbox_state(sandbox)
    assert state["sender"]["email"] == "ada@acme.test"
    assert [rule["pattern"] for rule in state["signatures"]] == ["open.cx"]
    assert state["write_counts"]["POST /v1/integrations/hubspot/signatures"] == 1
    # The code exchange, then one refresh when the first access token expired.
    assert state["write_counts"]["POST /oauth/token"] == 2


def test_hubspot_rate_limiting_the_teammates_list_is_waited_out(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli
) -> None:
    sandbox = sandbox_factory("owners-rate-limited")
    facts = sandbox_state(sandbox)
    env = {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }
    result = run_cli("apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox), env=env)

    assert result.code == ExitCode.OK, result.stderr
    assert sandbox_state(sandbox)["write_counts"] == {
        "PUT /v1/integrations/hubspot/legacy/credentials": 1
    }
