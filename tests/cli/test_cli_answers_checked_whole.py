"""An answers file is checked whole before anything is written (issue 16, item 1): every
section, every rule and every file it names; every problem is reported at once, and a refused
file writes nothing at all (the sandbox's write counts prove it)."""

from __future__ import annotations

from pathlib import Path

from cli_support import RunCli, connection_args, sandbox_state

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox

# Everything before the signatures would be written today: the connection, the sender and
# Autopilot; the second rule is refused only when its turn comes.
HALF_GOOD = """
method = "oauth"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[sender]
email = "ada@acme.test"
[autopilot]
turn_on = ["email", "web"]
[[signatures]]
pattern = "open.cx"
html = "<p>The OpenCX team</p>"
[[signatures]]
pattern = "https://acme.test"
html = "<p>Acme</p>"
[[signatures]]
pattern = "*.nl"
html_file = "script-only.html"
[test]
run = false
"""

DUPLICATES = """
method = "oauth"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[sender]
email = "ada@acme.test"
[[signatures]]
pattern = "dup.example"
html = "<p>One</p>"
[[signatures]]
pattern = "DUP.example."
html = "<p>Two</p>"
[test]
run = false
"""


def _run(
    run_cli: RunCli, sandbox: RunningSandbox, tmp_path: Path, text: str, browser: dict[str, str]
) -> tuple[int, str]:
    answers = tmp_path / "answers.toml"
    answers.write_text(text, encoding="utf-8")
    # Read without a fault, refused for what it holds: nothing is left once sanitised.
    (tmp_path / "script-only.html").write_text("<script>alert(1)</script>", encoding="utf-8")
    env = {"OPENCX_API_KEY": sandbox_state(sandbox)["api_key"], **browser}
    result = run_cli("apply", str(answers), *connection_args(sandbox), env=env)
    return result.code, result.stderr


def test_a_file_with_a_bad_rule_writes_nothing_and_names_every_problem(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, approving_browser: dict[str, str]
) -> None:
    code, stderr = _run(run_cli, sandbox, tmp_path, HALF_GOOD, approving_browser)
    assert code == ExitCode.ANSWERS_INVALID, stderr
    assert "signatures.1.pattern: Leave out http:// or https://" in stderr
    assert "signatures.2.html_file: script-only.html: Nothing is left" in stderr
    assert "nothing was changed" in stderr.lower()
    state = sandbox_state(sandbox)
    assert state["write_counts"] == {}
    assert state["method"] is None  # not even connected


def test_two_rules_for_the_same_domain_are_refused_before_any_write(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, approving_browser: dict[str, str]
) -> None:
    for _ in range(2):  # the second run must not write either
        code, stderr = _run(run_cli, sandbox, tmp_path, DUPLICATES, approving_browser)
        assert code == ExitCode.ANSWERS_INVALID, stderr
        assert "signatures.1.pattern" in stderr
        assert "signatures.0" in stderr
        assert sandbox_state(sandbox)["write_counts"] == {}


def test_an_untestable_channel_is_refused_before_any_write(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, approving_browser: dict[str, str]
) -> None:
    text = DUPLICATES.replace('pattern = "DUP.example."', 'pattern = "other.example"').replace(
        "run = false", 'run = true\nchannel = "sms"'
    )
    code, stderr = _run(run_cli, sandbox, tmp_path, text, approving_browser)
    assert code == ExitCode.ANSWERS_INVALID, stderr
    assert "test.channel" in stderr
    assert sandbox_state(sandbox)["write_counts"] == {}
