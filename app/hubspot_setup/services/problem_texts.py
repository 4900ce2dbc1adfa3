"""The words for failures on this computer: files, folders, settings, the writer lock.

HTTP failures are worded in `services.errors`; rules (invalid answers, declined, conflicts)
in `flow.problems`. Each failure here has one factory, so the window and the commands say
the same thing with the same fix. Callers pass the sentence or the OSError they got; nothing
here touches the disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from hubspot_setup.flow.problems import Problem, ProblemKind
from hubspot_setup.flow.words import translate

# The files an admin asks to save; each names its own title, so a translator gets a whole
# sentence (a language may need another article or word order for each).
SavedFile = Literal["diagnostics file", "diagnostics bundle", "answers file"]


def _not_saved_title(what: SavedFile) -> str:
    if what == "diagnostics file":
        return translate("services.problem_texts", "The diagnostics file could not be saved")
    if what == "diagnostics bundle":
        return translate("services.problem_texts", "The diagnostics bundle could not be saved")
    return translate("services.problem_texts", "The answers file could not be saved")


def file_not_saved(what: SavedFile, destination: Path | str, error: OSError) -> Problem:
    """A file the admin asked for (diagnostics, answers export) could not be written there."""
    reason = error.strerror or type(error).__name__
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=_not_saved_title(what),
        message=translate("services.problem_texts", "It could not be written to %1 (%2).").arg(
            destination, reason
        ),
        fix=translate(
            "services.problem_texts",
            "Choose a folder you can write to, such as Documents, and try again.",
        ),
        details=f"{type(error).__name__}: {error.strerror or ''}".strip(),
    )


def folder_not_writable(sentence: str) -> Problem:
    """The assistant's own data or log folder cannot be written (`LocalFileError.sentence`)."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("services.problem_texts", "A folder on this computer cannot be written"),
        message=sentence,
        fix=translate(
            "services.problem_texts",
            "Make the folder writable for your user (or free some disk space), then try "
            "again; nothing was changed.",
        ),
    )


def setting_unusable(reason: str) -> Problem:
    """An option, environment variable or settings file value the assistant cannot use."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("services.problem_texts", "A setting cannot be used"),
        message=reason,
        fix=translate(
            "services.problem_texts",
            "Correct the option, the %1 / %2 variable or the settings file, then start again.",
        ).arg("OPENCX_URL", "HUBSPOT_API_URL"),
    )


def language_not_saved(reason: str) -> Problem:
    """Menu → Language could not keep the choice (the settings file or its folder)."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("services.problem_texts", "The language could not be kept"),
        message=reason,
        fix=translate(
            "services.problem_texts",
            "Correct or remove the settings file it names, then choose the language again.",
        ),
    )


def another_writer_running(holder_sentence: str) -> Problem:
    """The per-user writer lock is held by the window or another command."""
    return Problem(
        kind=ProblemKind.CONFLICT,
        title=translate("services.problem_texts", "Another setup is running"),
        message=holder_sentence,
        fix=translate(
            "services.problem_texts",
            "Wait until it has finished, then start again; nothing was changed.",
        ),
    )


def sandbox_not_started(reason: str) -> Problem:
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("services.problem_texts", "The sandbox could not start"),
        message=reason,
        fix=translate("services.problem_texts", "Check the scenario name (%1 lists them).").arg(
            "`opencx-hubspot-setup sandbox --help`"
        ),
    )


def practice_customer_failed(details: str) -> Problem:
    """The sandbox's simulated customer could not send the test message."""
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title=translate(
            "services.problem_texts", "The practice customer could not send the message"
        ),
        message=translate(
            "services.problem_texts",
            "The built-in practice portal did not accept the test message.",
        ),
        fix=translate(
            "services.problem_texts", "Try again. If it keeps failing, restart the assistant."
        ),
        details=details,
    )
