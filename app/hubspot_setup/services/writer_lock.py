"""One writer at a time: the setup window and `apply` share one per-user lock.

Two writers at once race on the backend (one ends with a raw conflict, a setting can be written
twice) and on the saved progress. The lock is an OS file lock (`flock` on POSIX, `msvcrt.locking`
on Windows) on a file in the settings folder, so it is per user and per settings folder (another
HOME or XDG_CONFIG_HOME is another profile, with its own lock) and the OS releases it when the
holding process dies, however it dies. The holder writes who it is into the file, so the second
writer can say plainly who holds it. Read-only commands never take it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from hubspot_setup.flow.words import translate
from hubspot_setup.services.file_writes import PRIVATE_FILE, folder_error, private_folder
from hubspot_setup.services.settings import config_dir

LOCK_FILE = "writer.lock"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_BINARY = getattr(os, "O_BINARY", 0)
# Windows locks byte ranges, and a locked range cannot be read: lock one byte far past the
# holder's note so the note stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20


class Writer(StrEnum):
    WINDOW = "window"
    APPLY = "apply"


@dataclass(frozen=True)
class Holder:
    writer: Writer | None  # None: an unknown or unreadable note
    pid: int | None = None

    @property
    def sentence(self) -> str:
        """Who holds the lock and what to do, in one plain sentence."""
        if self.writer is Writer.WINDOW:
            return translate("services.writer_lock", "The setup window is open; close it or wait.")
        if self.writer is Writer.APPLY and self.pid:
            return translate(
                "services.writer_lock",
                'Another "apply" command is running (process %1); wait for it to finish.',
            ).arg(str(self.pid))  # a process id, not a quantity: no thousands separator
        if self.writer is Writer.APPLY:
            return translate(
                "services.writer_lock", 'Another "apply" command is running; wait for it to finish.'
            )
        return translate(
            "services.writer_lock", "Another setup is running for your user; wait for it to finish."
        )


class WriterBusy(Exception):
    """Someone else holds the lock."""

    def __init__(self, holder: Holder) -> None:
        super().__init__(holder.sentence)
        self.holder = holder


class WriterLock:
    """`acquire(Writer.APPLY)` or raise `WriterBusy`; held until `release()` or the process
    ends. Never waits. A folder that cannot hold the lock is a `LocalFileError`."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config_dir()
        self.path = self.folder / LOCK_FILE
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self, writer: Writer) -> None:
        if self._fd is not None:
            return
        private_folder(self.folder)
        # O_CLOEXEC: a browser or helper the window starts must not inherit (and keep) the lock.
        flags = os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC | _BINARY
        try:
            fd = os.open(self.path, flags, PRIVATE_FILE)
        except OSError as error:
            raise folder_error(self.folder, error) from error
        try:
            locked = _try_lock(fd)
        except OSError as error:  # a file system without locks
            os.close(fd)
            raise folder_error(self.folder, error) from error
        if not locked:
            holder = _read_holder(fd)
            os.close(fd)
            raise WriterBusy(holder)
        note = {"writer": writer.value, "pid": os.getpid(), "since": datetime.now(UTC).isoformat()}
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(note).encode())
        self._fd = fd

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # no stale note for the next reader
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _read_holder(fd: int) -> Holder:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096) or b"{}")
        writer = Writer(data["writer"])
        pid = data.get("pid")
        return Holder(writer, pid if isinstance(pid, int) else None)
    except (OSError, ValueError, KeyError, TypeError):
        # The holder is between taking the lock and writing its note, or wrote something odd.
        return Holder(None)


if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        # flock belongs to the open file, so a second WriterLock in the same process is
        # refused too, and the lock goes when the last descriptor closes (process death).
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
