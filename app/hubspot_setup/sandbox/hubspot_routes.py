"""`/hubapi/...` (HubSpot's API, HubSpot's shapes) and `/hubspot-app/...` (its consent page)."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import escape
from typing import Any
from urllib.parse import parse_qsl, urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from hubspot_setup.sandbox.errors import HubSpotError
from hubspot_setup.sandbox.hubspot import (
    ACCESS_TOKEN_SECONDS,
    APP_ID,
    CLIENT_ID,
    OAUTH_SCOPES,
    PRIVATE_APP_ID,
    SCOPE_WORDS,
    Message,
    Thread,
    expires_in_seconds,
    rfc3339,
)
from hubspot_setup.sandbox.pages import consent_page, consent_refusal_page, error_page
from hubspot_setup.sandbox.wire import Endpoint, read_raw
from hubspot_setup.sandbox.words import translate
from hubspot_setup.sandbox.world import SandboxWorld

MAX_OWNERS_LIMIT = 500
CONVERSATIONS_SCOPES = ("conversations.read",)


def hubspot_error_response(error: HubSpotError, correlation_id: str) -> JSONResponse:
    """HubSpot's error body: status, message, correlationId, category (plus extras)."""
    body: dict[str, Any] = {
        "status": "error",
        "message": error.message,
        "correlationId": correlation_id,
        "category": error.category,
        **error.extra,
    }
    return JSONResponse(body, status_code=error.status, headers=error.headers)


def _limit(text: str | None, default: int, highest: int) -> int:
    if text is None:
        return default
    if not text.isdigit() or not 1 <= int(text) <= highest:
        raise HubSpotError(400, "VALIDATION_ERROR", f"limit must be between 1 and {highest}.")
    return int(text)


def _paging(following: str | None, link: str) -> dict[str, Any]:
    if following is None:
        return {}
    return {"paging": {"next": {"after": following, "link": f"{link}?after={following}"}}}


def api_routes(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    hubspot = world.hubspot

    def headers() -> dict[str, str]:
        return hubspot.rate_limit_headers()

    async def owners(request: Request) -> Response:
        _, scopes, _ = hubspot.authenticate(request.headers.get("authorization"))
        hubspot.require_scope(scopes, "crm.objects.owners.read", "automation")
        query = request.query_params
        limit = _limit(query.get("limit"), 100, MAX_OWNERS_LIMIT)
        hubspot.take_rate_limit()
        page, following = hubspot.owners_page(limit, query.get("after"), query.get("email"))
        body = {
            "results": [owner.public(hubspot.created_at) for owner in page],
            **_paging(following, f"{world.hubspot_api_url}/crm/v3/owners"),
        }
        return JSONResponse(body, headers=headers())

    async def account_details(request: Request) -> Response:
        portal, _, _ = hubspot.authenticate(request.headers.get("authorization"))
        body: dict[str, Any] = {
            "portalId": portal.id,
            "accountType": portal.account_type,
            "timeZone": "Europe/Amsterdam",
            "companyCurrency": "EUR",
            "additionalCurrencies": [],
            "utcOffset": "+01:00",
            "utcOffsetMilliseconds": 3_600_000,
            "uiDomain": portal.ui_domain,
            "dataHostingLocation": portal.data_hosting_location,
        }
        return JSONResponse(body, headers=headers())

    async def private_app_token_info(request: Request) -> Response:
        raw = await read_raw(request)
        try:
            data = json.loads(raw or b"null")
        except (json.JSONDecodeError, UnicodeDecodeError):
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("tokenKey"), str):
            raise HubSpotError(400, "VALIDATION_ERROR", 'Body must be {"tokenKey": string}.')
        portal, scopes, is_private = hubspot.authenticate(f"Bearer {data['tokenKey']}")
        if not is_private:
            raise HubSpotError(400, "VALIDATION_ERROR", "This is not a private app token.")
        body = {
            "userId": hubspot.scenario.hubspot.user_id,
            "hubId": portal.id,
            "appId": PRIVATE_APP_ID,
            "scopes": list(scopes),
        }
        return JSONResponse(body, headers=headers())

    async def access_token_info(request: Request) -> Response:
        token = str(request.path_params["token"])
        grant = hubspot.access_tokens.get(token)
        portal = hubspot.scenario.portal(grant.portal_id) if grant else None
        if grant is None or portal is None or expires_in_seconds(grant) <= 0:
            raise HubSpotError(404, "OBJECT_NOT_FOUND", "The access token is not known.")
        body = {
            "token": token,
            "user": hubspot.scenario.hubspot.user_email,
            "hub_domain": portal.domain,
            "scopes": list(grant.scopes),
            "hub_id": portal.id,
            "app_id": APP_ID,
            "expires_in": expires_in_seconds(grant),
            "user_id": hubspot.scenario.hubspot.user_id,
            "token_type": "access",
        }
        return JSONResponse(body)

    async def token(request: Request) -> Response:
        raw = await read_raw(request)
        form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        grant_type = form.get("grant_type")
        if grant_type == "authorization_code":
            access, refresh = hubspot.exchange_code(
                form.get("code", ""),
                form.get("redirect_uri", ""),
                form.get("client_id", ""),
                form.get("client_secret", ""),
            )
            grant = hubspot.access_tokens[access]
        elif grant_type == "refresh_token":
            old = hubspot.refresh_tokens.get(form.get("refresh_token", ""))
            if old is None or form.get("client_id") != CLIENT_ID:
                message = "refresh token is invalid, expired or revoked"
                raise HubSpotError(
                    400,
                    "BAD_REQUEST",
                    message,
                    extra={
                        "status": "BAD_REFRESH_TOKEN",
                        "error": "invalid_grant",
                        "error_description": message,
                    },
                )
            access, refresh = hubspot.issue_tokens(old)
            grant = hubspot.access_tokens[access]
        else:
            raise HubSpotError(
                400,
                "BAD_GRANT_TYPE",
                "grant_type is not supported.",
                extra={"error": "unsupported_grant_type"},
            )
        world.write_counts["POST /hubapi/oauth/v1/token"] += 1
        body = {
            "token_type": "bearer",
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": ACCESS_TOKEN_SECONDS,
            "token_use": "access_token",
            "hub_id": grant.portal_id,
            "user_id": hubspot.scenario.hubspot.user_id,
            "scopes": list(grant.scopes),
        }
        return JSONResponse(body)

    return [
        *_conversation_routes(world, headers),
        ("GET", "/crm/v3/owners", owners),
        ("GET", "/account-info/v3/details", account_details),
        ("POST", "/oauth/v2/private-apps/get/access-token-info", private_app_token_info),
        ("GET", "/oauth/v1/access-tokens/{token}", access_token_info),
        ("POST", "/oauth/v1/token", token),
    ]


def _conversation_routes(
    world: SandboxWorld, headers: Callable[[], dict[str, str]]
) -> list[tuple[str, str, Endpoint]]:
    hubspot = world.hubspot

    async def inboxes(request: Request) -> Response:
        _, scopes, _ = hubspot.authenticate(request.headers.get("authorization"))
        hubspot.require_scope(scopes, *CONVERSATIONS_SCOPES)
        results = [
            {
                "id": inbox.id,
                "name": inbox.name,
                "type": inbox.type,
                "archived": False,
                "createdAt": hubspot.created_at,
                "updatedAt": hubspot.created_at,
            }
            for inbox in hubspot.inboxes
        ]
        return JSONResponse({"total": len(results), "results": results}, headers=headers())

    async def threads(request: Request) -> Response:
        _, scopes, _ = hubspot.authenticate(request.headers.get("authorization"))
        hubspot.require_scope(scopes, *CONVERSATIONS_SCOPES)
        query = request.query_params
        limit = _limit(query.get("limit"), 20, 500)
        found = [t for t in hubspot.threads.values() if query.get("inboxId") in {None, t.inbox_id}]
        start = int(query["after"]) if query.get("after", "").isdigit() else 0
        page = found[start : start + limit]
        following = str(start + limit) if start + limit < len(found) else None
        body = {
            "results": [_thread(t) for t in page],
            **_paging(following, f"{world.hubspot_api_url}/conversations/v3/conversations/threads"),
        }
        return JSONResponse(body, headers=headers())

    async def messages(request: Request) -> Response:
        _, scopes, _ = hubspot.authenticate(request.headers.get("authorization"))
        hubspot.require_scope(scopes, *CONVERSATIONS_SCOPES)
        thread = hubspot.threads.get(str(request.path_params["thread_id"]))
        if thread is None:
            raise HubSpotError(404, "OBJECT_NOT_FOUND", "The thread does not exist.")
        return JSONResponse({"results": [_message(m) for m in thread.messages]}, headers=headers())

    conversations = "/conversations/v3/conversations"
    return [
        ("GET", f"{conversations}/inboxes", inboxes),
        ("GET", f"{conversations}/threads", threads),
        ("GET", f"{conversations}/threads/{{thread_id}}/messages", messages),
    ]


def _thread(thread: Thread) -> dict[str, Any]:
    latest = thread.messages[-1].created_at if thread.messages else thread.created_at
    assigned = {"assignedTo": thread.assigned_to} if thread.assigned_to else {}
    return {
        "id": thread.id,
        "inboxId": thread.inbox_id,
        "status": "OPEN",
        "spam": False,
        "archived": False,
        "createdAt": rfc3339(thread.created_at),
        **assigned,
        "associatedContactId": thread.contact_id,
        "originalChannelId": thread.channel_id,
        "originalChannelAccountId": thread.channel_account_id,
        "latestMessageTimestamp": rfc3339(latest),
    }


def _message(message: Message) -> dict[str, Any]:
    client: dict[str, Any] = {"clientType": "INTEGRATION" if message.integration else "HUBSPOT"}
    if message.integration:
        client["integrationAppId"] = APP_ID
    sender: dict[str, Any] = {"actorId": message.actor_id, "name": message.sender_name}
    if message.sender_email:
        sender["deliveryIdentifier"] = {"type": "HS_EMAIL_ADDRESS", "value": message.sender_email}
    body: dict[str, Any] = {
        "type": message.type,
        "id": message.id,
        "conversationsThreadId": message.thread_id,
        "createdAt": rfc3339(message.created_at),
        "createdBy": message.actor_id,
        "client": client,
        "senders": [sender],
        "recipients": [],
        "archived": False,
        "text": message.text,
        "richText": f"<p>{escape(message.text)}</p>",
        "attachments": [],
    }
    if message.type == "MESSAGE":
        body |= {
            "channelId": message.channel_id,
            "channelAccountId": message.channel_account_id,
            "direction": message.direction,
            "truncationStatus": "NOT_TRUNCATED",
            "status": {"statusType": "SENT" if message.direction == "OUTGOING" else "RECEIVED"},
        }
    return body


def consent_routes(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    """HubSpot's consent screen: pick a portal, see the scopes, Connect or Cancel."""
    hubspot, opencx = world.hubspot, world.opencx
    action = f"{world.base_url}/hubspot-app/oauth/authorize"

    def bad_link() -> Response:
        return HTMLResponse(
            error_page(
                translate("sandbox.hubspot_routes", "This link is not valid"),
                translate(
                    "sandbox.hubspot_routes",
                    "The app that sent you here is not set up correctly. Close this tab.",
                ),
            ),
            status_code=400,
        )

    async def show(request: Request) -> Response:
        query = request.query_params
        if query.get("client_id") != CLIENT_ID or query.get("redirect_uri") != opencx.relay_url:
            return bad_link()
        requested = query.get("scope", "").split()
        if set(requested) - set(OAUTH_SCOPES) or not requested:
            return bad_link()
        optional = [s for s in query.get("optional_scope", "").split() if s in SCOPE_WORDS]
        fields = {
            "client_id": CLIENT_ID,
            "redirect_uri": opencx.relay_url,
            "state": query.get("state", ""),
        }
        words = [
            SCOPE_WORDS[scope].text() for scope in (*requested, *optional) if scope in SCOPE_WORDS
        ]
        return HTMLResponse(
            consent_page(action, fields, hubspot.scenario.hubspot.portals, words),
            headers={"Cache-Control": "no-store"},
        )

    async def answer(request: Request) -> Response:
        raw = await read_raw(request)
        form = dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
        if form.get("client_id") != CLIENT_ID or form.get("redirect_uri") != opencx.relay_url:
            return bad_link()
        back: dict[str, str] = {"state": form.get("state", "")}
        portal_text = form.get("portal_id", "")
        portal = hubspot.scenario.portal(int(portal_text)) if portal_text.isdigit() else None
        if form.get("action") != "approve":
            back |= {"error": "access_denied", "error_description": "The user denied access."}
        elif portal is None:
            return HTMLResponse(
                error_page(
                    translate("sandbox.hubspot_routes", "Choose an account"),
                    translate(
                        "sandbox.hubspot_routes", "Go back and pick the HubSpot account to connect."
                    ),
                ),
                status_code=400,
            )
        elif portal.consent_refusal is not None:
            # HubSpot shows these on its own page and never redirects: nothing goes back.
            return HTMLResponse(
                consent_refusal_page(portal.consent_refusal),
                headers={"Cache-Control": "no-store"},
            )
        elif not portal.user_is_admin:
            back |= {
                "error": "user_not_admin",
                "error_description": "This app is not available for the selected portal. "
                "Only super admins and users with App Marketplace Access can install apps.",
            }
        elif portal.service_hub_tier == "none":
            back |= {
                "error": "app_not_available",
                "error_description": "This app is not available for the selected portal: "
                "it requires Service Hub.",
            }
        else:
            back["code"] = hubspot.issue_code(portal, opencx.relay_url)
        return RedirectResponse(f"{opencx.relay_url}?{urlencode(back)}", status_code=302)

    return [
        ("GET", "/oauth/authorize", show),
        ("POST", "/oauth/authorize", answer),
    ]
