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
from hubspot_setup.services.logs import redact_text

OPENCX = "OpenCX"
HUBSPOT = "HubSpot"

_SUPPORT = "If it keeps happening, export diagnostics for support."
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
                title="Your network is blocking the connection",
                message=f"A proxy or security software on this network stopped the connection "
                f"to {service}, or changed it so it could not be trusted.",
                fix="Ask your IT team to allow this assistant to reach "
                f"{service}, or try another network.",
                details=details,
            )
        )
    if isinstance(exc, httpx.TimeoutException) and not isinstance(exc, httpx.ConnectTimeout):
        return ProblemError(
            Problem(
                kind=ProblemKind.TIMED_OUT,
                title=f"{service} did not answer in time",
                message=f"{service} took too long to answer.",
                fix="Check your internet connection and try again. " + _SUPPORT,
                details=details,
            )
        )
    return ProblemError(
        Problem(
            kind=ProblemKind.OFFLINE,
            title=f"Cannot reach {service}",
            message=f"This computer could not connect to {service}, or the connection was "
            "interrupted.",
            fix="Check that you are online, then try again.",
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
            "Your network's proxy needs a sign-in",
            "A proxy on this network asked for a password before letting the assistant through.",
            "Ask your IT team to allow this assistant to reach OpenCX without a proxy sign-in.",
            details,
        )
    if status == 401 or code in {"invalid_grant", "invalid_client", "unauthorized"}:
        return signed_out(details)
    if status == 403 and (code == "insufficient_scope" or (api_key and code != "forbidden_role")):
        return limited_key(body, details)
    if status == 403:
        return _problem(
            ProblemKind.NOT_ADMIN,
            "You are not an OpenCX owner or admin",
            "Only owners and admins of your OpenCX organization can change integrations.",
            "Ask an owner of your OpenCX organization to make you an admin, or to run this setup.",
            details,
        )
    if status == 422 and code == "missing_scopes":
        missing = _string_list((body.details or {}).get("missing"))
        return Problem(
            kind=ProblemKind.MISSING_SCOPES,
            title="The private app is missing permissions",
            message="HubSpot says the private app does not have these scopes: "
            + (", ".join(missing) or "(not listed)")
            + ".",
            fix="In HubSpot, open the private app's Scopes tab, tick the missing scopes, "
            "commit the changes, then try again.",
            details=details,
            missing_scopes=tuple(missing),
            field="private_app_token",
        )
    if status == 422 and code == "invalid_token":
        return Problem(
            kind=ProblemKind.INVALID_INPUT,
            title="HubSpot does not accept this token",
            message="HubSpot did not accept the private app token.",
            fix="Copy the token again from the private app's Auth tab in HubSpot.",
            details=details,
            field="private_app_token",
        )
    if status == 422 and code in {"validation_failed", "confirmation_required"}:
        field, reason = _first_field(body)
        return field_refused(
            field or ("confirm" if code == "confirmation_required" else None),
            reason or body.message or "OpenCX did not accept this value.",
            details,
        )
    if status == 422 and body.public_shape:  # no field names: show OpenCX's own words
        return _problem(
            ProblemKind.INVALID_INPUT,
            "OpenCX did not accept this",
            body.message or "OpenCX did not accept one of the values.",
            "Correct what the message names and try again.",
            details,
        )
    if status == 409:
        return _problem(
            ProblemKind.CONFLICT,
            _CONFLICT_TITLES.get(code, "This does not fit the current setup"),
            body.message or "OpenCX refused the change because of the current setup.",
            "Reload the page to see the current state, then try again.",
            details,
        )
    if status == 400 and code == "invalid_state":
        return _problem(
            ProblemKind.EXPIRED,
            "That approval has expired",
            "OpenCX did not take the approval that came back from the browser: it was too "
            "old, was already used, or was not one OpenCX gave out.",
            "Start again; approve in the browser within 10 minutes.",
            details,
        )
    if status == 429:
        return _problem(
            ProblemKind.RATE_LIMITED,
            "OpenCX asks to slow down",
            "Too many requests were sent to OpenCX in a short time.",
            "Wait a minute, then try again.",
            details,
        )
    if status == 502 and code == "hubspot_error":
        return _problem(
            ProblemKind.SERVER_FAULT,
            "HubSpot did not answer OpenCX",
            "OpenCX asked HubSpot for information, and HubSpot refused or failed.",
            "Try again in a few minutes. " + _SUPPORT,
            details,
        )
    if status >= 500:
        return _problem(
            ProblemKind.SERVER_FAULT,
            "OpenCX is having trouble",
            "OpenCX could not finish this request because of a problem on its side.",
            "Try again in a few minutes. " + _SUPPORT,
            details,
        )
    if body.public_shape and body.message:
        return _problem(
            ProblemKind.UNEXPECTED,
            "OpenCX refused the request",
            body.message,
            "Try again. " + _SUPPORT,
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
    needs = (
        f" OpenCX says it is missing the permission “{scope}”."
        if scope
        else " Setting up the HubSpot integration needs a key with full access."
    )
    return Problem(
        kind=ProblemKind.LIMITED_KEY,
        title="This OpenCX API key is not allowed to do this",
        message="The OpenCX API key you signed in with is limited to some permissions, and "
        "this step needs more." + needs,
        fix="In OpenCX, open Settings → Access (" + OPENCX_ACCESS_PAGE + "), create an API key "
        "with full access, then sign in with that key instead.",
        details=details,
        missing_scopes=(scope,) if scope else (),
    )


_CONFLICT_TITLES = {
    "not_connected": "HubSpot is not connected",
    "already_connected": "HubSpot is already connected",
    "reconnect_required": "HubSpot needs you to reconnect",
    "duplicate_pattern": "There is already a signature for this domain",
}


def _hubspot_problem(status: int, body: ErrorBody, details: str) -> Problem:
    if status == 401:
        return Problem(
            kind=ProblemKind.INVALID_INPUT,
            title="HubSpot does not accept this token",
            message="HubSpot did not accept the private app token. It may have been rotated "
            "or deleted.",
            fix="Copy the token again from the private app's Auth tab in HubSpot.",
            details=details,
            field="private_app_token",
        )
    if status == 403 and body.category != "MISSING_SCOPES" and not _hubspot_missing_scopes(body):
        return Problem(
            kind=ProblemKind.NOT_PORTAL_ADMIN,
            # HubSpot's USER_DOES_NOT_HAVE_PERMISSIONS: a private app's token stops working
            # when the user who created the app leaves the portal. New legacy apps cannot be
            # created since October 2026, so "create it again" is no fix.
            title="HubSpot refused the private app",
            message="HubSpot knows the token but refused the request: the HubSpot user who "
            "created the private app no longer has access to this portal.",
            fix="Ask a HubSpot super admin to give that user their access back (Settings → "
            "Users & Teams), then try again. If that user is gone for good, connect with "
            "HubSpot instead of the legacy app.",
            details=details,
            field="private_app_token",
        )
    if status == 403:
        missing = _hubspot_missing_scopes(body)
        return Problem(
            kind=ProblemKind.MISSING_SCOPES,
            title="The private app is missing permissions",
            message="HubSpot refused the request because the private app lacks a scope"
            + (": " + ", ".join(missing) if missing else "")
            + ".",
            fix="In HubSpot, open the private app's Scopes tab, tick the missing scopes, "
            "commit the changes, then try again.",
            details=details,
            missing_scopes=tuple(missing),
            field="private_app_token",
        )
    if status == 429:
        return _problem(
            ProblemKind.RATE_LIMITED,
            "HubSpot asks to slow down",
            "Too many requests were sent to HubSpot in a short time"
            + (" (the daily limit was reached)" if "daily" in (body.message or "").lower() else "")
            + ".",
            "Wait a minute, then try again.",
            details,
        )
    if status == 407:
        return _problem(
            ProblemKind.NETWORK_BLOCKED,
            "Your network's proxy needs a sign-in",
            "A proxy on this network asked for a password before letting the assistant through.",
            "Ask your IT team to allow this assistant to reach HubSpot.",
            details,
        )
    if status == 477:
        return _problem(
            ProblemKind.SERVER_FAULT,
            "HubSpot is moving this account",
            "HubSpot is moving this portal's data to another data centre and refuses changes "
            "until it is done.",
            "Try again later; a move can take up to a day.",
            details,
        )
    if status >= 500:
        return _problem(
            ProblemKind.SERVER_FAULT,
            "HubSpot is having trouble",
            "HubSpot could not finish this request because of a problem on its side.",
            "Try again in a few minutes. " + _SUPPORT,
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
        title=f"{service} answered in an unexpected way",
        message=f"The answer from {service} was not what the assistant expected.",
        fix="Try again. " + _SUPPORT,
        details=details,
    )


def unexpected_body(response: httpx.Response, service: str, why: str) -> ProblemError:
    """A success response whose body is not the JSON the contract promises."""
    details = technical_details(response.request, status=response.status_code, cause=why)
    return ProblemError(unexpected(service, details))
