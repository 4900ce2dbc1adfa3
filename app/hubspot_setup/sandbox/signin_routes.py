"""`/opencx/oauth/...`: the OpenCX authorization server (code + PKCE to a loopback redirect)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from hubspot_setup.sandbox.opencx import CLIENT_ID, OAuthError, is_loopback_http
from hubspot_setup.sandbox.pages import error_page, sign_in_page
from hubspot_setup.sandbox.wire import Endpoint, read_raw
from hubspot_setup.sandbox.words import translate
from hubspot_setup.sandbox.world import SandboxWorld

_CHALLENGE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def _redirect(redirect_uri: str, params: dict[str, str]) -> RedirectResponse:
    separator = "&" if "?" in redirect_uri else "?"
    return RedirectResponse(f"{redirect_uri}{separator}{urlencode(params)}", status_code=302)


def _with_state(params: dict[str, str], state: str | None) -> dict[str, str]:
    return params | ({"state": state} if state is not None else {})


async def _form(request: Request) -> dict[str, str]:
    raw = await read_raw(request)
    try:
        return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
    except UnicodeDecodeError:
        return {}


def routes(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    opencx = world.opencx

    async def authorize(request: Request) -> Response:
        query = request.query_params
        redirect_uri = query.get("redirect_uri", "")
        # RFC 6749 4.1.2.1: a bad client or redirect URI gets an error page, never a redirect.
        if query.get("client_id") != CLIENT_ID or not is_loopback_http(redirect_uri):
            return HTMLResponse(
                error_page(
                    translate("sandbox.signin_routes", "This sign-in link is not valid"),
                    translate(
                        "sandbox.signin_routes",
                        "The application that sent you here is not known to OpenCX. Close this "
                        "tab and start the sign-in again from the assistant.",
                    ),
                ),
                status_code=400,
            )
        state = query.get("state")
        challenge = query.get("code_challenge", "")
        if query.get("response_type") != "code":
            return _redirect(
                redirect_uri, _with_state({"error": "unsupported_response_type"}, state)
            )
        if (
            query.get("code_challenge_method") != "S256"
            or not 43 <= len(challenge) <= 128
            or not set(challenge) <= _CHALLENGE_CHARS
        ):
            return _redirect(
                redirect_uri,
                _with_state(
                    {
                        "error": "invalid_request",
                        "error_description": "PKCE with S256 is required.",
                    },
                    state,
                ),
            )
        request_id = opencx.start_sign_in(redirect_uri, state, challenge)
        user = opencx.scenario.opencx
        return HTMLResponse(
            sign_in_page(
                f"{world.opencx_url}/oauth/authorize",
                request_id,
                user.user.name,
                user.user.email,
                user.organization.name,
            ),
            headers={"Cache-Control": "no-store"},
        )

    async def authorize_answer(request: Request) -> Response:
        form = await _form(request)
        answered = opencx.finish_sign_in(form.get("request_id", ""))
        if answered is None:
            return HTMLResponse(
                error_page(
                    translate("sandbox.signin_routes", "This sign-in was already answered"),
                    translate(
                        "sandbox.signin_routes",
                        "Go back to the assistant and start the sign-in again.",
                    ),
                ),
                status_code=400,
            )
        auth_request, code = answered
        if form.get("action") == "approve":
            return _redirect(
                auth_request.redirect_uri, _with_state({"code": code}, auth_request.state)
            )
        opencx.codes.pop(code, None)
        return _redirect(
            auth_request.redirect_uri, _with_state({"error": "access_denied"}, auth_request.state)
        )

    async def token(request: Request) -> Response:
        try:
            form = await _form(request)
            if form.get("client_id") != CLIENT_ID:
                raise OAuthError("invalid_client", "Unknown client_id.")
            grant = form.get("grant_type")
            if grant == "authorization_code":
                for name in ("code", "redirect_uri", "code_verifier"):
                    if not form.get(name):
                        raise OAuthError("invalid_request", f"{name} is required.")
                tokens = opencx.redeem_code(
                    form["code"], form["redirect_uri"], form["code_verifier"]
                )
            elif grant == "refresh_token":
                if not form.get("refresh_token"):
                    raise OAuthError("invalid_request", "refresh_token is required.")
                tokens = opencx.refresh(form["refresh_token"])
            else:
                raise OAuthError(
                    "unsupported_grant_type", "Use authorization_code or refresh_token."
                )
        except OAuthError as error:
            return JSONResponse(
                {"error": error.error, "error_description": error.description},
                status_code=400,
                headers={"Cache-Control": "no-store"},
            )
        world.write_counts["POST /oauth/token"] += 1
        return JSONResponse(tokens, headers={"Cache-Control": "no-store", "Pragma": "no-cache"})

    async def revoke(request: Request) -> Response:
        form = await _form(request)
        if form.get("client_id") != CLIENT_ID:
            return JSONResponse(
                {"error": "invalid_client", "error_description": "Unknown client_id."},
                status_code=400,
            )
        if not form.get("token"):
            return JSONResponse(
                {"error": "invalid_request", "error_description": "token is required."},
                status_code=400,
            )
        opencx.revoke(form["token"])
        world.write_counts["POST /oauth/revoke"] += 1
        return JSONResponse({})

    return [
        ("GET", "/oauth/authorize", authorize),
        ("POST", "/oauth/authorize", authorize_answer),
        ("POST", "/oauth/token", token),
        ("POST", "/oauth/revoke", revoke),
    ]
