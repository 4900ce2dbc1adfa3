"""The progress saver: the newest state reaches the disk, off the caller's thread, in few writes."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

import pytest

from hubspot_setup.flow.answers import Prerequisite
from hubspot_setup.flow.changes import confirm_prerequisite
from hubspot_setup.flow.state import WizardState
from hubspot_setup.services.file_writes import LocalFileError
from hubspot_setup.services.progress import FileProgressStore
from hubspot_setup.services.progress_saver import ProgressSaver


class RecordingStore:
    """A real progress file that records which thread wrote each state, and can be slow."""

    def __init__(self, folder: Path, delay_s: float = 0.0) -> None:
        self.file = FileProgressStore(folder)
        self.delay_s = delay_s
        self.written: list[tuple[WizardState, str]] = []
        self.fail = False
        self.raise_instead: OSError | None = None

    def save(self, state: WizardState) -> None:
        time.sleep(self.delay_s)
        if self.fail:
            raise PermissionError("read-only folder")
        if self.raise_instead is not None:
            raise self.raise_instead
        self.file.save(state)
        self.written.append((state, threading.current_thread().name))


def states(count: int) -> list[WizardState]:
    """`count` different states, as ticking prerequisites one by one gives them."""
    state = WizardState()
    made = []
    for index in range(count):
        item = list(Prerequisite)[index % len(Prerequisite)]
        state = confirm_prerequisite(state, item, index // len(Prerequisite) % 2 == 0)
        made.append(state)
    return made


async def test_a_burst_of_changes_is_written_once_off_the_callers_thread(tmp_path: Path) -> None:
    store = RecordingStore(tmp_path, delay_s=0.5)  # a slow disk: a write in save() would show
    saver = ProgressSaver(store, quiet_s=0.05)
    burst = states(6)
    for state in burst:
        saver.save(state)
    assert store.written == []  # save() only marks the state dirty
    await saver.aclose()
    assert [state for state, _ in store.written] == [burst[-1]]
    assert store.written[0][1] == "progress-saver"
    assert store.file.load().state == burst[-1]


async def test_flush_writes_at_once_and_waits_for_the_disk(tmp_path: Path) -> None:
    store = RecordingStore(tmp_path, delay_s=0.2)
    saver = ProgressSaver(store, quiet_s=60)  # without flush nothing would be written now
    state = states(1)[0]
    saver.save(state)
    started = time.perf_counter()
    await saver.flush()
    assert 0.15 < time.perf_counter() - started < 5
    assert store.file.load().state == state
    await saver.flush()  # nothing pending: returns at once
    assert len(store.written) == 1
    await saver.aclose()


async def test_a_steady_stream_of_changes_is_still_written(tmp_path: Path) -> None:
    store = RecordingStore(tmp_path)
    saver = ProgressSaver(store, quiet_s=0.1, max_delay_s=0.2)
    for state in states(12):  # never quiet for 0.1 s, for 0.6 s
        saver.save(state)
        await asyncio.sleep(0.05)
    assert store.written  # the longest delay passed: written without waiting for quiet
    await saver.aclose()


async def test_a_failed_write_is_logged_and_does_not_stop_the_window(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = RecordingStore(tmp_path)
    store.fail = True
    saver = ProgressSaver(store, quiet_s=0.01)
    first, second = states(2)
    saver.save(first)
    await saver.flush()  # returns: the admin's next backend step is not blocked
    assert "Progress could not be saved: PermissionError" in caplog.text
    store.fail = False
    saver.save(second)
    await saver.aclose()
    assert store.file.load().state == second
    assert not any(thread.name == "progress-saver" for thread in threading.enumerate())


async def test_the_window_hears_once_when_background_writes_start_failing(
    tmp_path: Path,
) -> None:
    """A full disk mid-session: one sentence for the admin, again only after a recovery."""
    store = RecordingStore(tmp_path)
    saver = ProgressSaver(store, quiet_s=0.01)
    heard: list[str] = []
    saver.on_failure(heard.append)
    broken = LocalFileError("Your progress cannot be saved in /full.", tmp_path)
    store.raise_instead = broken
    one, two, three, four = states(4)
    for state in (one, two):
        saver.save(state)
        await saver.flush()
    await asyncio.sleep(0)  # the report arrives through the loop
    assert heard == ["Your progress cannot be saved in /full."]
    store.raise_instead = None
    saver.save(three)
    await saver.flush()
    store.raise_instead = broken
    saver.save(four)
    await saver.flush()
    await asyncio.sleep(0)
    assert len(heard) == 2
    await saver.aclose()


def test_commands_write_at_once_and_hear_of_a_failure(tmp_path: Path) -> None:
    store = RecordingStore(tmp_path)
    saver = ProgressSaver(store, background=False)
    state = states(1)[0]
    saver.save(state)
    assert store.written == [(state, threading.current_thread().name)]
    store.fail = True
    with pytest.raises(PermissionError):
        saver.save(states(2)[1])
