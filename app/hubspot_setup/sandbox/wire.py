"""Reading request bodies the way the contract says: size, media type, JSON, strict fields."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from hubspot_setup.sandbox.errors import ApiError, ErrorShape, validation_failed

MAX_BODY_BYTES = 64 * 1024

BodyT = TypeVar("BodyT", bound=BaseModel)


class Body(BaseModel):
    """Request bodies: unknown fields refused, no silent type coercion."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


async def read_raw(request: Request) -> bytes:
    """The body, refused with 413 once it passes 64 KiB (without reading the rest)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY_BYTES:
        raise _too_large()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise _too_large()
        chunks.append(chunk)
    return b"".join(chunks)


def parse_json_object(raw: bytes, content_type: str | None, *, empty_ok: bool) -> dict[str, Any]:
    if not raw.strip() and empty_ok:
        return {}
    media = (content_type or "").split(";", 1)[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise ApiError(
            415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)."
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ApiError(400, "malformed_json", "The body is not valid JSON.") from error
    if not isinstance(data, dict):
        raise ApiError(400, "malformed_json", "The body must be a JSON object.")
    return data


def validate(model: type[BodyT], data: dict[str, Any]) -> BodyT:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        fields: dict[str, str] = {}
        for problem in error.errors():
            name = ".".join(str(part) for part in problem["loc"]) or "body"
            if problem["type"] == "extra_forbidden":
                fields[name] = "This field is not allowed."
            elif problem["type"] == "missing":
                fields[name] = "This field is required."
            else:
                fields.setdefault(name, str(problem["msg"]))
        raise validation_failed(fields) from error


def error_response(error: ApiError, shape: ErrorShape = "contract") -> JSONResponse:
    return JSONResponse(error.body(shape), status_code=error.status, headers=error.headers)


def _too_large() -> ApiError:
    return ApiError(413, "payload_too_large", "The body is larger than 64 KiB.")


Endpoint = Callable[[Request], Awaitable[Response]]
_ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE"]


def routes_by_path(table: list[tuple[str, str, Endpoint]]) -> list[Route]:
    """One route per path that dispatches on the method, so a wrong method gets 405 with an
    `Allow` header naming every method of that path (not only the first route's)."""
    grouped: dict[str, dict[str, Endpoint]] = {}
    for method, path, endpoint in table:
        grouped.setdefault(path, {})[method] = endpoint
    return [
        Route(path, _dispatcher(handlers), methods=_ALL_METHODS)
        for path, handlers in grouped.items()
    ]


def _dispatcher(handlers: dict[str, Endpoint]) -> Endpoint:
    allow = ", ".join(sorted(handlers))

    async def dispatch(request: Request) -> Response:
        handler = handlers.get(request.method)
        if handler is None:
            raise ApiError(
                405,
                "method_not_allowed",
                f"This address accepts {allow} only.",
                headers={"Allow": allow},
            )
        return await handler(request)

    return dispatch
