"""What went wrong, in words an admin can act on.

Services translate their failures (offline, a proxy in the way, signed out, missing scopes,
...) into a `Problem`: a title, what happened, what to do, and the technical detail that
belongs behind a "Details" fold and in the log. Pages and the CLI only ever show Problems.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ProblemKind(StrEnum):
    OFFLINE = "offline"
    NETWORK_BLOCKED = "network_blocked"  # a proxy or TLS inspection in the way
    SIGNED_OUT = "signed_out"
    NOT_ADMIN = "not_admin"
    LIMITED_KEY = "limited_key"  # an OpenCX API key limited to scopes that do not cover this
    MISSING_SCOPES = "missing_scopes"
    RATE_LIMITED = "rate_limited"
    SERVER_FAULT = "server_fault"
    UNEXPECTED = "unexpected"
    INVALID_INPUT = "invalid_input"
    DECLINED = "declined"  # the admin said no on a consent screen
    NOT_PORTAL_ADMIN = "not_portal_admin"
    APP_NOT_AVAILABLE = "app_not_available"  # the portal cannot install the app (no Service Hub)
    TIMED_OUT = "timed_out"
    CANCELLED = "cancelled"
    CONFLICT = "conflict"


@dataclass(frozen=True)
class Problem:
    kind: ProblemKind
    title: str
    message: str
    fix: str
    details: str | None = None  # status codes, correlation ids: never a secret
    field: str | None = None  # the input field it belongs to, if any
    missing_scopes: tuple[str, ...] = ()  # HubSpot scopes, or the OpenCX key scope needed


class ProblemError(Exception):
    """Raised by service ports; carries the Problem to show."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.title}: {problem.message}")
        self.problem = problem


def invalid_input(field: str, message: str) -> ProblemError:
    return ProblemError(
        Problem(
            kind=ProblemKind.INVALID_INPUT,
            title="Check this field",
            message=message,
            fix="Correct the field and try again.",
            field=field,
        )
    )
