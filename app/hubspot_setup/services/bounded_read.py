"""Reading a file someone else named (an answers file, a signature file it names): only a
regular file, never waited on, never read past a bound.

`Path.read_bytes()` on a named pipe waits for a writer that may never come, and on a device
like /dev/zero reads until memory runs out. Here the file is opened without blocking, checked
to be a regular file on the open descriptor (so it cannot be swapped after the check), and
read at most one byte past the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Opening a pipe for reading waits for a writer unless non-blocking; Windows has neither flag.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 64 * 1024


class FileRefused(Exception):
    """The file was not read; `reason` finishes a sentence that starts with its name."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_regular_file(path: Path, limit: int, *, follow_last_link: bool = True) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    Raises FileRefused for anything else: a folder, a pipe, a device, a file larger than
    `limit`, or one that cannot be opened. `follow_last_link=False` also refuses a symbolic
    link as the last part of the path (for a path already resolved by the caller).
    """
    flags = _OPEN_FLAGS | (0 if follow_last_link else getattr(os, "O_NOFOLLOW", 0))
    try:
        # Looked at before opening, so no device is even opened (opening some has effects) ...
        _check(os.stat(path, follow_symlinks=follow_last_link), limit)
        descriptor = os.open(path, flags)
    except OSError as error:
        raise FileRefused(f"cannot be read ({error.strerror or error})") from None
    try:
        # ... and again on what was opened, in case the path was swapped in between.
        _check(os.fstat(descriptor), limit)
        return _read_at_most(descriptor, limit)
    finally:
        os.close(descriptor)


def _check(info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(f"is not a regular file ({_kind(info.st_mode)})")
    if info.st_size > limit:
        raise FileRefused(f"is larger than {_size(limit)}")


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    # The file can grow while it is read; stop one byte past the limit whatever happens.
    while total <= limit:
        try:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
        except OSError as error:
            raise FileRefused(f"cannot be read ({error.strerror or error})") from None
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise FileRefused(f"is larger than {_size(limit)}")
    return b"".join(chunks)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return "not a plain file"


def _size(limit: int) -> str:
    return f"{limit // 1024} KiB" if limit >= 1024 else f"{limit} bytes"
