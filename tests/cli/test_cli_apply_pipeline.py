"""Issue 14 in `apply`: each cause of OpenCX's message pipeline, as the admin reads it on
standard error, and `--json`'s `test.stalled` naming the first check that did not pass and why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import RunCli, connection_args, sandbox_state

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox

ANSWERS = """
method = "legacy"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[prerequisites]
service_hub = true
hubspot_admin = true
[legacy]
private_app_token = { env = "HUBSPOT_PRIVATE_APP_TOKEN" }
default_user = "ada@acme.test"
[test]
run = true
channel = "%s"
simulated_customer = true
timeout_seconds = 30
"""

# scenario, channel, exit code, `test.stalled`, what the admin reads on standard error
SCENARIOS = [
    (
        "thread-assigned-to-human",
        "email",
        ExitCode.TEST_FAILED,
        {"check": "ai_reply_posted", "cause": "assigned_to_human"},
        "The conversation was assigned to Dana Reyes, not to Ada Lovelace: the AI stays "
        "silent on conversations someone else owns.",
    ),
    (
        "assist-mode-email",
        "email",
        ExitCode.TEST_FAILED,
        {"check": "ai_reply_posted", "cause": "assist_mode"},
        "Assist Mode is on for Email: the AI wrote its answer as a draft",
    ),
    (
        "message-from-teammate",
        "email",
        ExitCode.TEST_FAILED,
        {"check": "opencx_session", "cause": "ignored_sender"},
        "The message came from ada@acme.test, a teammate in your HubSpot portal.",
    ),
    (
        "handoff-topic",
        "email",
        ExitCode.OK,
        {"check": "ai_reply_posted", "cause": "handoff_topic"},
        "The message matched the Autopilot handoff topic “Order questions”, so OpenCX handed "
        "it to your team without an AI reply.",
    ),
    (
        "ticket-creation-off",
        "email",
        ExitCode.OK,
        {"check": "handoff_ticket", "cause": "ticket_creation_off"},
        "Ticket creation is off for your OpenCX organization, so a handoff creates no HubSpot "
        "ticket.",
    ),
    (
        "contact-without-email",
        "web",
        ExitCode.TEST_FAILED,
        {"check": "handoff_ticket", "cause": "contact_without_email"},
        "OpenCX handed the conversation over but could not create the HubSpot ticket: the "
        "contact has no email address",
    ),
]


def _run(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, channel: str
) -> tuple[int, str, dict[str, object]]:
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS % channel, encoding="utf-8")
    facts = sandbox_state(sandbox)
    env = {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }
    result = run_cli("apply", str(answers), *connection_args(sandbox), "--json", env=env)
    return result.code, result.stderr, result.json()


@pytest.mark.parametrize(
    ("scenario", "channel", "code", "stalled", "words"), SCENARIOS, ids=[s[0] for s in SCENARIOS]
)
def test_each_cause_is_said_and_named_in_the_json(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    tmp_path: Path,
    scenario: str,
    channel: str,
    code: int,
    stalled: dict[str, str],
    words: str,
) -> None:
    sandbox = sandbox_factory(scenario)
    exit_code, stderr, summary = _run(sandbox, run_cli, tmp_path, channel)
    assert exit_code == code, stderr
    assert words in stderr
    test = summary["test"]
    assert isinstance(test, dict)
    assert test["stalled"] == stalled
    assert test["passed"] is (code == ExitCode.OK)
    if code == ExitCode.OK:  # an expected outcome: a note, not a failure
        assert summary["problem"] is None
        notes = summary["notes"]
        assert isinstance(notes, list)
        assert any(words in note for note in notes)
        assert "[as set up]" in stderr
    else:
        problem = summary["problem"]
        assert isinstance(problem, dict)
        assert words in problem["fix"]
        assert f"cause {stalled['cause']}" in problem["details"]


def test_a_lost_message_is_watched_for_again_in_the_same_run(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    sandbox = sandbox_factory("webhook-dropped")
    exit_code, stderr, summary = _run(sandbox, run_cli, tmp_path, "email")
    assert exit_code == ExitCode.OK, stderr
    assert "The conversation is in HubSpot, but OpenCX never received the message." in stderr
    assert "Watching for another message in the same test ..." in stderr
    assert stderr.count("The simulated customer sends the test message") == 2
    test = summary["test"]
    assert isinstance(test, dict)
    assert test["stalled"] is None
    runs = sandbox_state(sandbox)["test_runs"]
    assert len(runs) == 1  # the same run, not a new one
    assert runs[0]["status"] == "passed"


def test_every_check_passing_means_no_stall(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    exit_code, stderr, summary = _run(sandbox_factory("default"), run_cli, tmp_path, "email")
    assert exit_code == ExitCode.OK, stderr
    test = summary["test"]
    assert isinstance(test, dict)
    assert test["stalled"] is None
    assert test["checks"]["handoff_ticket"] == "passed"
    assert "all checks passed" in stderr


def test_a_timeout_names_the_waiting_check(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    sandbox = sandbox_factory("default")
    answers = tmp_path / "answers.toml"
    text = (ANSWERS % "email").replace("simulated_customer = true", "simulated_customer = false")
    answers.write_text(text.replace("timeout_seconds = 30", "timeout_seconds = 0.5"), "utf-8")
    facts = sandbox_state(sandbox)
    env = {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }
    result = run_cli("apply", str(answers), *connection_args(sandbox), "--json", env=env)
    assert result.code == ExitCode.TEST_FAILED, result.stderr
    stalled = result.json()["test"]["stalled"]
    assert stalled == {"check": "conversation_in_hubspot", "cause": "timed_out"}


@pytest.mark.parametrize("channel", ["sms", "whatsapp", "phone"])
def test_a_channel_without_a_hubspot_conversation_is_refused_before_the_test(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path, channel: str
) -> None:
    sandbox = sandbox_factory("default")
    exit_code, stderr, _ = _run(sandbox, run_cli, tmp_path, channel)
    assert exit_code == ExitCode.ANSWERS_INVALID, stderr
    assert "test.channel: The test runs on email or web chat." in stderr
    assert "HubSpot only gets a ticket" in stderr
    assert sandbox_state(sandbox)["test_runs"] == []
