"""`services.diagnostics.write_bundle` on its own: what goes in, and what never does."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

from hubspot_setup.flow.answers import Answers, ChecklistOutcome
from hubspot_setup.flow.state import WizardState
from hubspot_setup.services.diagnostics import (
    BundleContents,
    last_log_lines,
    settings_without_secrets,
    write_bundle,
)
from hubspot_setup.services.settings import Settings

# Shaped like nothing the log filter knows, so only the known-secrets scrub can catch it.
ODD_SECRET = "s3cr3t-session-Zq8xW2vB7nM4"


def _read(bundle: Path) -> dict[str, str]:
    with zipfile.ZipFile(bundle) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_known_secrets_and_secret_shapes_are_removed_from_every_member(tmp_path: Path) -> None:
    log = tmp_path / "app.log"
    log.write_text(
        "GET /v1/me Authorization: Bearer abc.def.ghi\n"
        "token check for pat-na1-11111111-2222-3333-4444-555555555555\n"
        f"session {ODD_SECRET} restored\n",
        encoding="utf-8",
    )
    contents = BundleContents(
        state=WizardState(),
        settings={"opencx_url": "https://api.open.cx", "api_key": "ocx_key_x"},
        answers_toml=f'# note: {ODD_SECRET}\nmethod = "oauth"\n',
        log_files=(log,),
    )
    bundle = write_bundle(tmp_path / "b.zip", contents, known_secrets=[ODD_SECRET])

    members = _read(bundle)
    everything = "\n".join(members.values())
    assert ODD_SECRET not in everything
    assert "pat-na1-1111" not in everything
    assert "abc.def.ghi" not in everything
    assert "ocx_key_x" not in everything
    assert "[redacted]" in members["log.txt"]
    assert "GET /v1/me" in members["log.txt"]
    assert json.loads(members["settings.json"]) == {"opencx_url": "https://api.open.cx"}
    manifest = json.loads(members["manifest.json"])
    assert set(manifest["members"]) == set(members) - {"manifest.json"}
    assert not (tmp_path / "b.zip.partial").exists()


def test_versions_system_progress_and_the_last_checklist_are_included(tmp_path: Path) -> None:
    outcome = ChecklistOutcome(run_id="run_1", finished_at=datetime(2026, 11, 30, tzinfo=UTC))
    state = WizardState(answers=Answers(test=outcome))
    bundle = write_bundle(
        tmp_path / "b.zip",
        BundleContents(state=state, settings=Settings(), doctor_report={"findings": []}),
    )
    members = _read(bundle)
    versions = json.loads(members["versions.json"])
    assert versions["python"]
    assert "pydantic" in versions
    assert json.loads(members["system.json"])["system"]
    assert WizardState.from_json(members["progress.json"]) == state
    assert json.loads(members["checklist.json"])["run_id"] == "run_1"
    assert json.loads(members["doctor.json"]) == {"findings": []}
    assert json.loads(members["settings.json"])["opencx_url"] == "https://api.open.cx"


def test_only_the_last_log_lines_are_kept(tmp_path: Path) -> None:
    older, newer = tmp_path / "a.log.1", tmp_path / "a.log"
    older.write_text("".join(f"old {i}\n" for i in range(5)), encoding="utf-8")
    newer.write_text("".join(f"new {i}\n" for i in range(5)), encoding="utf-8")
    assert last_log_lines([older, newer], 3) == "new 2\nnew 3\nnew 4\n"
    assert "could not read" in last_log_lines([tmp_path / "missing.log"], 10)


def test_settings_keys_that_name_a_credential_are_left_out() -> None:
    kept = settings_without_secrets(
        {"opencx_url": "u", "refresh_token": "x", "Password": "y", "proxy": ["a"]}
    )
    assert kept == {"opencx_url": "u", "proxy": ["a"]}
    assert settings_without_secrets(None) == {}
