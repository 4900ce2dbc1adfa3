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
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate
from hubspot_setup.services.bounded_read import FileRefused, Refusal, read_regular_file
from hubspot_setup.services.logs import remember_secret

MAX_ANSWERS_BYTES = 256 * 1024
MAX_REASONS_SHOWN = 30  # a file of thousands of bad rules still gets a readable message
# What each secret is called in messages (and, by the same key, in the sandbox's practice
# secrets); shown with `.text()`.
OPENCX_API_KEY_LABEL = QT_TRANSLATE_NOOP("cli.answers_input", "OpenCX API key")
PRIVATE_APP_TOKEN_LABEL = QT_TRANSLATE_NOOP("cli.answers_input", "private app token")

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
        # Whole sentences that name the file (the services word why it was not read).
        reason = refused.about(path.name)
        if refused.kind is Refusal.TOO_LARGE:
            reason = translate(
                "cli.answers_input", "%1 is larger than %2 KiB; is it the right file?"
            ).arg(path.name, MAX_ANSWERS_BYTES // 1024)
        raise answers_problem(path, [reason]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise answers_problem(
            path, [translate("cli.answers_input", "%1 is not UTF-8 text").arg(path.name)]
        ) from None
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
            raise NamedFileRefused(
                translate("cli.answers_input", "%1 cannot be read (its links lead nowhere)").arg(
                    name
                )
            ) from None
        if not target.is_relative_to(self._folder):
            raise NamedFileRefused(
                translate(
                    "cli.answers_input",
                    "%1 is outside the folder of the answers file; keep signature files "
                    "in that folder or below it",
                ).arg(name)
            )
        try:
            # The path is resolved already: a link put in its place now is not followed.
            raw = read_regular_file(target, MAX_SIGNATURE_BYTES, follow_last_link=False)
        except FileRefused as refused:
            if refused.kind is Refusal.TOO_LARGE:
                raise NamedFileRefused(
                    translate(
                        "cli.answers_input",
                        "%1 is larger than %2 KiB, the most a signature may be",
                    ).arg(name, MAX_SIGNATURE_BYTES // 1024)
                ) from None
            raise NamedFileRefused(refused.about(name)) from None
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            raise NamedFileRefused(
                translate("cli.answers_input", "%1 is not UTF-8 text").arg(name)
            ) from None


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
        return translate("cli.answers_input", "Set %1 to the %2 before running the command.").arg(
            source.env, what
        )
    if source.keyring is not None:
        return translate(
            "cli.answers_input", 'Store the %1 in the system keychain under "%2".'
        ).arg(what, source.keyring)
    return translate(
        "cli.answers_input", "Pipe the %1 into the command, for example: ... < key.txt"
    ).arg(what)
