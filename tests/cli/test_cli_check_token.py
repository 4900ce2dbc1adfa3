"""`hubspot check-token` against the sandbox's HubSpot: the token from standard input or the
environment, never from the command line."""

from __future__ import annotations

import json
from collections.abc import Callable

from cli_support import RunCli, sandbox_state

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.flow.guide import LEGACY_REQUIRED_SCOPES
from hubspot_setup.sandbox.server import RunningSandbox


def test_a_good_token_from_stdin_shows_portal_scopes_and_teammates(
    sandbox: RunningSandbox, run_cli: RunCli
) -> None:
    token = sandbox_state(sandbox)["legacy_private_app_token"]
    args = ("hubspot", "check-token", "--hubspot-api-url", sandbox.hubspot_api_url)
    result = run_cli(*args, stdin=token + "\n")
    assert result.code == ExitCode.OK, result.stderr
    assert "Portal: 1020304" in result.stdout
    assert "Every required scope is granted." in result.stdout
    assert "Ada Lovelace <ada@acme.test>" in result.stdout
    assert token not in result.stdout + result.stderr

    as_json = run_cli(*args, "--json", env={"HUBSPOT_PRIVATE_APP_TOKEN": token})
    data = json.loads(as_json.stdout)
    assert set(LEGACY_REQUIRED_SCOPES) <= set(data["granted_scopes"])
    assert data["missing_scopes"] == []
    assert 1 <= len(data["teammates"]) <= 5


def test_a_token_missing_a_scope_exits_non_zero(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli
) -> None:
    sandbox = sandbox_factory("token-missing-scope")
    token = sandbox_state(sandbox)["legacy_private_app_token"]
    result = run_cli(
        "hubspot", "check-token", "--hubspot-api-url", sandbox.hubspot_api_url, "--json",
        env={"HUBSPOT_PRIVATE_APP_TOKEN": token},
    )  # fmt: skip
    assert result.code == ExitCode.HUBSPOT_REFUSED
    assert json.loads(result.stdout)["missing_scopes"] == ["conversations.write"]


def test_no_token_or_a_refused_one(sandbox: RunningSandbox, run_cli: RunCli) -> None:
    args = ("hubspot", "check-token", "--hubspot-api-url", sandbox.hubspot_api_url)
    nothing = run_cli(*args)
    assert nothing.code == ExitCode.SECRET_MISSING
    assert "HUBSPOT_PRIVATE_APP_TOKEN" in nothing.stderr
    unknown = "pat-na1-00000000-0000-0000-0000-000000000000"
    refused = run_cli(*args, stdin=unknown)
    assert refused.code == ExitCode.HUBSPOT_REFUSED
    assert "HubSpot does not accept this token" in refused.stderr
    assert unknown not in refused.stderr
