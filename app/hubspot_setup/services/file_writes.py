"""The one door for saving files: every file the assistant writes goes through here.

A file is written to a temporary file created exclusively (O_EXCL, no symbolic link followed,
owner-only) in the target folder, flushed to disk, then renamed over the target: a crash never
leaves half a file, a link planted under a predictable name is never written through, and a
file someone else left there is replaced, not written into. Files are readable by the owner
only (0600); folders the assistant creates are 0700. Reading its own files is bounded and
refuses anything that is not a regular file (a folder, a FIFO, /dev/zero).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from hubspot_setup.flow.words import PLURAL, translate

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_BINARY = getattr(os, "O_BINARY", 0)


class LocalFileError(OSError):
    """A file or folder on this computer that cannot be used; `sentence` is for the admin."""

    def __init__(self, sentence: str, path: Path, cause: OSError | None = None) -> None:
        code = cause.errno if cause is not None and cause.errno is not None else errno.EIO
        super().__init__(code, sentence, str(path))
        self.sentence = sentence
        self.path = path


class NotARegularFile(LocalFileError):
    """Where a file was expected there is a folder, a device, a FIFO or a socket."""


class FileTooLarge(LocalFileError):
    """Larger than anything the assistant itself would have written there."""


def private_folder(folder: Path, *, tighten: bool = True) -> Path:
    """Create `folder` (0700) if needed. `tighten` takes group and others' access away from an
    existing folder of the assistant's own (its data and log folders were 0755 before);
    folders an admin chose to save into keep their permissions."""
    try:
        folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
        if tighten and os.name == "posix":
            info = folder.stat()
            mode = stat.S_IMODE(info.st_mode)
            # Only ever take permissions away: a folder made read-only stays read-only.
            if info.st_uid == os.geteuid() and mode & ~PRIVATE_FOLDER:
                folder.chmod(mode & PRIVATE_FOLDER)
    except OSError as error:
        raise folder_error(folder, error) from error
    return folder


def folder_error(folder: Path, error: OSError) -> LocalFileError:
    """The one sentence for a folder that cannot be written, naming it and why."""
    if isinstance(error, LocalFileError):
        return error
    return LocalFileError(_folder_sentence(folder, error), folder, error)


def _folder_sentence(folder: Path, error: OSError) -> str:
    code = error.errno or 0
    if code in (errno.EACCES, errno.EPERM):
        sentence = translate(
            "services.file_writes", "The folder %1 cannot be written: it is read-only for you."
        )
    elif code == errno.EROFS:
        sentence = translate(
            "services.file_writes", "The folder %1 cannot be written: it is on a read-only disk."
        )
    elif code == errno.ENOSPC:
        sentence = translate(
            "services.file_writes", "The folder %1 cannot be written: the disk is full."
        )
    elif code == errno.EDQUOT:
        sentence = translate(
            "services.file_writes",
            "The folder %1 cannot be written: your disk quota is used up.",
        )
    elif code in (errno.ENOTDIR, errno.EEXIST):
        sentence = translate(
            "services.file_writes", "The folder %1 cannot be written: a file is in the way of it."
        )
    elif error.strerror:  # the operating system's own words
        return translate("services.file_writes", "The folder %1 cannot be written: %2.").arg(
            folder, error.strerror
        )
    else:
        sentence = translate(
            "services.file_writes", "The folder %1 cannot be written: this computer refused it."
        )
    return sentence.arg(folder)


@contextlib.contextmanager
def replacing(path: Path, *, create_folder: bool = True) -> Iterator[BinaryIO]:
    """Write `path` through the returned binary handle; it appears whole on success and is
    left as it was on failure."""
    folder = path.parent
    if create_folder:
        private_folder(folder, tighten=False)
    # mkstemp opens O_CREAT | O_EXCL | O_NOFOLLOW with mode 0600 and a random name, so the
    # temporary file is new, ours, and never a link someone planted.
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        # rename replaces a link at `path` itself; the link's target is never touched.
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)


def write_file(path: Path, data: bytes | str, *, create_folder: bool = True) -> Path:
    """Replace `path` with `data` (text is written as UTF-8), owner-only."""
    with replacing(path, create_folder=create_folder) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def open_private_append(path: Path) -> int:
    """A descriptor appending to `path` (created 0600), for a log. A symbolic link there is
    never followed: it is moved aside (kept for support) and a fresh file started."""
    flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | _NOFOLLOW | _CLOEXEC | _BINARY
    try:
        fd = os.open(path, flags, PRIVATE_FILE)
    except OSError:
        if not path.is_symlink():
            raise
        # ELOOP (Linux) / EMLINK (BSD): someone put a link where the log goes.
        os.replace(path, path.with_name(path.name + ".link-set-aside"))
        fd = os.open(path, flags | os.O_EXCL, PRIVATE_FILE)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotARegularFile(
                translate("services.file_writes", "%1 is not a file.").arg(path), path
            )
        mode = stat.S_IMODE(info.st_mode)
        if os.name == "posix" and mode & ~PRIVATE_FILE:
            os.fchmod(fd, mode & PRIVATE_FILE)  # a log from an older version was 0644
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular_file(path: Path, *, limit: int) -> bytes:
    """The bytes of `path`, which must be a regular file of at most `limit` bytes.

    Opened without blocking (a FIFO would otherwise wait for a writer), checked on the open
    descriptor (no swap between check and read), read with a bound (/dev/zero never ends).
    `FileNotFoundError` passes through; anything else unusable is a `LocalFileError`."""
    fd = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC | _BINARY)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            sentence = (
                translate("services.file_writes", "%1 is a folder.")
                if stat.S_ISDIR(info.st_mode)
                else translate("services.file_writes", "%1 is not a regular file.")
            )
            raise NotARegularFile(sentence.arg(path), path)
        if info.st_size > limit:
            raise FileTooLarge(_too_large(path, limit), path)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew after the check
        raise FileTooLarge(_too_large(path, limit), path)
    return data


def _too_large(path: Path, limit: int) -> str:
    return translate(
        "services.file_writes", "%1 is larger than %n byte(s).", None, PLURAL, limit
    ).arg(path)


def check_writable(folder: Path) -> None:
    """Raise `LocalFileError` unless a file can be created in `folder` (created 0700 if
    missing): found before a command changes anything, not at its first save."""
    private_folder(folder)
    try:
        fd, probe = tempfile.mkstemp(prefix=".write-check.", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as error:
        raise folder_error(folder, error) from error


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
