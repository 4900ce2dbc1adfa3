"""Pages the checklist's links open: the HubSpot thread and the OpenCX session, simulated.

In training mode a trainer clicks "open in HubSpot" or "open the session"; these show what
happened instead of sending the browser to app.hubspot.com or the real OpenCX dashboard.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from hubspot_setup.sandbox.checklist import session_id
from hubspot_setup.sandbox.hubspot import Thread
from hubspot_setup.sandbox.pages import conversation_page, error_page
from hubspot_setup.sandbox.wire import Endpoint
from hubspot_setup.sandbox.world import SandboxWorld


def _messages(thread: Thread) -> list[tuple[str, str, bool]]:
    return [(m.sender_name, m.text, m.type == "COMMENT") for m in thread.messages]


def _missing(what: str) -> Response:
    return HTMLResponse(
        error_page(f"No such {what}", f"This practice {what} does not exist."), status_code=404
    )


def hubspot_pages(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    async def thread_page(request: Request) -> Response:
        thread = world.hubspot.threads.get(str(request.path_params["thread_id"]))
        if thread is None or str(request.path_params["portal_id"]) not in {
            str(p.id) for p in world.scenario.hubspot.portals
        }:
            return _missing("conversation")
        return HTMLResponse(
            conversation_page(
                "HubSpot conversation",
                "The practice portal's inbox: this thread's messages.",
                _messages(thread),
            )
        )

    return [("GET", "/live-messages/{portal_id}/inbox/{thread_id}", thread_page)]


def opencx_pages(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    async def session_page(request: Request) -> Response:
        wanted = str(request.path_params["session_id"])
        thread = next((t for t in world.hubspot.threads.values() if session_id(t) == wanted), None)
        if thread is None:
            return _missing("session")
        return HTMLResponse(
            conversation_page(
                "OpenCX session",
                "The practice OpenCX inbox: the session made from the HubSpot conversation.",
                _messages(thread),
            )
        )

    return [("GET", "/inbox/sessions/{session_id}", session_page)]
