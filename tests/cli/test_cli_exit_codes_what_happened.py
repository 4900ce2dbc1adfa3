"""Exit codes say what happened (issue 16, item 7): a forged or expired HubSpot approval and an
API key that cannot be one are failed sign-ins (exit code 6) with one plain sentence, never
"cannot be reached" (5) or a fault in the assistant (1) with a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from cli_support import RunCli, connection_args, sandbox_state

from hubspot_setup.cli.exit_codes import ExitCode, exit_code_for_problem
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.errors import OPENCX, problem_from_response

FORGING_BROWSER = Path(__file__).with_name("forging_browser.py")

BY_KEY = """
method = "oauth"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[sender]
email = "ada@acme.test"
[test]
run = false
"""


def _answers(tmp_path: Path) -> str:
    path = tmp_path / "answers.toml"
    path.write_text(BY_KEY, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda key: key[:12] + "\n" + key[12:], id="line break inside"),
        pytest.param(lambda key: key[:12] + "é" + key[12:], id="non-ASCII letter"),
        pytest.param(lambda key: key.replace("_", "\u200b_", 1), id="zero-width space"),
        pytest.param(lambda key: key[:12] + " " + key[12:], id="space inside"),
    ],
)
def test_an_api_key_that_cannot_be_one_is_a_failed_sign_in(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, damage: Callable[[str], str]
) -> None:
    key = sandbox_state(sandbox)["api_key"]
    bad = damage(key)
    result = run_cli(
        "apply", _answers(tmp_path), *connection_args(sandbox), "--json",
        env={"OPENCX_API_KEY": bad},
    )  # fmt: skip
    assert result.code == ExitCode.SIGN_IN_FAILED, result.stderr
    problem = result.json()["problem"]
    assert "copied" in problem["message"]
    assert "reach" not in result.stderr.lower()
    assert key not in result.stderr + result.stdout
    assert sandbox_state(sandbox)["write_counts"] == {}


def test_doctor_says_the_same_for_an_api_key_that_cannot_be_one(
    sandbox: RunningSandbox, run_cli: RunCli
) -> None:
    # doctor reports a failed sign-in as a finding (exit code 11), never as a fault or as
    # OpenCX out of reach.
    key = sandbox_state(sandbox)["api_key"]
    for bad in (key[:10] + "\n" + key[10:], key[:10] + "é" + key[10:]):
        result = run_cli("doctor", *connection_args(sandbox), env={"OPENCX_API_KEY": bad})
        assert result.code == ExitCode.NEEDS_ATTENTION, result.stdout + result.stderr
        assert "This API key was not copied correctly" in result.stdout
        assert "reach" not in (result.stdout + result.stderr).lower()


def test_a_forged_install_result_is_a_failed_sign_in(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path
) -> None:
    env = {
        "OPENCX_API_KEY": sandbox_state(sandbox)["api_key"],
        "BROWSER": f"{sys.executable} {FORGING_BROWSER} %s",
    }
    result = run_cli("apply", _answers(tmp_path), *connection_args(sandbox), "--json", env=env)
    assert result.code == ExitCode.SIGN_IN_FAILED, result.stderr
    problem = result.json()["problem"]
    assert problem["kind"] == "expired"
    assert problem["title"] == "That approval has expired"
    assert "reach" not in result.stderr.lower()
    state = sandbox_state(sandbox)
    assert state["method"] is None


def test_an_expired_install_result_is_a_failed_sign_in() -> None:
    # OpenCX answers a result past its 10 minutes as it answers a forged one (docs/backend-api.md:
    # `400 invalid_state`); the sandbox's clock cannot be moved from here, so the answer itself.
    request = httpx.Request(
        "POST", "https://api.open.cx/v1/integrations/hubspot/oauth/installs/i1/complete"
    )
    body = {"error": {"code": "invalid_state", "message": "This HubSpot approval is expired."}}
    response = httpx.Response(400, json=body, request=request)
    problem = problem_from_response(response, OPENCX).problem
    assert problem.title == "That approval has expired"
    assert exit_code_for_problem(problem) is ExitCode.SIGN_IN_FAILED
