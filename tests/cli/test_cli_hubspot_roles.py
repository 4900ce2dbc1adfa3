"""`apply` words HubSpot's refusals as the window does (issue 15): a user who may not install
apps is told to ask a super admin or get App Marketplace Access; a portal without Service Hub
is about the portal, never the admin's rights. Both end with exit code 6."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from cli_support import RunCli, connection_args, sandbox_state

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox

ANSWERS = """
method = "oauth"
[opencx]
sign_in = "api_key"
api_key = { env = "OPENCX_API_KEY" }
[test]
run = false
"""
_BARE_ADMIN = re.compile(r"(?<!super )\badmins?\b", re.IGNORECASE)


def _apply(
    scenario: str,
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    tmp_path: Path,
    approving_browser: dict[str, str],
) -> tuple[int, str, dict[str, str]]:
    sandbox = sandbox_factory(scenario)
    answers = tmp_path / "answers.toml"
    answers.write_text(ANSWERS, encoding="utf-8")
    env = {"OPENCX_API_KEY": sandbox_state(sandbox)["api_key"], **approving_browser}
    result = run_cli("apply", str(answers), *connection_args(sandbox), "--json", env=env)
    problem = result.json()["problem"]
    assert sandbox_state(sandbox)["method"] != "oauth"  # nothing was connected
    return result.code, result.stderr, problem


def test_a_user_who_may_not_install_apps(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    tmp_path: Path,
    approving_browser: dict[str, str],
) -> None:
    code, stderr, problem = _apply(
        "hubspot-not-admin", sandbox_factory, run_cli, tmp_path, approving_browser
    )
    assert code == ExitCode.SIGN_IN_FAILED
    assert problem["kind"] == "not_portal_admin"
    assert problem["title"] == "Your HubSpot user may not install apps in that portal"
    assert "App Marketplace Access" in problem["fix"]
    assert "Your HubSpot user may not install apps in that portal" in stderr
    assert "What to do: Ask a super admin of that portal" in stderr
    words = " ".join((problem["title"], problem["message"], problem["fix"]))
    assert _BARE_ADMIN.search(words) is None
    assert "Service Hub" not in words


def test_a_portal_without_service_hub(
    sandbox_factory: Callable[..., RunningSandbox],
    run_cli: RunCli,
    tmp_path: Path,
    approving_browser: dict[str, str],
) -> None:
    code, stderr, problem = _apply(
        "no-service-hub", sandbox_factory, run_cli, tmp_path, approving_browser
    )
    assert code == ExitCode.SIGN_IN_FAILED
    assert problem["kind"] == "app_not_available"
    assert problem["title"] == "That HubSpot portal needs Service Hub"
    assert "That HubSpot portal needs Service Hub" in stderr
    assert "Service Hub Starter or above" in stderr
    words = " ".join((problem["title"], problem["message"], problem["fix"])).lower()
    assert "admin" not in words
    assert "permission" not in words
