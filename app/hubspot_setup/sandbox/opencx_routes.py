"""`/opencx/v1/...`: the OpenCX API exactly as docs/backend-api.md describes it."""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

from pydantic import Field, field_validator
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse

from hubspot_setup.sandbox import hubspot as simulated
from hubspot_setup.sandbox.checklist import TestRun
from hubspot_setup.sandbox.contract_rules import CHANNEL_LABELS, UNTESTABLE_CHANNELS, Channel
from hubspot_setup.sandbox.errors import ApiError, HubSpotError, validation_failed
from hubspot_setup.sandbox.idempotency import check_key, fingerprint
from hubspot_setup.sandbox.opencx import is_loopback_http
from hubspot_setup.sandbox.portal_report import portal_report_wire
from hubspot_setup.sandbox.wire import Body, Endpoint, parse_json_object, read_raw, validate
from hubspot_setup.sandbox.world import SandboxWorld

MAX_LIMIT = 500
MAX_WAIT_SECONDS = 30
ADMIN = True


@dataclass
class Call:
    request: Request
    world: SandboxWorld
    data: dict[str, Any]

    def body(self, model: type[Any]) -> Any:
        return validate(model, self.data)

    def path_param(self, name: str) -> str:
        return str(self.request.path_params[name])


Handler = Callable[[Call], Awaitable[Response]]


def endpoint(
    world: SandboxWorld,
    template: str,
    handler: Handler,
    *,
    admin: bool,
    write: bool,
    empty_body_ok: bool = False,
    query: frozenset[str] = frozenset(),
) -> Callable[[Request], Awaitable[Response]]:
    """Auth, role, body limits and Idempotency-Key around one route's handler."""

    async def run(request: Request) -> Response:
        caller = world.opencx.authenticate(request.headers.get("authorization"))
        world.opencx.require_key_access(caller, request.method, template)
        world.opencx.require_in_service(template)
        unknown = set(request.query_params) - query
        if unknown:
            raise validation_failed(
                dict.fromkeys(sorted(unknown), "This parameter is not allowed.")
            )
        if admin:
            world.opencx.require_admin()
        if not write:
            return await handler(Call(request, world, {}))
        raw = await read_raw(request)
        key = request.headers.get("idempotency-key")
        print_ = fingerprint(request.method, request.url.path, raw)
        if key is not None:
            stored = world.idempotency.replay(caller, check_key(key), print_)
            if stored is not None:
                return Response(
                    stored.body,
                    stored.status,
                    media_type=stored.media_type,
                    headers={"Idempotent-Replayed": "true"},
                )
        data = (
            {}
            if request.method == "DELETE"
            else parse_json_object(raw, request.headers.get("content-type"), empty_ok=empty_body_ok)
        )
        response = await handler(Call(request, world, data))
        if 200 <= response.status_code < 300:
            world.write_counts[f"{request.method} {template}"] += 1
            if key is not None:
                world.idempotency.keep(
                    caller,
                    key,
                    print_,
                    response.status_code,
                    bytes(response.body),
                    response.media_type,
                )
        return response

    return run


# --- bodies -----------------------------------------------------------------------------------


class InstallBody(Body):
    return_to: str = Field(min_length=1, max_length=2048)
    state: str = Field(min_length=1, max_length=512)

    @field_validator("return_to")
    @classmethod
    def _loopback(cls, value: str) -> str:
        if not is_loopback_http(value):
            raise ValueError("Must be a loopback http address such as http://127.0.0.1:PORT/path.")
        return value


class CompleteBody(Body):
    result: str = Field(min_length=1, max_length=512)
    # The admin agreed to move the connection to the portal they approved (409 portal_mismatch).
    allow_portal_change: bool = False


class DisconnectBody(Body):
    confirm: str = Field(max_length=64)


class SenderBody(Body):
    owner_id: str = Field(min_length=1, max_length=32)


class LegacyBody(Body):
    private_app_token: str = Field(min_length=1, max_length=300)
    default_user_id: str = Field(min_length=1, max_length=18, pattern=r"^[0-9]+$")


class AutopilotBody(Body):
    enabled: bool


class SignatureBody(Body):
    pattern: str = Field(max_length=300)
    html: str


class TestRunBody(Body):
    channel: Literal["email", "web", "sms", "whatsapp", "phone"]


class EmptyBody(Body):
    pass


# --- handlers ---------------------------------------------------------------------------------


def ok(body: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(body, status_code=status)


async def me(call: Call) -> Response:
    return ok(call.world.opencx.me())


async def integration(call: Call) -> Response:
    return ok(call.world.opencx.integration_wire())


async def start_install(call: Call) -> Response:
    body: InstallBody = call.body(InstallBody)
    return ok(call.world.opencx.start_install(body.return_to, body.state), 201)


async def complete_install(call: Call) -> Response:
    body: CompleteBody = call.body(CompleteBody)
    return ok(
        call.world.opencx.complete_install(
            call.path_param("install_id"),
            body.result,
            allow_portal_change=body.allow_portal_change,
        )
    )


async def disconnect(call: Call) -> Response:
    body: DisconnectBody = call.body(DisconnectBody)
    if body.confirm != "DELETE":
        raise ApiError(422, "confirmation_required", "Type DELETE to confirm the disconnect.")
    return ok(call.world.opencx.disconnect())


async def teammates(call: Call) -> Response:
    world = call.world
    query = call.request.query_params
    limit_text, after = query.get("limit", "100"), query.get("after")
    if not limit_text.isdigit() or not 1 <= int(limit_text) <= MAX_LIMIT:
        raise validation_failed({"limit": f"Use a number from 1 to {MAX_LIMIT}."})
    if after is not None and not after.isdigit():
        raise validation_failed({"after": "Use the paging.next.after value of the last page."})
    world.opencx.require_connected()
    try:
        world.hubspot.take_rate_limit()
    except HubSpotError as error:
        raise ApiError(
            429,
            "rate_limited",
            "HubSpot is busy. Try again in a moment.",
            headers={"Retry-After": error.headers.get("Retry-After", "1")},
        ) from error
    owners, following = world.hubspot.owners_page(int(limit_text), after)
    return ok(
        {
            "results": [world.opencx.teammate(o) for o in owners],
            "paging": {"next": {"after": following}} if following else None,
        }
    )


async def get_sender(call: Call) -> Response:
    return ok({"sender": call.world.opencx.sender()})


async def put_sender(call: Call) -> Response:
    body: SenderBody = call.body(SenderBody)
    return ok(call.world.opencx.set_sender(body.owner_id))


async def legacy(call: Call) -> Response:
    return ok(call.world.opencx.legacy_info())


async def legacy_credentials(call: Call) -> Response:
    body: LegacyBody = call.body(LegacyBody)
    return ok(call.world.opencx.save_legacy(body.private_app_token, body.default_user_id))


async def autopilot(call: Call) -> Response:
    channels = call.world.opencx.autopilot
    return ok({"channels": {channel.value: on for channel, on in channels.items()}})


async def put_autopilot(call: Call) -> Response:
    name = call.path_param("channel")
    if name not in {c.value for c in Channel}:
        raise ApiError(404, "not_found", f"There is no Autopilot channel called {name!r}.")
    body: AutopilotBody = call.body(AutopilotBody)
    call.world.opencx.autopilot[Channel(name)] = body.enabled
    return ok({"channel": name, "enabled": body.enabled})


async def signatures(call: Call) -> Response:
    rules = call.world.opencx.signatures.values()
    return ok({"results": [rule.wire() for rule in rules]})


async def add_signature(call: Call) -> Response:
    body: SignatureBody = call.body(SignatureBody)
    return ok(call.world.opencx.add_signature(body.pattern, body.html), 201)


async def put_signature(call: Call) -> Response:
    call.world.opencx.signature(call.path_param("rule_id"))  # 404 before validating the body
    body: SignatureBody = call.body(SignatureBody)
    return ok(
        call.world.opencx.update_signature(call.path_param("rule_id"), body.pattern, body.html)
    )


async def delete_signature(call: Call) -> Response:
    call.world.opencx.delete_signature(call.path_param("rule_id"))
    return Response(status_code=204)


async def portal_report(call: Call) -> Response:
    return ok(portal_report_wire(call.world.opencx))


async def inboxes(call: Call) -> Response:
    call.world.opencx.require_connected()
    results = [
        {
            "id": inbox.id,
            "name": inbox.name,
            "channels": [{"type": inbox.channel_type, "name": inbox.name}],
            "routing": call.world.opencx.inbox_routing(),
        }
        for inbox in call.world.hubspot.inboxes
    ]
    return ok({"results": results})


async def start_test_run(call: Call) -> Response:
    body: TestRunBody = call.body(TestRunBody)
    channel = Channel(body.channel)
    if channel in UNTESTABLE_CHANNELS:
        raise ApiError(
            422,
            "channel_not_testable",
            f"{CHANNEL_LABELS[channel]} conversations are not HubSpot conversations: HubSpot "
            "only gets a ticket when OpenCX hands one off. Test on email or web chat.",
            details={"channel": channel.value},
        )
    call.world.opencx.require_connected()
    return ok(call.world.checklist.start(channel).wire(), 201)


def _run(call: Call) -> TestRun:
    run = call.world.checklist.runs.get(call.path_param("run_id"))
    if run is None:
        raise ApiError(404, "not_found", "There is no such test run.")
    return run


async def get_test_run(call: Call) -> Response:
    return ok(_run(call).wire())


async def handoff(call: Call) -> Response:
    run = _run(call)
    call.body(EmptyBody)
    call.world.checklist.request_handoff(run)
    return ok(run.wire(), 202)


async def watch_again(call: Call) -> Response:
    run = _run(call)
    call.body(EmptyBody)
    call.world.checklist.watch_again(run)
    return ok(run.wire(), 202)


async def events(call: Call) -> Response:
    run = _run(call)
    request, world = call.request, call.world
    after = _int_param(
        request.headers.get("last-event-id") or request.query_params.get("after"), "after", 0, 2**31
    )
    if "text/event-stream" in request.headers.get("accept", ""):
        return StreamingResponse(
            _event_stream(world, run, after),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )
    wait = _int_param(request.query_params.get("wait"), "wait", 25, MAX_WAIT_SECONDS)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while not run.events_after(after) and not run.done and not world.stopping.is_set():
        left = deadline - loop.time()
        if left <= 0:
            break
        await _wait_change(run, min(left, 0.25))
    return ok({"events": run.events_after(after), "done": run.done})


def _int_param(text: str | None, name: str, default: int, highest: int) -> int:
    if text is None or text == "":
        return default
    if not text.isdigit() or int(text) > highest:
        raise validation_failed({name: f"Use a whole number from 0 to {highest}."})
    return int(text)


async def _wait_change(run: TestRun, seconds: float) -> None:
    try:
        await asyncio.wait_for(run.changed.wait(), timeout=seconds)
    except TimeoutError:
        return


async def _event_stream(world: SandboxWorld, run: TestRun, after: int) -> AsyncIterator[str]:
    loop = asyncio.get_running_loop()
    keep_alive = world.delay(world.scenario.timing.keep_alive)
    last_sent = loop.time()
    yield "retry: 1000\n\n"
    while not world.stopping.is_set():
        for event in run.events_after(after):
            yield f"id: {event['seq']}\nevent: check\ndata: {json.dumps(event)}\n\n"
            after = event["seq"]
            last_sent = loop.time()
        if run.done:
            yield f"event: end\ndata: {json.dumps(run.wire())}\n\n"
            return
        if loop.time() - last_sent >= keep_alive:
            yield ": keep-alive\n\n"
            last_sent = loop.time()
        await _wait_change(run, min(0.25, keep_alive))


async def latest_release(request: Request, world: SandboxWorld) -> Response:
    """The release feed: public (no Authorization), read before anyone signs in."""
    unknown = sorted(request.query_params)
    if unknown:
        raise validation_failed(dict.fromkeys(unknown, "This parameter is not allowed."))
    release = world.scenario.opencx.latest_release
    return ok(
        {"version": release.version, "published_at": release.published_at, "url": release.url}
    )


async def relay_callback(request: Request, world: SandboxWorld) -> Response:
    """HubSpot's redirect target: exchange the code, then send the browser to `return_to`."""
    query = request.query_params
    opencx, hubspot = world.opencx, world.hubspot
    install = (
        opencx.install_by_backend_state(query.get("state", "")) if query.get("state") else None
    )
    if install is None or install.state_used or install.expires_at < simulated.now():
        raise ApiError(
            400, "invalid_state", "This HubSpot approval is unknown, expired or already used."
        )
    install.state_used = True
    params = {"state": install.assistant_state}
    error = query.get("error")
    if error:
        code = {
            "access_denied": "access_denied",
            "user_not_admin": "not_portal_admin",
            "app_not_available": "app_not_available",
        }.get(error, "server_error")
        params |= {"error": code, "error_description": query.get("error_description", "")[:500]}
    else:
        try:
            token, _ = hubspot.exchange_code(
                query.get("code", ""),
                opencx.relay_url,
                simulated.CLIENT_ID,
                simulated.CLIENT_SECRET,
            )
            portal, _, _ = hubspot.authenticate(f"Bearer {token}")
        except HubSpotError:
            params |= {
                "error": "server_error",
                "error_description": "HubSpot did not accept the approval. Try again.",
            }
        else:
            install.portal_id = portal.id
            install.result = secrets.token_urlsafe(24)
            params["result"] = install.result
    separator = "&" if "?" in install.return_to else "?"
    return RedirectResponse(f"{install.return_to}{separator}{urlencode(params)}", status_code=302)


def routes(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    def r(
        path: str,
        handler: Handler,
        method: str,
        *,
        admin: bool = ADMIN,
        empty_body_ok: bool = False,
        query: frozenset[str] = frozenset(),
    ) -> tuple[str, str, Endpoint]:
        write = method in {"POST", "PUT", "DELETE"}
        wrapped = endpoint(
            world,
            f"/v1{path}",
            handler,
            admin=admin,
            write=write,
            empty_body_ok=empty_body_ok,
            query=query,
        )
        return method, f"/v1{path}", wrapped

    async def relay(request: Request) -> Response:
        return await relay_callback(request, world)

    async def release_feed(request: Request) -> Response:
        return await latest_release(request, world)

    hs = "/integrations/hubspot"
    return [
        r("/me", me, "GET", admin=False),
        r(hs, integration, "GET"),
        r(f"{hs}/oauth/installs", start_install, "POST"),
        ("GET", f"/v1{hs}/oauth/callback", relay),
        r(f"{hs}/oauth/installs/{{install_id}}/complete", complete_install, "POST"),
        r(f"{hs}/disconnect", disconnect, "POST"),
        r(f"{hs}/teammates", teammates, "GET", query=frozenset({"limit", "after"})),
        r(f"{hs}/sender", get_sender, "GET"),
        r(f"{hs}/sender", put_sender, "PUT"),
        r(f"{hs}/legacy", legacy, "GET"),
        r(f"{hs}/legacy/credentials", legacy_credentials, "PUT"),
        r("/autopilot", autopilot, "GET"),
        r("/autopilot/{channel}", put_autopilot, "PUT"),
        r(f"{hs}/signatures", signatures, "GET"),
        r(f"{hs}/signatures", add_signature, "POST"),
        r(f"{hs}/signatures/{{rule_id}}", put_signature, "PUT"),
        r(f"{hs}/signatures/{{rule_id}}", delete_signature, "DELETE"),
        r(f"{hs}/inboxes", inboxes, "GET"),
        r(f"{hs}/portal-report", portal_report, "GET"),
        r("/test-runs", start_test_run, "POST"),
        r("/test-runs/{run_id}", get_test_run, "GET"),
        r("/test-runs/{run_id}/events", events, "GET", query=frozenset({"after", "wait"})),
        r("/test-runs/{run_id}/handoff", handoff, "POST", empty_body_ok=True),
        r("/test-runs/{run_id}/watch", watch_again, "POST", empty_body_ok=True),
        ("GET", "/v1/apps/hubspot-setup/releases/latest", release_feed),
    ]
