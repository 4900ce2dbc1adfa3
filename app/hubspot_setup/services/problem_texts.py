"""The words for failures on this computer: files, folders, settings, the writer lock.

HTTP failures are worded in `services.errors`; rules (invalid answers, declined, conflicts)
in `flow.problems`. Each failure here has one factory, so the window and the commands say
the same thing with the same fix. Callers pass the sentence or the OSError they got; nothing
here touches the disk.
"""

from __future__ import annotations

from pathlib import Path

from hubspot_setup.flow.problems import Problem, ProblemKind

_STARTING_OVER_IS_SAFE = "nothing was changed."


def file_not_saved(what: str, destination: Path | str, error: OSError) -> Problem:
    """A file the admin asked for (diagnostics, answers export) could not be written there."""
    reason = error.strerror or type(error).__name__
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=f"The {what} could not be saved",
        message=f"It could not be written to {destination} ({reason}).",
        fix="Choose a folder you can write to, such as Documents, and try again.",
        details=f"{type(error).__name__}: {error.strerror or ''}".strip(),
    )


def folder_not_writable(sentence: str) -> Problem:
    """The assistant's own data or log folder cannot be written (`LocalFileError.sentence`)."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title="A folder on this computer cannot be written",
        message=sentence,
        fix="Make the folder writable for your user (or free some disk space), then try "
        "again; " + _STARTING_OVER_IS_SAFE,
    )


def setting_unusable(reason: str) -> Problem:
    """An option, environment variable or settings file value the assistant cannot use."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title="A setting cannot be used",
        message=reason,
        fix="Correct the option, the OPENCX_URL / HUBSPOT_API_URL variable or the settings "
        "file, then start again.",
    )


def another_writer_running(holder_sentence: str) -> Problem:
    """The per-user writer lock is held by the window or another command."""
    return Problem(
        kind=ProblemKind.CONFLICT,
        title="Another setup is running",
        message=holder_sentence,
        fix="Wait until it has finished, then start again; " + _STARTING_OVER_IS_SAFE,
    )


def sandbox_not_started(reason: str) -> Problem:
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title="The sandbox could not start",
        message=reason,
        fix="Check the scenario name (`opencx-hubspot-setup sandbox --help` lists them).",
    )


def practice_customer_failed(details: str) -> Problem:
    """The sandbox's simulated customer could not send the test message."""
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title="The practice customer could not send the message",
        message="The built-in practice portal did not accept the test message.",
        fix="Try again. If it keeps failing, restart the assistant.",
        details=details,
    )
