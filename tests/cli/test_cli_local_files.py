"""The commands and this computer's files (issue 16 items 3, 4, 5): written safely, one writer
at a time, and broken or read-only files giving one sentence and a documented exit code."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from cli_support import DOCS, CliResult, RunCli, connection_args, sandbox_state, settings_writes

from hubspot_setup.cli.exit_codes import ExitCode
from hubspot_setup.sandbox.server import RunningSandbox
from hubspot_setup.services.writer_lock import Writer, WriterLock

APP = "opencx-hubspot-setup"


def _secrets(sandbox: RunningSandbox) -> dict[str, str]:
    facts = sandbox_state(sandbox)
    return {
        "OPENCX_API_KEY": facts["api_key"],
        "HUBSPOT_PRIVATE_APP_TOKEN": facts["legacy_private_app_token"],
    }


def _folders(home: Path) -> dict[str, Path]:
    return {
        "config": home / "config" / APP,
        "data": home / "data" / APP,
        "log": home / "state" / APP / "log",
    }


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _read_only_prefix(folder: Path) -> Sequence[str]:
    """Run a command with `folder` read-only: a read-only bind mount in a private mount
    namespace when running as root (root ignores permissions), else plain permissions."""
    if os.geteuid() != 0:
        folder.chmod(0o500)
        return ()
    if shutil.which("unshare") is None:
        pytest.skip("root without unshare: no way to make a folder read-only")
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0"', str(folder)],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        pytest.skip("no private mount namespace here")
    return ("unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0" && exec "$@"', str(folder))


def _run_prefixed(
    prefix: Sequence[str], home: Path, *args: str, env: dict[str, str] | None = None
) -> CliResult:
    base = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
        "LANG": "C.UTF-8",
        "PYTHONWARNINGS": "error",
    }
    completed = subprocess.run(
        [*prefix, sys.executable, "-m", "hubspot_setup", *args],
        env={**base, **(env or {})},
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert "Traceback" not in completed.stderr, completed.stderr
    return CliResult(completed.returncode, completed.stdout, completed.stderr)


def test_bundle_export_and_log_never_write_through_a_planted_link(
    sandbox: RunningSandbox, run_cli: RunCli, tmp_path: Path, cli_home: Path
) -> None:
    env = _secrets(sandbox)
    applied = run_cli(
        "apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox), env=env
    )
    assert applied.code == ExitCode.OK, applied.stderr
    out = tmp_path / "out"
    out.mkdir()
    victims = {name: tmp_path / f"victim-{name}" for name in ("bundle", "export", "log")}
    for victim in victims.values():
        victim.write_text("precious\n", encoding="utf-8")
    # The names the commands used to write through with a plain open.
    (out / "bundle.zip.partial").symlink_to(victims["bundle"])
    (out / "answers.toml.partial").symlink_to(victims["export"])
    log_file = _folders(cli_home)["log"] / "hubspot-setup.log"
    log_file.unlink()
    log_file.symlink_to(victims["log"])

    bundle = run_cli("doctor", "--bundle", str(out / "bundle.zip"), *connection_args(sandbox),
                     env=env)  # fmt: skip
    assert bundle.code == ExitCode.OK, bundle.stderr
    exported = run_cli("export-answers", str(out / "answers.toml"), *connection_args(sandbox),
                       env=env)  # fmt: skip
    assert exported.code == ExitCode.OK, exported.stderr

    for victim in victims.values():
        assert victim.read_text(encoding="utf-8") == "precious\n", victim
    for written in (out / "bundle.zip", out / "answers.toml", log_file):
        assert not written.is_symlink(), written
        assert written.is_file(), written
        assert _mode(written) == 0o600, written  # owner only (the log was 0644)
    assert _mode(_folders(cli_home)["log"]) == 0o700
    assert _mode(_folders(cli_home)["data"] / "progress.json") == 0o600
    assert (log_file.parent / "hubspot-setup.log.link-set-aside").is_symlink()  # kept for support
    # Only the planted links are left besides the results: no temporary file.
    assert sorted(p.name for p in out.iterdir()) == [
        "answers.toml", "answers.toml.partial", "bundle.zip", "bundle.zip.partial",
    ]  # fmt: skip


def test_apply_while_the_window_is_open_stops_before_writing(
    sandbox: RunningSandbox, run_cli: RunCli, cli_home: Path
) -> None:
    env = _secrets(sandbox)
    before = settings_writes(sandbox_state(sandbox)["write_counts"])
    with WriterLock(_folders(cli_home)["config"]) as window:
        window.acquire(Writer.WINDOW)
        refused = run_cli(
            "apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox), "--json",
            env=env,
        )  # fmt: skip
        assert refused.code == ExitCode.BUSY == 12
        assert "The setup window is open; close it or wait." in refused.stderr
        assert refused.json()["problem"]["message"] == "The setup window is open; close it or wait."
        assert settings_writes(sandbox_state(sandbox)["write_counts"]) == before
        # Reading never waits on the lock.
        doctor = run_cli("doctor", "--json", *connection_args(sandbox), env=env)
        assert doctor.code in (ExitCode.OK, ExitCode.NEEDS_ATTENTION), doctor.stderr

    with WriterLock(_folders(cli_home)["config"]) as other_run:
        other_run.acquire(Writer.APPLY)
        refused = run_cli("apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox),
                          env=env)  # fmt: skip
        assert refused.code == ExitCode.BUSY
        assert f'Another "apply" command is running (process {os.getpid()})' in refused.stderr

    # Released: the same run goes through, and another profile was never in the way.
    done = run_cli("apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox), env=env)
    assert done.code == ExitCode.OK, done.stderr


def test_a_read_only_log_folder_is_one_sentence_and_exit_13(
    sandbox: RunningSandbox, cli_home: Path
) -> None:
    log_folder = _folders(cli_home)["log"]
    log_folder.mkdir(parents=True)
    prefix = _read_only_prefix(log_folder)
    result = _run_prefixed(prefix, cli_home, "doctor", *connection_args(sandbox))
    assert result.code == ExitCode.LOCAL_FILES == 13, result.stderr
    assert "A folder on this computer cannot be written" in result.stderr
    assert f"The folder {log_folder} cannot be written" in result.stderr


def test_a_read_only_data_folder_stops_apply_before_any_write(
    sandbox: RunningSandbox, cli_home: Path
) -> None:
    data = _folders(cli_home)["data"]
    data.mkdir(parents=True)
    before = settings_writes(sandbox_state(sandbox)["write_counts"])
    prefix = _read_only_prefix(data)
    result = _run_prefixed(
        prefix, cli_home, "apply", str(DOCS / "answers-legacy.toml"), *connection_args(sandbox),
        env=_secrets(sandbox),
    )  # fmt: skip
    assert result.code == ExitCode.LOCAL_FILES, result.stderr
    assert f"The folder {data} cannot be written" in result.stderr
    assert settings_writes(sandbox_state(sandbox)["write_counts"]) == before


@pytest.mark.parametrize(
    "damage",
    ["folder", "not_utf8", "nested", "fifo"],
)
def test_a_broken_progress_file_gives_a_clean_start(
    sandbox: RunningSandbox, run_cli: RunCli, cli_home: Path, damage: str
) -> None:
    data = _folders(cli_home)["data"]
    data.mkdir(parents=True)
    progress = data / "progress.json"
    if damage == "folder":
        progress.mkdir()
    elif damage == "not_utf8":
        progress.write_bytes(b'{"format": "\xff\xfe"}')
    elif damage == "nested":
        progress.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    else:
        os.mkfifo(progress)
    result = run_cli("doctor", "--json", *connection_args(sandbox), env=_secrets(sandbox))
    assert result.code in (ExitCode.OK, ExitCode.NEEDS_ATTENTION), result.stderr
    assert (data / "progress.unreadable.json").exists()  # kept aside for support
    assert progress.is_file()  # and a fresh one written


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        ("folder", "is not a file"),
        ("not_utf8", "is not UTF-8 text"),
        ("nested", "is nested too deeply"),
        ("fifo", "is not a file"),
    ],
)
def test_a_broken_settings_file_is_one_sentence_and_exit_2(
    run_cli: RunCli, cli_home: Path, damage: str, words: str
) -> None:
    config = _folders(cli_home)["config"]
    config.mkdir(parents=True)
    settings = config / "settings.toml"
    if damage == "folder":
        settings.mkdir()
    elif damage == "not_utf8":
        settings.write_bytes(b'opencx_url = "\xff"\n')
    elif damage == "nested":
        settings.write_text("a = " + "[" * 20_000 + "]" * 20_000, encoding="utf-8")
    else:
        os.mkfifo(settings)
    result = run_cli("doctor")
    assert result.code == ExitCode.USAGE, result.stderr
    assert "A setting cannot be used" in result.stderr
    assert f"The settings file {settings} {words}" in result.stderr
