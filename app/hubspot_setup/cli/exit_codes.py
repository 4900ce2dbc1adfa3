"""Exit codes of the unattended commands, one per kind of failure (docs/unattended.md).

Scripts that run `apply` or `doctor` branch on these, so the numbers never change meaning.
"""

from __future__ import annotations

from enum import IntEnum

from hubspot_setup.flow.problems import Problem, ProblemKind


class ExitCode(IntEnum):
    OK = 0
    UNEXPECTED = 1  # a fault in the assistant itself; the message says what to send support
    USAGE = 2  # wrong command line (argparse uses 2 as well)
    ANSWERS_INVALID = 3  # the answers file cannot be read, or an answer was refused
    SECRET_MISSING = 4  # a secret named by the answers file is not where it says
    UNREACHABLE = 5  # OpenCX or HubSpot cannot be reached (offline, proxy, timeout)
    SIGN_IN_FAILED = 6  # signed out, not an admin, consent declined or cancelled
    HUBSPOT_REFUSED = 7  # the private app token is refused or misses scopes
    CONFLICT = 8  # the portal is connected differently than the answers say
    SERVICE_FAULT = 9  # OpenCX or HubSpot failed or kept rate-limiting
    TEST_FAILED = 10  # the test message checklist did not pass
    NEEDS_ATTENTION = 11  # doctor: something needs attention
    BUSY = 12  # another writer (the setup window or another `apply`) holds the lock
    LOCAL_FILES = 13  # the data or log folder on this computer cannot be written
    INTERRUPTED = 130  # Ctrl+C, as shells report it


_BY_KIND: dict[ProblemKind, ExitCode] = {
    ProblemKind.OFFLINE: ExitCode.UNREACHABLE,
    ProblemKind.NETWORK_BLOCKED: ExitCode.UNREACHABLE,
    ProblemKind.TIMED_OUT: ExitCode.UNREACHABLE,
    ProblemKind.SIGNED_OUT: ExitCode.SIGN_IN_FAILED,
    ProblemKind.NOT_ADMIN: ExitCode.SIGN_IN_FAILED,
    ProblemKind.LIMITED_KEY: ExitCode.SIGN_IN_FAILED,
    ProblemKind.DECLINED: ExitCode.SIGN_IN_FAILED,
    ProblemKind.NOT_PORTAL_ADMIN: ExitCode.SIGN_IN_FAILED,
    ProblemKind.APP_NOT_AVAILABLE: ExitCode.SIGN_IN_FAILED,
    ProblemKind.CANCELLED: ExitCode.SIGN_IN_FAILED,
    ProblemKind.EXPIRED: ExitCode.SIGN_IN_FAILED,
    ProblemKind.MISSING_SCOPES: ExitCode.HUBSPOT_REFUSED,
    ProblemKind.INVALID_INPUT: ExitCode.ANSWERS_INVALID,
    ProblemKind.CONFLICT: ExitCode.CONFLICT,
    ProblemKind.RATE_LIMITED: ExitCode.SERVICE_FAULT,
    ProblemKind.SERVER_FAULT: ExitCode.SERVICE_FAULT,
    ProblemKind.UNEXPECTED: ExitCode.SERVICE_FAULT,
}


def exit_code_for(kind: ProblemKind) -> ExitCode:
    return _BY_KIND.get(kind, ExitCode.UNEXPECTED)


def exit_code_for_problem(problem: Problem) -> ExitCode:
    # The backend refuses a private app token as invalid input on the token field; for a
    # script that is HubSpot refusing the token, not a typo in the answers file.
    if problem.kind is ProblemKind.INVALID_INPUT and problem.field == "private_app_token":
        return ExitCode.HUBSPOT_REFUSED
    # An API key that cannot be one (a line break, a letter like é) is a failed sign-in, as
    # a key OpenCX refuses would be: the answers file only says where the key is.
    if problem.kind is ProblemKind.INVALID_INPUT and problem.field == "api_key":
        return ExitCode.SIGN_IN_FAILED
    return exit_code_for(problem.kind)


class CommandFailed(Exception):
    """A failure the command reports with its Problem and ends with `exit_code`."""

    def __init__(self, problem: Problem, exit_code: ExitCode | None = None) -> None:
        super().__init__(f"{problem.title}: {problem.message}")
        self.problem = problem
        self.exit_code = exit_code if exit_code is not None else exit_code_for_problem(problem)
