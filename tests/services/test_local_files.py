"""The one door for saving files, the writer lock, and unusable local files (issue 16 items
3, 4, 5): real files, folders, links, FIFOs and processes, no mocks."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from hubspot_setup.flow.state import WizardState
from hubspot_setup.services.diagnostics import BundleContents, write_bundle
from hubspot_setup.services.file_writes import LocalFileError, check_writable, write_file
from hubspot_setup.services.logs import close_logging, setup_logging
from hubspot_setup.services.progress import CORRUPT_NOTICE, FileProgressStore
from hubspot_setup.services.settings import SettingsError, read_settings_file
from hubspot_setup.services.writer_lock import Writer, WriterBusy, WriterLock


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


# -- item 3: written safely ---------------------------------------------------------------


def test_a_bundle_never_writes_through_a_planted_partial_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.write_text("precious", encoding="utf-8")
    (tmp_path / "b.zip.partial").symlink_to(victim)
    bundle = write_bundle(tmp_path / "b.zip", BundleContents(state=WizardState()))
    assert victim.read_text(encoding="utf-8") == "precious"
    assert zipfile.is_zipfile(bundle)
    assert _mode(bundle) == 0o600


def test_a_partial_someone_else_left_does_not_decide_the_result(tmp_path: Path) -> None:
    # A `.partial` the writer cannot open (another user's, here a read-only file) used to
    # fail the export, or make the final file theirs; it is not used at all now.
    stale = tmp_path / "answers.toml.partial"
    stale.write_text("theirs", encoding="utf-8")
    stale.chmod(0o444)
    target = tmp_path / "answers.toml"
    target.symlink_to(tmp_path / "elsewhere")
    write_file(target, 'method = "oauth"\n')
    assert not target.is_symlink()  # the link itself was replaced, not written through
    assert not (tmp_path / "elsewhere").exists()
    assert target.read_text(encoding="utf-8") == 'method = "oauth"\n'
    assert _mode(target) == 0o600
    assert stale.read_text(encoding="utf-8") == "theirs"


def test_folders_are_created_owner_only_and_own_folders_are_tightened(tmp_path: Path) -> None:
    bundle = write_bundle(tmp_path / "new" / "b.zip", BundleContents())
    assert _mode(bundle.parent) == 0o700
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    FileProgressStore(data).save(WizardState())
    assert _mode(data) == 0o700
    assert _mode(data / "progress.json") == 0o600


def test_the_log_is_owner_only_and_never_followed(tmp_path: Path) -> None:
    logs = tmp_path / "log"
    logs.mkdir(mode=0o755)
    logs.chmod(0o755)
    old = logs / "hubspot-setup.log"
    old.write_text("from an older version\n", encoding="utf-8")
    old.chmod(0o644)
    handler = setup_logging(logs)
    close_logging(handler)
    assert _mode(old) == 0o600
    assert _mode(logs) == 0o700

    victim = tmp_path / "victim"
    victim.write_text("precious\n", encoding="utf-8")
    old.unlink()
    old.symlink_to(victim)
    handler = setup_logging(logs)
    try:
        import logging

        logging.getLogger("hubspot_setup.test").warning("a line")
    finally:
        close_logging(handler)
    assert victim.read_text(encoding="utf-8") == "precious\n"
    assert not old.is_symlink()
    assert "a line" in old.read_text(encoding="utf-8")
    assert (logs / "hubspot-setup.log.link-set-aside").is_symlink()


# -- item 5: broken progress and settings files ------------------------------------------


def _damage(path: Path, how: str) -> None:
    if how == "folder":
        path.mkdir()
        (path / "inside").write_text("x", encoding="utf-8")
    elif how == "not_utf8":
        path.write_bytes(b'{"format": "opencx-hubspot-setup/progress", "x": "\xff\xfe"}')
    elif how == "nested":
        path.write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    elif how == "fifo":
        os.mkfifo(path)
    elif how == "huge":
        with path.open("wb") as handle:
            handle.truncate(5 * 1024 * 1024)
    elif how == "dev_zero":
        path.symlink_to("/dev/zero")


@pytest.mark.parametrize("how", ["folder", "not_utf8", "nested", "fifo", "huge", "dev_zero"])
def test_a_broken_progress_file_gives_a_clean_start_and_is_kept_aside(
    tmp_path: Path, how: str
) -> None:
    store = FileProgressStore(tmp_path)
    _damage(store.path, how)
    loaded = store.load()
    assert loaded.state is None
    assert loaded.notice == CORRUPT_NOTICE.text()
    assert not store.path.exists()
    assert not store.path.is_symlink()
    aside = tmp_path / "progress.unreadable.json"
    assert aside.exists() or aside.is_symlink()
    store.save(WizardState())  # and the next save works
    assert store.load().state == WizardState()


def test_a_second_unreadable_folder_gets_a_dated_name(tmp_path: Path) -> None:
    store = FileProgressStore(tmp_path)
    (tmp_path / "progress.unreadable.json").write_text("older", encoding="utf-8")
    store.path.mkdir()
    assert store.load().notice == CORRUPT_NOTICE.text()
    assert not store.path.exists()
    dated = [p for p in tmp_path.iterdir() if p.name.startswith("progress.unreadable-")]
    assert len(dated) == 1
    assert dated[0].is_dir()


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("folder", "is not a file"),
        ("not_utf8", "is not UTF-8 text"),
        ("nested", "is nested too deeply"),
        ("fifo", "is not a file"),
        ("huge", "is too large"),
        ("dev_zero", "is not a file"),
    ],
)
def test_a_broken_settings_file_is_one_sentence(tmp_path: Path, how: str, words: str) -> None:
    path = tmp_path / "settings.toml"
    _damage(path, how)
    if how == "nested":
        path.write_text("a = " + "[" * 20_000 + "]" * 20_000, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        read_settings_file(path)
    assert str(caught.value).startswith(f"The settings file {path} {words}")
    assert path.exists() or path.is_symlink()  # the admin's own file: never moved


def test_a_file_in_the_way_of_the_data_folder_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    store = FileProgressStore(blocker)
    with pytest.raises(LocalFileError) as caught:
        store.check_writable()
    assert (
        caught.value.sentence
        == f"The folder {blocker} cannot be written: a file is in the way of it."
    )
    with pytest.raises(LocalFileError):
        store.save(WizardState())
    with pytest.raises(LocalFileError, match="cannot be written"):
        setup_logging(blocker / "log")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_one_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LocalFileError) as caught:
            check_writable(folder)
        assert (
            caught.value.sentence
            == f"The folder {folder} cannot be written: it is read-only for you."
        )
        assert _mode(folder) == 0o500  # tightening never makes a folder writable
    finally:
        folder.chmod(0o700)


# -- item 4: one writer at a time ----------------------------------------------------------


def test_a_second_writer_is_told_who_holds_the_lock(tmp_path: Path) -> None:
    with WriterLock(tmp_path) as window:
        window.acquire(Writer.WINDOW)
        with pytest.raises(WriterBusy) as caught:
            WriterLock(tmp_path).acquire(Writer.APPLY)
        assert str(caught.value) == "The setup window is open; close it or wait."
        # Another profile (another settings folder) is not in the way.
        with WriterLock(tmp_path / "other-profile") as other:
            other.acquire(Writer.WINDOW)
    assert _mode(tmp_path / "writer.lock") == 0o600
    with WriterLock(tmp_path) as again:  # released: the next writer goes ahead
        again.acquire(Writer.APPLY)
        with pytest.raises(WriterBusy) as caught:
            WriterLock(tmp_path).acquire(Writer.WINDOW)
        assert caught.value.holder.pid == os.getpid()
        assert "apply" in str(caught.value)


HOLD_LOCK = """
import sys, time
from pathlib import Path
from hubspot_setup.services.writer_lock import Writer, WriterLock
WriterLock(Path(sys.argv[1])).acquire(Writer.APPLY)
print("held", flush=True)
time.sleep(60)
"""


def test_the_lock_goes_when_its_holder_is_killed(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WriterBusy) as caught:
            WriterLock(tmp_path).acquire(Writer.WINDOW)
        assert caught.value.holder.pid == holder.pid
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        if holder.stdout is not None:
            holder.stdout.close()
    with WriterLock(tmp_path) as lock:
        lock.acquire(Writer.WINDOW)  # no stale lock after a crash
        assert (
            json.loads((tmp_path / "writer.lock").read_text(encoding="utf-8"))["writer"] == "window"
        )
