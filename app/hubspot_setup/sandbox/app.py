"""The sandbox's ASGI application: one server, four mount points."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.datastructures import Headers, MutableHeaders
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from hubspot_setup.sandbox import control_routes, opencx_routes, signin_routes, viewer_routes
from hubspot_setup.sandbox.errors import ApiError, HubSpotError
from hubspot_setup.sandbox.hubspot_routes import (
    api_routes,
    consent_routes,
    hubspot_error_response,
)
from hubspot_setup.sandbox.wire import error_response, routes_by_path
from hubspot_setup.sandbox.words import language_for, speaking
from hubspot_setup.sandbox.world import SandboxWorld

_STATUS_CODES = {404: "not_found", 405: "method_not_allowed", 400: "malformed_json"}
_STATUS_MESSAGES = {
    404: "There is nothing at this address.",
    405: "This address does not accept this method.",
}


async def _api_error(_: Request, error: Exception) -> Response:
    if not isinstance(error, ApiError):
        raise error
    return error_response(error)


def _as_api_error(error: HTTPException) -> ApiError:
    code = _STATUS_CODES.get(error.status_code, "internal")
    message = _STATUS_MESSAGES.get(error.status_code, str(error.detail))
    return ApiError(error.status_code, code, message, headers=dict(error.headers or {}))


async def _http_error(_: Request, error: Exception) -> Response:
    if not isinstance(error, HTTPException):
        raise error
    return error_response(_as_api_error(error))


async def _hubspot_error(_: Request, error: Exception) -> Response:
    if not isinstance(error, (HubSpotError, HTTPException)):
        raise error
    if isinstance(error, HTTPException):
        error = HubSpotError(
            error.status_code,
            "OBJECT_NOT_FOUND" if error.status_code == 404 else "VALIDATION_ERROR",
            str(error.detail),
        )
    return hubspot_error_response(error, _correlation_id())


def _correlation_id() -> str:
    raw = secrets.token_hex(16)
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def _opencx_app(world: SandboxWorld) -> Starlette:
    # The OpenCX API answers in the scenario's error shape (`error_shape`).
    async def opencx_error(_: Request, error: Exception) -> Response:
        if isinstance(error, HTTPException):
            error = _as_api_error(error)
        if not isinstance(error, ApiError):
            raise error
        return error_response(error, world.scenario.opencx.error_shape)

    return Starlette(
        routes=routes_by_path(
            [
                *signin_routes.routes(world),
                *opencx_routes.routes(world),
                *viewer_routes.opencx_pages(world),
            ]
        ),
        exception_handlers={ApiError: opencx_error, HTTPException: opencx_error},
    )


def _hubspot_app(world: SandboxWorld) -> Starlette:
    # An oversized body in HubSpot's API is still answered in HubSpot's shape.
    async def too_large(_: Request, error: Exception) -> Response:
        if not isinstance(error, ApiError):
            raise error
        converted = HubSpotError(
            error.status, "VALIDATION_ERROR", error.message, headers=error.headers
        )
        return hubspot_error_response(converted, _correlation_id())

    return Starlette(
        routes=routes_by_path(api_routes(world)),
        exception_handlers={
            HubSpotError: _hubspot_error,
            HTTPException: _hubspot_error,
            ApiError: too_large,
        },
    )


class _Latency:
    """Adds the scenario's network latency to every API request (slow-network)."""

    def __init__(self, app: ASGIApp, world: SandboxWorld) -> None:
        self.app, self.world = app, world

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        latency = self.world.delay(self.world.scenario.timing.latency)
        if (
            scope["type"] == "http"
            and latency > 0
            and scope["path"].startswith(("/opencx/", "/hubapi/"))
        ):
            await self.world.sleep(latency)
        await self.app(scope, receive, send)


class _BrowserLanguage:
    """Pages speak the language the browser asks for, as HubSpot's and OpenCX's own do.

    The APIs' JSON answers stay English (the real APIs answer in English), so only pages
    change; they say that they follow Accept-Language (`Vary`) so no cache mixes languages.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_varying(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if headers.get("content-type", "").startswith("text/html"):
                    headers.add_vary_header("Accept-Language")
            await send(message)

        with speaking(language_for(Headers(scope=scope).get("accept-language"))):
            await self.app(scope, receive, send_varying)


def build_app(world: SandboxWorld) -> ASGIApp:
    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        yield
        await world.checklist.close()

    async def home(_: Request) -> Response:
        return RedirectResponse(f"{world.base_url}/_sandbox/customer", status_code=302)

    async def not_found(_: Request, error: Exception) -> Response:
        if not isinstance(error, HTTPException):
            raise error
        return JSONResponse(
            {"error": {"code": "not_found", "message": "Nothing here."}},
            status_code=error.status_code,
        )

    app = Starlette(
        routes=[
            Route("/", home, methods=["GET"]),
            Mount("/opencx", app=_opencx_app(world)),
            Mount("/hubapi", app=_hubspot_app(world)),
            Mount(
                "/hubspot-app",
                app=Starlette(
                    routes=routes_by_path(
                        [*consent_routes(world), *viewer_routes.hubspot_pages(world)]
                    ),
                    exception_handlers={ApiError: _api_error, HTTPException: _http_error},
                ),
            ),
            Mount(
                "/_sandbox",
                app=Starlette(
                    routes=routes_by_path(control_routes.routes(world)),
                    exception_handlers={ApiError: _api_error, HTTPException: _http_error},
                ),
            ),
        ],
        exception_handlers={HTTPException: not_found},
        lifespan=lifespan,
    )
    # Only requests addressed to the loopback name are served: a web page that rebinds its own
    # domain to 127.0.0.1 (DNS rebinding) gets 400, not the sandbox's state.
    guarded = TrustedHostMiddleware(app, allowed_hosts=["127.0.0.1", "localhost"])
    return _Latency(_BrowserLanguage(guarded), world)


__all__ = ["build_app"]
