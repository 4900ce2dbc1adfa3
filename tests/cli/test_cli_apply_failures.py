"""Each kind of failure ends `apply` with a clear message and its documented exit code, and
nothing is half-saved on the backend."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cli_support import DOCS, RunCli, connection_args, sandbox_state, settings_writes

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox

LEGACY = """
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

OAUTH_BY_KEY = """
method = "oauth"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[sender]
email = "%s"
[test]
run = %s
simulated_customer = true
timeout_seconds = 30
"""


def _write(tmp_path: Path, text: str) -> str:
    path = tmp_path / "answers.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _secrets(sandbox: RunningSandbox) -> dict[str, str]:
    facts = sandbox_state(sandbox)
    return {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }


def test_a_missing_answers_file(run_cli: RunCli, tmp_path: Path) -> None:
    result = run_cli("apply", str(tmp_path / "absent.toml"), "--json")
    assert result.code == ExitCode.ANSWERS_INVALID
    assert "The answers file cannot be used" in result.stderr
    assert "absent.toml" in result.stderr
    assert result.json()["problem"]["kind"] == "invalid_input"


def test_a_token_written_into_the_file_is_refused_and_not_echoed(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path
) -> None:
    token = sandbox_state(sandbox)["legacy_private_app_token"]
    answers = _write(tmp_path, LEGACY.replace('{ env = "HUBSPOT_PRIVATE_APP_TOKEN" }',
                                              f'"{token}"'))  # fmt: skip
    result = run_cli("apply", answers, *connection_args(sandbox))
    assert result.code == ExitCode.ANSWERS_INVALID
    assert "contains a secret" in result.stderr
    assert token not in result.stderr + result.stdout
    assert sandbox_state(sandbox)["write_counts"] == {}


def test_a_secret_that_is_not_where_the_file_says(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path
) -> None:
    env = _secrets(sandbox)
    del env["HUBSPOT_PRIVATE_APP_TOKEN"]
    result = run_cli("apply", _write(tmp_path, LEGACY), *connection_args(sandbox), env=env)
    assert result.code == ExitCode.SECRET_MISSING
    assert "The private app token is missing" in result.stderr
    assert "Set HUBSPOT_PRIVATE_APP_TOKEN" in result.stderr
    assert sandbox_state(sandbox)["write_counts"] == {}


def test_the_token_can_come_from_standard_input(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path
) -> None:
    env = _secrets(sandbox)
    token = env.pop("HUBSPOT_PRIVATE_APP_TOKEN")
    answers = LEGACY.replace('{ env = "HUBSPOT_PRIVATE_APP_TOKEN" }', "{ stdin = true }")
    result = run_cli(
        "apply", _write(tmp_path, answers), *connection_args(sandbox), env=env, stdin=token + "\n"
    )
    assert result.code == ExitCode.OK, result.stderr
    assert sandbox_state(sandbox)["method"] == "legacy"


def test_a_token_missing_a_scope(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    sandbox = sandbox_factory("token-missing-scope")
    result = run_cli(
        "apply", _write(tmp_path, LEGACY), *connection_args(sandbox), "--json",
        env=_secrets(sandbox),
    )  # fmt: skip
    assert result.code == ExitCode.HUBSPOT_REFUSED
    assert "conversations.write" in result.stderr
    assert result.json()["problem"]["missing_scopes"] == ["conversations.write"]
    assert sandbox_state(sandbox)["write_counts"] == {}


def test_an_opencx_member_is_stopped_at_sign_in(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    sandbox = sandbox_factory("opencx-member")
    answers = _write(tmp_path, OAUTH_BY_KEY % ("ada@acme.test", "false"))
    result = run_cli("apply", answers, *connection_args(sandbox), env=_secrets(sandbox))
    assert result.code == ExitCode.SIGN_IN_FAILED
    assert "Only OpenCX owners and admins" in result.stderr
    assert sandbox_state(sandbox)["write_counts"] == {}


def test_a_sender_who_is_not_a_teammate_changes_nothing_after_connecting(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, approving_browser: dict[str, str]
) -> None:
    answers = _write(tmp_path, OAUTH_BY_KEY % ("nobody@elsewhere.test", "false"))
    env = {**_secrets(sandbox), **approving_browser}
    result = run_cli("apply", answers, *connection_args(sandbox), env=env)
    assert result.code == ExitCode.ANSWERS_INVALID
    assert "no HubSpot teammate has the email nobody@elsewhere.test" in result.stderr
    assert "PUT /v1/integrations/hubspot/sender" not in sandbox_state(sandbox)["write_counts"]


def test_connected_the_other_way(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    # OAuth answers on a legacy connection move it to OAuth in place (issue 13 part 4, in
    # test_cli_reconnect_and_move.py); legacy answers on an OAuth connection still conflict.
    sandbox = sandbox_factory("already-connected")
    env = _secrets(sandbox)
    before = settings_writes(sandbox_state(sandbox)["write_counts"])
    result = run_cli("apply", _write(tmp_path, LEGACY), *connection_args(sandbox), env=env)
    assert result.code == ExitCode.CONFLICT
    assert "connected through the OAuth Public App" in result.stderr
    assert settings_writes(sandbox_state(sandbox)["write_counts"]) == before


def test_a_stalled_checklist_explains_why(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    tmp_path: Path,
    approving_browser: dict[str, str],
) -> None:
    sandbox = sandbox_factory("ai-reply-fails")
    answers = _write(tmp_path, OAUTH_BY_KEY % ("ada@acme.test", "true"))
    env = {**_secrets(sandbox), **approving_browser}
    result = run_cli("apply", answers, *connection_args(sandbox), "--json", env=env)
    assert result.code == ExitCode.TEST_FAILED, result.stderr
    assert "This check did not pass: The AI reply posts back" in result.stderr
    summary = result.json()
    assert summary["test"]["checks"]["ai_reply_posted"] == "stalled"
    assert summary["test"]["checks"]["conversation_in_hubspot"] == "passed"
    assert summary["problem"]["fix"]  # the scenario's likely cause and fix


def test_a_checklist_nobody_writes_to_times_out_naming_the_first_check(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, approving_browser: dict[str, str]
) -> None:
    text = (OAUTH_BY_KEY % ("ada@acme.test", "true")).replace(
        "simulated_customer = true\ntimeout_seconds = 30", "timeout_seconds = 0.5"
    )
    env = {**_secrets(sandbox), **approving_browser}
    result = run_cli("apply", _write(tmp_path, text), *connection_args(sandbox), env=env)
    assert result.code == ExitCode.TEST_FAILED, result.stderr
    assert "After 0.5 seconds this check had not happened" in result.stderr
    assert "The conversation appears in HubSpot" in result.stderr


def test_autopilot_off_for_the_test_channel_is_said_before_the_test(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    tmp_path: Path,
    approving_browser: dict[str, str],
) -> None:
    sandbox = sandbox_factory("autopilot-email-off")
    answers = _write(tmp_path, OAUTH_BY_KEY % ("ada@acme.test", "true"))
    env = {**_secrets(sandbox), **approving_browser}
    result = run_cli("apply", answers, *connection_args(sandbox), "--json", env=env)
    assert result.code == ExitCode.TEST_FAILED, result.stderr
    summary = result.json()
    assert any("Autopilot is off for Email" in note for note in summary["notes"])
    stalled = [check for check, state in summary["test"]["checks"].items() if state == "stalled"]
    assert stalled == ["ai_reply_posted"]
    assert "Autopilot" in summary["problem"]["fix"]


def test_an_unknown_sandbox_scenario_is_a_usage_error(run_cli: RunCli) -> None:
    answers = str(DOCS / "answers-oauth.toml")
    result = run_cli("apply", answers, "--sandbox=no-such-scenario")
    assert result.code == ExitCode.USAGE
    assert "The sandbox could not start" in result.stderr
    assert "no-such-scenario" in result.stderr


def test_a_bad_address_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli(
        "apply", str(DOCS / "answers-oauth.toml"), "--opencx-url", "http://example.com"
    )
    assert result.code == ExitCode.USAGE
    assert "must start with https://" in result.stderr
