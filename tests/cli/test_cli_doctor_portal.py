"""`doctor` reports what could be verified about the portal (human and --json), and the
diagnostics bundle carries the same report; none of it ever names a Service Hub tier."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

from cli_support import DOCS, RunCli, connection_args, sandbox_state

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox


def _connect_legacy(sandbox: RunningSandbox, run_cli: RunCli) -> dict[str, str]:
    facts = sandbox_state(sandbox)
    env = {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }
    result = run_cli("apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox), env=env)
    assert result.code == ExitCode.OK, result.stderr
    return env


def test_doctor_reports_a_developer_test_portal_without_naming_a_tier(
    sandbox_factory: Callable[..., RunningSandbox], run_cli: RunCli, tmp_path: Path
) -> None:
    sandbox = sandbox_factory("developer-test-portal")
    env = _connect_legacy(sandbox, run_cli)
    bundle = tmp_path / "bundle.zip"

    result = run_cli(
        "doctor", "--json", "--bundle", str(bundle), *connection_args(sandbox), env=env
    )
    # A test portal and an inactive chat are worth knowing; nothing stops OpenCX answering.
    assert result.code == ExitCode.OK, result.stdout + result.stderr
    findings = {item["check"]: item for item in json.loads(result.stdout)["findings"]}
    assert findings["portal.portal_type"]["level"] == "info"
    assert "developer test account" in findings["portal.portal_type"]["summary"]
    assert findings["portal.region"]["summary"] == "Data hosted in: Europe (eu1)."
    assert findings["portal.permissions"]["level"] == "ok"
    assert findings["portal.help_desk"]["summary"] == "A help desk is in use in this portal."
    assert findings["portal.service_hub"]["summary"].startswith(
        "Service Hub subscription: not checked,"
    )
    inboxes = [
        i["summary"]
        for i in json.loads(result.stdout)["findings"]
        if i["check"] == "portal.inboxes"
    ]
    assert "Inbox: Test chat (inbox): Chat acme-dev.test (inactive)" in inboxes

    with zipfile.ZipFile(bundle) as archive:
        report = json.loads(archive.read("portal_report.json"))
    assert report["gaps"] == 1
    assert {line["topic"] for line in report["lines"]} >= {"portal_type", "region", "inboxes"}

    readable = run_cli("doctor", *connection_args(sandbox), env=env)
    assert "[--] Portal type: a developer test account" in readable.stdout
    assert "[ok] Inbox: Test help desk (help desk): Email support@acme-dev.test" in readable.stdout
    for word in ("Starter", "Professional", "Enterprise"):
        assert f"Service Hub {word}" not in readable.stdout.replace(
            "Service Hub Starter or above", ""
        )
