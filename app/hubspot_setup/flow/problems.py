"""What went wrong, in words an admin can act on.

Services translate their failures (offline, a proxy in the way, signed out, missing scopes,
...) into a `Problem`: a title, what happened, what to do, and the technical detail that
belongs behind a "Details" fold and in the log. Pages and the CLI only ever show Problems.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from hubspot_setup.flow.words import PLURAL, translate


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
    # An approval from the browser OpenCX no longer takes: too old, already used, or not one
    # it gave out. A failed sign-in (start again), not a network fault.
    EXPIRED = "expired"
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
    return ProblemError(field_refused(field, message))


def field_refused(field: str | None, message: str, details: str | None = None) -> Problem:
    """One value the admin typed is not usable (checked here, or refused by OpenCX)."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("flow.problems", "Check this field"),
        message=message,
        fix=translate("flow.problems", "Correct the field and try again."),
        details=details,
        field=field,
    )


# -- one factory per failure of a rule ----------------------------------------------------
# Pages and commands only show these; the words for I/O failures live in services
# (`services.errors` for HTTP, `services.problem_texts` for this computer's files).

_BUNDLE_COMMAND = "`opencx-hubspot-setup doctor --bundle FILE`"


def unexpected_fault(details: str | None, *, in_window: bool) -> Problem:
    """A fault nobody foresaw (a bug): the log keeps the traceback, never the admin's screen."""
    fix: str
    if in_window:
        fix = translate(
            "flow.problems",
            "Try again. If it happens again, export diagnostics from the Summary page for "
            "OpenCX support.",
        )
    else:
        fix = translate(
            "flow.problems", "Try again. If it happens again, send %1 to OpenCX support."
        ).arg(_BUNDLE_COMMAND)
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title=translate("flow.problems", "Something went wrong"),
        message=translate(
            "flow.problems", "The assistant ran into an unexpected problem and stopped this action."
        ),
        fix=fix,
        details=details,
    )


def interrupted() -> Problem:
    return Problem(
        kind=ProblemKind.CANCELLED,
        title=translate("flow.problems", "Stopped"),
        message=translate("flow.problems", "The command was interrupted before it finished."),
        fix=translate("flow.problems", "Run it again; steps already done are not repeated."),
    )


def not_signed_in(api_key_env: str) -> Problem:
    return Problem(
        kind=ProblemKind.SIGNED_OUT,
        title=translate("flow.problems", "Not signed in to OpenCX"),
        message=translate(
            "flow.problems", "This computer has no saved OpenCX session, and no API key was given."
        ),
        fix=translate(
            "flow.problems",
            "Set %1 to an owner's or admin's OpenCX API key (or use %2), or sign in once with "
            "the assistant.",
        ).arg(api_key_env, "--api-key-stdin"),
    )


def not_an_admin(reason: str) -> Problem:
    return Problem(
        kind=ProblemKind.NOT_ADMIN,
        title=translate("flow.problems", "Only OpenCX owners and admins can connect HubSpot"),
        message=reason,
        fix=translate(
            "flow.problems", "Run the setup with an owner's or admin's API key or browser sign-in."
        ),
    )


def nothing_connected_to_export() -> Problem:
    return Problem(
        kind=ProblemKind.CONFLICT,
        title=translate("flow.problems", "HubSpot is not connected"),
        message=translate(
            "flow.problems", "There is no connection to export for this OpenCX organization."
        ),
        fix=translate("flow.problems", "Connect HubSpot first (with the assistant or %1).").arg(
            "`apply`"
        ),
    )


def answers_file_unusable(where: str, reasons: list[str], *, most_shown: int) -> Problem:
    """The whole answers file is checked before anything is saved; every reason is listed."""
    shown = reasons[:most_shown]
    more = len(reasons) - len(shown)
    if more > 0:
        shown.append(translate("flow.problems", "... and %n more", None, PLURAL, more))
    listed = "\n".join(f"  - {reason}" for reason in shown)
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("flow.problems", "The answers file cannot be used"),
        message=translate("flow.problems", "%1:\n%2").arg(where, listed),
        fix=translate(
            "flow.problems",
            "Correct the file (%1 describes every setting) and run again. Nothing was changed: "
            "the whole file is checked before anything is saved.",
        ).arg("docs/unattended.md"),
    )


def answer_refused(where: str, reason: str) -> Problem:
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("flow.problems", "An answer was refused"),
        message=translate("flow.problems", "%1: %2").arg(where, reason),
        fix=translate(
            "flow.problems",
            "Correct the answers file and run again; nothing else was changed by this step.",
        ),
        field=where,
    )


def setup_incomplete(step_title: str, reason: str) -> Problem:
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("flow.problems", "The setup is not complete"),
        message=translate("flow.problems", "%1: %2").arg(step_title, reason),
        fix=translate("flow.problems", "Add the missing answer to the answers file and run again."),
    )


def secret_missing(what: str, where: str, fix: str) -> Problem:
    """A secret is not where the answers file says (`what`: the secret's name, translated;
    `where`: an env variable, the keychain entry, standard input; `fix`: how to put it there)."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("flow.problems", "The %1 is missing").arg(what),
        message=translate(
            "flow.problems", "The answers file says the %1 is in %2, but nothing is there."
        ).arg(what, where),
        fix=fix,
    )


def not_a_private_app_token(reason: str | None, *, missing: bool, put_it_in: str) -> Problem:
    """A private app token that is absent or cannot be one (checked before HubSpot sees it)."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("flow.problems", "No private app token")
        if missing
        else translate("flow.problems", "Not a private app token"),
        message=reason or translate("flow.problems", "The token is not usable."),
        fix=translate(
            "flow.problems",
            "Copy the token from the private app's Auth tab in HubSpot and put it in %1.",
        ).arg(put_it_in),
        field="private_app_token",
    )


def reconnect_needed(title: str, message: str) -> Problem:
    return Problem(
        kind=ProblemKind.CONFLICT,
        title=title,
        message=message,
        fix=translate(
            "flow.problems",
            "Reconnect with an OAuth answers file (%1), or in the assistant's HubSpot "
            "connection page.",
        ).arg('method = "oauth"'),
    )


def connected_another_way(portal_id: int, connected: str, wanted: str) -> Problem:
    return Problem(
        kind=ProblemKind.CONFLICT,
        title=translate("flow.problems", "HubSpot is connected another way"),
        message=translate(
            "flow.problems",
            "Portal %1 is connected through the %2; the answers file asks for the %3.",
        ).arg(str(portal_id), connected, wanted),
        fix=translate(
            "flow.problems",
            "Disconnect HubSpot first (in the assistant's manage page), or change method in "
            "the answers file.",
        ),
    )


def other_portal_approved(
    asked: Problem, connected: str, approved: str, approved_id: int
) -> Problem:
    """HubSpot's consent screen approved a portal other than the connected one (a command)."""
    return Problem(
        kind=ProblemKind.CONFLICT,
        title=asked.title,
        message=asked.message,
        fix=translate(
            "flow.problems",
            "Approve %1 on HubSpot's screen and run again. To move OpenCX to %2 instead, set "
            "%3 in the answers file.",
        ).arg(connected, approved, f"[oauth] portal_id = {approved_id}"),
        details=asked.details,
    )


def other_portal_connected(wanted: int, connected: int) -> Problem:
    return Problem(
        kind=ProblemKind.CONFLICT,
        title=translate("flow.problems", "Another HubSpot portal is connected"),
        message=translate(
            "flow.problems", "The answers file expects portal %1, but portal %2 is connected."
        ).arg(str(wanted), str(connected)),  # ids: never grouped like numbers
        fix=translate(
            "flow.problems",
            "Choose the right portal on HubSpot's consent screen, or disconnect and run again.",
        ),
    )


def checklist_did_not_finish(seconds: float, waiting_for: str) -> Problem:
    if seconds.is_integer():
        whole = int(seconds)
        # lupdate skips a counted sentence whose count is followed by a comma.
        # fmt: off
        message = translate(
            "flow.problems",
            "After %n second(s) this check had not happened: %1.",
            None, PLURAL, whole
        ).arg(waiting_for)
        # fmt: on
    else:
        message = translate(
            "flow.problems", "After %1 seconds this check had not happened: %2."
        ).arg(f"{seconds:g}", waiting_for)
    return Problem(
        kind=ProblemKind.TIMED_OUT,
        title=translate("flow.problems", "The test message checklist did not finish"),
        message=message,
        fix=translate(
            "flow.problems",
            "Send the test message to an address or chat widget HubSpot routes, then run again "
            "(or raise %1).",
        ).arg("test.timeout_seconds"),
    )


def checklist_stopped(failed_check: str | None, fix: str | None, details: str) -> Problem:
    """`fix`: what the checklist itself says about the failed check (flow.checklist)."""
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title=translate("flow.problems", "The test message checklist stopped"),
        message=translate("flow.problems", "This check did not pass: %1.").arg(failed_check)
        if failed_check
        else translate("flow.problems", "Not every check passed."),
        fix=fix
        or translate(
            "flow.problems", "Look at the checklist in the assistant for the likely cause."
        ),
        details=details,
    )


def signed_out(details: str | None = None) -> Problem:
    """The OpenCX sign-in ended, was refused, or is not there when a step needs it."""
    return Problem(
        kind=ProblemKind.SIGNED_OUT,
        title=translate("flow.problems", "You are signed out of OpenCX"),
        message=translate(
            "flow.problems", "Your OpenCX sign-in has ended or is no longer accepted."
        ),
        fix=translate("flow.problems", "Sign in to OpenCX again."),
        details=details,
    )


def connection_not_confirmed() -> Problem:
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title=translate("flow.problems", "OpenCX did not confirm the connection"),
        message=translate(
            "flow.problems",
            "The credentials were sent, but OpenCX does not show HubSpot as connected.",
        ),
        fix=translate(
            "flow.problems",
            "Try Save again. If it keeps happening, export diagnostics for support.",
        ),
    )


def api_key_not_copied(why: str, fix: str) -> Problem:
    """Text that cannot be an OpenCX API key (checked before OpenCX sees it)."""
    return Problem(
        kind=ProblemKind.INVALID_INPUT,
        title=translate("flow.problems", "This API key was not copied correctly"),
        message=why,
        fix=fix,
        field="api_key",
    )


def legacy_app_missing_scopes(missing: Sequence[str], *, in_window: bool) -> Problem:
    """HubSpot accepted the token, but the legacy app lacks scopes the guide asks for. The
    window checks again when the token is pasted again; a command when it is run again."""
    if in_window:
        fix = translate(
            "flow.problems",
            "Add them on the app's Scopes tab in HubSpot, click Commit changes, then paste the "
            "token and check it again.",
        )
    else:
        fix = translate(
            "flow.problems",
            "Add them on the app's Scopes tab in HubSpot, click Commit changes, then run again.",
        )
    return Problem(
        kind=ProblemKind.MISSING_SCOPES,
        title=translate("flow.problems", "The legacy app is missing scopes"),
        message=translate(
            "flow.problems", "HubSpot accepted the token, but the app is missing these scopes: %1."
        ).arg(", ".join(missing)),
        fix=fix,
        field="private_app_token",
        missing_scopes=tuple(missing),
    )


def portal_change_waiting(connected: str, approved: str, details: str | None) -> Problem:
    """The admin approved another portal in HubSpot; nothing changed until they choose."""
    return Problem(
        kind=ProblemKind.CONFLICT,
        title=translate("flow.problems", "You approved a different HubSpot portal"),
        message=translate(
            "flow.problems",
            "OpenCX is connected to %1, but you approved %2 in HubSpot. Nothing has changed yet.",
        ).arg(connected, approved),
        fix=translate(
            "flow.problems",
            "Go back to the setup assistant: it asks whether OpenCX moves to the new portal or "
            "stays with the one it has.",
        ),
        details=details,
    )


# -- the browser step (sign-in and HubSpot connect) ----------------------------------------
# One factory per way a browser attempt ends badly. `details` carries the error code the
# browser brought back, for the Details fold and the log.


def _try_again_then_support() -> str:
    return translate(
        "flow.problems", "Try again. If it keeps happening, export diagnostics for support."
    )


def browser_declined(details: str) -> Problem:
    return Problem(
        kind=ProblemKind.DECLINED,
        title=translate("flow.problems", "Access was not allowed"),
        message=translate("flow.problems", "You chose not to allow access."),
        fix=translate(
            "flow.problems", "To continue, try again and choose to allow access on that page."
        ),
        details=details,
    )


def not_portal_admin(details: str) -> Problem:
    # Installing an app takes a super admin or App Marketplace Access, not "an admin".
    return Problem(
        kind=ProblemKind.NOT_PORTAL_ADMIN,
        title=translate("flow.problems", "Your HubSpot user may not install apps in that portal"),
        message=translate(
            "flow.problems",
            "In the portal you chose, your HubSpot user is not a super admin and does not have "
            "the App Marketplace Access permission, which HubSpot requires to install apps like "
            "OpenCX.",
        ),
        fix=translate(
            "flow.problems",
            "Ask a super admin of that portal to connect OpenCX, or to give you App Marketplace "
            "Access (HubSpot: Settings → Users & Teams), then try again.",
        ),
        details=details,
    )


def app_not_available(details: str) -> Problem:
    # A missing Service Hub is not about permissions: it names its own cause.
    return Problem(
        kind=ProblemKind.APP_NOT_AVAILABLE,
        title=translate("flow.problems", "That HubSpot portal needs Service Hub"),
        message=translate(
            "flow.problems",
            "HubSpot says the OpenCX app is not available for the selected portal, because the "
            "portal does not have Service Hub Starter or above. OpenCX needs it for HubSpot "
            "conversations and tickets.",
        ),
        fix=translate(
            "flow.problems",
            "Choose a portal that has Service Hub, or add Service Hub to this one in HubSpot "
            "(Account & Billing), then try again.",
        ),
        details=details,
    )


def browser_answer_server_fault(details: str) -> Problem:
    """The browser came back with `server_error` or `temporarily_unavailable`."""
    return Problem(
        kind=ProblemKind.SERVER_FAULT,
        title=translate("flow.problems", "The connection did not go through"),
        message=translate(
            "flow.problems", "Something went wrong on the other side while finishing this step."
        ),
        fix=translate(
            "flow.problems",
            "Wait a minute and try again. If it keeps happening, export diagnostics for support.",
        ),
        details=details,
    )


def browser_answer_unknown(details: str) -> Problem:
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title=translate("flow.problems", "The connection did not go through"),
        message=translate(
            "flow.problems", "The browser came back with an error the assistant does not know."
        ),
        fix=_try_again_then_support(),
        details=details,
    )


def browser_timed_out(timeout_s: float) -> Problem:
    minutes = round(timeout_s / 60) or 1
    # lupdate skips a counted sentence whose count is followed by a comma.
    # fmt: off
    waited = translate(
        "flow.problems",
        "The assistant waited %n minute(s) for the browser and stopped.",
        None, PLURAL, minutes
    )
    # fmt: on
    return Problem(
        kind=ProblemKind.TIMED_OUT,
        title=translate("flow.problems", "The browser step took too long"),
        message=waited,
        fix=translate(
            "flow.problems",
            "Try again. If the browser did not open, use Copy link and open it yourself.",
        ),
        details=f"no callback within {timeout_s:.0f} s",
    )


def browser_stopped(why: str) -> Problem:
    """The admin stopped waiting, or a new attempt replaced this one (`why` says which)."""
    return Problem(
        kind=ProblemKind.CANCELLED,
        title=translate("flow.problems", "Stopped"),
        message=why,
        fix=translate("flow.problems", "Start again when you are ready."),
        details=why,
    )


def start_address_refused() -> Problem:
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title=translate("flow.problems", "The browser step could not start"),
        message=translate(
            "flow.problems", "The service gave an address the assistant will not open."
        ),
        fix=_try_again_then_support(),
        details="the start address is not a plain http(s) address",
    )


def cannot_receive_browser_answer(errno: int | None) -> Problem:
    """No port on this computer's own address could be listened on for the browser's answer."""
    return Problem(
        kind=ProblemKind.NETWORK_BLOCKED,
        title=translate("flow.problems", "The browser step could not start"),
        message=translate(
            "flow.problems", "This computer did not let the assistant receive the browser's answer."
        ),
        fix=translate(
            "flow.problems",
            "Try again. If it keeps happening, restart the computer, or ask your IT team whether "
            "security software blocks programs from listening on this computer.",
        ),
        details=f"binding a loopback port failed: errno {errno}",
    )
