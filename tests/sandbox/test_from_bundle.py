"""Scenarios built from diagnostics bundles: a customer's setup is reproduced, and a bundle
that is not one (damaged, hostile, from another version) is refused with a clear message.

The bundles here are written the way `services.diagnostics.write_bundle` writes them, with a
customer's own ids (not the sandbox's), so every value must really come from the bundle. The
round trip from a real run (`apply`, `doctor --bundle`, `sandbox --from-bundle`) is in
tests/cli/test_cli_sandbox_from_bundle.py.
"""

from __future__ import annotations

import ast
import copy
import json
import random
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest

from hubspot_setup.sandbox import from_bundle, start_sandbox
from hubspot_setup.sandbox.from_bundle import BundleError, scenario_from_bundle

MANIFEST = {"format": 1, "created_at": "2026-11-30T10:00:00+00:00", "app_version": "0.1.0"}
PORTAL = {
    "id": 44556677,
    "domain": "shop.example",
    "ui_domain": "app-eu1.hubspot.com",
    "service_hub_tier": "enterprise",
}
GRACE = {"owner_id": "512345678", "user_id": 9911, "email": "grace@shop.example",
         "name": "Grace Hopper"}  # fmt: skip
SIGNATURE = {"pattern": "*.nl", "html": "<p>Met vriendelijke groet,<br>Shop</p>", "id": "s1"}


def _progress(**answers: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "prerequisites": {"hubspot_admin": {"status": "passed", "detail": None}},
        "account": {
            "user_email": "grace@shop.example",
            "user_name": "Grace Hopper",
            "organization_id": "org_shop",
            "organization_name": "Shop Support",
            "role": "owner",
            "auth_kind": "browser",
            "credential_ref": "opencx-session:org_shop:usr_1",
        },
        "method": "oauth",
        "connection": {"method": "oauth", "portal": PORTAL, "connected_at": None},
        "sender": GRACE,
        "autopilot": {"email": False, "web": True},
        "signatures": [SIGNATURE],
        "test": None,
    }
    # A deep copy, so a test that spoils one value does not spoil the constants.
    return copy.deepcopy({"schema_version": 1, "mode": "manage", "answers": {**base, **answers}})


def _write(path: Path, members: dict[str, Any]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, value in members.items():
            data = value if isinstance(value, bytes) else json.dumps(value).encode()
            archive.writestr(name, data)
    return path


def _bundle(tmp_path: Path, **overrides: Any) -> Path:
    members: dict[str, Any] = {"manifest.json": MANIFEST, "progress.json": _progress()}
    members.update({name.replace("_", "."): value for name, value in overrides.items()})
    return _write(tmp_path / "customer.zip", {k: v for k, v in members.items() if v is not None})


def test_a_customer_bundle_reproduces_portal_sender_signatures_and_autopilot(
    tmp_path: Path,
) -> None:
    bundle = _bundle(tmp_path)
    with start_sandbox(from_bundle=bundle, time_scale=0.01) as sandbox:
        state = httpx.get(sandbox.state_url, timeout=10, trust_env=False).json()
        owners = httpx.get(
            f"{sandbox.hubspot_api_url}/crm/v3/owners",
            params={"email": "grace@shop.example"},
            headers={"Authorization": f"Bearer {sandbox.legacy_private_app_token}"},
            timeout=10,
            trust_env=False,
        )

    assert state["scenario"] == "bundle-44556677"
    assert "customer.zip" in state["description"]
    assert state["user"]["user"]["email"] == "grace@shop.example"
    assert state["user"]["organization"] == {"id": "org_shop", "name": "Shop Support"}
    assert state["user"]["role"] == "owner"
    assert state["method"] == "oauth"
    # The portal as the contract serves it: observed facts, never the bundle's old tier.
    served = {key: value for key, value in PORTAL.items() if key != "service_hub_tier"}
    assert state["portal"] == {**served, "account_type": "standard", "data_hosting_location": "eu1"}
    assert state["sender"] == {
        "owner_id": "512345678",
        "user_id": 9911,
        "email": "grace@shop.example",
        "first_name": "Grace",
        "last_name": "Hopper",
    }
    assert state["autopilot"] == {
        "email": False, "web": True, "sms": True, "whatsapp": True, "phone": True,
    }  # fmt: skip
    assert [(r["pattern"], r["html"]) for r in state["signatures"]] == [("*.nl", SIGNATURE["html"])]
    assert state["owners_count"] == 6
    assert owners.status_code == 200, owners.text
    assert [owner["id"] for owner in owners.json()["results"]] == ["512345678"]


def test_integration_json_wins_over_saved_progress(tmp_path: Path) -> None:
    # doctor's integration.json is what the backend reported; progress may be older.
    backend = {
        "connection": {"method": "legacy", "portal": {**PORTAL, "service_hub_tier": None}},
        "sender": None,
        "default_user_id": "9911",
        "autopilot": {"email": True},
        "signatures": [],
    }
    scenario = scenario_from_bundle(_bundle(tmp_path, integration_json=backend))
    assert scenario.integration.method == "legacy"
    assert scenario.integration.default_user_id == "9911"
    assert scenario.integration.sender_owner_id is None
    assert scenario.hubspot.portals[0].service_hub_tier == "none"  # reported as no tier
    assert scenario.autopilot[from_bundle.Channel.EMAIL] is True
    assert scenario.signatures == ()


def test_the_last_checklist_and_legacy_facts_become_scenario_knobs(tmp_path: Path) -> None:
    progress = _progress(
        method="legacy",
        connection={"method": "legacy", "portal": PORTAL},
        sender=None,
        prerequisites={"hubspot_admin": {"status": "failed"}},
        legacy={
            "granted_scopes": ["oauth", "tickets"],
            "default_user_id": "9911",
            "default_user": GRACE,
        },
    )
    stalled = {
        "channel": "email",
        "checks": {"conversation_in_hubspot": "passed", "opencx_session": "stalled"},
        "skipped": False,
    }
    scenario = scenario_from_bundle(
        _bundle(tmp_path, progress_json=progress, checklist_json=stalled)
    )
    assert scenario.failures.legacy_webhook_fails is True
    assert scenario.failures.ai_reply_fails is False
    assert scenario.hubspot.legacy_token_scopes == ("oauth", "tickets")
    assert scenario.hubspot.portals[0].user_is_admin is False
    assert scenario.integration.default_user_id == "9911"
    assert [t.owner_id for t in scenario.hubspot.teammates] == ["512345678"]


def test_an_ai_reply_stall_with_autopilot_off_is_not_a_reply_failure(tmp_path: Path) -> None:
    # Email has Autopilot off in the base progress: the stall is explained by that alone.
    stall = {"channel": "email", "checks": {"ai_reply_posted": "stalled"}}
    assert not scenario_from_bundle(_bundle(tmp_path, checklist_json=stall)).failures.ai_reply_fails
    web = {"channel": "web", "checks": {"ai_reply_posted": "stalled"}}
    assert scenario_from_bundle(_bundle(tmp_path, checklist_json=web)).failures.ai_reply_fails


def test_a_bundle_from_before_connecting_gives_a_not_connected_portal(tmp_path: Path) -> None:
    progress = _progress(connection=None, sender=None, account=None)
    scenario = scenario_from_bundle(_bundle(tmp_path, progress_json=progress))
    assert scenario.name == "bundle"
    assert scenario.integration.method is None
    assert scenario.opencx.role == "admin"  # unknown account: the healthy default


def test_only_the_named_members_are_read_and_nothing_is_extracted(tmp_path: Path) -> None:
    bundle = tmp_path / "in" / "customer.zip"
    bundle.parent.mkdir()
    bomb = b"\0" * (from_bundle.MAX_MEMBER_BYTES * 4)
    _write(
        bundle,
        {
            "manifest.json": MANIFEST,
            "progress.json": _progress(),
            "../../escaped.json": _progress(),
            "/tmp/absolute.json": b"x",
            "log.txt": bomb,  # never opened, so its size does not matter
        },
    )
    before = sorted(tmp_path.rglob("*"))
    assert scenario_from_bundle(bundle).integration.method == "oauth"
    assert sorted(tmp_path.rglob("*")) == before
    assert not Path("/tmp/absolute.json").exists()


def _hostile(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "customer.zip"
    progress = _progress()
    if kind == "not_a_zip":
        path.write_text("PK? no, a shopping list\n", encoding="utf-8")
    elif kind == "missing_progress":
        _write(path, {"manifest.json": MANIFEST, "log.txt": b"hello"})
    elif kind == "member_bomb":
        _write(path, {"manifest.json": MANIFEST,
                      "progress.json": b" " * (from_bundle.MAX_MEMBER_BYTES + 1)})  # fmt: skip
    elif kind == "wrong_type":
        progress["answers"]["connection"]["portal"]["id"] = "44556677"
        _write(path, {"manifest.json": MANIFEST, "progress.json": progress})
    elif kind == "not_json":
        _write(path, {"manifest.json": MANIFEST, "progress.json": b"{'python': True}"})
    elif kind == "deep_json":
        _write(path, {"manifest.json": MANIFEST, "progress.json": b"[" * 100_000})
    elif kind == "not_utf8":
        _write(path, {"manifest.json": MANIFEST, "progress.json": "{}".encode("utf-16")})
    elif kind == "other_format":
        _write(path, {"manifest.json": {"format": 2}, "progress.json": progress})
    elif kind == "unknown_tier":
        progress["answers"]["connection"]["portal"]["service_hub_tier"] = "galactic"
        _write(path, {"manifest.json": MANIFEST, "progress.json": progress})
    elif kind == "bad_signature":
        progress["answers"]["signatures"] = [{"pattern": "http://x", "html": "<p>x</p>"}]
        _write(path, {"manifest.json": MANIFEST, "progress.json": progress})
    elif kind == "encrypted":
        # zipfile cannot encrypt, so set the "encrypted" flag in the central directory.
        raw = _write(path, {"manifest.json": MANIFEST, "progress.json": progress}).read_bytes()
        entry = raw.index(b"PK\x01\x02", raw.index(b"PK\x01\x02") + 4)  # the second entry
        flags = int.from_bytes(raw[entry + 8 : entry + 10], "little") | 0x1
        path.write_bytes(raw[: entry + 8] + flags.to_bytes(2, "little") + raw[entry + 10 :])
    elif kind == "duplicate":
        _write(path, {"manifest.json": MANIFEST, "progress.json": progress})
        with (
            pytest.warns(UserWarning, match="Duplicate name"),
            zipfile.ZipFile(path, "a") as archive,
        ):
            archive.writestr("progress.json", json.dumps(_progress(connection=None)))
    elif kind == "many_members":
        _write(path, {f"m{i}.txt": b"" for i in range(from_bundle.MAX_MEMBERS + 1)})
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("not_a_zip", "is not a zip file"),
        ("missing_progress", "it has no progress.json"),
        ("member_bomb", "progress.json in customer.zip is larger than 2 MB"),
        ("wrong_type", "progress.json in customer.zip is not valid: answers.connection.portal.id"),
        ("not_json", "progress.json in customer.zip is not valid"),
        ("deep_json", "progress.json in customer.zip is not valid"),
        ("not_utf8", "is not UTF-8 text"),
        ("other_format", "format 2"),
        ("unknown_tier", "unknown Service Hub tier 'galactic'"),
        ("bad_signature", "can run: signature pattern 'http://x': Leave out http://"),
        ("encrypted", "progress.json in customer.zip is encrypted"),
        ("duplicate", "lists progress.json twice"),
        ("many_members", "has 101 files"),
    ],
)
def test_a_bundle_that_is_not_one_is_refused_clearly(
    tmp_path: Path, kind: str, message: str
) -> None:
    with pytest.raises(BundleError) as refused:
        scenario_from_bundle(_hostile(tmp_path, kind))
    assert message in str(refused.value)
    assert "Traceback" not in str(refused.value)


def test_a_file_too_large_to_be_a_bundle_is_not_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _bundle(tmp_path)
    monkeypatch.setattr(from_bundle, "MAX_BUNDLE_BYTES", bundle.stat().st_size - 1)
    with pytest.raises(BundleError, match="a diagnostics bundle is at most"):
        scenario_from_bundle(bundle)
    with pytest.raises(BundleError, match="Cannot read the bundle"):
        scenario_from_bundle(tmp_path / "absent.zip")


def test_damaged_bundles_are_refused_or_read_never_crash(tmp_path: Path) -> None:
    # Seeded, so a failure repeats: truncations and flipped bytes anywhere in a real bundle.
    original = _bundle(tmp_path).read_bytes()
    damaged = tmp_path / "damaged.zip"
    rng = random.Random(20261130)
    outcomes = {"refused": 0, "read": 0}
    for _ in range(400):
        data = bytearray(original)
        if rng.random() < 0.3:
            del data[rng.randrange(len(data)) :]
        else:
            for _ in range(rng.randint(1, 6)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        damaged.write_bytes(bytes(data))
        try:
            scenario_from_bundle(damaged)
        except BundleError:
            outcomes["refused"] += 1
        else:
            outcomes["read"] += 1
    assert outcomes["refused"] > 200  # most damage is noticed (CRC, headers, JSON)


def _sandbox_command(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hubspot_setup", "sandbox", *args],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def test_the_command_refuses_a_bad_bundle_with_exit_code_2(tmp_path: Path) -> None:
    result = _sandbox_command("--from-bundle", str(_hostile(tmp_path, "wrong_type")))
    assert result.returncode == 2
    assert "The sandbox could not start: progress.json in customer.zip is not valid" in (
        result.stderr
    )
    assert "Traceback" not in result.stderr
    both = _sandbox_command("--scenario", "default", "--from-bundle", "x.zip")
    assert both.returncode == 2
    assert "not allowed with argument" in both.stderr


def test_the_sandbox_reads_bundles_without_the_assistants_own_code() -> None:
    # Its own room: it shares the wire contract (and flow's pure constants), not services/gui.
    package = Path(from_bundle.__file__).parent
    imported: set[str] = set()
    for source in package.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(alias.name for alias in node.names)
    assert "hubspot_setup.sandbox.from_bundle" in imported  # the scan sees the package
    forbidden = ("hubspot_setup.services", "hubspot_setup.gui", "hubspot_setup.cli")
    assert not {name for name in imported if name.startswith(forbidden)}


def test_a_bundle_after_an_expected_skip_and_the_ticket_check_still_loads(tmp_path: Path) -> None:
    """Issue 14: checklist.json may hold `skipped` checks, the sixth check and their causes."""
    checklist = {
        "channel": "email",
        "checks": {"ai_reply_posted": "skipped", "handoff_ticket": "passed"},
        "causes": {"ai_reply_posted": "handoff_topic"},
        "details": {"ai_reply_posted": {"topic": "Order questions"}},
    }
    scenario = scenario_from_bundle(_bundle(tmp_path, checklist_json=checklist))
    assert not scenario.failures.ai_reply_fails
