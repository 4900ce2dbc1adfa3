"""The one error taxonomy: every HTTP failure becomes a `Problem` an admin can act on.

Transport failures (offline, a proxy or TLS inspection in the way, a timeout) and error
responses from OpenCX or HubSpot (`{status, message, correlationId, category}`) are mapped here
and nowhere else. OpenCX answers in one of two shapes (docs/backend-api.md, "Errors"): the
contract's envelope `{"error": {code, message, details}}`, or the body OpenCX's public API
documents, `{"statusCode", "message", "error"}` with `message` a string or a list of strings
and no machine code. The technical detail (method, path without the query, status, code,
correlation id, the server's own message) goes into `Problem.details`; no header, query string
or request body is ever copied, so no secret of ours can leak.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from hubspot_setup.flow.problems import (
    Problem,
    ProblemError,
    ProblemKind,
    field_refused,
    signed_out,
)
from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, translate
from hubspot_setup.services.logs import redact_text

OPENCX = "OpenCX"
HUBSPOT = "HubSpot"

OPENCX_ACCESS_PAGE = "https://platform.open.cx/settings/access"
# OpenCX names an API key's scopes `resource:read` or `resource:write` (its Authentication page).
_KEY_SCOPE = re.compile(r"\b([a-z][a-z0-9-]*:(?:read|write))\b")
_MAX_SERVER_MESSAGE = 300


@dataclass(frozen=True)
class ErrorBody:
    """The parts of an error response body that matter, from either backend."""

    code: str | None = None
    message: str | None = None
    details: Mapping[str, Any] | None = None
    correlation_id: str | None = None
    category: str | None = None
    public_shape: bool = False  # OpenCX's published `{statusCode, message, error}` body


def read_error_body(response: httpx.Response) -> ErrorBody:
    """Read an OpenCX, OAuth (RFC 6749) or HubSpot error body; tolerate anything else."""
    try:
        data = response.json()
    except ValueError:
        return ErrorBody()
    if not isinstance(data, dict):
        return ErrorBody()
    if "statusCode" in data and "message" in data:  # OpenCX's public API (its ErrorDto)
        return ErrorBody(message=_message_text(data.get("message")), public_shape=True)
    inner = data.get("error")
    if isinstance(inner, dict):  # OpenCX
        details = inner.get("details")
        details = details if isinstance(details, dict) else None
        return ErrorBody(
            code=_str(inner.get("code")),
            message=_str(inner.get("message")),
            details=details,
            correlation_id=_str(details.get("correlation_id")) if details else None,
        )
    if isinstance(inner, str):  # OAuth token endpoint
        return ErrorBody(code=inner, message=_str(data.get("error_description")))
    return ErrorBody(  # HubSpot
        code=_str(data.get("errorType")) or _str(data.get("category")),
        message=_str(data.get("message")),
        correlation_id=_str(data.get("correlationId")),
        category=_str(data.get("category")),
        details=data,
    )


def _str(value: object) -> str | None:
    # A server may repeat what it was sent: no secret of ours may ride back into a Problem.
    return redact_text(value) if isinstance(value, str) and value else None


def _message_text(value: object) -> str | None:
    """A public error's `message`: one string, or a list of them (one per refused field)."""
    parts = [value] if isinstance(value, str) else _string_list(value)
    text = " ".join(part.strip() for part in parts if part.strip())
    return redact_text(text) if text else None


def describe_request(request: httpx.Request) -> str:
    """`GET /v1/me` — the method and the path, never the query (it may carry a code)."""
    return f"{request.method} {request.url.path}"


def technical_details(
    request: httpx.Request | None,
    *,
    status: int | None = None,
    body: ErrorBody | None = None,
    cause: str | None = None,
    server_message: bool = False,
) -> str:
    parts = [describe_request(request)] if request is not None else []
    if status is not None:
        parts.append(f"HTTP {status}")
    if body is not None and body.code:
        parts.append(f"code {body.code}")
    if body is not None and body.correlation_id:
        parts.append(f"correlationId {body.correlation_id}")
    if server_message and body is not None and body.message:
        parts.append(f"server message: {_printable(body.message)}")
    if cause:
        parts.append(cause)
    return "; ".join(parts)


def _printable(text: str) -> str:
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    if len(flat) > _MAX_SERVER_MESSAGE:
        return flat[: _MAX_SERVER_MESSAGE - 1] + "…"
    return flat


# -- transport failures ---------------------------------------------------------------


def is_tls_problem(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        text = str(current)
        if "CERTIFICATE_VERIFY_FAILED" in text or "[SSL" in text:
            return True
        current = current.__cause__ or current.__context__
    return False


def problem_from_transport(exc: httpx.TransportError, service: str) -> ProblemError:
    """A request that got no HTTP answer: offline, blocked, timed out or cut off."""
    request = _request_of(exc)
    cause = type(exc).__name__
    details = technical_details(request, cause=cause)
    if isinstance(exc, httpx.ProxyError) or is_tls_problem(exc):
        return ProblemError(
            Problem(
                kind=ProblemKind.NETWORK_BLOCKED,
                title=translate("services.errors", "Your network is blocking the connection"),
                message=translate(
                    "services.errors",
                    "A proxy or security software on this network stopped the connection to %1, "
                    "or changed it so it could not be trusted.",
                ).arg(service),
                fix=translate(
                    "services.errors",
                    "Ask your IT team to allow this assistant to reach %1, or try another network.",
                ).arg(service),
                details=details,
            )
        )
    if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
        return ProblemError(
            Problem(
                kind=ProblemKind.TIMED_OUT,
                title=translate("services.errors", "%1 did not answer in time").arg(service),
                message=translate("services.errors", "%1 took too long to answer.").arg(service),
                fix=translate(
                    "services.errors",
                    "Check your internet connection and try again. "
                    "If it keeps happening, export diagnostics for support.",
                ),
                details=details,
            )
        )
    return ProblemError(
        Problem(
            kind=ProblemKind.OFFLINE,
            title=translate("services.errors", "Cannot reach %1").arg(service),
            message=translate(
                "services.errors",
                "This computer could not connect to %1, or the connection was interrupted.",
            ).arg(service),
            fix=translate("services.errors", "Check that you are online, then try again."),
            details=details,
        )
    )


def _request_of(exc: httpx.HTTPError) -> httpx.Request | None:
    try:
        return exc.request
    except RuntimeError:  # an exception raised without a request attached
        return None


# -- error responses ------------------------------------------------------------------


def problem_from_response(
    response: httpx.Response, service: str, *, api_key: bool = False
) -> ProblemError:
    """An HTTP error response from OpenCX or HubSpot, in plain words.

    `api_key`: the OpenCX call was made with an API key rather than a browser sign-in, which
    changes what a 403 means (a key limited to some scopes, not a user's role)."""
    body = read_error_body(response)
    status = response.status_code
    if service == HUBSPOT:
        details = technical_details(response.request, status=status, body=body)
        return ProblemError(_hubspot_problem(status, body, details))
    details = technical_details(response.request, status=status, body=body, server_message=True)
    return ProblemError(_opencx_problem(status, body, details, api_key=api_key))


def _problem(kind: ProblemKind, title: str, message: str, fix: str, details: str) -> Problem:
    return Problem(kind=kind, title=title, message=message, fix=fix, details=details)


def _opencx_problem(status: int, body: ErrorBody, details: str, *, api_key: bool) -> Problem:
    code = body.code or ""
    if status == 407:
        return _problem(
            ProblemKind.NETWORK_BLOCKED,
            translate("services.errors", "Your network's proxy needs a sign-in"),
            translate(
                "services.errors",
                "A proxy on this network asked for a password before letting the assistant "
                "through.",
            ),
            translate(
                "services.errors",
                "Ask your IT team to allow this assistant to reach OpenCX without a proxy sign-in.",
            ),
            details,
        )
    if status == 401 or code in {"invalid_grant", "invalid_client", "unauthorized"}:
        return signed_out(details)
    if status == 403 and (code == "insufficient_scope" or (api_key and code != "forbidden_role")):
        return limited_key(body, details)
    if status == 403:
        return _problem(
            ProblemKind.NOT_ADMIN,
            translate("services.errors", "You are not an OpenCX owner or admin"),
            translate(
                "services.errors",
                "Only owners and admins of your OpenCX organization can change integrations.",
            ),
            translate(
                "services.errors",
                "Ask an owner of your OpenCX organization to make you an admin, or to run this "
                "setup.",
            ),
            details,
        )
    if status == 422 and code == "missing_scopes":
        missing = _string_list((body.details or {}).get("missing"))
        message = (
            translate(
                "services.errors", "HubSpot says the private app does not have these scopes: %1."
            ).arg(", ".join(missing))
            if missing
            else translate(
                "services.errors",
                "HubSpot says the private app does not have these scopes: (not listed).",
            )
        )
        return Problem(
            kind=ProblemKind.MISSING_SCOPES,
            title=translate("services.errors", "The private app is missing permissions"),
            message=message,
            fix=_tick_missing_scopes(),
            details=details,
            missing_scopes=tuple(missing),
            field="private_app_token",
        )
    if status == 422 and code == "invalid_token":
        return Problem(
            kind=ProblemKind.INVALID_INPUT,
            title=translate("services.errors", "HubSpot does not accept this token"),
            message=translate("services.errors", "HubSpot did not accept the private app token."),
            fix=_copy_token_again(),
            details=details,
            field="private_app_token",
        )
    if status == 422 and code in {"validation_failed", "confirmation_required"}:
        field, reason = _first_field(body)
        return field_refused(
            field or ("confirm" if code == "confirmation_required" else None),
            reason
            or body.message
            or translate("services.errors", "OpenCX did not accept this value."),
            details,
        )
    if status == 422 and body.public_shape:  # no field names: show OpenCX's own words
        return _problem(
            ProblemKind.INVALID_INPUT,
            translate("services.errors", "OpenCX did not accept this"),
            body.message
            or translate("services.errors", "OpenCX did not accept one of the values."),
            translate("services.errors", "Correct what the message names and try again."),
            details,
        )
    if status == 409:
        return _problem(
            ProblemKind.CONFLICT,
            _conflict_title(code),
            body.message
            or translate(
                "services.errors", "OpenCX refused the change because of the current setup."
            ),
            translate(
                "services.errors", "Reload the page to see the current state, then try again."
            ),
            details,
        )
    if status == 400 and code == "invalid_state":
        return _problem(
            ProblemKind.EXPIRED,
            translate("services.errors", "That approval has expired"),
            translate(
                "services.errors",
                "OpenCX did not take the approval that came back from the browser: it was too "
                "old, was already used, or was not one OpenCX gave out.",
            ),
            translate("services.errors", "Start again; approve in the browser within 10 minutes."),
            details,
        )
    if status == 429:
        return _problem(
            ProblemKind.RATE_LIMITED,
            translate("services.errors", "OpenCX asks to slow down"),
            translate("services.errors", "Too many requests were sent to OpenCX in a short time."),
            _wait_a_minute(),
            details,
        )
    if status == 502 and code == "hubspot_error":
        return _problem(
            ProblemKind.SERVER_FAULT,
            translate("services.errors", "HubSpot did not answer OpenCX"),
            translate(
                "services.errors",
                "OpenCX asked HubSpot for information, and HubSpot refused or failed.",
            ),
            _try_again_in_minutes(),
            details,
        )
    if status >= 500:
        return _problem(
            ProblemKind.SERVER_FAULT,
            translate("services.errors", "%1 is having trouble").arg(OPENCX),
            translate(
                "services.errors",
                "%1 could not finish this request because of a problem on its side.",
            ).arg(OPENCX),
            _try_again_in_minutes(),
            details,
        )
    if body.public_shape and body.message:
        return _problem(
            ProblemKind.UNEXPECTED,
            translate("services.errors", "OpenCX refused the request"),
            body.message,
            _try_again(),
            details,
        )
    return unexpected(OPENCX, details)


def limited_key(body: ErrorBody, details: str | None) -> Problem:
    """A 403 for an API key: the key is valid but limited to scopes that do not cover this."""
    named = (body.details or {}).get("required_scope")
    scope = named if isinstance(named, str) and named else None
    if scope is None:
        found = _KEY_SCOPE.search(body.message or "")
        scope = found.group(1) if found else None
    message = (
        translate(
            "services.errors",
            "The OpenCX API key you signed in with is limited to some permissions, and this "
            "step needs more. OpenCX says it is missing the permission “%1”.",
        ).arg(scope)
        if scope
        else translate(
            "services.errors",
            "The OpenCX API key you signed in with is limited to some permissions, and this "
            "step needs more. Setting up the HubSpot integration needs a key with full access.",
        )
    )
    return Problem(
        kind=ProblemKind.LIMITED_KEY,
        title=translate("services.errors", "This OpenCX API key is not allowed to do this"),
        message=message,
        fix=translate(
            "services.errors",
            "In OpenCX, open Settings → Access (%1), create an API key with full access, then "
            "sign in with that key instead.",
        ).arg(OPENCX_ACCESS_PAGE),
        details=details,
        missing_scopes=(scope,) if scope else (),
    )


_CONFLICT_TITLES = {
    "not_connected": QT_TRANSLATE_NOOP("services.errors", "HubSpot is not connected"),
    "already_connected": QT_TRANSLATE_NOOP("services.errors", "HubSpot is already connected"),
    "reconnect_required": QT_TRANSLATE_NOOP("services.errors", "HubSpot needs you to reconnect"),
    "duplicate_pattern": QT_TRANSLATE_NOOP(
        "services.errors", "There is already a signature for this domain"
    ),
}


def _conflict_title(code: str) -> str:
    known = _CONFLICT_TITLES.get(code)
    if known is not None:
        return known.text()
    return translate("services.errors", "This does not fit the current setup")


# Fixes several failures share: each one whole sentence, so a translator can reorder it.
def _try_again() -> str:
    return translate(
        "services.errors", "Try again. If it keeps happening, export diagnostics for support."
    )


def _try_again_in_minutes() -> str:
    return translate(
        "services.errors",
        "Try again in a few minutes. If it keeps happening, export diagnostics for support.",
    )


def _wait_a_minute() -> str:
    return translate("services.errors", "Wait a minute, then try again.")


def _copy_token_again() -> str:
    return translate(
        "services.errors", "Copy the token again from the private app's Auth tab in HubSpot."
    )


def _tick_missing_scopes() -> str:
    return translate(
        "services.errors",
        "In HubSpot, open the private app's Scopes tab, tick the missing scopes, commit the "
        "changes, then try again.",
    )


def _hubspot_problem(status: int, body: ErrorBody, details: str) -> Problem:
    if status == 401:
        return Problem(
            kind=ProblemKind.INVALID_INPUT,
            title=translate("services.errors", "HubSpot does not accept this token"),
            message=translate(
                "services.errors",
                "HubSpot did not accept the private app token. It may have been rotated or "
                "deleted.",
            ),
            fix=_copy_token_again(),
            details=details,
            field="private_app_token",
        )
    if status == 403 and body.category != "MISSING_SCOPES" and not _hubspot_missing_scopes(body):
        return Problem(
            kind=ProblemKind.NOT_PORTAL_ADMIN,
            # HubSpot's USER_DOES_NOT_HAVE_PERMISSIONS: a private app's token stops working
            # when the user who created the app leaves the portal. New legacy apps cannot be
            # created since October 2026, so "create it again" is no fix.
            title=translate("services.errors", "HubSpot refused the private app"),
            message=translate(
                "services.errors",
                "HubSpot knows the token but refused the request: the HubSpot user who created "
                "the private app no longer has access to this portal.",
            ),
            fix=translate(
                "services.errors",
                "Ask a HubSpot super admin to give that user their access back (Settings → "
                "Users & Teams), then try again. If that user is gone for good, connect with "
                "HubSpot instead of the legacy app.",
            ),
            details=details,
            field="private_app_token",
        )
    if status == 403:
        missing = _hubspot_missing_scopes(body)
        message = (
            translate(
                "services.errors",
                "HubSpot refused the request because the private app lacks a scope: %1.",
            ).arg(", ".join(missing))
            if missing
            else translate(
                "services.errors",
                "HubSpot refused the request because the private app lacks a scope.",
            )
        )
        return Problem(
            kind=ProblemKind.MISSING_SCOPES,
            title=translate("services.errors", "The private app is missing permissions"),
            message=message,
            fix=_tick_missing_scopes(),
            details=details,
            missing_scopes=tuple(missing),
            field="private_app_token",
        )
    if status == 429:
        daily = "daily" in (body.message or "").lower()
        return _problem(
            ProblemKind.RATE_LIMITED,
            translate("services.errors", "HubSpot asks to slow down"),
            translate(
                "services.errors",
                "Too many requests were sent to HubSpot in a short time (the daily limit was "
                "reached).",
            )
            if daily
            else translate(
                "services.errors", "Too many requests were sent to HubSpot in a short time."
            ),
            _wait_a_minute(),
            details,
        )
    if status == 407:
        return _problem(
            ProblemKind.NETWORK_BLOCKED,
            translate("services.errors", "Your network's proxy needs a sign-in"),
            translate(
                "services.errors",
                "A proxy on this network asked for a password before letting the assistant "
                "through.",
            ),
            translate(
                "services.errors", "Ask your IT team to allow this assistant to reach HubSpot."
            ),
            details,
        )
    if status == 477:
        return _problem(
            ProblemKind.SERVER_FAULT,
            translate("services.errors", "HubSpot is moving this account"),
            translate(
                "services.errors",
                "HubSpot is moving this portal's data to another data centre and refuses changes "
                "until it is done.",
            ),
            translate("services.errors", "Try again later; a move can take up to a day."),
            details,
        )
    if status >= 500:
        return _problem(
            ProblemKind.SERVER_FAULT,
            translate("services.errors", "%1 is having trouble").arg(HUBSPOT),
            translate(
                "services.errors",
                "%1 could not finish this request because of a problem on its side.",
            ).arg(HUBSPOT),
            _try_again_in_minutes(),
            details,
        )
    return unexpected(HUBSPOT, details)


def _hubspot_missing_scopes(body: ErrorBody) -> list[str]:
    found: list[str] = []
    errors = (body.details or {}).get("errors")
    for item in errors if isinstance(errors, list) else []:
        context = item.get("context") if isinstance(item, dict) else None
        if isinstance(context, dict):
            for key in ("requiredGranularScopes", "requiredScopes"):
                for scope in _string_list(context.get(key)):
                    if scope not in found:
                        found.append(scope)
    return found


def _string_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []


def _first_field(body: ErrorBody) -> tuple[str | None, str | None]:
    fields = (body.details or {}).get("fields")
    if isinstance(fields, dict):
        for name, reason in fields.items():
            return str(name), redact_text(reason) if isinstance(reason, str) else None
    return None, None


def unexpected(service: str, details: str | None) -> Problem:
    return Problem(
        kind=ProblemKind.UNEXPECTED,
        title=translate("services.errors", "%1 answered in an unexpected way").arg(service),
        message=translate(
            "services.errors", "The answer from %1 was not what the assistant expected."
        ).arg(service),
        fix=_try_again(),
        details=details,
    )


def unexpected_body(response: httpx.Response, service: str, why: str) -> ProblemError:
    """A success response whose body is not the JSON the contract promises."""
    details = technical_details(response.request, status=response.status_code, cause=why)
    return ProblemError(unexpected(service, details))
