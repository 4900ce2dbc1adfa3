"""Reading an answers file from disk: the file, the signature HTML files it names, and the
secrets it points at (environment variable, keyring entry or standard input)."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from hubspot_setup.cli.exit_codes import CommandFailed, ExitCode
from hubspot_setup.flow.answers_file import AnswersFile, AnswersFileError, SecretFrom, parse_answers
from hubspot_setup.flow.ports import SecretStore
from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.flow.signature_html import MAX_SIGNATURE_BYTES
from hubspot_setup.services.logs import remember_secret

MAX_ANSWERS_BYTES = 256 * 1024
# What each secret is called in messages (and in the sandbox's practice secrets).
OPENCX_API_KEY_LABEL = "OpenCX API key"
PRIVATE_APP_TOKEN_LABEL = "private app token"  # noqa: S105 (a label, not a token)


@dataclass(frozen=True)
class SignatureInput:
    pattern: str
    html: str


@dataclass(frozen=True)
class LoadedAnswers:
    answers: AnswersFile
    signatures: tuple[SignatureInput, ...]


def answers_problem(path: Path, reasons: list[str]) -> CommandFailed:
    listed = "\n".join(f"  - {reason}" for reason in reasons)
    return CommandFailed(
        Problem(
            kind=ProblemKind.INVALID_INPUT,
            title="The answers file cannot be used",
            message=f"{path}:\n{listed}",
            fix="Correct the file (docs/unattended.md describes every setting) and run again.",
        ),
        ExitCode.ANSWERS_INVALID,
    )


def load_answers(path: Path) -> LoadedAnswers:
    """Read and check the answers file and the signature files next to it."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise answers_problem(path, [f"it cannot be read ({error.strerror or error})"]) from None
    if len(raw) > MAX_ANSWERS_BYTES:
        raise answers_problem(path, ["it is larger than 256 KiB; is it the right file?"])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise answers_problem(path, ["it is not UTF-8 text"]) from None
    try:
        answers = parse_answers(text)
    except AnswersFileError as error:
        raise answers_problem(path, error.problems) from None
    signatures = tuple(
        SignatureInput(
            entry.pattern,
            entry.html if entry.html is not None else _html_file(path, index, entry.html_file),
        )
        for index, entry in enumerate(answers.signatures)
    )
    return LoadedAnswers(answers, signatures)


def _html_file(answers_path: Path, index: int, name: str | None) -> str:
    # Relative names are relative to the answers file, so a folder can be copied whole.
    html_path = answers_path.parent / (name or "")
    where = f"signatures.{index}.html_file"
    try:
        raw = html_path.read_bytes()
    except OSError as error:
        reason = f"{where}: {html_path} cannot be read ({error.strerror or error})"
        raise answers_problem(answers_path, [reason]) from None
    if len(raw) > MAX_SIGNATURE_BYTES:
        reason = f"{where}: {html_path} is larger than 32 KiB, the most a signature may be"
        raise answers_problem(answers_path, [reason])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise answers_problem(answers_path, [f"{where}: {html_path} is not UTF-8"]) from None


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
            Problem(
                kind=ProblemKind.INVALID_INPUT,
                title=f"The {what} is missing",
                message=f"The answers file says the {what} is in {source.describe()}, "
                "but nothing is there.",
                fix=_where_fix(source, what),
            ),
            ExitCode.SECRET_MISSING,
        )
    return value


def _where_fix(source: SecretFrom, what: str) -> str:
    if source.env is not None:
        return f"Set {source.env} to the {what} before running the command."
    if source.keyring is not None:
        return f'Store the {what} in the system keychain under "{source.keyring}".'
    return f"Pipe the {what} into the command, for example: ... < key.txt"
