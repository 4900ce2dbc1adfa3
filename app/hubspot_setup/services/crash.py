"""What a crash leaves behind: evidence in the log folder, and a way forward next time.

A windowed app has no console, so nothing unexpected may vanish: `CrashRecorder` installs
`faulthandler` (into `faults.log`, for the deaths Python cannot catch: a segfault, an abort
after a Qt fatal message), `sys.excepthook`, `threading.excepthook` and an asyncio exception
handler. Each unexpected error is logged through the redacting log handler, appended
(redacted) to `crash.log`, and handed to `on_report` (the window shows "Something went wrong").

A marker file says a session is running; a clean stop removes it. A start that finds it means
the last session ended unexpectedly: what it left (`crash.log`, `faults.log`) is moved into
`last-crash.log`, which the next diagnostics bundle includes.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from hubspot_setup.services.file_writes import (
    folder_error,
    open_private_append,
    private_folder,
    read_regular_file,
    write_file,
)
from hubspot_setup.services.logs import redact_text

FAULTS_FILE = "faults.log"
CRASH_FILE = "crash.log"
LAST_CRASH_FILE = "last-crash.log"
RUNNING_MARKER = "session.running"
# What is kept of the last session: enough for support, bounded for the bundle.
MAX_EVIDENCE_BYTES = 256 * 1024

_log = logging.getLogger("hubspot_setup.crash")


class CrashKind(StrEnum):
    EXCEPTION = "exception"  # sys.excepthook: the main thread, a Qt slot or event handler
    THREAD = "thread"  # threading.excepthook
    ASYNC = "async"  # the asyncio loop's exception handler
    QT = "qt"  # a Qt critical or fatal message


@dataclass(frozen=True)
class CrashReport:
    kind: CrashKind
    summary: str  # one redacted line, for the dialog's details and the log
    details: str  # the redacted traceback or message
    fatal: bool = False  # the process is about to end (a Qt fatal message)


@dataclass(frozen=True)
class PreviousCrash:
    """The last session ended without a clean stop; `evidence` is what it left behind."""

    evidence: Path | None


ReportHandler = Callable[[CrashReport], None]
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


def crash_files(folder: Path) -> tuple[Path, ...]:
    """The crash evidence in `folder` for a diagnostics bundle (last session first)."""
    names = (LAST_CRASH_FILE, CRASH_FILE, FAULTS_FILE)
    return tuple(folder / name for name in names if (folder / name).is_file())


class CrashRecorder:
    def __init__(self, folder: Path, on_report: ReportHandler | None = None) -> None:
        self.folder = folder
        self.on_report = on_report
        self._faults: IO[bytes] | None = None
        self._lock = threading.Lock()
        self._previous_hooks: tuple[Any, Any] | None = None

    # -- lifetime ---------------------------------------------------------------------

    def start(self) -> PreviousCrash | None:
        """Install every hook; return what the last session left if it did not stop cleanly."""
        private_folder(self.folder)
        try:
            previous = self._take_previous()
            write_file(self.folder / RUNNING_MARKER, f"{os.getpid()}\n", create_folder=False)
            faults = self.folder / FAULTS_FILE
            with contextlib.suppress(FileNotFoundError):
                faults.unlink()
            self._faults = os.fdopen(open_private_append(faults), "ab", buffering=0)
        except OSError as error:
            raise folder_error(self.folder, error) from error
        faulthandler.enable(file=self._faults, all_threads=True)
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return previous

    def stop(self) -> None:
        """A clean end: restore the hooks and leave nothing that says "crashed"."""
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook = self._previous_hooks
            self._previous_hooks = None
        if self._faults is not None:
            faulthandler.disable()
            self._faults.close()
            self._faults = None
        for name in (RUNNING_MARKER, FAULTS_FILE, CRASH_FILE):
            with contextlib.suppress(OSError):
                (self.folder / name).unlink()

    def _take_previous(self) -> PreviousCrash | None:
        if not (self.folder / RUNNING_MARKER).exists():
            return None
        parts: list[str] = []
        for name in (CRASH_FILE, FAULTS_FILE):
            try:
                text = read_regular_file(self.folder / name, limit=MAX_EVIDENCE_BYTES)
            except OSError:
                continue
            if text.strip():
                parts.append(f"== {name}\n{redact_text(text.decode('utf-8', 'replace'))}")
        evidence: Path | None = None
        if parts:
            evidence = write_file(self.folder / LAST_CRASH_FILE, "\n".join(parts))
        for name in (CRASH_FILE, FAULTS_FILE, RUNNING_MARKER):
            with contextlib.suppress(OSError):
                (self.folder / name).unlink()
        return PreviousCrash(evidence)

    # -- the hooks ----------------------------------------------------------------------

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            return  # Ctrl+C in a terminal: not a fault
        self.record(CrashKind.EXCEPTION, (kind, error, tb))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        where = args.thread.name if args.thread is not None else "a worker thread"
        self.record(
            CrashKind.THREAD, (args.exc_type, args.exc_value, args.exc_traceback), where=where
        )

    def asyncio_handler(self, _loop: object, context: dict[str, Any]) -> None:
        """For `loop.set_exception_handler`: a task or callback failed with nobody to tell."""
        error = context.get("exception")
        message = str(context.get("message") or "an asynchronous task failed")
        if isinstance(error, BaseException):
            self.record(CrashKind.ASYNC, (type(error), error, error.__traceback__), where=message)
        else:
            self.record_message(CrashKind.ASYNC, message)

    def record(self, kind: CrashKind, exc_info: ExcInfo, *, where: str = "") -> CrashReport:
        """Log one unexpected exception (redacted) and report it."""
        error_type = exc_info[0].__name__
        summary = redact_text(f"{error_type} ({kind.value}{f': {where}' if where else ''})")
        details = redact_text("".join(traceback.format_exception(*exc_info)))
        _log.critical("Unexpected error: %s", summary, exc_info=exc_info)
        return self._report(CrashReport(kind, summary, details))

    def record_message(self, kind: CrashKind, message: str, *, fatal: bool = False) -> CrashReport:
        """Log a message that means something broke (a Qt fatal or critical message)."""
        text = redact_text(message)
        _log.critical("%s message%s: %s", kind.value, " (fatal)" if fatal else "", text)
        first_line = text.splitlines()[0] if text else kind.value
        return self._report(CrashReport(kind, first_line, text, fatal))

    def _report(self, report: CrashReport) -> CrashReport:
        self._append(report)
        if self.on_report is not None:
            try:
                self.on_report(report)
            except Exception:  # the reporter itself failing must not loop back here
                _log.exception("Showing an unexpected error failed")
        return report

    def _append(self, report: CrashReport) -> None:
        entry = f"-- {report.kind.value}{' (fatal)' if report.fatal else ''}: {report.summary}\n"
        with self._lock, contextlib.suppress(OSError):
            fd = open_private_append(self.folder / CRASH_FILE)
            try:
                os.write(fd, (entry + report.details.rstrip() + "\n").encode("utf-8", "replace"))
                os.fsync(fd)  # a fatal message ends the process right after this
            finally:
                os.close(fd)
