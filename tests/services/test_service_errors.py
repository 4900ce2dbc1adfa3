"""The error taxonomy: every failure becomes the right Problem, with details and no secret."""

from __future__ import annotations

import ssl

import httpx
import pytest

from hubspot_setup.flow.problems import ProblemKind
from hubspot_setup.services.errors import (
    HUBSPOT,
    OPENCX,
    problem_from_response,
    problem_from_transport,
)

SECRET = "ocx_key_Sup3rSecretValue"


def _response(
    status: int, body: object, url: str = "https://api.open.cx/v1/me?code=abc"
) -> httpx.Response:
    request = httpx.Request("GET", url, headers={"Authorization": f"Bearer {SECRET}"})
    return httpx.Response(status, json=body, request=request)


def _opencx_error(code: str, **details: object) -> dict[str, object]:
    return {"error": {"code": code, "message": "Backend words.", "details": details}}


@pytest.mark.parametrize(
    ("status", "body", "kind"),
    [
        (401, _opencx_error("unauthorized"), ProblemKind.SIGNED_OUT),
        (401, _opencx_error("session_expired"), ProblemKind.SIGNED_OUT),
        (403, _opencx_error("forbidden_role", role="member"), ProblemKind.NOT_ADMIN),
        (409, _opencx_error("not_connected"), ProblemKind.CONFLICT),
        (409, _opencx_error("already_connected"), ProblemKind.CONFLICT),
        (409, _opencx_error("duplicate_pattern"), ProblemKind.CONFLICT),
        (422, _opencx_error("validation_failed"), ProblemKind.INVALID_INPUT),
        (422, _opencx_error("invalid_token"), ProblemKind.INVALID_INPUT),
        (429, _opencx_error("rate_limited"), ProblemKind.RATE_LIMITED),
        (500, _opencx_error("internal"), ProblemKind.SERVER_FAULT),
        (502, _opencx_error("hubspot_error", correlation_id="c-1"), ProblemKind.SERVER_FAULT),
        (503, _opencx_error("unavailable"), ProblemKind.SERVER_FAULT),
        (400, _opencx_error("invalid_state"), ProblemKind.EXPIRED),
        (404, _opencx_error("not_found"), ProblemKind.UNEXPECTED),
        (407, "proxy", ProblemKind.NETWORK_BLOCKED),
        (418, ["not", "an", "object"], ProblemKind.UNEXPECTED),
    ],
)
def test_opencx_responses_map_to_kinds(status: int, body: object, kind: ProblemKind) -> None:
    problem = problem_from_response(_response(status, body), OPENCX).problem
    assert problem.kind is kind
    assert problem.title
    assert problem.message
    assert problem.fix
    assert problem.details is not None
    assert f"HTTP {status}" in problem.details
    assert "GET /v1/me" in problem.details
    assert "code=abc" not in problem.details  # the query never reaches the details
    assert SECRET not in repr(problem)


def test_validation_failed_names_the_field() -> None:
    body = _opencx_error("validation_failed", fields={"pattern": "Use a domain such as open.cx."})
    problem = problem_from_response(_response(422, body), OPENCX).problem
    assert problem.field == "pattern"
    assert problem.message == "Use a domain such as open.cx."


def test_missing_scopes_lists_them() -> None:
    body = _opencx_error("missing_scopes", missing=["tickets", "conversations.write"])
    problem = problem_from_response(_response(422, body), OPENCX).problem
    assert problem.kind is ProblemKind.MISSING_SCOPES
    assert problem.missing_scopes == ("tickets", "conversations.write")
    assert "tickets, conversations.write" in problem.message


def test_hubspot_error_carries_correlation_id() -> None:
    body = {
        "status": "error",
        "message": "This app hasn't been granted all required scopes",
        "correlationId": "8d8c7b1c-aaaa-bbbb-cccc-0123456789ab",
        "category": "MISSING_SCOPES",
        "errors": [{"message": "m", "context": {"requiredGranularScopes": ["tickets"]}}],
    }
    problem = problem_from_response(
        _response(403, body, "https://api.hubapi.com/crm/v3/owners?after=x"), HUBSPOT
    ).problem
    assert problem.kind is ProblemKind.MISSING_SCOPES
    assert problem.missing_scopes == ("tickets",)
    assert problem.details is not None
    assert "correlationId 8d8c7b1c-aaaa-bbbb-cccc-0123456789ab" in problem.details
    assert "GET /crm/v3/owners" in problem.details


def test_hubspot_429_daily_limit_is_named() -> None:
    body = {
        "status": "error",
        "message": "You have reached your daily limit.",
        "errorType": "RATE_LIMIT",
    }
    problem = problem_from_response(_response(429, body), HUBSPOT).problem
    assert problem.kind is ProblemKind.RATE_LIMITED
    assert "daily limit" in problem.message


def test_hubspot_401_is_a_token_problem_not_a_sign_out() -> None:
    problem = problem_from_response(_response(401, {"status": "error"}), HUBSPOT).problem
    assert problem.kind is ProblemKind.INVALID_INPUT
    assert problem.field == "private_app_token"


def _request() -> httpx.Request:
    return httpx.Request("GET", "https://api.open.cx/v1/me?state=zzz")


def test_tls_verification_failure_is_network_blocked() -> None:
    cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] self-signed")
    exc = httpx.ConnectError(str(cause), request=_request())
    exc.__cause__ = cause
    problem = problem_from_transport(exc, OPENCX).problem
    assert problem.kind is ProblemKind.NETWORK_BLOCKED
    assert problem.details is not None
    assert "state=zzz" not in problem.details


@pytest.mark.parametrize(
    ("exc", "kind"),
    [
        (httpx.ProxyError("407", request=_request()), ProblemKind.NETWORK_BLOCKED),
        (httpx.ConnectError("refused", request=_request()), ProblemKind.OFFLINE),
        (httpx.ConnectTimeout("slow", request=_request()), ProblemKind.OFFLINE),
        (httpx.ReadTimeout("slow", request=_request()), ProblemKind.TIMED_OUT),
        (httpx.ReadError("reset", request=_request()), ProblemKind.OFFLINE),
        (httpx.RemoteProtocolError("cut", request=_request()), ProblemKind.OFFLINE),
    ],
)
def test_transport_failures(exc: httpx.TransportError, kind: ProblemKind) -> None:
    problem = problem_from_transport(exc, OPENCX).problem
    assert problem.kind is kind
    assert "OpenCX" in problem.title or "network" in problem.title.lower()


def test_hubspot_403_without_scopes_is_a_permission_problem() -> None:
    body = {"status": "error", "message": "no", "category": "USER_DOES_NOT_HAVE_PERMISSIONS"}
    problem = problem_from_response(_response(403, body), HUBSPOT).problem
    assert problem.kind is ProblemKind.NOT_PORTAL_ADMIN
    assert problem.field == "private_app_token"


def test_hubspot_477_migration() -> None:
    problem = problem_from_response(_response(477, {"status": "error"}), HUBSPOT).problem
    assert problem.kind is ProblemKind.SERVER_FAULT
    assert "moving" in problem.title


# --- OpenCX's published error body: {"statusCode", "message", "error"} ----------------------


def _public(status: int, message: object, error: str) -> dict[str, object]:
    return {"statusCode": status, "message": message, "error": error}


@pytest.mark.parametrize(
    ("status", "error", "kind"),
    [
        (400, "Bad Request", ProblemKind.UNEXPECTED),
        (401, "Unauthorized", ProblemKind.SIGNED_OUT),
        (403, "Forbidden", ProblemKind.NOT_ADMIN),  # a browser sign-in: the person's role
        (404, "Not Found", ProblemKind.UNEXPECTED),
        (409, "Conflict", ProblemKind.CONFLICT),
        (422, "Unprocessable Entity", ProblemKind.INVALID_INPUT),
        (429, "Too Many Requests", ProblemKind.RATE_LIMITED),
        (500, "Internal Server Error", ProblemKind.SERVER_FAULT),
        (502, "Bad Gateway", ProblemKind.SERVER_FAULT),
        (503, "Service Unavailable", ProblemKind.SERVER_FAULT),
    ],
)
def test_public_error_bodies_map_to_kinds(status: int, error: str, kind: ProblemKind) -> None:
    body = _public(status, "OpenCX's own words.", error)
    problem = problem_from_response(_response(status, body), OPENCX).problem
    assert problem.kind is kind
    assert problem.details is not None
    assert "server message: OpenCX's own words." in problem.details
    assert f"HTTP {status}" in problem.details
    if kind in {ProblemKind.UNEXPECTED, ProblemKind.CONFLICT, ProblemKind.INVALID_INPUT}:
        assert problem.message == "OpenCX's own words."  # nothing better to say


def test_a_public_message_list_is_read_as_one_text() -> None:
    body = _public(422, ["pattern: Use a domain.", "html: Too large."], "Unprocessable Entity")
    problem = problem_from_response(_response(422, body), OPENCX).problem
    assert problem.kind is ProblemKind.INVALID_INPUT
    assert problem.message == "pattern: Use a domain. html: Too large."


def test_a_403_for_an_api_key_is_a_limited_key_naming_the_scope() -> None:
    body = _public(403, "Missing scope: autopilot:write", "Forbidden")
    problem = problem_from_response(_response(403, body), OPENCX, api_key=True).problem
    assert problem.kind is ProblemKind.LIMITED_KEY
    assert problem.missing_scopes == ("autopilot:write",)
    assert "“autopilot:write”" in problem.message
    assert "owner or admin" not in problem.title + problem.message
    assert "Settings → Access" in problem.fix
    assert "https://platform.open.cx/settings/access" in problem.fix


def test_a_403_for_an_api_key_without_a_scope_asks_for_full_access() -> None:
    body = _public(403, "Forbidden resource", "Forbidden")
    problem = problem_from_response(_response(403, body), OPENCX, api_key=True).problem
    assert problem.kind is ProblemKind.LIMITED_KEY
    assert problem.missing_scopes == ()
    assert "full access" in problem.message


def test_the_contract_envelope_names_a_limited_key_and_keeps_forbidden_role() -> None:
    scoped = _opencx_error("insufficient_scope", required_scope="autopilot:read")
    limited = problem_from_response(_response(403, scoped), OPENCX).problem
    assert limited.kind is ProblemKind.LIMITED_KEY
    assert limited.missing_scopes == ("autopilot:read",)
    role = _opencx_error("forbidden_role", role="member")
    assert problem_from_response(_response(403, role), OPENCX, api_key=True).problem.kind is (
        ProblemKind.NOT_ADMIN
    )


def test_the_server_message_in_details_is_one_short_printable_line() -> None:
    body = _public(500, "line one\nline\ttwo\x00" + "x" * 1000, "Internal Server Error")
    problem = problem_from_response(_response(500, body), OPENCX).problem
    assert problem.details is not None
    said = problem.details.split("server message: ", 1)[1]
    assert said.startswith("line one line two x")
    assert len(said) <= 300
    assert said.isprintable()


def test_a_hubspot_body_message_stays_out_of_details() -> None:
    body = {"status": "error", "message": "HubSpot words", "category": "RATE_LIMITS"}
    problem = problem_from_response(_response(429, body), HUBSPOT).problem
    assert problem.details is not None
    assert "HubSpot words" not in problem.details
