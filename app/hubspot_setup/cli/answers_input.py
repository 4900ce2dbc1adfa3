"""Reading an answers file from disk: the file, the signature HTML files it names, and the
secrets it points at (environment variable, keyring entry or standard input)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TextIO

from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.flow.answers_file import (
    AnswersFileError,
    CheckedAnswers,
    NamedFileRefused,
    SecretFrom,
    SignatureInput,
    check_answers,
)
from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.flow.problems import answers_file_unusable, secret_missing
from hubspot_setup.flow.signature_html import MAX_SIGNATURE_BYTES
from hubspot_setup.services.bounded_read import FileRefused, read_regular_file
from hubspot_setup.services.logs import remember_secret

MAX_ANSWERS_BYTES = 256 * 1024
MAX_REASONS_SHOWN = 30  # a file of thousands of bad rules still gets a readable message
# What each secret is called in messages (and in the sandbox's practice secrets).
OPENCX_API_KEY_LABEL = "OpenCX API key"
PRIVATE_APP_TOKEN_LABEL = "private app token"  # noqa: S105 (a label, not a token)

# The answers and the signature HTML, checked whole (the flow's CheckedAnswers).
LoadedAnswers = CheckedAnswers
__all__ = ["LoadedAnswers", "SignatureInput", "load_answers", "read_secret"]


def answers_problem(path: Path, reasons: list[str]) -> CommandFailed:
    return CommandFailed(
        answers_file_unusable(str(path), reasons, most_shown=MAX_REASONS_SHOWN),
        ExitCode.ANSWERS_INVALID,
    )


def load_answers(path: Path) -> LoadedAnswers:
    """Read and check the whole answers file and the signature files it names."""
    try:
        raw = read_regular_file(path, MAX_ANSWERS_BYTES)
    except FileRefused as refused:
        reason = f"it {refused.reason}"
        if reason.startswith("it is larger than"):
            reason += "; is it the right file?"
        raise answers_problem(path, [reason]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise answers_problem(path, ["it is not UTF-8 text"]) from None
    try:
        return check_answers(text, _NamedFiles(path).read)
    except AnswersFileError as error:
        raise answers_problem(path, error.problems) from None


class _NamedFiles:
    """Reads the files an answers file names: relative to its folder, and only inside it
    once symbolic links are resolved, so a file cannot send someone's private files to
    OpenCX as a signature; regular files only, at most a signature's size."""

    def __init__(self, answers_path: Path) -> None:
        self._folder = answers_path.absolute().parent.resolve()

    def read(self, name: str) -> str:
        try:
            target = (self._folder / name).resolve()
        except (OSError, RuntimeError):  # RuntimeError: links that point at each other
            raise NamedFileRefused(f"{name} cannot be read (its links lead nowhere)") from None
        if not target.is_relative_to(self._folder):
            raise NamedFileRefused(
                f"{name} is outside the folder of the answers file; keep signature files "
                "in that folder or below it"
            )
        try:
            # The path is resolved already: a link put in its place now is not followed.
            raw = read_regular_file(target, MAX_SIGNATURE_BYTES, follow_last_link=False)
        except FileRefused as refused:
            if refused.reason.startswith("is larger than"):
                raise NamedFileRefused(
                    f"{name} is larger than {MAX_SIGNATURE_BYTES // 1024} KiB, the most a "
                    "signature may be"
                ) from None
            raise NamedFileRefused(f"{name} {refused.reason}") from None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise NamedFileRefused(f"{name} is not UTF-8 text") from None


def read_secret(
    source: SecretFrom, what: str, secrets: SecretStore, stdin: TextIO | None = None
) -> str:
    """The secret from where the answers file says; a clear failure when it is not there."""
    value: str | None
    if source.env is not None:
        value = os.environ.get(source.env)
    elif source.keyring is not None:
        value = secrets.get(source.keyring)
    else:
        stream = stdin or sys.stdin
        value = stream.readline() if not stream.isatty() else None
    value = (value or "").strip()
    remember_secret(value)  # a secret from here on, whatever it looks like
    if not value:
        raise CommandFailed(
            secret_missing(what, source.describe(), _where_fix(source, what)),
            ExitCode.SECRET_MISSING,
        )
    return value


def _where_fix(source: SecretFrom, what: str) -> str:
    if source.env is not None:
        return f"Set {source.env} to the {what} before running the command."
    if source.keyring is not None:
        return f'Store the {what} in the system keychain under "{source.keyring}".'
    return f"Pipe the {what} into the command, for example: ... < key.txt"
