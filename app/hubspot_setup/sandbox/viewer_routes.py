"""Pages the checklist's links open: the HubSpot thread and the OpenCX session, simulated.

In training mode a trainer clicks "open in HubSpot" or "open the session"; these show what
happened instead of sending the browser to app.hubspot.com or the real OpenCX dashboard.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from hubspot_setup.sandbox.hubspot import Thread
from hubspot_setup.sandbox.pages import conversation_page, error_page
from hubspot_setup.sandbox.pipeline import AI_MARKER
from hubspot_setup.sandbox.wire import Endpoint
from hubspot_setup.sandbox.words import translate
from hubspot_setup.sandbox.world import SandboxWorld


def _messages(thread: Thread) -> list[tuple[str, str, bool]]:
    # OpenCX's reply marker is an HTML comment: HubSpot shows nothing of it, nor does this page.
    return [
        (m.sender_name, m.text.replace(AI_MARKER, "").strip(), m.type == "COMMENT")
        for m in thread.messages
    ]


def _missing(title: str, message: str) -> Response:
    return HTMLResponse(error_page(title, message), status_code=404)


def hubspot_pages(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    async def thread_page(request: Request) -> Response:
        thread = world.hubspot.threads.get(str(request.path_params["thread_id"]))
        if thread is None or str(request.path_params["portal_id"]) not in {
            str(p.id) for p in world.scenario.hubspot.portals
        }:
            return _missing(
                translate("sandbox.viewer_routes", "No such conversation"),
                translate("sandbox.viewer_routes", "This practice conversation does not exist."),
            )
        return HTMLResponse(
            conversation_page(
                translate("sandbox.viewer_routes", "HubSpot conversation"),
                translate(
                    "sandbox.viewer_routes", "The practice portal's inbox: this thread's messages."
                ),
                _messages(thread),
            )
        )

    async def ticket_page(request: Request) -> Response:
        ticket = world.hubspot.tickets.get(str(request.path_params["ticket_id"]))
        if ticket is None or str(request.path_params["portal_id"]) not in {
            str(p.id) for p in world.scenario.hubspot.portals
        }:
            return _missing(
                translate("sandbox.viewer_routes", "No such ticket"),
                translate("sandbox.viewer_routes", "This practice ticket does not exist."),
            )
        owner = world.hubspot.owner(ticket.owner_id) if ticket.owner_id else None
        who = f"{owner.first_name} {owner.last_name}".strip() if owner else ""
        lines = [
            (translate("sandbox.viewer_routes", "Subject"), ticket.subject, False),
            (translate("sandbox.viewer_routes", "Tags"), ", ".join(ticket.tags), False),
            (
                translate("sandbox.viewer_routes", "Assigned to"),
                who or translate("sandbox.viewer_routes", "nobody"),
                False,
            ),
            (translate("sandbox.viewer_routes", "Contact"), ticket.contact_email, False),
        ]
        return HTMLResponse(
            conversation_page(
                translate("sandbox.viewer_routes", "HubSpot ticket"),
                translate("sandbox.viewer_routes", "The ticket OpenCX's handoff created."),
                lines,
            )
        )

    return [
        ("GET", "/live-messages/{portal_id}/inbox/{thread_id}", thread_page),
        ("GET", "/contacts/{portal_id}/ticket/{ticket_id}", ticket_page),
    ]


def opencx_pages(world: SandboxWorld) -> list[tuple[str, str, Endpoint]]:
    async def session_page(request: Request) -> Response:
        wanted = str(request.path_params["session_id"])
        thread = world.checklist.sessions.get(wanted)
        if thread is None:
            return _missing(
                translate("sandbox.viewer_routes", "No such session"),
                translate("sandbox.viewer_routes", "This practice session does not exist."),
            )
        return HTMLResponse(
            conversation_page(
                translate("sandbox.viewer_routes", "OpenCX session"),
                translate(
                    "sandbox.viewer_routes",
                    "The practice OpenCX inbox: the session made from the HubSpot conversation.",
                ),
                _messages(thread),
            )
        )

    return [("GET", "/inbox/sessions/{session_id}", session_page)]
