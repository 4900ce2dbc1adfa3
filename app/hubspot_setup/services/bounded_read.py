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
from enum import Enum
from pathlib import Path

from hubspot_setup.flow.words import PLURAL, QT_TRANSLATE_NOOP, translate

# Opening a pipe for reading waits for a writer unless non-blocking; Windows has neither flag.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 64 * 1024


class Refusal(Enum):
    UNREADABLE = "unreadable"
    NOT_A_FILE = "not_a_file"
    TOO_LARGE = "too_large"


class FileRefused(Exception):
    """The file was not read. `reason` (English, for the log) finishes a sentence that starts
    with its name; `about(name)` is that whole sentence in the admin's language."""

    def __init__(self, kind: Refusal, detail: str, limit: int) -> None:
        self.kind = kind
        self.detail = detail  # the OS's error text, or what the path is instead of a file
        self.limit = limit
        if kind is Refusal.UNREADABLE:
            reason = f"cannot be read ({detail})"
        elif kind is Refusal.NOT_A_FILE:
            reason = f"is not a regular file ({_KIND_WORDS[detail].source})"
        else:
            reason = f"is larger than {_size(limit)}"
        super().__init__(reason)
        self.reason = reason

    def about(self, name: str) -> str:
        """`name` and why it was not read, without a final full stop (callers list several)."""
        if self.kind is Refusal.UNREADABLE:
            return translate("services.bounded_read", "%1 cannot be read (%2)").arg(
                name, self.detail
            )
        if self.kind is Refusal.NOT_A_FILE:
            return translate("services.bounded_read", "%1 is not a regular file (%2)").arg(
                name, _KIND_WORDS[self.detail].text()
            )
        limit = self.limit  # lupdate skips a sentence whose count is not a plain name
        if limit >= 1024:
            return translate("services.bounded_read", "%1 is larger than %2 KiB").arg(
                name, limit // 1024
            )
        return translate(
            "services.bounded_read", "%1 is larger than %n byte(s)", None, PLURAL, limit
        ).arg(name)


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
        raise FileRefused(Refusal.UNREADABLE, str(error.strerror or error), limit) from None
    try:
        # ... and again on what was opened, in case the path was swapped in between.
        _check(os.fstat(descriptor), limit)
        return _read_at_most(descriptor, limit)
    finally:
        os.close(descriptor)


def _check(info: os.stat_result, limit: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(Refusal.NOT_A_FILE, _kind(info.st_mode), limit)
    if info.st_size > limit:
        raise FileRefused(Refusal.TOO_LARGE, "", limit)


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    # The file can grow while it is read; stop one byte past the limit whatever happens.
    while total <= limit:
        try:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
        except OSError as error:
            raise FileRefused(Refusal.UNREADABLE, str(error.strerror or error), limit) from None
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > limit:
        raise FileRefused(Refusal.TOO_LARGE, "", limit)
    return b"".join(chunks)


_KIND_WORDS = {
    "folder": QT_TRANSLATE_NOOP("services.bounded_read", "a folder"),
    "pipe": QT_TRANSLATE_NOOP("services.bounded_read", "a named pipe"),
    "device": QT_TRANSLATE_NOOP("services.bounded_read", "a device"),
    "socket": QT_TRANSLATE_NOOP("services.bounded_read", "a socket"),
    "link": QT_TRANSLATE_NOOP("services.bounded_read", "a symbolic link"),
    "other": QT_TRANSLATE_NOOP("services.bounded_read", "not a plain file"),
}


def _kind(mode: int) -> str:
    """What the path is instead of a regular file: a key of `_KIND_WORDS`."""
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISLNK(mode):
        return "link"
    return "other"


def _size(limit: int) -> str:
    return f"{limit // 1024} KiB" if limit >= 1024 else f"{limit} bytes"
