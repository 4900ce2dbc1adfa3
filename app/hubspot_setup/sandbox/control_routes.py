"""`/_sandbox/...`: the sandbox's own controls (state, scenarios, the practice customer)."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from hubspot_setup.sandbox.errors import validation_failed
from hubspot_setup.sandbox.pages import customer_page
from hubspot_setup.sandbox.scenario import load_scenario, scenario_names
from hubspot_setup.sandbox.wire import Endpoint, read_raw
from hubspot_setup.sandbox.world import SandboxWorld

_CUSTOMER_CHANNELS = {"email": "email", "web": "chat"}


def routes(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    async def state(_: Request) -> Response:
        return JSONResponse(world.snapshot(), headers={"Cache-Control": "no-store"})

    async def scenarios(_: Request) -> Response:
        listed = []
        for name in scenario_names():
            scenario = load_scenario(name)
            listed.append(
                {
                    "name": name,
                    "description": scenario.description,
                    "active": name == world.scenario.name,
                }
            )
        return JSONResponse({"scenarios": listed})

    async def customer(_: Request) -> Response:
        action = f"{world.base_url}/_sandbox/customer"
        return HTMLResponse(customer_page(action, world.scenario.name))

    async def customer_sends(request: Request) -> Response:
        raw = await read_raw(request)
        media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        data: object
        if media == "application/x-www-form-urlencoded":
            data = dict(parse_qsl(raw.decode("utf-8", "replace")))
        else:
            try:
                data = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError):
                data = None
        channel = data.get("channel") if isinstance(data, dict) else None
        if (
            not isinstance(data, dict)
            or set(data) != {"channel"}
            or channel not in (_CUSTOMER_CHANNELS)
        ):
            raise validation_failed({"channel": 'Use "email" or "web".'})
        thread = world.checklist.customer_sends(_CUSTOMER_CHANNELS[str(channel)])
        return JSONResponse({"thread_id": thread.id, "inbox_id": thread.inbox_id}, status_code=202)

    return [
        ("GET", "/state", state),
        ("GET", "/scenarios", scenarios),
        ("GET", "/customer", customer),
        ("POST", "/customer", customer_sends),
    ]
